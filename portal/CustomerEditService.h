#pragma once

#include "models/AchAuthorization.h"
#include "models/AchBankDetails.h"
#include "models/CreditApplicationJson.h"
#include "models/Invoice.h"
#include "models/InvoiceEmailList.h"
#include "models/Permissions.h"
#include "portal/EditResult.h"
#include "storage/CachedCustomer.h"
#include "storage/MetaStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace pac {

struct EditCheck;
class LocalCache;
class PortalClient;
class SyncEngine;

// How the user settles a conflict (an edit the portal refused with 412 because the customer
// changed there meanwhile): keep my edit (sent again on top of the portal's version), take
// theirs (my edit is dropped), or, for invoice emails, a merged list.
enum class ConflictChoice { Mine, Theirs, Merge };

// A conflict as the console's conflict dialog and `agentctl resolve` show it.
struct EditConflict
{
    OutboxEntry entry; // the edit in conflict ("mine": its payload)
    Customer mine; // what the user sees: the portal's copy with the local edits applied
    Customer theirs; // the portal's current copy
    // Invoice emails only: the union proposed by merge (theirs, then the addresses only mine
    // has), and the addresses of mine that do not fit in it (past 10), with the reason.
    bool canMerge = false;
    QStringList mergedEmails;
    QList<InvoiceEmailList::Refusal> mergeLeftOut;
};

// Who a resend of an invoice goes to, as the console shows the customer now (the local view:
// edits not yet sent included): To the billing contacts, CC the Additional Invoice Emails
// (InvoiceEmailList::recipients, as the invoice-recipients preview shows them).
struct InvoiceResendPreview
{
    Invoice invoice;
    Customer customer; // shown()
    InvoiceEmailList::Recipients recipients;
    bool hasRecipients() const { return !recipients.to.isEmpty() || !recipients.cc.isEmpty(); }
};

// The one way a user's edit reaches the portal (DESIGN.md "Data flow of an edit"): the
// console's widgets and agentctl call it; it validates with the shared billing rule and
// the signed-in role's permissions (Permissions), then writes the local view and the
// outbox entry in ONE transaction (LocalCache), then asks the SyncEngine to send it. A
// refused edit saves nothing. Calls are synchronous and small (one SQLite transaction on
// the caller's cache connection), except the bank-account actions, which go online only.
//
// Customers are the cache's: the service validates against what the user sees (the local
// view), and bases the edit on the portal's last copy (its ETag goes to If-Match).
class CustomerEditService : public QObject
{
    Q_OBJECT

public:
    // `engine` may be null (nothing is sent then until someone syncs).
    CustomerEditService(LocalCache &cache, PortalClient &client, SyncEngine *engine,
                        QObject *parent = nullptr);

    // Whether a saved edit is pushed at once (default true).
    void setPushAfterEdit(bool push) { m_pushAfterEdit = push; }

    // --- Invoice emails (billing rule 1) ---
    EditResult setInvoiceEmails(qint64 customerId, const QStringList &emails);
    // Adds what was pasted or typed (any list form InvoiceEmailList::parsePasted accepts);
    // every refused address is reported and then nothing is saved.
    EditResult addInvoiceEmails(qint64 customerId, QStringView pasted);
    EditResult removeInvoiceEmail(qint64 customerId, const QString &address);

    // --- Payment terms (billing rule 2) ---
    EditResult setPaymentTerms(qint64 customerId, PaymentTermsKind terms);

    // --- ACH (billing rule 4) ---
    // Support only; the reason is kept with who and when.
    EditResult enableAchManually(qint64 customerId, const QString &reason);
    // Bank accounts (billing rule 8). Online only, nothing goes through the outbox: the bank
    // details live in memory and in the request, and only the last 4 digits the portal
    // returns are ever kept. Each checks first, saving and sending nothing when refused: the
    // signed-in role (Action::AddAchMethod), the customer in the cache, no edit of it in
    // conflict, refused or not yet sent (the portal's new customer version would turn that
    // edit into a conflict). After a success the customer is fetched again into the cache
    // and customerEdited(customerId) is emitted before `done`. `done` runs once, on
    // `context`'s thread, never inside the call; not at all if the context is gone.
    using AchMethodCallback = std::function<void(const AchMethodResult &)>;
    // Adds a bank account with the payer's authorization (AchAuthorization::validate(), the
    // bank details' validate(), AchEligibility::canAddMethod: Invalid). Added: the method
    // is pending verification. A stale text version is the portal's refusal (PortalFailed,
    // errors code stale_authorization_text).
    void addAchMethod(qint64 customerId, const AchBankDetails &details,
                      const AchAuthorization &authorization, QObject *context,
                      AchMethodCallback done);
    // The two micro-deposits in cents (AchVerification::validateAmounts: Invalid). Verified,
    // or WrongAmounts (triesLeft), or VerificationFailed (no try left); the amounts are never
    // kept. One Idempotency-Key per call, so a retry never uses a second try.
    void verifyAchMethod(qint64 customerId, qint64 methodId, const QList<qint64> &amountsCents,
                         QObject *context, AchMethodCallback done);
    // DefaultSet; a method not verified or revoked is the portal's 409 (PortalFailed, code
    // not_verified).
    void setDefaultAchMethod(qint64 customerId, qint64 methodId, QObject *context,
                             AchMethodCallback done);
    // Revoked; the reason is AchAuthorization::validateRevocationReason's (Invalid).
    // Revoking twice is the portal's 409 (code revoked).
    void revokeAchMethod(qint64 customerId, qint64 methodId, const QString &reason,
                         QObject *context, AchMethodCallback done);

    // --- Credit applications (billing rule 3), through the outbox like every edit ---
    // Submits a local draft: validated in full, queued, and the draft removed in the same
    // transaction.
    EditResult submitCreditApplication(const QString &draftId);
    // Submits an application that is not a draft (agentctl credit-app new --from FILE).
    EditResult submitCreditApplication(qint64 customerId, const CreditApplication &application);
    // Support only: approve (with a limit above the current one, at most the requested) or
    // decline (with a reason) a submitted application known to the cache.
    EditResult decideCreditApplication(qint64 applicationId, const CreditDecisionRequest &decision);

    // --- Invoices (issue 11) ---
    // Who a resend of the cached invoice `invoiceId` would go to now; NotFound when no cached
    // list of invoices holds it.
    std::variant<InvoiceResendPreview, EditResult> previewResend(qint64 invoiceId) const;
    // Queues sending the invoice again, through the outbox like every edit (waits offline, one
    // Idempotency-Key, never sent twice). Refused, nothing saved: nobody to send to
    // (no_recipients), or a resend of it already waiting (Unchanged, with that entry).
    EditResult resendInvoice(qint64 invoiceId);

    // --- Conflicts and refused edits ---
    // The conflict of a customer (its edit in conflict and both versions), if any.
    StorageResult<std::optional<EditConflict>> conflictFor(qint64 customerId) const;
    // Settles the customer's conflict. Merge takes `mergedEmails`, or the proposal of
    // conflictFor() when empty; it is validated like any list.
    EditResult resolveConflict(qint64 customerId, ConflictChoice choice,
                               const QStringList &mergedEmails = {});
    // Drops an edit that is pending, in conflict or refused (not one being sent).
    EditResult discardEdit(qint64 entryId);

signals:
    // The local view of a customer changed (an edit saved, resolved or dropped).
    void customerEdited(qint64 customerId);
    void outboxChanged();
    void creditApplicationsChanged();

private:
    // What every customer edit starts from.
    struct Target
    {
        CachedCustomer customer;
        CacheUser user;
    };
    std::variant<Target, EditResult> prepare(qint64 customerId, Action action) const;
    std::variant<CacheUser, EditResult> signedInUser() const;
    std::optional<EditResult> blockedBy(qint64 customerId) const;
    EditResult save(const NewEdit &edit);
    void afterChange(qint64 customerId, bool pushNow);
    // Saves the checked edit (CustomerEditRules), or returns why there is none.
    EditResult queue(const Target &target, const EditCheck &check);

    // What every bank-account action checks before going online: the customer, or why not.
    std::variant<Target, AchMethodResult> prepareAch(qint64 customerId) const;
    void sendAchMethod(qint64 customerId, const AchBankDetails &details,
                       const AchAuthorization &authorization, const QByteArray &etag,
                       bool refreshOn412, QObject *context, AchMethodCallback done);
    // After prepareAch() and the input's `problem` (Invalid), starts `call` (an action on an
    // existing method); its answer becomes the result of `success`
    // (AchMethodResult::fromPortal), then finishAchMethod when it succeeded.
    using MethodCall = std::function<void(
        QObject *context, std::function<void(const PortalResult<PaymentMethod> &)> answered)>;
    void actOnAchMethod(qint64 customerId, qint64 methodId, AchMethodResult::Status success,
                        const std::optional<FieldError> &problem, const MethodCall &call,
                        QObject *context, AchMethodCallback done);
    // Fetches the customer again into the cache (its ACH state and version changed), emits
    // customerEdited, then delivers `result`.
    void finishAchMethod(qint64 customerId, const AchMethodResult &result, QObject *context,
                         AchMethodCallback done);

    LocalCache &m_cache;
    PortalClient &m_client;
    QPointer<SyncEngine> m_engine;
    bool m_pushAfterEdit = true;
};

} // namespace pac
