#include "cli/SyncRunner.h"

#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

namespace pac::cli {

SyncRunner::SyncRunner(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

void SyncRunner::sync(SyncMode mode, std::function<void(const SyncSummary &)> done)
{
    m_context.session().ensureSignedIn(
        [this, mode, done = std::move(done)]() mutable { startSync(mode, true, std::move(done)); });
}

void SyncRunner::push(std::function<void(const PushSummary &)> done)
{
    m_context.session().ensureSignedIn(
        [this, done = std::move(done)]() mutable { startPush(true, std::move(done)); });
}

void SyncRunner::ensureCache(std::function<void()> ready)
{
    LocalCache *cache = m_context.cache();
    if (!cache)
        return;
    const auto meta = cache->meta().read();
    if (!meta) {
        m_context.failStorage(meta.error());
        return;
    }
    if (meta->lastServerTime.isValid() && m_context.session().cacheBelongsToUser(*meta)) {
        ready();
        return;
    }
    // Another user's data (signing in clears it) or none yet: sign in, then sync if needed.
    m_context.session().ensureSignedIn([this, ready = std::move(ready)]() mutable {
        const auto bound = m_context.cache()->meta().read();
        if (bound && bound->lastServerTime.isValid()) {
            ready();
            return;
        }
        m_context.err() << tr("The cache is empty: syncing first…") << Qt::endl;
        sync(SyncMode::Full, [ready = std::move(ready)](const SyncSummary &) { ready(); });
    });
}

void SyncRunner::prepareEdit(std::function<void()> ready)
{
    // ensureCache() signs in only when the cache holds nothing of this user yet, so an edit
    // is saved even with the portal out of reach.
    ensureCache(std::move(ready));
}

void SyncRunner::startSync(SyncMode mode, bool mayRetry,
                           std::function<void(const SyncSummary &)> done)
{
    SyncEngine *engine = m_context.engine();
    if (!engine)
        return;
    // One listener per attempt, gone with it, so a retry does not hear the first one.
    auto *listener = new QObject(this);
    connect(engine, &SyncEngine::syncFinished, listener,
            [listener, done](const SyncSummary &summary) {
                listener->deleteLater();
                done(summary);
            });
    connect(engine, &SyncEngine::syncCancelled, listener, [this, listener] {
        listener->deleteLater();
        m_context.fail(ExitCode::Failure, tr("The sync was cancelled."));
    });
    connect(engine, &SyncEngine::syncFailed, listener,
            [this, listener, mode, mayRetry, done](const SyncFailure &failure) {
                listener->deleteLater();
                if (failure.isUnauthorized() && mayRetry) {
                    m_context.session().signInAgain(
                        [this, mode, done] { startSync(mode, false, done); });
                    return;
                }
                if (failure.cause == SyncFailure::Cause::Storage)
                    m_context.failStorage(failure.storage);
                else
                    m_context.failPortal(tr("sync"), failure.portal);
            });
    engine->sync(mode, PushScope::AllPending);
}

void SyncRunner::startPush(bool mayRetry, std::function<void(const PushSummary &)> done)
{
    SyncEngine *engine = m_context.engine();
    if (!engine)
        return;
    auto *listener = new QObject(this);
    connect(engine, &SyncEngine::pushFinished, listener,
            [this, listener, mayRetry, done](const PushSummary &summary) {
                listener->deleteLater();
                if (summary.authenticationRequired && mayRetry) {
                    m_context.session().signInAgain([this, done] { startPush(false, done); });
                    return;
                }
                done(summary);
            });
    engine->push(PushScope::AllPending);
}

} // namespace pac::cli
