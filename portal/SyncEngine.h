#pragma once

#include "portal/PortalError.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "portal/SyncTypes.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>

namespace pac {

class CacheWriter;
class LocalCache;
class PortalClient;
class SyncCreditApplications;
class SyncPuller;
class SyncPusher;
struct PullSettings;

// Keeps the local cache and the portal in step (DESIGN.md "Data flow of an edit",
// docs/sync.md). A sync is: push the outbox, then pull customers (the first time every
// customer by pages of 1000, afterwards only what changed since the last `server_time`),
// then refresh the credit applications. Everything is asynchronous and nothing heavy runs
// on the caller's (GUI) thread: pages are requested and decoded on the engine's puller
// thread and written by the CacheWriter on its own thread and SQLite connection, page N+1
// travelling while page N is written. The complete list of credit applications (a full
// sync, or every creditApplicationsInterval) is fetched while the customers are pulled and
// stored once they are written.
//
// Usage (console or agentctl, on the thread of `client` and `cache`):
//
//     SyncEngine engine(client, cache);
//     engine.setSession(session); // after PortalClient::signIn (or a remembered token)
//     connect(&engine, &SyncEngine::syncFinished, ...);
//     engine.sync(); // Ctrl+R; setBackgroundInterval() for the periodic one
//
// The engine keeps no edit of its own: edits are made by CustomerEditService into the
// outbox, which the engine sends (push() right after an edit; every sync pushes first).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(PortalClient &client, LocalCache &cache, const SyncOptions &options = {},
               QObject *parent = nullptr);
    // Cancels what runs (the page being written is rolled back) and stops the threads.
    ~SyncEngine() override;

    // The signed-in session: its token goes to `client` and to the engine's own puller
    // client, and the cache is bound to this portal and user (`portalIdentity`: the portal
    // the cache belongs to; empty = the client's origin). Fails (nothing changed) when the
    // cache holds unsent edits of another account.
    StorageStatus setSession(const PortalSession &session, const QUrl &portalIdentity = {});
    void clearSession();
    bool hasSession() const { return !m_token.isEmpty(); }

    SyncOptions options() const { return m_options; }
    void setOptions(const SyncOptions &options);
    // Periodic background sync (a delta that pushes due entries); 0 switches it off.
    void setBackgroundInterval(std::chrono::milliseconds interval);

    // Push, then pull, then refresh credit applications. While a sync or push runs, the
    // request is remembered and runs afterwards (requests coalesce).
    void sync(SyncMode mode = SyncMode::Auto, PushScope scope = PushScope::AllPending);
    // Push only (e.g. right after an edit was saved).
    void push(PushScope scope = PushScope::AllPending);
    // Stops what runs cleanly: entries being sent go back to pending, the page being written
    // is rolled back, no sync time is recorded. syncCancelled() follows.
    void cancel();

    bool isBusy() const { return m_phase != SyncPhase::Idle; }
    SyncPhase phase() const { return m_phase; }
    // False after the portal could not be reached, true again after it answered.
    bool isOnline() const { return m_online; }

signals:
    void phaseChanged(pac::SyncPhase phase);
    // For a progress bar: entries sent while pushing, customers written while pulling.
    // total is 0 when unknown (a first sync: the portal does not say how many there are).
    void progress(qint64 done, qint64 total);
    void onlineChanged(bool online);

    void syncStarted(bool full);
    void syncFinished(const pac::SyncSummary &summary);
    void syncFailed(const pac::SyncFailure &failure);
    void syncCancelled();
    // A push round ended (alone, or as the first step of a sync).
    void pushFinished(const pac::PushSummary &summary);

    // Per outbox entry, as the portal answers.
    void editApplied(qint64 entryId, qint64 customerId);
    void editFailed(qint64 entryId, qint64 customerId, const pac::PortalError &error);
    void editDeferred(qint64 entryId, qint64 customerId, const pac::PortalError &error);
    void conflictDetected(qint64 customerId, qint64 entryId);
    // The outbox changed (an entry was sent, refused, deferred or became a conflict).
    void outboxChanged();

    // Customers whose cached copy changed (rows to refresh in the table) ...
    void customersChanged(const QList<qint64> &customerIds);
    // ... or, after a full sync, possibly all of them (reload the table).
    void customersReloaded();
    void creditApplicationsChanged();

    // The portal answered 401: sign in again, then setSession() and sync().
    void authenticationRequired();

private:
    struct Run
    {
        // Declared, not defaulted: clang decides std::optional<Run>'s emplace() while this
        // class is incomplete and, with only member initializers, finds Run not constructible.
        Run() { }
        bool pull = false;
        SyncMode mode = SyncMode::Auto;
        PushScope scope = PushScope::AllPending;
        bool full = false;
        bool allReceived = false;
        quint64 generation = 0;
        qint64 expectedTotal = 0;
        QElapsedTimer clock;
        SyncSummary summary;
        std::optional<PortalError> connectivityError;
        QSet<qint64> changedCustomers; // by a delta
        // Every credit application is fetched, alongside the pull (else only those of the
        // changed customers, after it), and stored by the CacheWriter.
        bool completeCreditRefresh = false;
        std::optional<PortalError> creditApplicationsError; // the fetch failed while pulling
        bool creditApplicationsFetched = false; // the fetch is done
        int creditApplicationPagesAtWriter = 0; // handed to the writer, not yet stored
        int creditApplicationsWritten = 0; // stored by the writer
    };

    // SyncEngine.cpp: the run's life and the push.
    void setPhase(SyncPhase phase);
    void setOnline(bool online);
    void startNext();
    void startRun(bool pull, SyncMode mode, PushScope scope);
    void onPushFinished(const PushSummary &summary);
    void failRun(const SyncFailure &failure);
    void endRun();
    void scheduleRetry();

    // SyncEnginePull.cpp: the pull and the credit applications.
    void startPull();
    void onPageReceived(quint64 generation, int customers, const QList<qint64> &changedIds);
    void onAllReceived(quint64 generation, qint64 customers, const QDateTime &serverTime);
    void onPullFailed(quint64 generation, const PortalError &error);
    void onPageWritten(int customersInPage, qint64 customersWrittenInSync);
    void onWriterFinished(qint64 customersWritten, int customersRemoved);
    void onWriterFailed(const StorageError &error);
    void onWriterCancelled();
    bool needsCompleteCreditRefresh() const;
    void refreshCreditApplications();
    void onCreditApplicationsFetched(bool last);
    bool creditApplicationsStored() const;
    void onCreditApplicationsFailed(const PortalError &error);
    void onCreditApplicationsWritten(quint64 generation, int applications);
    void finishCreditApplications();
    void finishRun(int creditApplications);
    PullSettings pullSettings() const;

    PortalClient &m_client;
    LocalCache &m_cache;
    SyncOptions m_options;
    QByteArray m_token;

    std::unique_ptr<CacheWriter> m_writer;
    QThread m_pullThread;
    SyncPuller *m_puller = nullptr; // lives on m_pullThread
    SyncPusher *m_pusher = nullptr;
    SyncCreditApplications *m_creditApplications = nullptr;

    SyncPhase m_phase = SyncPhase::Idle;
    bool m_online = true;
    bool m_cancelling = false;
    bool m_awaitingWriterCancel = false;
    quint64 m_generation = 0;
    std::optional<Run> m_run;
    // Requests made while busy: a pending sync (with the widest scope asked) or push.
    std::optional<SyncMode> m_pendingSync;
    PushScope m_pendingScope = PushScope::DueOnly;
    bool m_pendingPush = false;
    std::deque<QList<qint64>> m_pagesAtWriter; // changed ids of the pages not yet written
    int m_writtenAhead = 0; // pages written before their pageReceived() arrived

    QElapsedTimer m_creditApplicationsRefreshed; // the last complete fetch
    QTimer m_backgroundTimer;
    QTimer m_retryTimer;
};

} // namespace pac
