#pragma once

#include "storage/OutboxEntry.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pac {

class CacheConnection;

// The outbox of local edits. Every call that changes an entry runs in ONE transaction with
// the matching change of the customer's local view. What the user typed or decided (enqueue,
// resolutions, edits, drops) and what the portal refused commit with synchronous=FULL; the
// bookkeeping of sending (markSending, markRetry, complete, recovery) with NORMAL, because
// losing it to a power cut only makes the entry go out again with the same idempotency key,
// which the portal replays. See docs/storage.md for the life of an entry.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::OutboxStore)

public:
    explicit OutboxStore(CacheConnection &connection);

    // Saves a local edit: applies it to the customer's local view AND appends the entry (with a
    // new idempotency key, state pending, due now), and deletes `consumedDraftId` if given.
    // The customer must be in the cache; nothing is saved on any failure.
    StorageResult<OutboxEntry> enqueue(const NewEdit &edit);
    // The same inside a transaction the caller holds (BulkBatchStore::apply: a whole batch in
    // one), the entry tagged with `batchId`. Nothing is committed or rolled back here.
    StorageResult<OutboxEntry> enqueueWithin(const NewEdit &edit, std::optional<qint64> batchId);

    // All entries in creation order; the entries of one customer; one entry.
    StorageResult<QList<OutboxEntry>> entries() const;
    StorageResult<QList<OutboxEntry>> entriesFor(qint64 customerId) const;
    StorageResult<std::optional<OutboxEntry>> find(qint64 id) const;
    StorageResult<OutboxCounts> counts() const;

    // What may be sent now: per customer only the oldest entry, and only if it is pending and
    // due (nextAttemptAt <= now). An entry in sending, conflict or failed holds back the
    // later entries of its customer, so one customer's edits reach the portal in order.
    StorageResult<QList<OutboxEntry>> readyToSend(const QDateTime &now, int limit = 0) const;
    // When the next held-back-by-time entry becomes due (for a retry timer), if any.
    StorageResult<std::optional<QDateTime>> nextDueAt() const;

    // pending -> sending, attempts + 1 (before the request goes out).
    StorageStatus markSending(qint64 id);
    // sending -> pending with the error and the time of the next attempt (transient failure).
    StorageStatus markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    // The portal accepted the entry: removes it and stores what the portal returned as the new
    // server copy (and/or the known credit application, and/or a resend's delivery, added to
    // the cached invoice); the customer's later entries based
    // on the same ETag are rebased onto the returned one; the local view is recomputed from
    // the remaining entries or cleared. One transaction.
    StorageStatus complete(qint64 id, const OutboxSuccess &result);
    // 412: keeps both versions: "mine" (the entry, the local view) and "theirs" (serverCopy,
    // which also becomes the customer's server copy).
    StorageStatus markConflict(qint64 id, const Customer &serverCopy);
    // Refused for good (422, 403, 404, ...): kept with its error for the user.
    StorageStatus markFailed(qint64 id, const QString &error,
                             const QList<FieldError> &fieldErrors = {});

    // Conflict resolution. Mine: re-queued on the ETag of "theirs". Theirs: the edit is
    // dropped. Merged: re-queued on the ETag of "theirs" with `payload` (e.g. a merged email
    // list). Mine and merged get a NEW idempotency key (the request is a different one now).
    StorageStatus resolveKeepMine(qint64 id);
    StorageStatus resolveKeepTheirs(qint64 id);
    StorageStatus resolveMerged(qint64 id, const QJsonObject &payload);

    // A failed entry edited by the user: new payload, new idempotency key, pending again.
    StorageStatus editPayload(qint64 id, const QJsonObject &payload);
    // Drops a pending, conflicting or failed entry (not one being sent); recomputes the view.
    StorageStatus drop(qint64 id);

    // On open: entries left in `sending` by a crash go back to `pending` (resent with the same
    // idempotency key, so the portal replays instead of applying twice). Returns the count.
    StorageResult<int> recoverInterrupted();

private:
    CacheConnection &m_connection;
};

} // namespace pac
