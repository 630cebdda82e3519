// The API probed from outside (issue 9, section 4) over loopback: one request that would
// hold the server's thread (item 2), the rate limiter's bucket for made-up tokens (item 3),
// sign-in guessing and hashing off the server's thread (item 4), the idempotency store's
// bounds (item 7).
#include "PortalTestClient.h"
#include "server/IdempotencyStore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace pac::server;
using namespace pac::server::test;

class TestServerProbes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sixtyThousandInvoiceEmailsAreRefusedAtOnce();
    void overlongListsAreRefusedBeforeTheirItems_data();
    void overlongListsAreRefusedBeforeTheirItems();
    void madeUpTokensShareTheAddressBucket();
    void signInGuessingBacksOff_data();
    void signInGuessingBacksOff();
    void guessingFromOneAddressBacksOff();
    void hashingRunsOffTheServersThread();
    void clientGoneBeforeTheHashIsDone();
    void oldHashesAreRaisedOnSignIn();
    void noOpChangesAreNotRemembered();
    void idempotencyKeysAreCappedPerUser();

private:
    qint64 agentCustomer();

    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    std::unique_ptr<PortalTestClient> m_agent;
};

void TestServerProbes::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(40), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    m_agent = std::make_unique<PortalTestClient>(m_base);
    QVERIFY(m_agent->signIn(QStringLiteral("agent1")));
}

qint64 TestServerProbes::agentCustomer()
{
    const QJsonArray items = m_agent->get(QStringLiteral("/customers?limit=1000")).items();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active"))
            return item.toObject().value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

// The probe: 60,000 invoice emails in one PUT held the server's only thread for 22 s.
void TestServerProbes::sixtyThousandInvoiceEmailsAreRefusedAtOnce()
{
    const qint64 id = agentCustomer();
    QVERIFY(id > 0);
    QByteArray body = R"({"emails":[)";
    for (int i = 0; i < 60'000; ++i)
        body += (i ? ",\"u" : "\"u") + QByteArray::number(i) + "@x.io\"";
    body += "]}";
    QVERIFY(body.size() < 1024 * 1024); // under the body limit: the list is what is refused
    QElapsedTimer timer;
    timer.start();
    const Reply reply = m_agent->send("PUT", QStringLiteral("/customers/%1/invoice-emails").arg(id),
                                      body, {{"If-Match", "*"}});
    const qint64 elapsed = timer.elapsed();
    qInfo("PUT of 60,000 invoice emails answered %d in %lld ms", reply.status, elapsed);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("emails")});
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("too_many")});
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_agent->get(QStringLiteral("/health")).status, 200);
}

void TestServerProbes::overlongListsAreRefusedBeforeTheirItems_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const auto list = [](int n, const QByteArray &item) -> QByteArray {
        QByteArray out = "[";
        for (int i = 0; i < n; ++i)
            out += (i ? "," : "") + item;
        return out + "]";
    };
    QTest::newRow("500 invoice emails: the rule refuses the list whole")
        << QStringLiteral("/customers/%1/invoice-emails")
        << ("{\"emails\":" + list(500, "\"a@x.io\"") + "}") << 422 << QStringLiteral("emails");
    // The probe: 8,000 trade references were decoded and checked one by one.
    QTest::newRow("8,000 trade references") << QStringLiteral("/customers/%1/credit-applications")
                                            << ("{\"trade_references\":" + list(8000, "{}") + "}")
                                            << 400 << QStringLiteral("trade_references");
    QTest::newRow("11 trade references") << QStringLiteral("/customers/%1/credit-applications")
                                         << ("{\"trade_references\":" + list(11, "{}") + "}") << 422
                                         << QStringLiteral("trade_references");
    QTest::newRow("a long list in a member nobody reads")
        << QStringLiteral("/customers/%1/payment-terms")
        << ("{\"terms\":\"net15\",\"x\":[{\"y\":" + list(1001, "0") + "}]}") << 400
        << QStringLiteral("x[0].y");
}

void TestServerProbes::overlongListsAreRefusedBeforeTheirItems()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const qint64 id = agentCustomer();
    const QByteArray etag = m_agent->etagOf(QStringLiteral("/customers/%1").arg(id));
    const Reply reply = m_agent->send("POST", path.arg(id), body, {{"If-Match", etag}});
    const Reply put = reply.status == 405
        ? m_agent->send("PUT", path.arg(id), body, {{"If-Match", etag}})
        : reply;
    QCOMPARE(put.status, status);
    QCOMPARE(put.errorFields(), QStringList {field});
    QCOMPARE(put.errorCodes(), QStringList {QStringLiteral("too_many")});
    QCOMPARE(m_agent->etagOf(QStringLiteral("/customers/%1").arg(id)), etag); // nothing changed
}

// The probe: a new made-up Bearer token per request got a fresh bucket every time.
void TestServerProbes::madeUpTokensShareTheAddressBucket()
{
    EmbeddedPortal limited;
    PortalServerOptions options = demoOptions(5);
    options.rateLimit = 1; // bursts of 2
    const QUrl base = startPortal(limited, options);
    QVERIFY(base.isValid());
    PortalTestClient agent(base);
    QVERIFY(agent.signIn(QStringLiteral("agent1"))); // takes one from the address's bucket

    PortalTestClient guesser(base);
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        guesser.setToken("made-up-" + QByteArray::number(i));
        const Reply reply = guesser.get(QStringLiteral("/customers?limit=1"));
        QVERIFY2(reply.status == 401 || reply.status == 429,
                 qPrintable(QString::number(reply.status)));
        refused += reply.status == 429;
    }
    QVERIFY2(refused >= 7, qPrintable(QString::number(refused)));
    // The signed-in agent has a bucket of its own, untouched by the guesses.
    QCOMPARE(agent.get(QStringLiteral("/customers?limit=1")).status, 200);
}

namespace {

QByteArray credentials(const QString &username, const QString &password)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("username"), username},
                                      {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

// A portal whose backoff runs on a clock the test moves (no real seconds waited).
struct ThrottledPortal
{
    std::shared_ptr<std::atomic<qint64>> nowMs = std::make_shared<std::atomic<qint64>>(0);
    EmbeddedPortal portal;
    QUrl base;

    ThrottledPortal()
    {
        PortalServerOptions options = demoOptions(5);
        options.monotonicClock = [now = nowMs]() { return now->load(); };
        base = startPortal(portal, options);
    }
};

} // namespace

void TestServerProbes::signInGuessingBacksOff_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("rightPassword");
    QTest::newRow("a user that exists") << QStringLiteral("agent1") << QStringLiteral("demo");
    // The same answers, in the same order: they tell nothing about which usernames exist.
    QTest::newRow("a username nobody has") << QStringLiteral("nobody") << QString();
}

// The probe: 50 wrong passwords in a row, then the right one, all answered at full speed.
void TestServerProbes::signInGuessingBacksOff()
{
    QFETCH(QString, username);
    QFETCH(QString, rightPassword);
    ThrottledPortal throttled;
    QVERIFY(throttled.base.isValid());
    PortalTestClient client(throttled.base);
    const auto attempt = [&](const QString &password) {
        return client.send("POST", QStringLiteral("/session"), credentials(username, password));
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(QStringLiteral("guess-%1").arg(i)).status, 401);
    QCOMPARE(attempt(QStringLiteral("guess-5")).status, 401); // the 6th fails: locked 1 s
    Reply reply = attempt(rightPassword.isEmpty() ? QStringLiteral("x") : rightPassword);
    QCOMPARE(reply.status, 429); // even the right password while locked, and no hash spent
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    // Each further failure doubles the wait: 2 s, then 4 s.
    *throttled.nowMs += 1000;
    QCOMPARE(attempt(QStringLiteral("guess-6")).status, 401);
    reply = attempt(QStringLiteral("guess-7"));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("2"));
    *throttled.nowMs += 2000;
    QCOMPARE(attempt(QStringLiteral("guess-7")).status, 401);
    reply = attempt(QStringLiteral("guess-8"));
    QCOMPARE(reply.header("Retry-After"), QByteArray("4"));
    *throttled.nowMs += 4000;
    if (rightPassword.isEmpty())
        return;
    QCOMPARE(attempt(rightPassword).status, 201); // after the wait the right one works
    for (int i = 0; i < 5; ++i) // and a success starts the count again
        QCOMPARE(attempt(QStringLiteral("again-%1").arg(i)).status, 401);
}

void TestServerProbes::guessingFromOneAddressBacksOff()
{
    ThrottledPortal throttled;
    QVERIFY(throttled.base.isValid());
    PortalTestClient client(throttled.base);
    // One guess per username: no username is locked, the address is after 20.
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(client
                     .send("POST", QStringLiteral("/session"),
                           credentials(QStringLiteral("user%1").arg(i), QStringLiteral("x")))
                     .status,
                 401);
    }
    QCOMPARE(client
                 .send("POST", QStringLiteral("/session"),
                       credentials(QStringLiteral("user20"), QStringLiteral("x")))
                 .status,
             401);
    const Reply reply = client.send("POST", QStringLiteral("/session"),
                                    credentials(QStringLiteral("agent1"), QStringLiteral("demo")));
    QCOMPARE(reply.status, 429);
    QVERIFY(reply.header("Retry-After").toInt() >= 1);
}

// The probe: 8 parallel sign-in loops slowed /health from ~0 to ~200 ms, the hashes ran on
// the server's only thread. With the real cost (600,000 iterations) /health is answered
// while the sign-ins are still being hashed.
void TestServerProbes::hashingRunsOffTheServersThread()
{
    EmbeddedPortal portal;
    PortalServerOptions options = demoOptions(5);
    options.passwordIterations = PasswordHasher::kDefaultIterations;
    const QUrl base = startPortal(portal, options);
    QVERIFY(base.isValid());
    QUrl session = base;
    session.setPath(QStringLiteral("/api/v1/session"));
    QUrl health = base;
    health.setPath(QStringLiteral("/api/v1/health"));

    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    int signedIn = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(session);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = clients.back()->post(
            request, credentials(QStringLiteral("agent1"), QStringLiteral("demo")));
        connect(reply, &QNetworkReply::finished, this, [reply, &signedIn]() {
            signedIn += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
            reply->deleteLater();
        });
    }
    QNetworkAccessManager prober;
    QList<qint64> latencies;
    int signedInWhenHealthAnswered = -1;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer one;
        one.start();
        QNetworkReply *reply = prober.get(QNetworkRequest(health));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        latencies.append(one.elapsed());
        if (i == 0)
            signedInWhenHealthAnswered = signedIn;
        reply->deleteLater();
    }
    QTRY_COMPARE_WITH_TIMEOUT(signedIn, 8, 30000);
    qInfo("8 parallel sign-ins at %d iterations took %lld ms; /health meanwhile: %s ms",
          PasswordHasher::kDefaultIterations, timer.elapsed(), qPrintable([&] {
              QStringList out;
              for (qint64 l : latencies)
                  out.append(QString::number(l));
              return out.join(QLatin1Char(' '));
          }()));
    QVERIFY2(signedInWhenHealthAnswered < 8, "the first /health waited for every hash");
    QVERIFY2(latencies.first() < 1000, qPrintable(QString::number(latencies.first())));
}

// The client leaves while its password is being hashed: nothing is written to it, and the
// portal goes on serving.
void TestServerProbes::clientGoneBeforeTheHashIsDone()
{
    EmbeddedPortal portal;
    PortalServerOptions options = demoOptions(5);
    options.passwordIterations = 200'000;
    const QUrl base = startPortal(portal, options);
    QVERIFY(base.isValid());
    for (int i = 0; i < 3; ++i) {
        auto network = std::make_unique<QNetworkAccessManager>();
        QUrl session = base;
        session.setPath(QStringLiteral("/api/v1/session"));
        QNetworkRequest request(session);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply
            = network->post(request, credentials(QStringLiteral("agent1"), QStringLiteral("demo")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isRunning(), 5000);
        reply->abort();
    }
    PortalTestClient client(base);
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    QVERIFY(client.signIn(QStringLiteral("agent1")));
}

// A store hashed at fewer iterations than configured (20,000 before this change): the
// next successful sign-in stores the hash at the configured cost.
void TestServerProbes::oldHashesAreRaisedOnSignIn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portal.sqlite"));
    const auto storedHash = [&]() {
        QString hash;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open()
                && query.exec(
                    QStringLiteral("SELECT password_hash FROM users WHERE username = 'agent1'"))
                && query.next()) {
                hash = query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return hash;
    };
    PortalServerOptions options = demoOptions(5);
    options.dbPath = path;
    options.passwordIterations = 1000;
    {
        EmbeddedPortal old;
        QVERIFY(startPortal(old, options).isValid());
    }
    QCOMPARE(PasswordHasher::iterationsOf(storedHash()), 1000);
    options.passwordIterations = 3000;
    {
        EmbeddedPortal raised;
        const QUrl base = startPortal(raised, options);
        QVERIFY(base.isValid());
        PortalTestClient client(base);
        QVERIFY(!client.signIn(QStringLiteral("agent1"), QStringLiteral("wrong")));
        QCOMPARE(PasswordHasher::iterationsOf(storedHash()), 1000); // not on a failure
        QVERIFY(client.signIn(QStringLiteral("agent1")));
        QTRY_COMPARE_WITH_TIMEOUT(PasswordHasher::iterationsOf(storedHash()), 3000, 5000);
        PortalTestClient again(base);
        QVERIFY(again.signIn(QStringLiteral("agent1"))); // the new hash verifies
    }
}

// The probe: 2,000 no-op answers were remembered from one token. A request that changed
// nothing is not: the same key with another body runs (it is no reuse of a remembered one).
void TestServerProbes::noOpChangesAreNotRemembered()
{
    const qint64 id = agentCustomer();
    const QString path = QStringLiteral("/customers/%1/invoice-emails").arg(id);
    const QJsonArray current = m_agent->get(QStringLiteral("/customers/%1").arg(id))
                                   .json()
                                   .value(QStringLiteral("invoice_emails"))
                                   .toArray();
    const QByteArray etag = m_agent->etagOf(QStringLiteral("/customers/%1").arg(id));
    Reply reply = m_agent->put(path, {{QStringLiteral("emails"), current}},
                               {{"If-Match", etag}, {"Idempotency-Key", "noop-1"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("ETag"), etag); // nothing changed
    reply = m_agent->put(path, {{QStringLiteral("emails"), QJsonArray {QStringLiteral("n@x.io")}}},
                         {{"If-Match", etag}, {"Idempotency-Key", "noop-1"}});
    QCOMPARE(reply.status, 200); // not 422 idempotency_key_reused: nothing was remembered
    QVERIFY(reply.header("ETag") != etag);
    // A real change is remembered as before.
    reply = m_agent->put(path, {{QStringLiteral("emails"), QJsonArray()}},
                         {{"If-Match", "*"}, {"Idempotency-Key", "noop-1"}});
    QCOMPARE(reply.status, 422);
}

// One token sending change after change with a fresh key each time: past the cap per
// user the oldest keys are forgotten, the newest kept.
void TestServerProbes::idempotencyKeysAreCappedPerUser()
{
    const qint64 id = agentCustomer();
    const QString path = QStringLiteral("/customers/%1/invoice-emails").arg(id);
    const auto change = [&](int i, const QJsonArray &emails) {
        return m_agent->put(
            path, {{QStringLiteral("emails"), emails}},
            {{"If-Match", "*"}, {"Idempotency-Key", "cap-" + QByteArray::number(i)}});
    };
    const QJsonArray a {QStringLiteral("a@x.io")}, b {QStringLiteral("b@x.io")};
    constexpr int kKeys = IdempotencyStore::kMaxKeysPerUser + 20;
    for (int i = 0; i < kKeys; ++i)
        QCOMPARE(change(i, i % 2 ? a : b).status, 200); // each one a real change
    // The first key is forgotten: another body under it runs; the last is still kept.
    QCOMPARE(change(0, QJsonArray {QStringLiteral("c@x.io")}).status, 200);
    QCOMPARE(change(kKeys - 1, QJsonArray {QStringLiteral("d@x.io")}).status, 422);
}

QTEST_GUILESS_MAIN(TestServerProbes)
#include "tst_server_probes.moc"
