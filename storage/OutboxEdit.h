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

// Sending an invoice again to the customer's recipients as the portal has them when it
// handles the request. Its call has no body, so this "body" names the invoice: the id for
// the path, the number for the outbox list and messages.
struct InvoiceResendEdit
{
    qint64 invoiceId = 0; // > 0
    QString invoiceNumber; // "INV-2026-0142"; may be empty
    bool operator==(const InvoiceResendEdit &) const = default;
};

using OutboxEdit = std::variant<InvoiceEmailsEdit, PaymentTermsEdit, AchManualEnableEdit,
                                CreditApplicationSubmitEdit, CreditDecisionEdit, InvoiceResendEdit>;

EditKind kindOf(const OutboxEdit &edit);

// The request body: `{emails:[...]}`, `{terms}`, `{reason}`, the application, the decision;
// for a resend `{invoice_id, invoice_number}` (what the entry keeps; nothing is sent).
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
