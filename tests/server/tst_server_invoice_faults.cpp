// Invoices through the real portal-server binary (a QProcess on 127.0.0.1): sending again is
// exactly once through --faults (answers lost before or after the delivery was recorded,
// retried with the same Idempotency-Key), the faults apply to the PDF as to every route, and
// the binary draws PDFs (it runs a GUI application on the offscreen platform).
#include "PortalTestClient.h"
#include "models/InvoiceJson.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace pac::server::test;

namespace {

// One portal-server process with a 30-customer demo, started and waited for.
class ServerProcess
{
public:
    explicit ServerProcess(const QStringList &extra)
    {
        m_process.setProgram(QStringLiteral(PORTAL_SERVER_BIN));
        const QStringList demo {
            QStringLiteral("--demo"),     QStringLiteral("--customers"),
            QStringLiteral("30"),         QStringLiteral("--port"),
            QStringLiteral("0"),          QStringLiteral("--today"),
            kToday.toString(Qt::ISODate), QStringLiteral("--password-iterations"),
            QStringLiteral("1000")};
        m_process.setArguments(demo + extra);
        m_process.start();
    }
    ~ServerProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&m_process, &QProcess::finished);
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!finished.wait(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    QUrl waitUntilListening()
    {
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        QByteArray text;
        for (int i = 0; i < 60 && m_process.state() != QProcess::NotRunning; ++i) {
            text += m_process.readAllStandardOutput();
            if (text.contains('\n'))
                break;
            output.wait(1000);
        }
        const QByteArray line = text.left(text.indexOf('\n'));
        if (!line.startsWith("listening on http://127.0.0.1:"))
            return {};
        return QUrl(QString::fromLatin1(line.mid(int(sizeof("listening on ")) - 1)));
    }

private:
    QProcess m_process;
};

// GETs until a whole 200 comes (faults cut or refuse some), at most 50 times.
Reply getReliably(PortalTestClient &client, const QString &path)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const Reply reply = client.get(path);
        if (reply.status == 200 && reply.error == QNetworkReply::NoError
            && QJsonDocument::fromJson(reply.body).isObject())
            return reply;
    }
    return {};
}

} // namespace

class TestServerInvoiceFaults : public QObject
{
    Q_OBJECT

private slots:
    void sendIsExactlyOnceThroughFaults();
    void faultsApplyToThePdfToo();
    void theBinaryDrawsPdfs();
};

void TestServerInvoiceFaults::sendIsExactlyOnceThroughFaults()
{
    ServerProcess server(
        {QStringLiteral("--faults"), QStringLiteral("error=0.2,drop=0.4,seed=11")});
    const QUrl base = server.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("agent1"))); // sign-ins are exempt
    const Reply list = getReliably(client, QStringLiteral("/customers/2/invoices?limit=1"));
    QCOMPARE(list.status, 200);
    const qint64 invoice = list.items().at(0).toObject().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/invoices/%1").arg(invoice);
    const qsizetype before
        = getReliably(client, path).json().value(QStringLiteral("deliveries")).toArray().size();
    QVERIFY(before >= 1);

    // Each sending retried with its key until an answer arrives whole: recorded once each,
    // whichever attempts were refused (503), cut before, or cut after the delivery was kept.
    int failures = 0;
    QSet<qint64> delivered;
    for (int sending = 0; sending < 5; ++sending) {
        const QByteArray key = "faulty-send-" + QByteArray::number(sending);
        Reply reply;
        for (int attempt = 0; attempt < 50; ++attempt) {
            reply = client.send("POST", path + QStringLiteral("/send"), {},
                                {{"Idempotency-Key", key}});
            // An answer cut after its head may still read as 202 without an error: only a
            // whole delivery is an answer (as for any client).
            if (reply.status == 202 && reply.error == QNetworkReply::NoError
                && pac::deliveryFromJson(reply.json()))
                break;
            ++failures;
        }
        QCOMPARE(reply.status, 202);
        delivered.insert(reply.json().value(QStringLiteral("id")).toInteger());
    }
    QVERIFY(failures > 0);
    QCOMPARE(delivered.size(), 5);
    const QJsonArray deliveries
        = getReliably(client, path).json().value(QStringLiteral("deliveries")).toArray();
    QCOMPARE(deliveries.size(), before + 5);
    QSet<qint64> recorded;
    for (qsizetype i = before; i < deliveries.size(); ++i)
        recorded.insert(deliveries.at(i).toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(recorded, delivered);
}

void TestServerInvoiceFaults::faultsApplyToThePdfToo()
{
    ServerProcess server({QStringLiteral("--faults"), QStringLiteral("error=1")});
    const QUrl base = server.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    for (const QString &path : {QStringLiteral("/invoices/1/pdf"), QStringLiteral("/invoices/1"),
                                QStringLiteral("/customers/1/invoices")}) {
        const Reply reply = client.get(path);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    }
    QCOMPARE(client.send("POST", QStringLiteral("/invoices/1/send"), {}, {{"Idempotency-Key", "x"}})
                 .status,
             503);
}

void TestServerInvoiceFaults::theBinaryDrawsPdfs()
{
    ServerProcess server({});
    const QUrl base = server.waitUntilListening();
    QVERIFY(base.isValid());
    PortalTestClient client(base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    // Drawn on the portal's worker: /health answers meanwhile, and every PDF arrives.
    QNetworkAccessManager network;
    QList<QNetworkReply *> pdfs;
    for (int id = 1; id <= 3; ++id) {
        QUrl url = base;
        url.setPath(QStringLiteral("/api/v1/invoices/%1/pdf").arg(id));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + client.token());
        pdfs.append(network.get(request));
    }
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    for (QNetworkReply *reply : std::as_const(pdfs)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/pdf"));
        QVERIFY(reply->readAll().startsWith("%PDF-"));
        reply->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestServerInvoiceFaults)
#include "tst_server_invoice_faults.moc"
