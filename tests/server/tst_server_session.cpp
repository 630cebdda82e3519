// Health, sign-in sessions, 401s, rate limiting and request ids over loopback.
#include "PortalTestClient.h"
#include "models/CustomerJson.h"

#include <QTest>

#include <atomic>
#include <memory>

using namespace pac::server;
using namespace pac::server::test;

class TestServerSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthNeedsNoSession();
    void signInAnswersTokenAndUser_data();
    void signInAnswersTokenAndUser();
    void wrongCredentials_data();
    void wrongCredentials();
    void unauthorizedRequests_data();
    void unauthorizedRequests();
    void tokensAreRandomAndSignOutEndsThem();
    void expiredTokenIsRefused();
    void rateLimitAnswers429WithRetryAfter();
    void requestIdIsEchoed();

private:
    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
};

void TestServerSession::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(20), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    QCOMPARE(m_base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_base.port() > 0);
    QVERIFY(m_portal->isRunning());
    QCOMPARE(m_portal->baseUrl(), m_base);
}

void TestServerSession::cleanupTestCase()
{
    m_portal->stop();
    QVERIFY(!m_portal->isRunning());
    m_portal.reset();
}

void TestServerSession::healthNeedsNoSession()
{
    PortalTestClient client(m_base);
    const Reply reply = client.get(QStringLiteral("/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json().value(QStringLiteral("version")).toString(), QStringLiteral(PAC_VERSION));
}

void TestServerSession::signInAnswersTokenAndUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::newRow("agent1") << QStringLiteral("agent1") << QStringLiteral("agent");
    QTest::newRow("agent2") << QStringLiteral("agent2") << QStringLiteral("agent");
    QTest::newRow("master1") << QStringLiteral("master1") << QStringLiteral("master_agent");
    QTest::newRow("support1") << QStringLiteral("support1") << QStringLiteral("support");
}

void TestServerSession::signInAnswersTokenAndUser()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    PortalTestClient client(m_base);
    const Reply reply = client.post(
        QStringLiteral("/session"),
        {{QStringLiteral("username"), user}, {QStringLiteral("password"), QStringLiteral("demo")}});
    QCOMPARE(reply.status, 201);
    const QJsonObject body = reply.json();
    QVERIFY(body.value(QStringLiteral("token")).toString().size() >= 40);
    const QDateTime expires = pac::fromRfc3339(body.value(QStringLiteral("expires_at")).toString());
    QVERIFY(expires.isValid());
    // 8 hours after a time of the fixed day (--today): that day or the next.
    QVERIFY(expires.date() == kToday || expires.date() == kToday.addDays(1));
    const QJsonObject who = body.value(QStringLiteral("user")).toObject();
    QCOMPARE(who.value(QStringLiteral("role")).toString(), role);
    QVERIFY(who.value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(!who.value(QStringLiteral("name")).toString().isEmpty());
    client.setToken(body.value(QStringLiteral("token")).toString().toLatin1());
    QCOMPARE(client.get(QStringLiteral("/customers?limit=1")).status, 200);
}

void TestServerSession::wrongCredentials_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong password")
        << QByteArray(R"({"username":"agent1","password":"nope"})") << 401;
    QTest::newRow("unknown user") << QByteArray(R"({"username":"nobody","password":"demo"})")
                                  << 401;
    QTest::newRow("case matters") << QByteArray(R"({"username":"AGENT1","password":"demo"})")
                                  << 401;
    QTest::newRow("password missing") << QByteArray(R"({"username":"agent1"})") << 400;
    QTest::newRow("password a number")
        << QByteArray(R"({"username":"agent1","password":1})") << 400;
    QTest::newRow("not JSON") << QByteArray("username=agent1&password=demo") << 400;
}

void TestServerSession::wrongCredentials()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    PortalTestClient client(m_base);
    const Reply reply = client.send("POST", QStringLiteral("/session"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    if (status == 401)
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    QVERIFY(!reply.body.contains("token"));
}

void TestServerSession::unauthorizedRequests_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("garbage token") << QByteArray("Bearer not-a-token");
    QTest::newRow("other scheme") << QByteArray("Basic YWdlbnQxOmRlbW8=");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestServerSession::unauthorizedRequests()
{
    QFETCH(QByteArray, authorization);
    PortalTestClient client(m_base);
    PortalTestClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {QStringLiteral("/customers"), QStringLiteral("/customers/1"),
                                QStringLiteral("/credit-applications")}) {
        const Reply reply = client.get(path, headers);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("type"))
                    .toString()
                    .endsWith(QLatin1String("/unauthorized")));
    }
    const Reply change = client.put(QStringLiteral("/customers/1/invoice-emails"),
                                    {{QStringLiteral("emails"), QJsonArray()}},
                                    headers + PortalTestClient::Headers {{"If-Match", "\"1\""}});
    QCOMPARE(change.status, 401);
}

void TestServerSession::tokensAreRandomAndSignOutEndsThem()
{
    PortalTestClient first(m_base), second(m_base);
    QVERIFY(first.signIn(QStringLiteral("agent1")));
    QVERIFY(second.signIn(QStringLiteral("agent1")));
    QVERIFY(first.token() != second.token());
    QCOMPARE(first.send("DELETE", QStringLiteral("/session")).status, 204);
    QCOMPARE(first.get(QStringLiteral("/customers")).status, 401);
    QCOMPARE(second.get(QStringLiteral("/customers?limit=1")).status,
             200); // the other session lives
}

void TestServerSession::expiredTokenIsRefused()
{
    // A portal whose sessions last 60 s, on a clock the test moves: the token works until
    // its last second, then 401 (no real waiting, so no timing to lose on a busy machine).
    EmbeddedPortal shortLived;
    PortalServerOptions options = demoOptions(5);
    options.sessionTtlSeconds = 60;
    const auto offsetMs = std::make_shared<std::atomic<qint64>>(0);
    options.wallClockOffset = [offsetMs]() { return offsetMs->load(); };
    const QUrl base = startPortal(shortLived, options);
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("agent1")));
    QCOMPARE(client.get(QStringLiteral("/customers?limit=1")).status, 200);
    offsetMs->store(50'000);
    QCOMPARE(client.get(QStringLiteral("/customers?limit=1")).status, 200);
    offsetMs->store(61'000);
    QCOMPARE(client.get(QStringLiteral("/customers?limit=1")).status, 401);
}

void TestServerSession::rateLimitAnswers429WithRetryAfter()
{
    EmbeddedPortal limited;
    PortalServerOptions options = demoOptions(5);
    options.rateLimit = 1; // bursts of 2, one more per second
    const QUrl base = startPortal(limited, options);
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    int ok = 0;
    Reply refused;
    for (int i = 0; i < 20 && refused.status == 0; ++i) {
        const Reply reply = client.get(QStringLiteral("/health"));
        if (reply.status == 429)
            refused = reply;
        else
            ++ok;
    }
    QVERIFY2(ok >= 2 && ok < 20, qPrintable(QString::number(ok)));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    QVERIFY(refused.json()
                .value(QStringLiteral("type"))
                .toString()
                .endsWith(QLatin1String("/rate-limited")));

    // Off (0): no limit at all.
    EmbeddedPortal unlimited;
    options.rateLimit = 0;
    const QUrl free = startPortal(unlimited, options);
    PortalTestClient other(free);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(other.get(QStringLiteral("/health")).status, 200);
}

void TestServerSession::requestIdIsEchoed()
{
    PortalTestClient client(m_base);
    Reply reply = client.get(QStringLiteral("/health"), {{"X-Request-Id", "trace-42"}});
    QCOMPARE(reply.header("X-Request-Id"), QByteArray("trace-42"));
    reply = client.get(QStringLiteral("/health"), {{"X-Request-Id", "bad id with spaces"}});
    QVERIFY(reply.header("X-Request-Id").startsWith("req-"));
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_server_session.moc"
