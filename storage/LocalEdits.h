#pragma once

#include "storage/MetaStore.h"
#include "storage/OutboxEdit.h"
#include "storage/OutboxEntry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace pac {

// How a queued edit changes what the console shows before the portal has accepted it. The
// local view of a customer is always recomputed as: server copy, then each of its pending,
// sending and conflicting entries applied in order (failed entries are not applied: the
// portal refused them; they stay flagged until dropped or edited).
class LocalEdits
{
public:
    struct Context
    {
        std::optional<CacheUser> actor; // who made the edit (for "ACH enabled by")
        QDateTime at; // when (UTC)
    };

    // A message naming what is wrong with the payload's shape for that kind, or nullopt if it
    // can be queued. (The billing rules validate the content before anything is queued.)
    static std::optional<QString> payloadProblem(EditKind kind, const QJsonObject &payload);

    // The customer as it looks with the edit applied. InvoiceEmails: the new list;
    // PaymentTerms: the terms, and on Net 15 the credit limit becomes
    // max(current, $500.00) (billing rule 2); AchManualEnable: the ACH state the rule
    // (AchEligibility) gives with the actor's enable added; CreditDecision approve: the approved
    // limit; CreditApplicationSubmit: no visible change. InvoiceResend: none either, and it is
    // not even part of the local view (changesCustomer()). Payloads that fail payloadProblem()
    // leave the customer unchanged.
    static Customer apply(const Customer &customer, const OutboxEdit &edit, const Context &context);
    // Whether entries of `kind` make a local view at all. A resend only asks the portal to send
    // an invoice again: a customer with nothing else queued shows the portal's copy, not "your
    // changes are not sent yet" (docs/sync.md, "Sending an invoice again").
    static bool changesCustomer(EditKind kind) { return kind != EditKind::InvoiceResend; }
    // The same for a stored body (outboxEditFromJson()).
    static Customer apply(const Customer &customer, EditKind kind, const QJsonObject &payload,
                          const Context &context);
};

} // namespace pac
