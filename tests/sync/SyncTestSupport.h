#pragma once

#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "server/EmbeddedPortal.h"
#include "storage/LocalCache.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace pac::test {

// Waits (in the event loop, bounded) for the callback of an asynchronous PortalClient call.
// `start(context, callback)` starts the call.
template<typename T, typename Start>
PortalResult<T> await(Start start, int timeoutMs = 30'000)
{
    std::optional<PortalResult<T>> result;
    QObject context;
    start(&context, [&result](const PortalResult<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return PortalError::make(PortalError::Kind::Timeout, QStringLiteral("test wait"));
    return *result;
}

// The reference portal in-process on 127.0.0.1 (the real server, not a mock).
class TestPortal
{
public:
    // Starts it and waits for its URL; false (with a warning) if it did not start in time.
    bool start(const server::PortalServerOptions &options);
    void stop() { m_portal.stop(); }
    QUrl origin() const { return m_origin; }

    // Demo options: `customers` customers, a fixed date, no rate limit, stored in `dbPath`
    // (empty: in memory).
    static server::PortalServerOptions demo(int customers, const QString &dbPath = {});

private:
    server::EmbeddedPortal m_portal;
    QUrl m_origin;
};

// A client of its own, signed in as `user` (password "demo").
class TestClient
{
public:
    explicit TestClient(const QUrl &origin);
    std::optional<PortalSession> signIn(const QString &user);
    PortalClient &client() { return m_client; }

    std::optional<Customer> customer(qint64 id);
    // Every audit entry of a customer (all pages).
    std::optional<QList<HistoryEntry>> history(qint64 customerId);
    std::optional<Customer> putEmails(qint64 id, const QStringList &emails);

private:
    QNetworkAccessManager m_network;
    PortalClient m_client {&m_network};
};

// A profile with its cache, a client and a SyncEngine: the console's object graph without
// widgets.
class TestConsole
{
public:
    TestConsole(const QUrl &origin, const SyncOptions &options = fastOptions());
    ~TestConsole();

    bool isValid() const { return m_cache != nullptr; }
    // Signs in and hands the session to the engine.
    bool signIn(const QString &user);
    // Runs a sync to its end; the summary, or nullopt (failure or timeout).
    std::optional<SyncSummary> sync(SyncMode mode = SyncMode::Auto, int timeoutMs = 60'000);
    std::optional<PushSummary> push(int timeoutMs = 60'000);

    LocalCache &cache() { return *m_cache; }
    PortalClient &client() { return m_client; }
    SyncEngine &engine() { return *m_engine; }
    QString directory() const { return m_dir.path(); }
    std::optional<SyncFailure> lastFailure() const { return m_lastFailure; }

    // Retries in milliseconds, so fault tests run fast.
    static SyncOptions fastOptions();
    static RetryPolicy fastRetry();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    QNetworkAccessManager m_network;
    PortalClient m_client {&m_network};
    std::unique_ptr<SyncEngine> m_engine;
    std::optional<SyncFailure> m_lastFailure;
};

// A profile's cache after an agentctl run ended, perhaps killed: it passes SQLite's
// integrity check, nothing is left `sending` (opening re-queues interrupted sends), nothing
// is in conflict or failed. Returns the entries still queued, or -1 with *why set.
int queuedAfterRun(const QString &profile, QString *why);

} // namespace pac::test
