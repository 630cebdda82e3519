#pragma once

#include "portal/PortalError.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "portal/SyncTypes.h"
#include "storage/OutboxEntry.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>

#include <deque>

namespace pac {

class LocalCache;
class PortalCall;
class PortalClient;

// Internal to SyncEngine: sends the outbox (DESIGN.md "Data flow of an edit"). One round
// sends every entry that is ready, with If-Match (the entry's base ETag) and Idempotency-Key
// (the key made with the edit): per customer strictly in order (the next entry of a customer
// goes only after the previous one was accepted), different customers concurrently (at most
// SyncOptions::maxConcurrentPushes in flight). Each entry is attempted once per round.
//
// Outcomes: accepted → the cache takes the portal's copy (OutboxStore::complete); 412 → the
// portal's current copy is fetched and the entry becomes a conflict with both versions;
// 422/403/404/... → failed, with the field errors; network trouble, 5xx, 429 → back to
// pending with a persisted next-attempt time (backoff), and after a network failure the
// round sends nothing more; 401 → back to pending, the round stops, the user must sign in.
// An invoice resend (POST /invoices/{id}/send) goes with its key only and no If-Match; its
// 202 Delivery is added to the cached invoice as the entry is removed.
// Lives on the GUI thread with the console's PortalClient and LocalCache; every write is a
// small transaction of the outbox.
class SyncPusher : public QObject
{
    Q_OBJECT

public:
    SyncPusher(PortalClient &client, LocalCache &cache, const SyncOptions &options,
               QObject *parent = nullptr);
    ~SyncPusher() override;

    void setOptions(const SyncOptions &options) { m_options = options; }

    // Starts a round (ignored while one runs). finished() follows, also when nothing is ready.
    void start(PushScope scope);
    // Aborts the calls in flight (their entries go back to pending, unchanged) and ends the
    // round; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void entryApplied(qint64 entryId, qint64 customerId);
    void entryConflict(qint64 entryId, qint64 customerId);
    void entryFailed(qint64 entryId, qint64 customerId, const pac::PortalError &error);
    void entryDeferred(qint64 entryId, qint64 customerId, const pac::PortalError &error);
    // Entries settled so far in this round, of those known to be ready.
    void progress(qint64 done, qint64 total);
    void storageFailed(const pac::StorageError &error);
    void finished(const pac::PushSummary &summary);

private:
    // What happens to an entry once the portal answered.
    enum class Settlement { Applied, Conflict, Failed, Deferred };

    bool refill();
    void pump();
    void send(const OutboxEntry &entry);
    PortalCall *dispatch(const OutboxEntry &entry);
    void onAnswer(const OutboxEntry &entry, const PortalError *error, const OutboxSuccess &success);
    void onPreconditionFailed(const OutboxEntry &entry, const PortalError &error);
    void settle(const OutboxEntry &entry, Settlement settlement, const PortalError *error,
                const StorageStatus &status);
    void deferEntry(const OutboxEntry &entry, const PortalError &error);
    void failEntry(const OutboxEntry &entry, const PortalError &error);
    void followUp(qint64 customerId);
    void finishIfIdle();
    QDateTime cutoff() const;

    PortalClient &m_client;
    LocalCache &m_cache;
    SyncOptions m_options;
    QRandomGenerator m_random;

    bool m_running = false;
    bool m_stopDispatch = false; // network down, 401, cancel: send nothing more this round
    PushScope m_scope = PushScope::AllPending;
    std::deque<OutboxEntry> m_queue;
    QSet<qint64> m_attempted; // entry ids sent this round
    QSet<qint64> m_blockedCustomers; // a customer whose entry did not go through this round
    QHash<qint64, QPointer<PortalCall>> m_inFlight; // by customer id
    PushSummary m_summary;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace pac
