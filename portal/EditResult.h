#pragma once

#include "models/FieldError.h"
#include "portal/PortalError.h"
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

// What became of adding an ACH bank account (online only: nothing is ever queued or stored
// but the last 4 digits the portal returns).
struct AchMethodResult
{
    enum class Status {
        Added, // the portal took it; `method` is what it returned (last 4 only)
        Invalid, // the bank details or the eligibility rule refused it (`errors`)
        NotAllowed,
        NotFound,
        Blocked, // the customer has edits not yet sent: they would conflict afterwards
        NotSignedIn,
        PortalFailed, // the portal refused it or could not be reached (`portalError`)
    };

    Status status = Status::Added;
    PaymentMethod method;
    QList<FieldError> errors;
    std::optional<PortalError> portalError;
    QString message;

    bool ok() const { return status == Status::Added; }
    // A refusal before anything reached the portal (Invalid, NotAllowed, NotFound, Blocked,
    // NotSignedIn) as the EditResult of the same refusal, so that it is reported the way
    // every other refused edit is (agentctl's exit statuses are decided once, for EditResult).
    EditResult refusal() const;
};

} // namespace pac
