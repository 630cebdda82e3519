// agentctl invoice show|pdf|send as processes against the real portal-server binary: show by
// id and by number (table, JSON with the payments kept here, CSV of the lines), a number the
// cache cannot resolve or text that is neither is named and exits 2; pdf writes the portal's
// PDF (a PDF, owner-only); send prints To and CC and the portal records one delivery; with the
// portal gone send exits 75 and the resend waits in the outbox until `push` sends it, once.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pac::test;

namespace {

QJsonObject objectOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

} // namespace

class TestCliInvoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAnInvoiceByIdAndByNumber();
    void refusesWhatItCannotResolve();
    void pdfWritesThePortalsPdf();
    void sendPrintsTheRecipientsAndSendsOnce();
    void offlineSendWaitsInTheOutbox();

private:
    CliRun run(const QStringList &command) const
    {
        return runAgentctl(globalArgs(m_server.url(), QStringLiteral("agent1"), m_profile)
                           + command);
    }
    qsizetype deliveriesOf(const QString &invoiceId) const
    {
        const CliRun shown = run({QStringLiteral("invoice"), QStringLiteral("show"), invoiceId,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        if (shown.exitCode != 0)
            return -1;
        return objectOf(shown).value(QLatin1String("deliveries")).toArray().size();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_db;
    QString m_profile;
    QJsonObject m_customer;
    QJsonObject m_invoice; // the customer's newest, as `invoices --format json` lists it
};

void TestCliInvoice::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("portal.sqlite"));
    QVERIFY(m_server.start(m_db, 30));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const CliRun sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
    const QJsonArray customers
        = run({QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("json")})
              .jsonArray();
    // The first customer with invoices; listing them keeps them (and the payments, fetched
    // with them) in the cache.
    for (const QJsonValue &value : customers) {
        const QString customerId
            = QString::number(value.toObject().value(QLatin1String("id")).toInteger());
        const CliRun invoices = run({QStringLiteral("invoices"), customerId,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(invoices.exitCode == 0, qPrintable(invoices.all()));
        if (!invoices.jsonArray().isEmpty()) {
            m_customer = value.toObject();
            m_invoice = invoices.jsonArray().first().toObject();
            break;
        }
    }
    QVERIFY(!m_invoice.isEmpty());
}

void TestCliInvoice::showsAnInvoiceByIdAndByNumber()
{
    const QString id = QString::number(m_invoice.value(QLatin1String("id")).toInteger());
    const QString number = m_invoice.value(QLatin1String("number")).toString();
    QVERIFY(number.startsWith(QStringLiteral("INV-")));
    const CliRun byId = run({QStringLiteral("invoice"), QStringLiteral("show"), id});
    QCOMPARE(byId.exitCode, 0);
    QVERIFY2(byId.out.startsWith(QStringLiteral("Invoice:      %1 (id %2)\n").arg(number, id)),
             qPrintable(byId.out));
    QVERIFY2(byId.out.contains(QStringLiteral("Customer:     %1 — %2\n")
                                   .arg(m_customer.value(QLatin1String("id")).toInteger())
                                   .arg(m_customer.value(QLatin1String("name")).toString())),
             qPrintable(byId.out));
    for (const QJsonValue &line : m_invoice.value(QLatin1String("lines")).toArray()) {
        QVERIFY2(byId.out.contains(line.toObject().value(QLatin1String("description")).toString()),
                 qPrintable(byId.out));
    }
    QVERIFY(byId.out.contains(QStringLiteral("\nLines\n")));
    QVERIFY(byId.out.contains(QStringLiteral("\nPayments\n")));
    QVERIFY(byId.out.contains(QStringLiteral("\nSent\n")));
    QVERIFY2(byId.out.contains(QStringLiteral("the portal")), qPrintable(byId.out));

    // The number, in any case, finds the same invoice through the cache.
    const CliRun byNumber
        = run({QStringLiteral("invoice"), QStringLiteral("show"), number.toLower()});
    QCOMPARE(byNumber.exitCode, 0);
    QCOMPARE(byNumber.out, byId.out);

    // JSON: the invoice as the portal sends it, with the payments made against it.
    const CliRun json = run({QStringLiteral("invoice"), QStringLiteral("show"), number,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = objectOf(json);
    QCOMPARE(object.value(QLatin1String("id")).toInteger(),
             m_invoice.value(QLatin1String("id")).toInteger());
    QCOMPARE(object.value(QLatin1String("lines")), m_invoice.value(QLatin1String("lines")));
    QCOMPARE(object.value(QLatin1String("deliveries")),
             m_invoice.value(QLatin1String("deliveries")));
    QVERIFY(object.value(QLatin1String("payments")).isArray());
    for (const QJsonValue &payment : object.value(QLatin1String("payments")).toArray()) {
        QCOMPARE(payment.toObject().value(QLatin1String("invoice_id")).toInteger(),
                 object.value(QLatin1String("id")).toInteger());
    }

    // CSV: the lines.
    const CliRun csv = run({QStringLiteral("invoice"), QStringLiteral("show"), id,
                            QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.first(), QStringLiteral("description,quantity,unit,amount"));
    QCOMPARE(rows.size(), m_invoice.value(QLatin1String("lines")).toArray().size() + 1);
    const QJsonObject first = m_invoice.value(QLatin1String("lines")).toArray().first().toObject();
    QVERIFY2(rows.at(1).startsWith(
                 first.value(QLatin1String("description")).toString() + QLatin1Char(',')
                 + QString::number(first.value(QLatin1String("quantity")).toInteger()) + u','),
             qPrintable(rows.at(1)));
}

void TestCliInvoice::refusesWhatItCannotResolve()
{
    const CliRun unknownNumber
        = run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("INV-1999-0001")});
    QCOMPARE(unknownNumber.exitCode, 2);
    QVERIFY2(unknownNumber.err.contains(QStringLiteral("no invoice numbered INV-1999-0001 is kept "
                                                       "on this computer")),
             qPrintable(unknownNumber.all()));
    const CliRun neither
        = run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("last one")});
    QCOMPARE(neither.exitCode, 2);
    QVERIFY2(neither.err.contains(
                 QStringLiteral("invoice send last one: “last one” is neither an invoice id "
                                "nor an invoice number like INV-2026-0142 "
                                "(invalid_format)")),
             qPrintable(neither.all()));
    const CliRun badFormat
        = run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(badFormat.exitCode, 2);
    const CliRun noAction = run({QStringLiteral("invoice")});
    QCOMPARE(noAction.exitCode, 2);
    QVERIFY(noAction.err.contains(QStringLiteral("invoice needs an action.")));
    // An invoice the portal does not show this user: as every 404, not for them to know.
    const CliRun hidden
        = run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("987654321")});
    QCOMPARE(hidden.exitCode, 4);
    // Nothing of it reached the outbox.
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
                 .jsonArray()
                 .size(),
             0);
}

void TestCliInvoice::pdfWritesThePortalsPdf()
{
    const QString id = QString::number(m_invoice.value(QLatin1String("id")).toInteger());
    const QString number = m_invoice.value(QLatin1String("number")).toString();
    const QString path = m_dir.filePath(QStringLiteral("invoice.pdf"));
    const CliRun noOut = run({QStringLiteral("invoice"), QStringLiteral("pdf"), id});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(!QFile::exists(path));

    const CliRun pdf = run(
        {QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), path});
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.all()));
    QVERIFY2(pdf.out.startsWith(QStringLiteral("invoice pdf %1: wrote %2 (").arg(number, path)),
             qPrintable(pdf.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    file.close();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(number), "number in PDF");
}

void TestCliInvoice::sendPrintsTheRecipientsAndSendsOnce()
{
    const QString id = QString::number(m_invoice.value(QLatin1String("id")).toInteger());
    const QString number = m_invoice.value(QLatin1String("number")).toString();
    const QString customerId = QString::number(m_customer.value(QLatin1String("id")).toInteger());
    // To: the billing contacts; CC: the additional emails (these demo lists may repeat a
    // contact in capitals: each address goes once, so those are left out of CC).
    const QJsonObject shown = objectOf(run(
        {QStringLiteral("show"), customerId, QStringLiteral("--format"), QStringLiteral("json")}));
    QStringList to;
    for (const QJsonValue &contact : shown.value(QLatin1String("billing_contacts")).toArray())
        to.append(contact.toObject().value(QLatin1String("email")).toString());
    QStringList cc;
    for (const QString &email : stringsOf(shown.value(QLatin1String("invoice_emails")))) {
        if (!to.contains(email, Qt::CaseInsensitive))
            cc.append(email);
    }
    const qsizetype before = deliveriesOf(id);
    QVERIFY(before > 0);

    const CliRun send = run({QStringLiteral("invoice"), QStringLiteral("send"), number});
    QVERIFY2(send.exitCode == 0, qPrintable(send.all()));
    QVERIFY2(send.out.contains(QStringLiteral("\nTo: %1\n").arg(to.join(QStringLiteral(", ")))),
             qPrintable(send.out));
    QVERIFY2(send.out.contains(QStringLiteral("\nCC: %1\n")
                                   .arg(cc.isEmpty() ? QStringLiteral("(nobody)")
                                                     : cc.join(QStringLiteral(", ")))),
             qPrintable(send.out));
    QVERIFY2(send.out.contains(QStringLiteral("invoice send %1: sent again (").arg(number)),
             qPrintable(send.out));
    QCOMPARE(deliveriesOf(id), before + 1);
    const QJsonObject after = objectOf(run({QStringLiteral("invoice"), QStringLiteral("show"), id,
                                            QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonObject delivery
        = after.value(QLatin1String("deliveries")).toArray().last().toObject();
    QCOMPARE(delivery.value(QLatin1String("by")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Alex Agent"));
    QCOMPARE(stringsOf(delivery.value(QLatin1String("to"))), to);
    QCOMPARE(stringsOf(delivery.value(QLatin1String("cc"))), cc);
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
                 .jsonArray()
                 .size(),
             0);
}

void TestCliInvoice::offlineSendWaitsInTheOutbox()
{
    const QString id = QString::number(m_invoice.value(QLatin1String("id")).toInteger());
    const qsizetype before = deliveriesOf(id);
    QVERIFY(before > 0);
    const quint16 port = m_server.port();
    m_server.stop();

    const CliRun offline = run({QStringLiteral("invoice"), QStringLiteral("send"), id});
    QCOMPARE(offline.exitCode, 75);
    QVERIFY2(offline.out.contains(QStringLiteral("To: ")), qPrintable(offline.all()));
    QVERIFY2(offline.err.contains(QStringLiteral("The edit is kept in the outbox")),
             qPrintable(offline.all()));
    const QJsonArray waiting
        = run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
              .jsonArray();
    QCOMPARE(waiting.size(), 1);
    const QJsonObject entry = waiting.first().toObject();
    QCOMPARE(entry.value(QLatin1String("kind")).toString(), QStringLiteral("invoice_resend"));
    QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(entry.value(QLatin1String("payload")).toObject().value(QLatin1String("invoice_id")),
             m_invoice.value(QLatin1String("id")));
    // Asked again offline: still one resend queued, still waiting.
    const CliRun again = run({QStringLiteral("invoice"), QStringLiteral("send"), id});
    QCOMPARE(again.exitCode, 75);
    QVERIFY2(again.err.contains(QStringLiteral("is already waiting to be sent again")),
             qPrintable(again.all()));
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
                 .jsonArray()
                 .size(),
             1);
    // Shown offline from the cache, said to be the kept copy.
    const CliRun shown = run({QStringLiteral("invoice"), QStringLiteral("show"), id});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.contains(QStringLiteral("Showing what was fetched on")),
             qPrintable(shown.all()));

    // The portal is back on the same address: push sends it, once.
    QVERIFY(m_server.start(m_db, 30, port));
    const CliRun push = run({QStringLiteral("push")});
    QVERIFY2(push.exitCode == 0, qPrintable(push.all()));
    QCOMPARE(run({QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
                 .jsonArray()
                 .size(),
             0);
    QCOMPARE(deliveriesOf(id), before + 1);
    QCOMPARE(run({QStringLiteral("push")}).exitCode, 0);
    QCOMPARE(deliveriesOf(id), before + 1);
}

QTEST_GUILESS_MAIN(TestCliInvoice)
#include "tst_cli_invoice.moc"
