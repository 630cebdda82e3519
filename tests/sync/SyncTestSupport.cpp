#include "SyncTestSupport.h"

#include <QSignalSpy>

namespace pac::test {

bool TestPortal::start(const server::PortalServerOptions &options)
{
    QSignalSpy started(&m_portal, &server::EmbeddedPortal::started);
    QSignalSpy failed(&m_portal, &server::EmbeddedPortal::failed);
    m_portal.start(options);
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 60'000)
        || started.isEmpty()) {
        qWarning() << "portal did not start:"
                   << (failed.isEmpty() ? QVariant() : failed.first().first());
        return false;
    }
    m_origin = started.first().first().toUrl();
    return true;
}

server::PortalServerOptions TestPortal::demo(int customers, const QString &dbPath)
{
    server::PortalServerOptions options;
    options.demo = true;
    options.customers = customers;
    options.seed = 7;
    options.today = QDate(2026, 11, 25);
    options.rateLimit = 0;
    options.dbPath = dbPath;
    return options;
}

TestClient::TestClient(const QUrl &origin)
{
    m_client.setOrigin(origin);
    m_client.setRetryPolicy(TestConsole::fastRetry());
}

std::optional<PortalSession> TestClient::signIn(const QString &user)
{
    auto result = await<PortalSession>([&](QObject *context, auto done) {
        m_client.signIn(user, QStringLiteral("demo"), context, done);
    });
    if (!result.ok())
        return std::nullopt;
    return result.value();
}

std::optional<Customer> TestClient::customer(qint64 id)
{
    auto result = await<CustomerFetch>(
        [&](QObject *context, auto done) { m_client.getCustomer(id, {}, context, done); });
    if (!result.ok())
        return std::nullopt;
    return result->customer;
}

std::optional<QList<HistoryEntry>> TestClient::history(qint64 customerId)
{
    QList<HistoryEntry> entries;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        auto result = await<HistoryPage>([&](QObject *context, auto done) {
            m_client.history(customerId, cursor, context, done);
        });
        if (!result.ok())
            return std::nullopt;
        entries += result->items;
        cursor = result->nextCursor;
        if (cursor.isEmpty())
            return entries;
    }
    return std::nullopt;
}

std::optional<Customer> TestClient::putEmails(qint64 id, const QStringList &emails)
{
    const auto current = customer(id);
    if (!current)
        return std::nullopt;
    auto result = await<Customer>([&](QObject *context, auto done) {
        m_client.putInvoiceEmails(id, emails, ChangeGuard {current->etag(), QUuid::createUuid()},
                                  context, done);
    });
    if (!result.ok())
        return std::nullopt;
    return result.value();
}

TestConsole::TestConsole(const QUrl &origin, const SyncOptions &options)
{
    m_client.setOrigin(origin);
    m_client.setRetryPolicy(fastRetry());
    auto opened = LocalCache::open(Profile(m_dir.path() + QStringLiteral("/profile")));
    if (!opened) {
        qWarning() << "cache:" << opened.error().message << opened.error().detail;
        return;
    }
    m_cache = std::move(opened).value();
    m_engine = std::make_unique<SyncEngine>(m_client, *m_cache, options);
    QObject::connect(m_engine.get(), &SyncEngine::syncFailed, m_engine.get(),
                     [this](const SyncFailure &failure) { m_lastFailure = failure; });
}

TestConsole::~TestConsole()
{
    m_engine.reset();
    m_cache.reset();
}

SyncOptions TestConsole::fastOptions()
{
    SyncOptions options;
    options.outboxRetry.baseDelay = std::chrono::milliseconds(5);
    options.outboxRetry.maxDelay = std::chrono::milliseconds(20);
    options.outboxRetry.maxRetryAfter = std::chrono::milliseconds(20);
    options.retryDeferredAutomatically = false;
    return options;
}

RetryPolicy TestConsole::fastRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 4;
    retry.baseDelay = std::chrono::milliseconds(5);
    retry.maxDelay = std::chrono::milliseconds(20);
    retry.maxRetryAfter = std::chrono::milliseconds(20);
    return retry;
}

bool TestConsole::signIn(const QString &user)
{
    auto result = await<PortalSession>([&](QObject *context, auto done) {
        m_client.signIn(user, QStringLiteral("demo"), context, done);
    });
    if (!result.ok()) {
        qWarning() << "sign-in failed:" << result.error().message();
        return false;
    }
    StorageStatus bound = m_engine->setSession(result.value());
    if (!bound)
        qWarning() << "bind:" << bound.error().message;
    return bound.ok();
}

std::optional<SyncSummary> TestConsole::sync(SyncMode mode, int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
    QSignalSpy failed(m_engine.get(), &SyncEngine::syncFailed);
    m_engine->sync(mode);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return std::nullopt;
    if (finished.isEmpty())
        return std::nullopt;
    return finished.first().first().value<SyncSummary>();
}

std::optional<PushSummary> TestConsole::push(int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::pushFinished);
    m_engine->push();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
        return std::nullopt;
    return finished.first().first().value<PushSummary>();
}

int queuedAfterRun(const QString &profile, QString *why)
{
    auto cache = LocalCache::open(Profile(profile));
    if (!cache) {
        *why = QStringLiteral("the cache does not open: %1").arg(cache.error().message);
        return -1;
    }
    const auto integrity = (*cache)->integrityCheck();
    if (!integrity || integrity.value() != QLatin1String("ok")) {
        *why = QStringLiteral("integrity check: %1")
                   .arg(integrity ? integrity.value() : integrity.error().message);
        return -1;
    }
    const auto counts = (*cache)->outbox().counts();
    if (!counts) {
        *why = counts.error().message;
        return -1;
    }
    if (counts->sending != 0 || counts->conflict + counts->failed != 0) {
        *why = QStringLiteral("%1 sending, %2 in conflict, %3 failed")
                   .arg(counts->sending)
                   .arg(counts->conflict)
                   .arg(counts->failed);
        return -1;
    }
    return counts->total();
}

} // namespace pac::test
