#pragma once

#include "models/FieldError.h"
#include "portal/PortalError.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "storage/OutboxEntry.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pac {

// What became of a user's edit handed to CustomerEditService. Only Saved changed anything
// (the local view and the outbox, in one transaction); every other status saved nothing.
struct EditResult
{
    Q_DECLARE_TR_FUNCTIONS(pac::EditResult)

public:
    enum class Status {
        Saved, // in the cache and the outbox; the SyncEngine sends it
        Unchanged, // nothing to do (the customer already is that way)
        Invalid, // a billing rule refused it: `errors` name the fields and reasons
        NotAllowed, // the signed-in role may not do this (errors[0]: code "forbidden")
        NotFound, // no such customer, application or outbox entry in the cache
        Blocked, // an earlier edit of the customer is in conflict or was refused: resolve it
        NotSignedIn, // the cache belongs to nobody yet
        StorageFailed, // the cache could not save it (`message` says why)
    };

    Status status = Status::Saved;
    QList<FieldError> errors;
    QString message; // one translated sentence for the user
    std::optional<OutboxEntry> entry; // Saved: the outbox entry (Unchanged: one already queued)

    bool ok() const { return status == Status::Saved || status == Status::Unchanged; }

    static EditResult saved(const OutboxEntry &entry);
    static EditResult unchanged(const QString &message);
    // Invalid with the rule's errors; the message lists their messages.
    static EditResult invalid(const QList<FieldError> &errors);
    static EditResult notAllowed(const FieldError &refusal);
    static EditResult notFound(const QString &message);
    static EditResult blocked(const QString &message);
    static EditResult notSignedIn();
    static EditResult storageFailed(const StorageError &error);
};

// What became of an action on an ACH bank account (billing rule 8): adding it with its
// authorization, verifying its micro-deposits, making it the default, revoking it. Online
// only: nothing is ever queued, and nothing of the account is stored but the last 4 digits
// the portal returns.
struct AchMethodResult
{
    Q_DECLARE_TR_FUNCTIONS(pac::AchMethodResult)

public:
    enum class Status {
        Added, // the portal took it; `method` is what it returned (last 4 only), pending
        Verified, // the deposits matched: `method` is verified, the customer may use ACH
        WrongAmounts, // the deposits did not match: `triesLeft` (and method.triesLeft) tries left
        VerificationFailed, // the last try did not match: the method is failed for good
        DefaultSet, // `method` is the customer's default payment method now
        Revoked, // `method`'s authorization is revoked (method.revoked says who, when, why)
        Invalid, // the bank details, the authorization, the amounts, the reason or the
                 // eligibility rule refused it (`errors`); nothing was sent
        NotAllowed,
        NotFound,
        Blocked, // the customer has edits not yet sent: they would conflict afterwards
        NotSignedIn,
        PortalFailed, // the portal refused it or could not be reached (`portalError`)
    };

    Status status = Status::Added;
    // The method as the portal returned it. WrongAmounts and VerificationFailed (answered with
    // a problem, not a method): only id, verification and triesLeft are known.
    PaymentMethod method;
    // Micro-deposit tries left: WrongAmounts 1 or 2, VerificationFailed 0, else the
    // method's triesLeft.
    int triesLeft = 0;
    QList<FieldError> errors;
    std::optional<PortalError> portalError;
    QString message; // one translated sentence for the user

    // Added, Verified, DefaultSet, Revoked.
    bool ok() const;
    // A refusal before anything reached the portal (Invalid, NotAllowed, NotFound, Blocked,
    // NotSignedIn) as the EditResult of the same refusal, so that it is reported the way
    // every other refused edit is (agentctl's exit statuses are decided once, for EditResult).
    EditResult refusal() const;

    // What the portal's answer to an action on method `methodId` means, for an action whose
    // success is `success` (Added, Verified, DefaultSet or Revoked): that status with the
    // method and its message; for verify, a 422 wrong_amounts is WrongAmounts and
    // verification_failed VerificationFailed (PortalError::triesLeft); anything else
    // PortalFailed with the error. CustomerEditService uses it, and agentctl when it acts on
    // a method without knowing its customer.
    static AchMethodResult fromPortal(Status success, qint64 methodId,
                                      const PortalResult<PaymentMethod> &answer);
    // The message of a success (`method` as the portal returned it).
    static QString successMessage(Status success, const PaymentMethod &method);
};

} // namespace pac
