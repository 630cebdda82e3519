// The real portal-server binary as a QProcess: its listening line, clean exit on SIGTERM and
// SIGINT, persistence with --db, option errors, and --faults.
#include "PortalTestClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pac::server::test;

namespace {

// One portal-server process, started and waited for.
class ServerProcess
{
public:
    explicit ServerProcess(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(PORTAL_SERVER_BIN));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~ServerProcess() { stop(SIGTERM); }

    // The base URL from "listening on http://127.0.0.1:PORT"; empty if none came.
    QUrl waitUntilListening()
    {
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        QSignalSpy finished(&m_process, &QProcess::finished);
        for (int i = 0; i < 60 && finished.isEmpty(); ++i) {
            m_stdout += m_process.readAllStandardOutput();
            if (m_stdout.contains('\n'))
                break;
            output.wait(1000);
        }
        const QByteArray line = m_stdout.left(m_stdout.indexOf('\n'));
        if (!line.startsWith("listening on http://127.0.0.1:"))
            return {};
        return QUrl(QString::fromLatin1(line.mid(int(sizeof("listening on ")) - 1)));
    }

    // Sends the signal and waits for the exit; returns the exit code (-1: crashed or hung).
    int stop(int signal)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        QSignalSpy finished(&m_process, &QProcess::finished);
        ::kill(pid_t(m_process.processId()), signal);
        if (!finished.wait(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    int waitForExit()
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        if (m_process.state() != QProcess::NotRunning && !finished.wait(10000))
            return -1;
        return m_process.exitCode();
    }
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QByteArray m_stdout;
};

QStringList demoArguments(const QStringList &extra = {})
{
    return QStringList {QStringLiteral("--demo"),    QStringLiteral("--customers"),
                        QStringLiteral("30"),        QStringLiteral("--port"),
                        QStringLiteral("0"),         QStringLiteral("--today"),
                        kToday.toString(Qt::ISODate)}
    + extra;
}

} // namespace

class TestPortalServerBinary : public QObject
{
    Q_OBJECT

private slots:
    void printsListeningLineAndStopsOnSignal_data();
    void printsListeningLineAndStopsOnSignal();
    void badOptionsExitWithUsageStatus_data();
    void badOptionsExitWithUsageStatus();
    void fileStoreKeepsDataAndIsSeededOnce();
    void errorFaultsAnswer503WithoutEffect();
    void dropAfterEffectAppliesTheChange_data();
    void dropAfterEffectAppliesTheChange();
    void faultsAreDeterministicForASeed();
    void idempotencyKeysSurviveFaults();
    void delayDoesNotBlockOtherRequests();
};

void TestPortalServerBinary::printsListeningLineAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestPortalServerBinary::printsListeningLineAndStopsOnSignal()
{
    QFETCH(int, signal);
    ServerProcess server(demoArguments());
    const QUrl base = server.waitUntilListening();
    QVERIFY2(base.isValid() && base.port() > 0, server.standardError().constData());
    // The line comes only once the portal answers.
    PortalTestClient client(base);
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    QVERIFY(client.signIn(QStringLiteral("agent1")));
    QCOMPARE(server.stop(signal), 0);
}

void TestPortalServerBinary::badOptionsExitWithUsageStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port out of range")
        << QStringList {QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("unknown fault")
        << QStringList {QStringLiteral("--faults"), QStringLiteral("boom=1")};
    QTest::newRow("share above 1")
        << QStringList {QStringLiteral("--faults"), QStringLiteral("error=1.5")};
    QTest::newRow("bad date") << QStringList {QStringLiteral("--today"),
                                              QStringLiteral("2026-02-30")};
    QTest::newRow("negative customers")
        << QStringList {QStringLiteral("--customers"), QStringLiteral("-1")};
}

void TestPortalServerBinary::badOptionsExitWithUsageStatus()
{
    QFETCH(QStringList, arguments);
    ServerProcess server(arguments);
    QCOMPARE(server.waitForExit(), 2);
    QVERIFY(server.standardError().startsWith("portal-server: "));
}

void TestPortalServerBinary::fileStoreKeepsDataAndIsSeededOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("portal.sqlite"));
    QByteArray firstCustomer;
    {
        ServerProcess server(demoArguments({QStringLiteral("--db"), db}));
        const QUrl base = server.waitUntilListening();
        QVERIFY(base.isValid());
        PortalTestClient client(base);
        QVERIFY(client.signIn(QStringLiteral("support1")));
        const QString path = QStringLiteral("/customers/1");
        QCOMPARE(
            client
                .put(path + QStringLiteral("/invoice-emails"),
                     {{QStringLiteral("emails"), QJsonArray {QStringLiteral("kept@example.com")}}},
                     {{"If-Match", client.etagOf(path)}})
                .status,
            200);
        firstCustomer = client.get(path).body;
        QCOMPARE(server.stop(SIGTERM), 0);
    }
    QVERIFY(QFile::exists(db + QStringLiteral("-wal")) || QFile::exists(db));
    // Again on the same file, with --demo and another seed: the same data, not reseeded.
    ServerProcess again(demoArguments(
        {QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("99")}));
    const QUrl base = again.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    QCOMPARE(client.get(QStringLiteral("/customers/1")).body, firstCustomer);
    QCOMPARE(client.allCustomerIds().size(), 30);
}

void TestPortalServerBinary::errorFaultsAnswer503WithoutEffect()
{
    ServerProcess server(demoArguments({QStringLiteral("--faults"), QStringLiteral("error=1")}));
    const QUrl base = server.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200); // exempt
    QVERIFY(client.signIn(QStringLiteral("support1"))); // exempt
    for (int i = 0; i < 5; ++i) {
        const Reply reply
            = client.put(QStringLiteral("/customers/1/invoice-emails"),
                         {{QStringLiteral("emails"), QJsonArray {QStringLiteral("x@example.com")}}},
                         {{"If-Match", "*"}});
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    }
}

void TestPortalServerBinary::dropAfterEffectAppliesTheChange_data()
{
    QTest::addColumn<QString>("dropAfter");
    QTest::addColumn<bool>("applied");
    QTest::newRow("cut after the change") << QStringLiteral("1") << true;
    QTest::newRow("cut before handling") << QStringLiteral("0") << false;
}

void TestPortalServerBinary::dropAfterEffectAppliesTheChange()
{
    QFETCH(QString, dropAfter);
    QFETCH(bool, applied);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("portal.sqlite"));
    {
        ServerProcess server(demoArguments({QStringLiteral("--db"), db, QStringLiteral("--faults"),
                                            QStringLiteral("drop=1,drop_after=") + dropAfter}));
        const QUrl base = server.waitUntilListening();
        QVERIFY(base.isValid());
        PortalTestClient client(base);
        QVERIFY(client.signIn(QStringLiteral("support1")));
        const Reply reply = client.put(
            QStringLiteral("/customers/2/invoice-emails"),
            {{QStringLiteral("emails"), QJsonArray {QStringLiteral("cut@example.com")}}},
            {{"If-Match", "*"}});
        QCOMPARE(reply.status, applied ? 200 : 0); // the head may arrive, the body never whole
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(server.stop(SIGTERM), 0);
    }
    ServerProcess server(demoArguments({QStringLiteral("--db"), db}));
    const QUrl base = server.waitUntilListening();
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    const QJsonArray emails = client.get(QStringLiteral("/customers/2"))
                                  .json()
                                  .value(QStringLiteral("invoice_emails"))
                                  .toArray();
    QCOMPARE(emails == QJsonArray {QStringLiteral("cut@example.com")}, applied);
}

void TestPortalServerBinary::faultsAreDeterministicForASeed()
{
    const auto outcomes = [](const QString &spec) {
        ServerProcess server(demoArguments({QStringLiteral("--faults"), spec}));
        const QUrl base = server.waitUntilListening();
        PortalTestClient client(base);
        client.signIn(QStringLiteral("agent1"));
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(client.get(QStringLiteral("/customers?limit=1")).status);
        return statuses;
    };
    const QList<int> first = outcomes(QStringLiteral("error=0.3,drop=0.3,seed=5"));
    QCOMPARE(outcomes(QStringLiteral("error=0.3,drop=0.3,seed=5")), first);
    QVERIFY(first != outcomes(QStringLiteral("error=0.3,drop=0.3,seed=6")));
    QVERIFY(first.count(200) > 0 && first.count(503) > 0);
    QVERIFY(first.count(200) + first.count(503) < first.size()); // some were cut
}

void TestPortalServerBinary::idempotencyKeysSurviveFaults()
{
    // A client that retries every edit with its Idempotency-Key until it gets an answer
    // applies each edit exactly once, whichever requests failed or were cut, before or after.
    ServerProcess server(
        demoArguments({QStringLiteral("--faults"), QStringLiteral("error=0.2,drop=0.4,seed=11")}));
    const QUrl base = server.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    const auto getReliably = [&](const QString &path) {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const Reply reply = client.get(path);
            if (reply.status == 200 && reply.error == QNetworkReply::NoError)
                return reply;
        }
        return Reply();
    };
    const QString path = QStringLiteral("/customers/3");
    const Reply start = getReliably(path);
    QCOMPARE(start.status, 200);
    const qint64 version = start.json().value(QStringLiteral("version")).toInteger();
    QByteArray etag = start.header("ETag");
    int failures = 0;
    for (int edit = 0; edit < 5; ++edit) {
        const QJsonObject body {{QStringLiteral("emails"),
                                 QJsonArray {QStringLiteral("edit%1@example.com").arg(edit)}}};
        const QByteArray key = "edit-" + QByteArray::number(edit);
        Reply reply;
        for (int attempt = 0; attempt < 50; ++attempt) {
            reply = client.put(path + QStringLiteral("/invoice-emails"), body,
                               {{"If-Match", etag}, {"Idempotency-Key", key}});
            if (reply.status == 200 && reply.error == QNetworkReply::NoError)
                break;
            ++failures;
        }
        QCOMPARE(reply.status, 200);
        etag = reply.header("ETag");
    }
    QVERIFY(failures > 0);
    const Reply end = getReliably(path);
    QCOMPARE(end.json().value(QStringLiteral("version")).toInteger(), version + 5);
    QCOMPARE(end.json().value(QStringLiteral("invoice_emails")).toArray(),
             QJsonArray {QStringLiteral("edit4@example.com")});
}

void TestPortalServerBinary::delayDoesNotBlockOtherRequests()
{
    ServerProcess server(demoArguments({QStringLiteral("--faults"), QStringLiteral("delay=3s")}));
    const QUrl base = server.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient signer(base);
    QVERIFY(signer.signIn(QStringLiteral("agent1")));
    // A delayed request on one connection; meanwhile /health (exempt) answers on another.
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/customers"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + signer.token());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = network.get(request);
    PortalTestClient other(base);
    QCOMPARE(other.get(QStringLiteral("/health")).status, 200);
    QVERIFY(!slow->isFinished());
    QSignalSpy finished(slow, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(timer.elapsed() >= 2900);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    slow->deleteLater();
}

QTEST_GUILESS_MAIN(TestPortalServerBinary)
#include "tst_portal_server_binary.moc"
