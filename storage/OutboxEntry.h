#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"
#include "models/Invoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pac {

// What an outbox entry asks the portal to do. The payload is the request body of that call
// (API.md): InvoiceEmails `{emails:[...]}` -> PUT /customers/{id}/invoice-emails;
// PaymentTerms `{terms}` -> PUT /customers/{id}/payment-terms; AchManualEnable `{reason}` ->
// POST /customers/{id}/ach/manual-enable; CreditApplicationSubmit (the application) ->
// POST /customers/{id}/credit-applications; CreditDecision `{decision, approved_limit_cents,
// note}` -> POST /credit-applications/{applicationId}/decision; InvoiceResend
// `{invoice_id, invoice_number}` -> POST /invoices/{invoice_id}/send, which has no body: the
// payload names the invoice, the call takes no If-Match (sending again cannot conflict) and
// changes nothing of the customer (see LocalEdits).
// Adding an ACH bank account is deliberately NOT a kind: the full account number may never be
// stored locally (billing rule 4), so that call only ever goes online.
enum class EditKind {
    InvoiceEmails,
    PaymentTerms,
    AchManualEnable,
    CreditApplicationSubmit,
    CreditDecision,
    InvoiceResend
};

// pending: waits to be sent (at nextAttemptAt); sending: handed to the portal (a crash leaves
// it so; it goes back to pending on open and is resent with the same idempotency key);
// conflict: the portal answered 412, both versions are kept until the user resolves;
// failed: refused for good (422, 403, ...), kept with its error until dropped or edited.
enum class OutboxState { Pending, Sending, Conflict, Failed };

// Wire names stored in the database: "invoice_emails", "payment_terms", "ach_manual_enable",
// "credit_application_submit", "credit_decision", "invoice_resend"; "pending", "sending",
// "conflict", "failed".
QString toWire(EditKind kind);
QString toWire(OutboxState state);
std::optional<EditKind> editKindFromWire(QStringView text);
std::optional<OutboxState> outboxStateFromWire(QStringView text);

// One local edit waiting to reach the portal.
struct OutboxEntry
{
    qint64 id = 0; // monotonic: entries are created in increasing id order
    qint64 customerId = 0;
    std::optional<qint64> applicationId; // the credit application a CreditDecision is about
    EditKind kind = EditKind::InvoiceEmails;
    QJsonObject payload; // the request body
    QByteArray baseEtag; // If-Match: the ETag the edit was based on ("\"7\"")
    QString idempotencyKey; // Idempotency-Key: a UUID made with the edit, kept across retries
    OutboxState state = OutboxState::Pending;
    int attempts = 0; // how many times it was handed to the portal
    QDateTime nextAttemptAt; // UTC; not sent before
    QString lastError; // the last failure, for the user (empty if none)
    QList<FieldError> lastFieldErrors; // the field errors of a 422 (problem+json `errors`)
    QDateTime createdAt; // UTC
    std::optional<Customer> conflictServerCopy; // "theirs", while state == Conflict
};

// A new local edit, as the console or agentctl hands it to OutboxStore::enqueue().
struct NewEdit
{
    qint64 customerId = 0;
    std::optional<qint64> applicationId;
    EditKind kind = EditKind::InvoiceEmails;
    QJsonObject payload;
    QByteArray baseEtag;
    // A credit application draft this edit submits: deleted in the same transaction.
    std::optional<QString> consumedDraftId;
};

// What the portal answered when an entry succeeded (OutboxStore::complete()).
struct OutboxSuccess
{
    std::optional<Customer> customer; // the server's copy returned by a customer call
    // The application returned by a submission or a decision, as the portal sent it (its
    // `id`, `customer_id` and `status` are indexed; see CreditApplicationStore).
    std::optional<QJsonObject> creditApplication;
    QByteArray creditApplicationEtag;
    // The delivery a resend recorded: added to the invoice's cached deliveries (InvoiceStore).
    std::optional<InvoiceDelivery> invoiceDelivery = std::nullopt;
};

// How many entries are in each state (for the status bar and `agentctl outbox`).
struct OutboxCounts
{
    int pending = 0;
    int sending = 0;
    int conflict = 0;
    int failed = 0;
    int total() const { return pending + sending + conflict + failed; }
};

} // namespace pac
