// agentctl with the portal gone (the edit exits 75 and waits in the outbox; push sends it
// once the portal is back) and with two profiles editing the same customer (the second gets
// a conflict and resolves it mine / theirs / merged).
#include "CliTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pac::test;

namespace {

QJsonObject firstActiveUs(const QJsonArray &customers, int skip = 0)
{
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        if (c.value(QLatin1String("status")).toString() == QLatin1String("active")
            && c.value(QLatin1String("country")).toString() == QLatin1String("US")
            && c.value(QLatin1String("payment_terms")).toString() == QLatin1String("due_on_receipt")
            && c.value(QLatin1String("invoice_emails")).toArray().size() < 5 && skip-- == 0) {
            return c;
        }
    }
    return {};
}

QString idOf(const QJsonObject &c)
{
    return QString::number(c.value(QLatin1String("id")).toInteger());
}

QStringList emailsOf(const CliRun &shown)
{
    QStringList emails;
    for (const QJsonValue &value : QJsonDocument::fromJson(shown.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("invoice_emails"))
                                       .toArray())
        emails.append(value.toString());
    return emails;
}

} // namespace

class TestCliOfflineConflict : public QObject
{
    Q_OBJECT

private slots:
    void offlineEditWaitsInTheOutbox();
    void secondProfileGetsAConflictAndMerges();
    void conflictResolvedTheirsOrMine();

private:
    QTemporaryDir m_dir;
};

void TestCliOfflineConflict::offlineEditWaitsInTheOutbox()
{
    const QString db = m_dir.filePath(QStringLiteral("offline.sqlite"));
    ServerProcess server;
    QVERIFY(server.start(db, 60));
    const QStringList agent = globalArgs(server.url(), QStringLiteral("agent1"),
                                         m_dir.filePath(QStringLiteral("offline")));
    QCOMPARE(runAgentctl(agent + QStringList {QStringLiteral("sync")}).exitCode, 0);
    const QJsonObject customer = firstActiveUs(
        runAgentctl(agent
                    + QStringList {QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("json")})
            .jsonArray());
    const QString id = idOf(customer);
    const quint16 port = server.port();
    server.stop();

    const CliRun offline
        = runAgentctl(agent
                      + QStringList {QStringLiteral("invoice-emails"), id, QStringLiteral("--add"),
                                     QStringLiteral("offline@example.com")});
    QCOMPARE(offline.exitCode, 75);
    QVERIFY2(offline.err.contains(QStringLiteral("outbox")), qPrintable(offline.all()));
    const CliRun outbox = runAgentctl(agent + QStringList {QStringLiteral("outbox")});
    QCOMPARE(outbox.exitCode, 0);
    QVERIFY(outbox.out.contains(QStringLiteral("pending")));
    QVERIFY(outbox.out.contains(QStringLiteral("offline@example.com")));
    QVERIFY(outbox.out.contains(QStringLiteral(" %1 ").arg(id)));
    // The user sees the edit while it waits.
    QVERIFY(runAgentctl(agent + QStringList {QStringLiteral("invoice-emails"), id})
                .out.contains(QStringLiteral("offline@example.com")));
    QCOMPARE(runAgentctl(agent + QStringList {QStringLiteral("push")}).exitCode, 75);

    QVERIFY(server.start(db, 60, port));
    const CliRun push = runAgentctl(agent + QStringList {QStringLiteral("push")});
    QCOMPARE(push.exitCode, 0);
    QVERIFY2(push.out.contains(QStringLiteral("1 applied")), qPrintable(push.all()));
    QVERIFY(runAgentctl(agent + QStringList {QStringLiteral("outbox")}).out.isEmpty());
    const CliRun history
        = runAgentctl(agent
                      + QStringList {QStringLiteral("history"), id, QStringLiteral("--format"),
                                     QStringLiteral("json")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.out.count(QStringLiteral("offline@example.com")), 1); // "after" once
}

void TestCliOfflineConflict::secondProfileGetsAConflictAndMerges()
{
    ServerProcess server;
    QVERIFY(server.start(m_dir.filePath(QStringLiteral("conflict.sqlite")), 60));
    const QStringList first = globalArgs(server.url(), QStringLiteral("support1"),
                                         m_dir.filePath(QStringLiteral("first")));
    const QStringList second = globalArgs(server.url(), QStringLiteral("master1"),
                                          m_dir.filePath(QStringLiteral("second")));
    QCOMPARE(runAgentctl(first + QStringList {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(runAgentctl(second + QStringList {QStringLiteral("sync")}).exitCode, 0);
    const QJsonObject customer = firstActiveUs(
        runAgentctl(second
                    + QStringList {QStringLiteral("customers"), QStringLiteral("--format"),
                                   QStringLiteral("json")})
            .jsonArray());
    const QString id = idOf(customer);

    QCOMPARE(
        runAgentctl(first
                    + QStringList {QStringLiteral("invoice-emails"), id, QStringLiteral("--set"),
                                   QStringLiteral("first@example.com")})
            .exitCode,
        0);
    const CliRun conflict
        = runAgentctl(second
                      + QStringList {QStringLiteral("invoice-emails"), id, QStringLiteral("--add"),
                                     QStringLiteral("second@example.com")});
    QCOMPARE(conflict.exitCode, 3);
    QVERIFY2(conflict.err.contains(QStringLiteral("resolve %1").arg(id)),
             qPrintable(conflict.all()));
    QVERIFY(runAgentctl(second + QStringList {QStringLiteral("outbox")})
                .out.contains(QStringLiteral("conflict")));
    // A new edit of that customer waits for the decision.
    QCOMPARE(
        runAgentctl(second + QStringList {QStringLiteral("terms"), id, QStringLiteral("net15")})
            .exitCode,
        3);

    const CliRun shown = runAgentctl(second + QStringList {QStringLiteral("resolve"), id});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(QStringLiteral("first@example.com")));
    QVERIFY(shown.out.contains(QStringLiteral("second@example.com")));
    const CliRun merged = runAgentctl(
        second + QStringList {QStringLiteral("resolve"), id, QStringLiteral("--merge")});
    QCOMPARE(merged.exitCode, 0);
    QCOMPARE(runAgentctl(first + QStringList {QStringLiteral("sync")}).exitCode, 0);
    const QStringList emails
        = emailsOf(runAgentctl(first
                               + QStringList {QStringLiteral("show"), id,
                                              QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY(emails.contains(QStringLiteral("first@example.com")));
    QVERIFY(emails.contains(QStringLiteral("second@example.com")));
    QVERIFY(runAgentctl(second + QStringList {QStringLiteral("outbox")}).out.isEmpty());
}

void TestCliOfflineConflict::conflictResolvedTheirsOrMine()
{
    ServerProcess server;
    QVERIFY(server.start(m_dir.filePath(QStringLiteral("choices.sqlite")), 60));
    const QStringList first = globalArgs(server.url(), QStringLiteral("support1"),
                                         m_dir.filePath(QStringLiteral("one")));
    const QStringList second = globalArgs(server.url(), QStringLiteral("support1"),
                                          m_dir.filePath(QStringLiteral("two")));
    QCOMPARE(runAgentctl(first + QStringList {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(runAgentctl(second + QStringList {QStringLiteral("sync")}).exitCode, 0);
    const QJsonArray customers
        = runAgentctl(second
                      + QStringList {QStringLiteral("customers"), QStringLiteral("--format"),
                                     QStringLiteral("json")})
              .jsonArray();
    const QString theirsId = idOf(firstActiveUs(customers, 1));
    const QString mineId = idOf(firstActiveUs(customers, 2));

    // Theirs: the second profile's edit is dropped, the portal keeps the first one's.
    QCOMPARE(
        runAgentctl(first
                    + QStringList {QStringLiteral("invoice-emails"), theirsId,
                                   QStringLiteral("--set"), QStringLiteral("kept@example.com")})
            .exitCode,
        0);
    QCOMPARE(runAgentctl(second
                         + QStringList {QStringLiteral("terms"), theirsId, QStringLiteral("net15")})
                 .exitCode,
             3);
    QCOMPARE(
        runAgentctl(second
                    + QStringList {QStringLiteral("resolve"), theirsId, QStringLiteral("--merge")})
            .exitCode,
        2); // only email lists merge
    QCOMPARE(
        runAgentctl(second
                    + QStringList {QStringLiteral("resolve"), theirsId, QStringLiteral("--theirs")})
            .exitCode,
        0);
    const CliRun shownTheirs
        = runAgentctl(second
                      + QStringList {QStringLiteral("show"), theirsId, QStringLiteral("--format"),
                                     QStringLiteral("json")});
    QCOMPARE(emailsOf(shownTheirs), QStringList {QStringLiteral("kept@example.com")});
    QVERIFY(shownTheirs.out.contains(QStringLiteral("\"due_on_receipt\"")));

    // Mine: sent again on top of the portal's version.
    QCOMPARE(runAgentctl(first
                         + QStringList {QStringLiteral("invoice-emails"), mineId,
                                        QStringLiteral("--set"), QStringLiteral("a@example.com")})
                 .exitCode,
             0);
    QCOMPARE(runAgentctl(second
                         + QStringList {QStringLiteral("invoice-emails"), mineId,
                                        QStringLiteral("--set"), QStringLiteral("b@example.com")})
                 .exitCode,
             3);
    QCOMPARE(runAgentctl(
                 second + QStringList {QStringLiteral("resolve"), mineId, QStringLiteral("--mine")})
                 .exitCode,
             0);
    QCOMPARE(runAgentctl(first + QStringList {QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(
        emailsOf(runAgentctl(first
                             + QStringList {QStringLiteral("show"), mineId,
                                            QStringLiteral("--format"), QStringLiteral("json")})),
        QStringList {QStringLiteral("b@example.com")});
}

QTEST_MAIN(TestCliOfflineConflict)
#include "tst_cli_offline_conflict.moc"
