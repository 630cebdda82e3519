#pragma once

#include "models/CreditApplication.h"
#include "models/CreditApplicationJson.h"
#include "models/Customer.h"
#include "storage/OutboxEntry.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <variant>

namespace pac {

// What each kind of queued edit carries, typed. The outbox stores an edit as the request body
// of its call (API.md); these types and the two functions below are the only code that reads
// or writes that body, so adding a kind of edit touches this file and the code acting on it.
struct InvoiceEmailsEdit
{
    QStringList emails; // the whole new list
    bool operator==(const InvoiceEmailsEdit &) const = default;
};

struct PaymentTermsEdit
{
    PaymentTermsKind terms = PaymentTermsKind::DueOnReceipt;
    bool operator==(const PaymentTermsEdit &) const = default;
};

struct AchManualEnableEdit
{
    QString reason; // trimmed, never empty
    bool operator==(const AchManualEnableEdit &) const = default;
};

struct CreditApplicationSubmitEdit
{
    CreditApplication application;
};

struct CreditDecisionEdit
{
    CreditDecisionRequest decision;
};

using OutboxEdit = std::variant<InvoiceEmailsEdit, PaymentTermsEdit, AchManualEnableEdit,
                                CreditApplicationSubmitEdit, CreditDecisionEdit>;

EditKind kindOf(const OutboxEdit &edit);

// The request body: `{emails:[...]}`, `{terms}`, `{reason}`, the application, the decision.
QJsonObject toJson(const OutboxEdit &edit);

// The body of a `kind` edit read back, or nullopt with *problem naming what is wrong with it
// (translated, for the user: a refused enqueue, or an entry that cannot be sent).
std::optional<OutboxEdit> outboxEditFromJson(EditKind kind, const QJsonObject &body,
                                             QString *problem = nullptr);

// The typed edit of a queued entry (nullopt if its stored body cannot be read back).
std::optional<OutboxEdit> outboxEditOf(const OutboxEntry &entry, QString *problem = nullptr);

// A new edit of `customerId` based on `baseEtag`, with its kind and body from `edit`.
NewEdit newEdit(qint64 customerId, const OutboxEdit &edit, const QByteArray &baseEtag);

} // namespace pac
