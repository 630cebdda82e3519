// The server's small parts without a network: password hashes, cursors, the rate limiter,
// the fault spec and its seeded sequence, routing.
#include "server/Cursor.h"
#include "server/FaultInjector.h"
#include "server/PasswordHasher.h"
#include "server/RateLimiter.h"
#include "server/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pac::server;

class TestServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void passwordHashIsSaltedAndVerifies();
    void passwordHashIsStandardPbkdf2();
    void passwordHashRejectsTampering_data();
    void passwordHashRejectsTampering();
    void cursorRoundTripsWithinItsScope();
    void cursorRejectsForgeries_data();
    void cursorRejectsForgeries();
    void rateLimiterBurstRefillAndRetryAfter();
    void rateLimiterKeysAreSeparate();
    void faultSpecParsing_data();
    void faultSpecParsing();
    void faultSequenceIsSeededAndProportional();
    void faultExemptions();
    void routerMatchesIdsAndReportsAllowedMethods();
};

void TestServerUnits::passwordHashIsSaltedAndVerifies()
{
    const PasswordHasher hasher(1000);
    const QString a = hasher.hash(QStringLiteral("demo"));
    const QString b = hasher.hash(QStringLiteral("demo"));
    QVERIFY(a != b); // a fresh salt each time
    QVERIFY(a.startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    QVERIFY(!a.contains(QLatin1String("demo")));
    QVERIFY(hasher.verify(QStringLiteral("demo"), a));
    QVERIFY(hasher.verify(QStringLiteral("demo"), b));
    QVERIFY(!hasher.verify(QStringLiteral("Demo"), a));
    QVERIFY(!hasher.verify(QString(), a));
    // The cost travels with the hash: another hasher verifies it.
    QVERIFY(PasswordHasher(5).verify(QStringLiteral("demo"), a));
    // A hash cheaper than the configured cost is to be raised; an equal or dearer one not.
    QCOMPARE(PasswordHasher::iterationsOf(a), 1000);
    QVERIFY(PasswordHasher(1001).needsRehash(a));
    QVERIFY(!PasswordHasher(1000).needsRehash(a));
    QVERIFY(!PasswordHasher(5).needsRehash(a));
    QVERIFY(PasswordHasher(5).needsRehash(QStringLiteral("not ours")));
    // The OWASP figure (2023) for PBKDF2-HMAC-SHA256.
    QCOMPARE(PasswordHasher::kDefaultIterations, 600'000);
}

// The well-known PBKDF2-HMAC-SHA256 vector (P "password", S "salt", c 1, 32 bytes): ours is
// the standard function, whichever library computes it.
void TestServerUnits::passwordHashIsStandardPbkdf2()
{
    const QString stored
        = QStringList {QStringLiteral("pbkdf2-sha256"), QStringLiteral("1"),
                       QString::fromLatin1(QByteArray("salt").toBase64()),
                       QString::fromLatin1(QByteArray::fromHex("120fb6cffcf8b32c43e7225256c4f837"
                                                               "a86548c92ccc35480805987cb70be17b")
                                               .toBase64())}
              .join(QLatin1Char('$'));
    QVERIFY(PasswordHasher(1).verify(QStringLiteral("password"), stored));
}

void TestServerUnits::passwordHashRejectsTampering_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = PasswordHasher(1000).hash(QStringLiteral("demo"));
    QStringList parts = good.split(QLatin1Char('$'));
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("demo");
    QTest::newRow("other scheme") << QString(good).replace(QLatin1String("pbkdf2-sha256"),
                                                           QLatin1String("md5"));
    QTest::newRow("zero iterations")
        << QStringList {parts[0], QStringLiteral("0"), parts[2], parts[3]}.join(QLatin1Char('$'));
    QTest::newRow("other iterations")
        << QStringList {parts[0], QStringLiteral("999"), parts[2], parts[3]}.join(QLatin1Char('$'));
    QTest::newRow("short key") << QStringList {parts[0], parts[1], parts[2], QStringLiteral("AAAA")}
                                      .join(QLatin1Char('$'));
    QTest::newRow("missing part") << QStringList {parts[0], parts[1], parts[2]}.join(
        QLatin1Char('$'));
}

void TestServerUnits::passwordHashRejectsTampering()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHasher(1000).verify(QStringLiteral("demo"), stored));
}

void TestServerUnits::cursorRoundTripsWithinItsScope()
{
    const QString scope = QStringLiteral("customers|3||");
    const QString text = cursor::encode({42, {}}, scope);
    const auto position = cursor::decode(text, scope);
    QVERIFY(position);
    QCOMPARE(position->id, 42);
    QVERIFY(position->updatedAt.isEmpty());
    QVERIFY(!text.contains(QLatin1String("42"))); // opaque enough not to invite editing
    const QString delta = cursor::encode({7, QStringLiteral("2026-03-15T10:00:00.000Z")}, scope);
    QCOMPARE(cursor::decode(delta, scope)->updatedAt, QStringLiteral("2026-03-15T10:00:00.000Z"));
    QVERIFY(!cursor::decode(text, QStringLiteral("customers|4||")));
}

void TestServerUnits::cursorRejectsForgeries_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << QStringLiteral("!!!");
    QTest::newRow("base64 of text") << QString::fromLatin1(QByteArray("hello").toBase64());
    QTest::newRow("object without scope")
        << QString::fromLatin1(QByteArray(R"({"i":5})").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("negative id") << QString::fromLatin1(
        QByteArray(R"({"i":-5,"s":"x"})").toBase64(QByteArray::Base64UrlEncoding));
}

void TestServerUnits::cursorRejectsForgeries()
{
    QFETCH(QString, text);
    QVERIFY(!cursor::decode(text, QStringLiteral("customers|3||")));
}

void TestServerUnits::rateLimiterBurstRefillAndRetryAfter()
{
    RateLimiter limiter(10, 20); // 10/s, bursts of 20
    for (int i = 0; i < 20; ++i)
        QCOMPARE(limiter.acquire("k", 1000), 0);
    QCOMPARE(limiter.acquire("k", 1000), 1); // empty: retry after 1 s (0.1 s rounded up)
    QCOMPARE(limiter.acquire("k", 1100), 0); // 100 ms later one token is back
    QCOMPARE(limiter.acquire("k", 1100), 1);
    QCOMPARE(limiter.acquire("k", 3100), 0); // refilled (capped at the burst)
    RateLimiter slow(0.25, 1);
    QCOMPARE(slow.acquire("k", 0), 0);
    QCOMPARE(slow.acquire("k", 0), 4); // one token per 4 s
    RateLimiter tiny(0.1); // twice the rate would be 0.2: still one request gets through
    QCOMPARE(tiny.acquire("k", 0), 0);
    QCOMPARE(tiny.acquire("k", 0), 10);
    RateLimiter off(0);
    QVERIFY(!off.isEnabled());
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(off.acquire("k", 0), 0);
}

void TestServerUnits::rateLimiterKeysAreSeparate()
{
    RateLimiter limiter(1, 2);
    QCOMPARE(limiter.acquire("a", 0), 0);
    QCOMPARE(limiter.acquire("a", 0), 0);
    QVERIFY(limiter.acquire("a", 0) > 0);
    QCOMPARE(limiter.acquire("b", 0), 0);
}

void TestServerUnits::faultSpecParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("error");
    QTest::addColumn<double>("drop");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<uint>("seed");
    QTest::newRow("empty: no faults") << QString() << true << 0.0 << 0.0 << 0 << 1u;
    QTest::newRow("the documented example")
        << QStringLiteral("error=0.2,drop=0.1,delay=300ms,seed=7") << true << 0.2 << 0.1 << 300
        << 7u;
    QTest::newRow("delay in seconds")
        << QStringLiteral("delay=2s") << true << 0.0 << 0.0 << 2000 << 1u;
    QTest::newRow("delay in plain ms")
        << QStringLiteral("delay=15") << true << 0.0 << 0.0 << 15 << 1u;
    QTest::newRow("all errors") << QStringLiteral("error=1") << true << 1.0 << 0.0 << 0 << 1u;
    QTest::newRow("shares over 1")
        << QStringLiteral("error=0.6,drop=0.5") << false << 0.0 << 0.0 << 0 << 0u;
    QTest::newRow("share above 1") << QStringLiteral("drop=1.01") << false << 0.0 << 0.0 << 0 << 0u;
    QTest::newRow("negative share")
        << QStringLiteral("error=-0.1") << false << 0.0 << 0.0 << 0 << 0u;
    QTest::newRow("unknown key") << QStringLiteral("explode=1") << false << 0.0 << 0.0 << 0 << 0u;
    QTest::newRow("no value") << QStringLiteral("error") << false << 0.0 << 0.0 << 0 << 0u;
    QTest::newRow("bad delay") << QStringLiteral("delay=soon") << false << 0.0 << 0.0 << 0 << 0u;
    QTest::newRow("slow without delay")
        << QStringLiteral("slow=0.5") << false << 0.0 << 0.0 << 0 << 0u;
}

void TestServerUnits::faultSpecParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto parsed = FaultSpec::parse(spec, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QTEST(parsed->errorShare, "error");
    QTEST(parsed->dropShare, "drop");
    QTEST(parsed->delayMs, "delayMs");
    QTEST(uint(parsed->seed), "seed");
}

void TestServerUnits::faultSequenceIsSeededAndProportional()
{
    const auto run = [](const QString &spec) {
        QString error;
        FaultInjector injector(*FaultSpec::parse(spec, &error));
        QList<int> kinds;
        for (int i = 0; i < 2000; ++i)
            kinds.append(int(injector.next().kind));
        return kinds;
    };
    const QList<int> a = run(QStringLiteral("error=0.2,drop=0.1,seed=7"));
    QCOMPARE(run(QStringLiteral("error=0.2,drop=0.1,seed=7")), a);
    QVERIFY(run(QStringLiteral("error=0.2,drop=0.1,seed=8")) != a);
    const auto share = [&](FaultKind kind) { return double(a.count(int(kind))) / a.size(); };
    QVERIFY(qAbs(share(FaultKind::Error) - 0.2) < 0.04);
    QVERIFY(qAbs(share(FaultKind::DropAfterEffect) - 0.05) < 0.02);
    QVERIFY(qAbs(share(FaultKind::DropBeforeEffect) - 0.05) < 0.02);
    QString error;
    FaultInjector slow(*FaultSpec::parse(QStringLiteral("delay=300ms,slow=0.5,seed=3"), &error));
    int delayed = 0;
    for (int i = 0; i < 1000; ++i) {
        const FaultDecision d = slow.next();
        QCOMPARE(d.kind, FaultKind::None);
        QVERIFY(d.delayMs == 0 || d.delayMs == 300);
        delayed += d.delayMs > 0;
    }
    QVERIFY(delayed > 400 && delayed < 600);
}

void TestServerUnits::faultExemptions()
{
    QVERIFY(FaultInjector::isExempt("GET", QStringLiteral("/health")));
    QVERIFY(FaultInjector::isExempt("POST", QStringLiteral("/session")));
    QVERIFY(!FaultInjector::isExempt("DELETE", QStringLiteral("/session")));
    QVERIFY(!FaultInjector::isExempt("GET", QStringLiteral("/customers")));
}

void TestServerUnits::routerMatchesIdsAndReportsAllowedMethods()
{
    Router router;
    const auto answer = [](int code) {
        return [code](const RequestContext &) { return HttpResponse::empty(HttpStatus(code)); };
    };
    router.add("GET", QStringLiteral("/customers/{id}"), Router::Access::SignedIn, answer(200));
    router.add("GET", QStringLiteral("/customers/{id}/history"), Router::Access::SignedIn,
               answer(201));
    router.add("PUT", QStringLiteral("/customers/{id}/invoice-emails"), Router::Access::SignedIn,
               answer(202));
    router.add("POST", QStringLiteral("/customers/{id}/invoice-emails"), Router::Access::SignedIn,
               answer(203));

    Router::Match m = router.match("GET", QStringLiteral("/customers/17/history"));
    QVERIFY(m.route);
    QCOMPARE(m.ids, QList<qint64> {17});
    m = router.match("GET", QStringLiteral("/customers/17/invoice-emails"));
    QVERIFY(!m.route);
    QCOMPARE(m.allowed, QByteArray("PUT, POST"));
    for (const char *bad : {"/customers/0", "/customers/-1", "/customers/07", "/customers/+7",
                            "/customers/7x", "/customers/99999999999999999999", "/customers"}) {
        m = router.match("GET", QString::fromLatin1(bad));
        QVERIFY2(!m.route && m.allowed.isEmpty(), bad);
    }
}

QTEST_APPLESS_MAIN(TestServerUnits)
#include "tst_server_units.moc"
