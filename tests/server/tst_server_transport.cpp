// The transport probed from outside over raw loopback sockets (issue 9, section 4): what a
// client that has not signed in may make the portal hold (bodies, headers: items 1) and
// for how long (slow requests, idle connections, connections per address: item 5).
#include "PortalTestClient.h"
#include "RawHttpClient.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace pac::server;
using namespace pac::server::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray chunk(qsizetype size, char fill)
{
    return QByteArray::number(size, 16) + "\r\n" + QByteArray(size, fill) + "\r\n";
}

} // namespace

class TestServerTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void hugeContentLengthIsRefusedAtOnce();
    void endlessChunkedBodyIsCutOffAtTheLimit();
    void hugeHeadersAreRefused();
    void tooManyHeadersAreRefused();
    void requestsStillWork_data();
    void requestsStillWork();
    void expectContinueIsAnswered();
    void malformedRequests_data();
    void malformedRequests();

    void slowHeadersTimeOut();
    void idleConnectionsAreClosed();
    void idleKeepAliveConnectionIsClosed();
    void connectionsPerAddressAreCapped();

private:
    quint16 startTimed(EmbeddedPortal &portal, const ConnectionLimits &limits);

    std::unique_ptr<EmbeddedPortal> m_portal;
    quint16 m_port = 0;
};

void TestServerTransport::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    const QUrl base = startPortal(*m_portal, demoOptions(5), &error);
    QVERIFY2(base.isValid(), qPrintable(error));
    m_port = quint16(base.port());
}

quint16 TestServerTransport::startTimed(EmbeddedPortal &portal, const ConnectionLimits &limits)
{
    PortalServerOptions options = demoOptions(5);
    options.connections = limits;
    return quint16(startPortal(portal, options).port());
}

// The probe: "Content-Length: 50000000000" and no body was waited on. Now 413 at once.
void TestServerTransport::hugeContentLengthIsRefusedAtOnce()
{
    RawHttpClient client(m_port);
    QVERIFY(client.isConnected());
    QElapsedTimer timer;
    timer.start();
    client.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\nContent-Length: 50000000000\r\n\r\n");
    QVERIFY(client.waitForAnswer());
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 413 Payload Too Large"));
    QVERIFY(client.received().contains("Connection: close"));
    QVERIFY(client.received().contains("/payload-too-large"));
    QVERIFY(client.waitForClose());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

// The probe: a 200 MiB chunked body to POST /session took the server to 643 MB. Now the
// body is cut off at 1 MiB (413, closed) and this process (client and portal) grows by
// little: the client queues at most 256 KiB, the portal reads no further than the limit.
void TestServerTransport::endlessChunkedBodyIsCutOffAtTheLimit()
{
    const qint64 before = residentKiB();
    RawHttpClient client(m_port);
    QVERIFY(client.isConnected());
    client.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    qint64 queued = 0;
    const QByteArray piece = chunk(64 * 1024, 'a');
    client.pump([&]() -> QByteArray {
        if (queued >= 200 * kMiB)
            return QByteArray();
        queued += piece.size();
        return piece;
    });
    QVERIFY(client.waitForAnswer(15000));
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 413 Payload Too Large"));
    QVERIFY(client.waitForClose());
    // What the kernel's buffers took beside the 1 MiB read: far from 200 MiB.
    QVERIFY2(client.bytesSent() < 64 * kMiB, qPrintable(QString::number(client.bytesSent())));
    const qint64 grown = residentKiB() - before;
    qInfo("sent %lld MiB before the 413; resident memory grew by %lld KiB",
          client.bytesSent() / kMiB, grown);
    QVERIFY2(grown < 64 * 1024, qPrintable(QString::number(grown)));
}

// The probe: 100 headers of 1 MiB each to GET /health were answered 200.
void TestServerTransport::hugeHeadersAreRefused()
{
    RawHttpClient client(m_port);
    QVERIFY(client.isConnected());
    client.send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    int headers = 0;
    client.pump([&]() -> QByteArray {
        if (headers == 100)
            return QByteArray();
        return "X-Big-" + QByteArray::number(headers++) + ": " + QByteArray(kMiB, 'h') + "\r\n";
    });
    QVERIFY(client.waitForAnswer(15000));
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    QVERIFY(client.received().contains("/headers-too-large"));
    QVERIFY(client.waitForClose());
    QVERIFY2(client.bytesSent() < 64 * kMiB, qPrintable(QString::number(client.bytesSent())));
}

void TestServerTransport::tooManyHeadersAreRefused()
{
    RawHttpClient client(m_port);
    QByteArray request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (int i = 0; i < 100; ++i)
        request += "X-N" + QByteArray::number(i) + ": 1\r\n";
    client.send(request + "\r\n");
    QVERIFY(client.waitForAnswer());
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    QVERIFY(client.waitForClose());
}

void TestServerTransport::requestsStillWork_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QList<QByteArray>>("statusLines");
    const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTest::newRow("two pipelined in one write")
        << (health + health) << QList<QByteArray> {"HTTP/1.1 200 OK", "HTTP/1.1 200 OK"};
    const QByteArray body = R"({"username":"agent1","password":"demo"})";
    QTest::newRow("a chunked sign-in")
        << ("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n"
            + QByteArray::number(body.size() - 10, 16) + ";ext=1\r\n" + body.mid(10)
            + "\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << QList<QByteArray> {"HTTP/1.1 201 Created"};
    QTest::newRow("HTTP/1.0 closes after the answer")
        << QByteArray("GET /api/v1/health HTTP/1.0\r\n\r\n")
        << QList<QByteArray> {"HTTP/1.1 200 OK"};
}

void TestServerTransport::requestsStillWork()
{
    QFETCH(QByteArray, request);
    QFETCH(QList<QByteArray>, statusLines);
    RawHttpClient client(m_port);
    client.send(request);
    QTRY_COMPARE_WITH_TIMEOUT(client.received().count("HTTP/1.1 "), statusLines.size(), 5000);
    QList<QByteArray> seen;
    for (qsizetype at = client.received().indexOf("HTTP/1.1 "); at >= 0;
         at = client.received().indexOf("HTTP/1.1 ", at + 1)) {
        seen.append(client.received().mid(at, client.received().indexOf("\r\n", at) - at));
    }
    QCOMPARE(seen, statusLines);
}

// curl asks before sending a large body; it gets 100 Continue, then the answer.
void TestServerTransport::expectContinueIsAnswered()
{
    const QByteArray body = R"({"username":"agent1","password":"demo"})";
    RawHttpClient client(m_port);
    client.send("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(client.waitForAnswer());
    QCOMPARE(client.received(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send(body);
    QTRY_VERIFY_WITH_TIMEOUT(client.received().contains("HTTP/1.1 201 Created"), 5000);
}

void TestServerTransport::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("both Content-Length and chunked")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nContent-Length: 5\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("another transfer coding")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")
        << QByteArray("HTTP/1.1 501 Not Implemented");
    QTest::newRow("Content-Length not a number")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
        << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("a chunk over the limit announced")
        << QByteArray("POST /api/v1/session HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "fffffff\r\n")
        << QByteArray("HTTP/1.1 413 Payload Too Large");
    QTest::newRow("HTTP/2 spoken") << QByteArray("GET /api/v1/health HTTP/2.0\r\n\r\n")
                                   << QByteArray("HTTP/1.1 505 Http Version Not Supported");
    QTest::newRow("no version") << QByteArray("GET /api/v1/health\r\n\r\n")
                                << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("space before the colon")
        << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost : x\r\n\r\n")
        << QByteArray("HTTP/1.1 400 Bad Request");
}

void TestServerTransport::malformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    RawHttpClient client(m_port);
    client.send(request);
    QVERIFY(client.waitForAnswer());
    QCOMPARE(client.statusLine(), statusLine);
    QVERIFY(client.waitForClose());
}

// The probe: sockets sending headers slowly were held for 45 s and more. Here a header
// line every 50 ms never completes the request; the 300 ms request timeout answers 408.
void TestServerTransport::slowHeadersTimeOut()
{
    EmbeddedPortal portal;
    ConnectionLimits limits;
    limits.requestTimeoutMs = 300;
    limits.lingerMs = 300;
    const quint16 port = startTimed(portal, limits);
    QVERIFY(port > 0);
    RawHttpClient client(port);
    QElapsedTimer timer;
    timer.start();
    client.send("GET /api/v1/health HTTP/1.1\r\n");
    int line = 0;
    QTimer trickle;
    connect(&trickle, &QTimer::timeout, this, [&]() {
        if (client.isConnected() && line < 200)
            client.send("X-Slow-" + QByteArray::number(line++) + ": 1\r\n");
    });
    trickle.start(50);
    QVERIFY(client.waitForAnswer());
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY(client.waitForClose());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestServerTransport::idleConnectionsAreClosed()
{
    EmbeddedPortal portal;
    ConnectionLimits limits;
    limits.idleTimeoutMs = 200;
    const quint16 port = startTimed(portal, limits);
    QVERIFY(port > 0);
    QList<std::shared_ptr<RawHttpClient>> idle;
    for (int i = 0; i < 10; ++i)
        idle.append(std::make_shared<RawHttpClient>(port));
    for (const auto &client : idle) {
        QVERIFY(client->waitForClose(3000));
        QVERIFY(client->received().isEmpty()); // closed quietly: nothing was asked
    }
}

void TestServerTransport::idleKeepAliveConnectionIsClosed()
{
    EmbeddedPortal portal;
    ConnectionLimits limits;
    limits.idleTimeoutMs = 200;
    const quint16 port = startTimed(portal, limits);
    QVERIFY(port > 0);
    RawHttpClient client(port);
    client.send("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(client.waitForAnswer());
    QCOMPARE(client.statusLine(), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(client.received().contains("Connection: keep-alive"));
    QVERIFY(client.waitForClose(3000));
}

// The probe: 150 idle sockets exhausted a server with 128 open files. Past the cap per
// address a connection is answered 429 and closed; closing one makes room again.
void TestServerTransport::connectionsPerAddressAreCapped()
{
    EmbeddedPortal portal;
    ConnectionLimits limits;
    limits.maxConnectionsPerAddress = 3;
    const quint16 port = startTimed(portal, limits);
    QVERIFY(port > 0);
    const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QList<std::shared_ptr<RawHttpClient>> open;
    for (int i = 0; i < 3; ++i) {
        open.append(std::make_shared<RawHttpClient>(port));
        open.last()->send(health);
        QVERIFY(open.last()->waitForAnswer());
        QCOMPARE(open.last()->statusLine(), QByteArray("HTTP/1.1 200 OK"));
    }
    for (int i = 0; i < 5; ++i) {
        RawHttpClient extra(port);
        QVERIFY(extra.waitForAnswer());
        QCOMPARE(extra.statusLine(), QByteArray("HTTP/1.1 429 Too Many Requests"));
        QVERIFY(extra.received().contains("Retry-After: 1"));
        QVERIFY(extra.waitForClose());
    }
    open.first()->socket().disconnectFromHost();
    QVERIFY(open.first()->waitForClose());
    // The portal notices the close on its own thread; then a new connection is served.
    const auto served = [&]() {
        RawHttpClient again(port);
        again.send(health);
        return again.waitForAnswer() ? again.statusLine() : QByteArray();
    };
    // QTRY_* evaluates its expression once more after the wait succeeds: a second probe
    // then, while the portal may still count the first one (just closed), was the flake
    // (about 1 run in 6). The latch keeps it to probes made until one is served.
    bool wasServed = false;
    QTRY_VERIFY_WITH_TIMEOUT(wasServed || (wasServed = served() == "HTTP/1.1 200 OK"), 30000);
}

QTEST_GUILESS_MAIN(TestServerTransport)
#include "tst_server_transport.moc"
