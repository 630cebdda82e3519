// The call mechanics of PortalClient against purpose-built loopback servers: headers,
// retries and backoff, Retry-After, and response decoding failures.
#include "CallRecorder.h"
#include "TestClients.h"
#include "TinyHttpServer.h"
#include "models/CustomerJson.h"
#include "portal/PortalClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace pac;
using Kind = PortalError::Kind;
using std::chrono::milliseconds;
using Action = TinyHttpServer::Action;

Q_DECLARE_METATYPE(PortalError::Kind)

namespace {

constexpr int WaitMs = 10'000;

Customer sampleCustomer()
{
    Customer c;
    c.id = 42;
    c.accountNumber = QStringLiteral("100000042");
    c.name = QStringLiteral("Acme VoIP LLC");
    c.country = QStringLiteral("US");
    c.agent = {7, QStringLiteral("Agent One")};
    c.customerSince = QDate(2024, 2, 29);
    c.version = 17;
    c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 39, 59), Qt::UTC);
    return c;
}

Action customerResponse(const QByteArray &etag = "\"17\"")
{
    return TinyHttpServer::respond(200, QJsonDocument(toJson(sampleCustomer())).toJson(),
                                   {"ETag: " + etag});
}

const ChangeGuard Guard {"\"17\"", QUuid::fromString(u"6f1c9f5e-5d4b-4c43-9a53-0d6c2f6b0a11")};

} // namespace

class TestPortalTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PortalClient> clientFor(const TinyHttpServer &server)
    {
        return fastRetryClient(m_network, server.origin());
    }

    QNetworkAccessManager m_network;

private slots:
    void defaults()
    {
        PortalClient client(&m_network);
        QCOMPARE(client.transferTimeout(), milliseconds(30'000));
        QCOMPARE(client.retryPolicy(), RetryPolicy());
        QVERIFY(client.retryPolicy().maxAttempts > 1);
        client.setTransferTimeout(milliseconds(0));
        QCOMPARE(client.transferTimeout(), milliseconds(1)); // never switched off
        QVERIFY(QRegularExpression(
                    QStringLiteral("^PortalAgentConsole/\\d+\\.\\d+\\.\\d+ Qt/6\\.\\d+\\.\\d+$"))
                    .match(QString::fromLatin1(PortalClient::userAgent()))
                    .hasMatch());
    }

    void sendsIdentityHeaders()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) { return healthResponse(); });
        auto client = clientFor(server);
        client->setBearerToken("secret-token");
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client->health(&context, health.callback());
        const QUuid requestId = call->requestId();
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), Ok);
        QCOMPARE(health.value().version, QStringLiteral("9.9.9"));

        QCOMPARE(server.requests().size(), 1);
        const TinyHttpServer::Request &request = server.requests().at(0);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/api/v1/health"));
        QCOMPARE(request.header("User-Agent"), PortalClient::userAgent());
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("X-Request-Id"), requestId.toByteArray(QUuid::WithoutBraces));
        QCOMPARE(request.header("X-Request-Attempt"), QByteArray("1"));
        // health is unauthenticated: the token is not sent where it is not needed.
        QVERIFY(request.header("Authorization").isEmpty());
    }

    void authenticatedCallsCarryTheToken()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) { return customerResponse(); });
        auto client = clientFor(server);
        client->setOrigin(QUrl(server.origin().toString() + QStringLiteral("/billing/")));
        client->setBearerToken("secret-token");
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, "\"16\"", &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), Ok);
        QCOMPARE(fetch.value().customer, sampleCustomer());
        QCOMPARE(fetch.value().etag, QByteArray("\"17\""));
        const TinyHttpServer::Request &request = server.requests().at(0);
        QCOMPARE(request.target, QByteArray("/billing/api/v1/customers/42"));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(request.header("If-None-Match"), QByteArray("\"16\""));
    }

    void notModified()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(304, {}, {"ETag: \"17\""});
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, "\"17\"", &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), Ok);
        QVERIFY(fetch.value().notModified);
        QCOMPARE(fetch.value().etag, QByteArray("\"17\""));
    }

    void retriesTransientFailures_data()
    {
        QTest::addColumn<int>("failure"); // HTTP status, or 0 for a connection cut
        QTest::newRow("429") << 429;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
        QTest::newRow("connection cut") << 0;
    }

    void retriesTransientFailures()
    {
        QFETCH(int, failure);
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([failure](const TinyHttpServer::Request &, int index) {
            if (index < 2)
                return failure ? TinyHttpServer::respond(failure) : TinyHttpServer::close();
            return healthResponse();
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client->health(&context, health.callback());
        QSignalSpy retries(call.data(), &PortalCall::retryScheduled);
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), Ok);
        QCOMPARE(server.requests().size(), 3);
        // Qt itself resends a GET once when the connection closes before any response byte
        // (QHttpNetworkConnectionChannel), so a cut may cost one retry of ours instead of two.
        QCOMPARE(retries.count(), failure ? 2 : 1);
        // One call, one request id, counted attempts.
        const QByteArray id = server.requests().at(0).header("X-Request-Id");
        int attempt = 0;
        for (const TinyHttpServer::Request &request : server.requests()) {
            QCOMPARE(request.header("X-Request-Id"), id);
            const int sent = request.header("X-Request-Attempt").toInt();
            QVERIFY(sent == attempt || sent == attempt + 1);
            attempt = sent;
        }
        QCOMPARE(attempt, int(retries.count()) + 1);
    }

    void finalErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("400") << 400 << Kind::BadRequest;
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("412") << 412 << Kind::PreconditionFailed;
        QTest::newRow("422") << 422 << Kind::Validation;
        QTest::newRow("500 transient but not repeated at once") << 500 << Kind::Server;
        QTest::newRow("501") << 501 << Kind::Server;
    }

    void finalErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([status](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(status,
                                           R"({"type":"about:blank","title":"t","status":0})",
                                           {"Content-Type: application/problem+json"});
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, {}, &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), kindName(kind));
        QCOMPARE(fetch.error().httpStatus, status);
        QVERIFY(!fetch.error().requestId.isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    // A reply past the client's limit fails the call instead of filling memory: refused as
    // soon as its Content-Length announces it, or once a body without one grows past it.
    void oversizedRepliesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("reply");
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        QTest::newRow("announced 50 GB, a few bytes sent")
            << QByteArray(head + "Content-Length: 50000000000\r\n\r\n{\"id\":");
        QTest::newRow("256 KiB without a length, then closed")
            << QByteArray(head + "Connection: close\r\n\r\n" + QByteArray(256 * 1024, ' '));
        QTest::newRow("chunked, 256 KiB")
            << QByteArray(head + "Transfer-Encoding: chunked\r\n\r\n40000\r\n"
                          + QByteArray(256 * 1024, ' ') + "\r\n0\r\n\r\n");
    }

    void oversizedRepliesAreRefused()
    {
        QFETCH(QByteArray, reply);
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([reply](const TinyHttpServer::Request &, int) {
            return Action {Action::Kind::Respond, reply};
        });
        auto client = clientFor(server);
        QCOMPARE(client->maxReplyBytes(), qint64(64) * 1024 * 1024);
        client->setMaxReplyBytes(64 * 1024);
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, {}, &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), kindName(Kind::BadResponse));
        QVERIFY2(fetch.error().detail.contains(QLatin1String("65536")),
                 qPrintable(fetch.error().detail));
        QCOMPARE(server.requests().size(), 1); // final: the same request gets the same reply
    }

    void replyAtTheLimitIsRead()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        const Action response = customerResponse();
        server.setHandler([response](const TinyHttpServer::Request &, int) { return response; });
        auto client = clientFor(server);
        const qsizetype body = response.bytes.size() - response.bytes.indexOf("\r\n\r\n") - 4;
        client->setMaxReplyBytes(body);
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, {}, &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), QStringLiteral("ok"));
    }

    void changeWithoutKeyIsSentOnce()
    {
        // signIn is a POST without an Idempotency-Key: a second copy could act twice.
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(503, {}, {"Retry-After: 0"});
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<PortalSession> session;
        client->signIn(QStringLiteral("agent1"), QStringLiteral("pw"), &context,
                       session.callback());
        QTRY_VERIFY_WITH_TIMEOUT(session.done(), WaitMs);
        QCOMPARE(session.outcome(), kindName(Kind::Server));
        QVERIFY(session.error().isTransient());
        QCOMPARE(server.requests().size(), 1);

        // A change without a key is sent once as well.
        CallRecorder<Customer> terms;
        client->putPaymentTerms(42, PaymentTermsKind::Net15, ChangeGuard {"\"17\"", QUuid()},
                                &context, terms.callback());
        QTRY_VERIFY_WITH_TIMEOUT(terms.done(), WaitMs);
        QCOMPARE(terms.outcome(), kindName(Kind::Server));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(1).header("Idempotency-Key").isEmpty());
    }

    void changeWithKeyIsRetriedUnchanged()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int index) {
            return index == 0 ? TinyHttpServer::close() : customerResponse();
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<Customer> emails;
        const QStringList list {QStringLiteral("ap@acme.example"),
                                QStringLiteral("cfo@acme.example")};
        client->putInvoiceEmails(42, list, Guard, &context, emails.callback());
        QTRY_VERIFY_WITH_TIMEOUT(emails.done(), WaitMs);
        QCOMPARE(emails.outcome(), Ok);
        QCOMPARE(server.requests().size(), 2);
        for (const TinyHttpServer::Request &request : server.requests()) {
            QCOMPARE(request.method, QByteArray("PUT"));
            QCOMPARE(request.target, QByteArray("/api/v1/customers/42/invoice-emails"));
            QCOMPARE(request.header("If-Match"), QByteArray("\"17\""));
            QCOMPARE(request.header("Idempotency-Key"),
                     QByteArray("6f1c9f5e-5d4b-4c43-9a53-0d6c2f6b0a11"));
            QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(QJsonDocument::fromJson(request.body)
                         .object()
                         .value(QStringLiteral("emails"))
                         .toArray(),
                     QJsonArray::fromStringList(list));
        }
        QCOMPARE(server.requests().at(0).body, server.requests().at(1).body);
    }

    void givesUpAfterMaxAttempts()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(503, {}, {"Retry-After: 0"});
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<ServerHealth> health;
        client->health(&context, health.callback());
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), kindName(Kind::Server));
        QCOMPARE(health.error().httpStatus, 503);
        QCOMPARE(health.error().retryAfter, std::optional(milliseconds(0)));
        QCOMPARE(server.requests().size(), client->retryPolicy().maxAttempts);
        QCOMPARE(health.count(), 1);
    }

    void backoffUsesInjectedJitter()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [](const TinyHttpServer::Request &, int) { return TinyHttpServer::close(); });
        auto client = clientFor(server);
        RetryPolicy policy = client->retryPolicy();
        policy.maxAttempts = 4;
        policy.baseDelay = milliseconds(8);
        policy.maxDelay = milliseconds(20);
        client->setRetryPolicy(policy);
        client->setRandomSource([] { return 0.75; });
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client->health(&context, health.callback());
        QSignalSpy retries(call.data(), &PortalCall::retryScheduled);
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), kindName(Kind::Network));
        QCOMPARE(retries.count(), 3);
        // 0.75 × min(20, 8·2^(n-1)): 6, 12, 15 ms.
        QCOMPARE(retries.at(0).at(1).toLongLong(), 6);
        QCOMPARE(retries.at(1).at(1).toLongLong(), 12);
        QCOMPARE(retries.at(2).at(1).toLongLong(), 15);
        QCOMPARE(retries.at(2).at(0).toInt(), 3);
    }

    void honoursRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectedDelayMs");
        // The clock seam puts "now" 300 ms before the HTTP date the server names.
        QTest::newRow("HTTP date") << QByteArray("Wed, 25 Nov 2026 12:00:00 GMT") << qint64(300);
        QTest::newRow("seconds, capped by the policy") << QByteArray("3600") << qint64(400);
        QTest::newRow("zero seconds") << QByteArray("0") << qint64(0);
    }

    void honoursRetryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectedDelayMs);
        TinyHttpServer server;
        QVERIFY(server.listen());
        QElapsedTimer sinceFirst;
        qint64 gapMs = -1;
        server.setHandler([&](const TinyHttpServer::Request &, int index) {
            if (index == 0) {
                sinceFirst.start();
                return TinyHttpServer::respond(429, {}, {"Retry-After: " + retryAfter});
            }
            gapMs = sinceFirst.elapsed();
            return healthResponse();
        });
        auto client = clientFor(server);
        RetryPolicy policy = client->retryPolicy();
        policy.baseDelay = milliseconds(1);
        policy.maxRetryAfter = milliseconds(400);
        client->setRetryPolicy(policy);
        client->setClock(
            [] { return QDateTime(QDate(2026, 11, 25), QTime(11, 59, 59, 700), Qt::UTC); });
        QObject context;
        CallRecorder<ServerHealth> health;
        QPointer<PortalCall> call = client->health(&context, health.callback());
        QSignalSpy retries(call.data(), &PortalCall::retryScheduled);
        QTRY_VERIFY_WITH_TIMEOUT(health.done(), WaitMs);
        QCOMPARE(health.outcome(), Ok);
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.at(0).at(1).toLongLong(), expectedDelayMs);
        QVERIFY2(gapMs >= expectedDelayMs, qPrintable(QString::number(gapMs)));
    }

    void undecodableResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QString>("detailContains");
        QTest::newRow("not JSON") << QByteArray("<html>") << QByteArray("\"17\"") << "invalid JSON";
        QTest::newRow("JSON array")
            << QByteArray("[]") << QByteArray("\"17\"") << "not a JSON object";
        QTest::newRow("customer without id")
            << QByteArray(R"({"name":"x"})") << QByteArray("\"17\"") << "\"id\"";
        QTest::newRow("ETag disagrees with version")
            << QJsonDocument(toJson(sampleCustomer())).toJson() << QByteArray("\"16\"") << "ETag";
    }

    void undecodableResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, etag);
        QFETCH(QString, detailContains);
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(200, body, {"ETag: " + etag});
        });
        auto client = clientFor(server);
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, {}, &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), kindName(Kind::BadResponse));
        QVERIFY2(fetch.error().detail.contains(detailContains), qPrintable(fetch.error().detail));
        QVERIFY(!fetch.error().requestId.isEmpty());
        QCOMPARE(server.requests().size(), 1);
    }

    void unauthorizedSignalsSessionExpired()
    {
        TinyHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TinyHttpServer::Request &, int) {
            return TinyHttpServer::respond(401, {}, {"WWW-Authenticate: Bearer"});
        });
        auto client = clientFor(server);
        QSignalSpy expired(client.get(), &PortalClient::sessionExpired);
        QObject context;
        CallRecorder<CustomerFetch> fetch;
        client->getCustomer(42, {}, &context, fetch.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetch.done(), WaitMs);
        QCOMPARE(fetch.outcome(), kindName(Kind::Unauthorized));
        QCOMPARE(expired.count(), 1);
        // A refused sign-in is a wrong password, not an expired session.
        CallRecorder<PortalSession> session;
        client->signIn(QStringLiteral("agent1"), QStringLiteral("wrong"), &context,
                       session.callback());
        QTRY_VERIFY_WITH_TIMEOUT(session.done(), WaitMs);
        QCOMPARE(session.outcome(), kindName(Kind::Unauthorized));
        QCOMPARE(expired.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortalTransport)
#include "tst_portal_transport.moc"
