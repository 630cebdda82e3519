// SyncEngine: what is asked of it (sync, push, cancel, the session), the life of a run (push,
// then pull, then credit applications; its end, failure and the requests that waited) and
// the push's outcomes. The pull and the credit applications are in SyncEnginePull.cpp.
#include "portal/SyncEngine.h"

#include "portal/Log.h"
#include "portal/PortalClient.h"
#include "portal/SyncCreditApplications.h"
#include "portal/SyncPuller.h"
#include "portal/SyncPusher.h"
#include "storage/CacheWriter.h"
#include "storage/LocalCache.h"

#include <algorithm>

namespace pac {

SyncEngine::SyncEngine(PortalClient &client, LocalCache &cache, const SyncOptions &options,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_options(options)
    , m_writer(std::make_unique<CacheWriter>(cache.path()))
    , m_pusher(new SyncPusher(client, cache, options, this))
    , m_creditApplications(new SyncCreditApplications(client, this))
{
    m_pullThread.setObjectName(QStringLiteral("pac-sync-pull"));
    m_puller = new SyncPuller(*m_writer);
    m_puller->moveToThread(&m_pullThread);
    connect(&m_pullThread, &QThread::finished, m_puller, &QObject::deleteLater);
    m_pullThread.start();

    connect(m_puller, &SyncPuller::pageReceived, this, &SyncEngine::onPageReceived);
    connect(m_puller, &SyncPuller::allReceived, this, &SyncEngine::onAllReceived);
    connect(m_puller, &SyncPuller::failed, this, &SyncEngine::onPullFailed);
    connect(m_writer.get(), &CacheWriter::pageWritten, this, &SyncEngine::onPageWritten);
    connect(m_writer.get(), &CacheWriter::finished, this, &SyncEngine::onWriterFinished);
    connect(m_writer.get(), &CacheWriter::failed, this, &SyncEngine::onWriterFailed);
    connect(m_writer.get(), &CacheWriter::cancelled, this, &SyncEngine::onWriterCancelled);
    connect(m_writer.get(), &CacheWriter::creditApplicationsWritten, this,
            &SyncEngine::onCreditApplicationsWritten);

    connect(m_pusher, &SyncPusher::finished, this, &SyncEngine::onPushFinished);
    connect(m_pusher, &SyncPusher::progress, this, &SyncEngine::progress);
    connect(m_pusher, &SyncPusher::entryApplied, this, [this](qint64 entryId, qint64 customerId) {
        setOnline(true);
        emit editApplied(entryId, customerId);
        emit customersChanged({customerId});
        emit outboxChanged();
    });
    connect(m_pusher, &SyncPusher::entryConflict, this, [this](qint64 entryId, qint64 customerId) {
        setOnline(true);
        emit conflictDetected(customerId, entryId);
        emit customersChanged({customerId});
        emit outboxChanged();
    });
    connect(m_pusher, &SyncPusher::entryFailed, this,
            [this](qint64 entryId, qint64 customerId, const PortalError &error) {
                emit editFailed(entryId, customerId, error);
                emit customersChanged({customerId});
                emit outboxChanged();
            });
    connect(m_pusher, &SyncPusher::entryDeferred, this,
            [this](qint64 entryId, qint64 customerId, const PortalError &error) {
                if (isConnectivityFailure(error)) {
                    setOnline(false);
                    if (m_run)
                        m_run->connectivityError = error;
                }
                emit editDeferred(entryId, customerId, error);
                emit outboxChanged();
            });
    connect(m_pusher, &SyncPusher::storageFailed, this, [](const StorageError &error) {
        qCWarning(lcPortal) << "outbox not updated:" << error.message << error.detail;
    });

    connect(m_creditApplications, &SyncCreditApplications::fetched, this,
            &SyncEngine::onCreditApplicationsFetched);
    connect(m_creditApplications, &SyncCreditApplications::failed, this,
            &SyncEngine::onCreditApplicationsFailed);

    m_backgroundTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_backgroundTimer, &QTimer::timeout, this,
            [this] { sync(SyncMode::Auto, PushScope::DueOnly); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { push(PushScope::DueOnly); });
    setBackgroundInterval(options.backgroundInterval);
}

SyncEngine::~SyncEngine()
{
    m_pendingSync.reset();
    m_pendingPush = false;
    if (m_run) {
        m_puller->cancel(m_run->generation);
        m_writer->cancel();
    }
    // The pusher aborts its calls as it is destroyed (their entries go back to pending);
    // nothing of that reaches this half-destroyed engine.
    disconnect(m_pusher, nullptr, this, nullptr);
    disconnect(m_creditApplications, nullptr, this, nullptr);
    disconnect(m_writer.get(), nullptr, this, nullptr);
    delete m_pusher;
    m_pusher = nullptr;
    m_pullThread.quit();
    m_pullThread.wait();
    m_writer.reset();
}

StorageStatus SyncEngine::setSession(const PortalSession &session, const QUrl &portalIdentity)
{
    const QUrl identity = portalIdentity.isEmpty() ? m_client.origin() : portalIdentity;
    const CacheUser user {session.user.id, session.user.name, session.user.role};
    if (StorageStatus bound = m_cache.meta().bindAccount(identity, user); !bound)
        return bound;
    m_token = session.token;
    m_client.setBearerToken(session.token);
    return {};
}

void SyncEngine::clearSession()
{
    cancel();
    m_token.clear();
    m_client.clearBearerToken();
}

void SyncEngine::setOptions(const SyncOptions &options)
{
    m_options = options;
    m_pusher->setOptions(options);
    setBackgroundInterval(options.backgroundInterval);
}

void SyncEngine::setBackgroundInterval(std::chrono::milliseconds interval)
{
    m_options.backgroundInterval = interval;
    if (interval.count() > 0)
        m_backgroundTimer.start(interval);
    else
        m_backgroundTimer.stop();
}

void SyncEngine::sync(SyncMode mode, PushScope scope)
{
    if (isBusy()) {
        if (!m_pendingSync || mode == SyncMode::Full)
            m_pendingSync = mode;
        if (scope == PushScope::AllPending)
            m_pendingScope = PushScope::AllPending;
        return;
    }
    startRun(true, mode, scope);
}

void SyncEngine::push(PushScope scope)
{
    if (isBusy()) {
        m_pendingPush = true;
        if (scope == PushScope::AllPending)
            m_pendingScope = PushScope::AllPending;
        return;
    }
    startRun(false, SyncMode::Auto, scope);
}

void SyncEngine::cancel()
{
    m_pendingSync.reset();
    m_pendingPush = false;
    if (!m_run || m_cancelling)
        return;
    m_cancelling = true;
    switch (m_phase) {
    case SyncPhase::Pushing:
        m_pusher->cancel(); // finished() follows, at once
        break;
    case SyncPhase::Pulling:
        m_puller->cancel(m_run->generation);
        m_creditApplications->abort();
        m_awaitingWriterCancel = true;
        m_writer->cancel(); // the page being written is rolled back; cancelled() follows
        break;
    case SyncPhase::CreditApplications:
        // What is fetched is dropped, and what waits at the writer is not stored.
        m_creditApplications->abort();
        m_writer->cancel();
        emit syncCancelled();
        endRun();
        break;
    case SyncPhase::Idle:
        break;
    }
}

void SyncEngine::setPhase(SyncPhase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void SyncEngine::startNext()
{
    if (isBusy())
        return;
    const PushScope scope = m_pendingScope;
    m_pendingScope = PushScope::DueOnly;
    if (m_pendingSync) {
        const SyncMode mode = *m_pendingSync;
        m_pendingSync.reset();
        m_pendingPush = false;
        startRun(true, mode, scope);
    } else if (m_pendingPush) {
        m_pendingPush = false;
        startRun(false, SyncMode::Auto, scope);
    }
}

void SyncEngine::startRun(bool pull, SyncMode mode, PushScope scope)
{
    m_retryTimer.stop();
    m_run.emplace();
    m_run->pull = pull;
    m_run->mode = mode;
    m_run->scope = scope;
    m_run->clock.start();
    if (pull) {
        const auto meta = m_cache.meta().read();
        m_run->full = mode == SyncMode::Full
            || (mode == SyncMode::Auto && (!meta || !meta->lastServerTime.isValid()));
        m_run->summary.full = m_run->full;
        emit syncStarted(m_run->full);
    }
    setPhase(SyncPhase::Pushing);
    m_pusher->start(scope);
}

void SyncEngine::onPushFinished(const PushSummary &summary)
{
    if (!m_run)
        return;
    m_run->summary.push = summary;
    if (!m_run->pull) {
        // A push on its own: idle again before the listeners hear of it.
        const bool cancelled = m_cancelling;
        endRun();
        if (summary.authenticationRequired)
            emit authenticationRequired();
        emit pushFinished(summary);
        if (cancelled)
            emit syncCancelled();
        return;
    }
    emit pushFinished(summary);
    if (m_cancelling) {
        emit syncCancelled();
        endRun();
        return;
    }
    if (summary.authenticationRequired) {
        emit authenticationRequired();
        PortalError error = PortalError::make(PortalError::Kind::Unauthorized);
        error.httpStatus = 401;
        failRun(SyncFailure::fromPortal(error));
        return;
    }
    if (m_run->connectivityError) {
        // The portal is out of reach: a pull would only fail the same way, slower.
        failRun(SyncFailure::fromPortal(*m_run->connectivityError));
        return;
    }
    startPull();
}

void SyncEngine::failRun(const SyncFailure &failure)
{
    if (!m_run)
        return;
    qCDebug(lcPortal) << "sync failed:" << failure.message();
    endRun();
    emit syncFailed(failure);
}

void SyncEngine::endRun()
{
    m_creditApplications->abort(); // a fetch alongside a pull that failed
    m_run.reset();
    m_cancelling = false;
    m_awaitingWriterCancel = false;
    m_pagesAtWriter.clear();
    m_writtenAhead = 0;
    setPhase(SyncPhase::Idle);
    scheduleRetry();
    // Requests made meanwhile run from the event loop, after the signals of this one.
    QMetaObject::invokeMethod(this, &SyncEngine::startNext, Qt::QueuedConnection);
}

void SyncEngine::scheduleRetry()
{
    if (!m_options.retryDeferredAutomatically || m_token.isEmpty())
        return;
    const auto due = m_cache.outbox().nextDueAt();
    if (!due || !due->has_value())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Entries never tried are due at once; after a failed round wait at least the base
    // delay so an unreachable portal is not polled in a tight loop.
    const qint64 floor
        = m_online ? 100 : std::max<qint64>(100, m_options.outboxRetry.baseDelay.count());
    const qint64 wait = std::max(floor, (*due)->toMSecsSinceEpoch() - now);
    m_retryTimer.start(std::chrono::milliseconds(wait));
}

} // namespace pac
