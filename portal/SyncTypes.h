#pragma once

#include "portal/PortalError.h"
#include "portal/RetryPolicy.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>

#include <chrono>

namespace pac {

// Value types of the SyncEngine (docs/sync.md).

// What the engine is doing; the console shows it beside the progress bar.
enum class SyncPhase {
    Idle,
    Pushing, // sending the outbox
    Pulling, // paging customers from the portal into the cache
    CreditApplications, // refreshing the known credit applications
};

// What a pull asks for: a full sync pages every visible customer (and drops the ones no
// longer visible); a delta asks only for what changed since the last `server_time`. Auto is
// a delta when the cache has synced before, else a full sync.
enum class SyncMode { Auto, Full, Delta };

// Which outbox entries a push sends: every pending one (the user asked: `push`, Ctrl+R), or
// only those whose persisted next-attempt time has come (background timer).
enum class PushScope { AllPending, DueOnly };

struct SyncOptions
{
    // Customers per page (the API allows up to 1000).
    int pageSize = 1000;
    // Pages received but not yet written to the cache before the next request waits: bounds
    // memory while still overlapping the network with the SQLite writes. Four keep the
    // puller going through the writer's checkpoints (bench/README.md, "Figures behind
    // settings").
    int pagesAhead = 4;
    // Outbox entries in flight at once (each of a different customer; one customer's entries
    // go strictly in order). QNetworkAccessManager opens at most 6 connections to a host:
    // the requests beyond wait in its queue and go out as soon as a connection frees, without
    // waiting for this thread to handle an answer first (twelve beat six: bench/README.md,
    // "Figures behind settings").
    int maxConcurrentPushes = 12;
    // Backoff of an entry that failed transiently (persisted as its next-attempt time), on
    // top of the retries PortalClient makes within one call.
    RetryPolicy outboxRetry {.maxAttempts = 1,
                             .baseDelay = std::chrono::seconds(5),
                             .maxDelay = std::chrono::minutes(10),
                             .maxRetryAfter = std::chrono::minutes(10)};
    // The complete list of credit applications is fetched by a full sync, and by a delta
    // when the last complete fetch is older than this (0: every sync). In between, a delta
    // refreshes by id only the submitted applications of the customers that changed (a
    // decision changes the customer).
    std::chrono::milliseconds creditApplicationsInterval {std::chrono::minutes(5)};
    // Background sync interval; 0 switches it off (a sync then runs only when asked).
    std::chrono::milliseconds backgroundInterval {0};
    // After a round left entries waiting (network trouble), push again by itself when the
    // first of them is due.
    bool retryDeferredAutomatically = true;
};

// The outcome of one push round.
struct PushSummary
{
    int applied = 0; // accepted by the portal
    int conflicts = 0; // 412: kept with both versions for the user
    int failed = 0; // refused for good (422, 403, 404, ...)
    int deferred = 0; // network trouble, 5xx, 429: kept, retried later
    bool authenticationRequired = false; // 401: the round stopped; sign in again

    int attempted() const { return applied + conflicts + failed + deferred; }
};

// The outcome of one sync (push, then pull, then credit applications).
struct SyncSummary
{
    bool full = false;
    PushSummary push;
    qint64 customersReceived = 0; // customers the portal sent
    qint64 customersWritten = 0; // of those, rows written (older copies are skipped)
    int customersRemoved = 0; // no longer visible (full sync only)
    int creditApplications = 0; // applications refreshed from the portal
    QDateTime serverTime; // the delta base recorded for the next sync
    qint64 elapsedMs = 0;
};

// Why a sync stopped before the end: the portal (network, session, refusal) or the cache.
struct SyncFailure
{
    Q_DECLARE_TR_FUNCTIONS(pac::SyncFailure)

public:
    enum class Cause { Portal, Storage };

    Cause cause = Cause::Portal;
    PortalError portal; // when cause == Portal
    StorageError storage; // when cause == Storage

    static SyncFailure fromPortal(const PortalError &error);
    static SyncFailure fromStorage(const StorageError &error);

    // Network trouble, 5xx, 429: nothing is wrong with the request; try again later.
    bool isTransient() const { return cause == Cause::Portal && portal.isTransient(); }
    bool isUnauthorized() const
    {
        return cause == Cause::Portal && portal.kind == PortalError::Kind::Unauthorized;
    }
    // A translated sentence for the user.
    QString message() const;
};

} // namespace pac

namespace pac {

// The portal could not be reached (network, timeout, TLS): the rest of a round or a sync
// would fail the same way, and the engine reports itself offline.
bool isConnectivityFailure(const PortalError &error);

} // namespace pac

Q_DECLARE_METATYPE(pac::SyncPhase)
Q_DECLARE_METATYPE(pac::PushSummary)
Q_DECLARE_METATYPE(pac::SyncSummary)
Q_DECLARE_METATYPE(pac::SyncFailure)
