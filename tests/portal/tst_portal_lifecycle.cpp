// The life of a PortalClient call against purpose-built loopback servers: transfer timeouts,
// refused connections, abort() in flight and during backoff, and contexts that go away.
#include "CallRecorder.h"
#include "TestClients.h"
#include "TinyHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace pac;
using Kind = PortalError::Kind;
using std::chrono::milliseconds;

namespace {

constexpr int WaitMs = 10'000;

} // namespace

class TestPortalLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PortalClient> clientFor(const TinyHttpServer &server)
    {
        return fastRetryClient(m_network, server.origin());
    }

    QNetworkAccessManager m_network;

private slots:
    void timeoutOnSilentServer()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const TinyHttpServer::Request &, int) { return TinyHttpServer::hang(); });
        auto client = clientFor(server);
        client->setTransferTimeout(milliseconds(200));
        RetryPolicy policy = client->retryPolicy();
        policy.maxAttempts = 2;
        client->setRetryPolicy(policy);
        QObject context;
        CallRecorder<ServerHealth> health;
        QElapsedTimer clock;
        clock.start();
        client->health(&context, health.callback());
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), kindName(Kind::Timeout));
        QVERIFY(health.error().isTransient());
        QCOMPARE(server.requests().size(), 2); // a timed-out GET is retried
        QVERIFY2(clock.elapsed() >= 2 * 200, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void abortInFlight()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const TinyHttpServer::Request &, int) { return TinyHttpServer::hang(); });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client->health(&context, health.callback());
        QSignalSpy received(&server, &TinyHttpServer::requestReceived);
        QVERIFY(received.wait(WaitMs));
        QSignalSpy finished(call.data(), &PortalCall::finished);
        call->abort();
        // The callback ran at once, once, with Cancelled; the handle goes away by itself.
        QCOMPARE(health.count(), 1);
        QCOMPARE(health.outcome(), kindName(Kind::Cancelled));
        QVERIFY(!health.error().isTransient());
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), WaitMs);
        QCOMPARE(health.count(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void abortDuringBackoff()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(503, {}, {"Retry-After: 30"});
        });
        auto client = clientFor(server);
        RetryPolicy policy = client->retryPolicy();
        policy.maxRetryAfter = milliseconds(60'000);
        client->setRetryPolicy(policy);
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client->health(&context, health.callback());
        QSignalSpy retries(call.data(), &PortalCall::retryScheduled);
        QVERIFY(retries.wait(WaitMs));
        QCOMPARE(retries.at(0).at(1).toLongLong(), 30'000);
        call->abort();
        QCOMPARE(health.outcome(), kindName(Kind::Cancelled));
        QTRY_VERIFY_WITH_TIMEOUT(call.isNull(), WaitMs);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(health.count(), 1);
    }

    void destroyingTheContextDropsTheCallback()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const TinyHttpServer::Request &, int) { return TinyHttpServer::hang(); });
        auto client = clientFor(server);
        CallRecorder<ServerHealth> health;
        auto context = std::make_unique<QObject>();
        QPointer<PortalCall> call = client->health(context.get(), health.callback());
        QSignalSpy received(&server, &TinyHttpServer::requestReceived);
        QVERIFY(received.wait(WaitMs));
        context.reset();
        QVERIFY(call.isNull());
        // Later events must not reach a callback whose owner is gone.
        QCoreApplication::processEvents();
        QCOMPARE(health.count(), 0);
    }

    void callbackMayDestroyTheContext()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) { return healthResponse(); });
        auto client = clientFor(server);
        auto *context = new QObject;
        QPointer<QObject> guard(context);
        int calls = 0;
        client->health(context, [&](const PortalResult<ServerHealth> &) {
            ++calls;
            delete context;
        });
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), WaitMs);
        QCOMPARE(calls, 1);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            TinyHttpServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        }
        PortalClient client(&m_network);
        client.setOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        RetryPolicy policy;
        policy.maxAttempts = 2;
        policy.baseDelay = milliseconds(1);
        client.setRetryPolicy(policy);
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client.health(&context, health.callback());
        QSignalSpy retries(call.data(), &PortalCall::retryScheduled);
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), kindName(Kind::Network));
        QCOMPARE(health.error().detail, QStringLiteral("ConnectionRefusedError"));
        QCOMPARE(retries.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortalLifecycle)
#include "tst_portal_lifecycle.moc"
