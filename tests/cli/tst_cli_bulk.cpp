// agentctl bulk against the real portal-server on loopback: --dry-run saves nothing, json and
// csv output, a file refused whole with its bad lines named (BOM and CRLF read), an agent's
// selection, support-only ACH, undo after a colleague's change (a conflict for that customer
// only), every change applied exactly once through --faults, and SIGKILL during the apply
// (the whole batch or none of it in the outbox).
#include "CliTestSupport.h"
#include "SyncTestSupport.h"
#include "storage/LocalCache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pac;
using namespace pac::test;

class TestCliBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunSavesNothing();
    void jsonAndCsvOutput();
    void fileRefusedWhole();
    void fileWithBomAndCrlf();
    void agentSeesOnlyTheirOwn();
    void achEnableIsSupportOnly();
    void undoAfterColleagueChangeConflictsForThatCustomerOnly();
    void faultsApplyEachChangeOnce();
    void killedDuringApplyLeavesAllOrNothing();

private:
    QStringList as(const QString &user, const QString &profile) const;
    QList<qint64> activeIds(const QString &profile, int count) const;
    int outboxCount(const QString &profile) const;
    QString writeFile(const QString &name, const QByteArray &contents);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_support;
};

QStringList TestCliBulk::as(const QString &user, const QString &profile) const
{
    return globalArgs(m_server->url(), user, profile);
}

QList<qint64> TestCliBulk::activeIds(const QString &profile, int count) const
{
    QList<qint64> ids;
    auto cache = LocalCache::open(Profile(profile));
    if (!cache)
        return ids;
    (void)(*cache)->customers().forEachCustomer([&](const CachedCustomer &customer) {
        if (customer.server.status == CustomerStatus::Active
            && customer.server.invoiceEmails.size() < 9
            && customer.server.billingContacts.isEmpty() == false && ids.size() < count)
            ids.append(customer.server.id);
        return true;
    });
    return ids;
}

int TestCliBulk::outboxCount(const QString &profile) const
{
    auto cache = LocalCache::open(Profile(profile));
    return cache ? (*cache)->outbox().counts()->total() : -1;
}

QString TestCliBulk::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

void TestCliBulk::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(m_dir.filePath(QStringLiteral("portal.sqlite")), 80));
    m_support = m_dir.filePath(QStringLiteral("support"));
    QCOMPARE(runAgentctl(as(QStringLiteral("support1"), m_support)
                         + QStringList {QStringLiteral("sync")})
                 .exitCode,
             0);
}

void TestCliBulk::dryRunSavesNothing()
{
    const QList<qint64> ids = activeIds(m_support, 3);
    QCOMPARE(ids.size(), 3);
    const QString list = QStringLiteral("%1,%2,%3").arg(ids[0]).arg(ids[1]).arg(ids[2]);
    const CliRun run
        = runAgentctl(as(QStringLiteral("support1"), m_support)
                      + QStringList {QStringLiteral("bulk"), QStringLiteral("invoice-emails"),
                                     QStringLiteral("--add"), QStringLiteral("dry@example.com"),
                                     QStringLiteral("--ids"), list, QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Batch ID: none (dry run: nothing was saved)"));
    QVERIFY(lines.value(1).startsWith(QStringLiteral("%1 changed: ").arg(ids[0])));
    QCOMPARE(lines.value(4), QStringLiteral("3 will change, 0 unchanged, 0 skipped"));
    QCOMPARE(outboxCount(m_support), 0);
    auto cache = LocalCache::open(Profile(m_support));
    QVERIFY(cache);
    QVERIFY((*cache)->bulkBatches().batches()->isEmpty());
}

void TestCliBulk::jsonAndCsvOutput()
{
    const QList<qint64> ids = activeIds(m_support, 2);
    const QString list = QStringLiteral("%1,%2,999999").arg(ids[0]).arg(ids[1]);
    const QStringList change {QStringLiteral("bulk"),  QStringLiteral("invoice-emails"),
                              QStringLiteral("--add"), QStringLiteral("json@example.com"),
                              QStringLiteral("--ids"), list};
    const CliRun json
        = runAgentctl(as(QStringLiteral("support1"), m_support) + change
                      + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.all()));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(object.value(QStringLiteral("batch_id")).toInteger() > 0);
    const QJsonArray results = object.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].toObject().value(QStringLiteral("customer_id")).toInteger(), ids[0]);
    QCOMPARE(results[0].toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("changed"));
    QCOMPARE(results[2].toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("skipped"));
    QCOMPARE(results[2].toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("There is no customer 999999 in your list"));
    QCOMPARE(outboxCount(m_support), 0); // sent

    // The same again: nothing to change, nothing saved.
    const CliRun csv
        = runAgentctl(as(QStringLiteral("support1"), m_support) + change
                      + QStringList {QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.all()));
    QCOMPARE(
        csv.out,
        QStringLiteral("batch_id,customer_id,result,reason\r\n,%1,unchanged,\r\n,%2,unchanged,\r\n"
                       ",999999,skipped,There is no customer 999999 in your list\r\n")
            .arg(ids[0])
            .arg(ids[1]));
}

void TestCliBulk::fileRefusedWhole()
{
    const QList<qint64> ids = activeIds(m_support, 2);
    const QByteArray file = QStringLiteral("customer_id,action,value\n"
                                           "%1,add_email,ok@example.com\n"
                                           "%1,rename,x\n"
                                           "%2,add_email,bob@@example.com\n"
                                           "999999,remove_email,a@example.com\n"
                                           "%2,terms\n"
                                           "%2,replace_email,a@example.com>b@example.com\n")
                                .arg(ids[0])
                                .arg(ids[1])
                                .toUtf8();
    const QString path = writeFile(QStringLiteral("bad.csv"), file);
    const CliRun run
        = runAgentctl(as(QStringLiteral("support1"), m_support)
                      + QStringList {QStringLiteral("bulk"), QStringLiteral("--from"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("bulk: line 3: “rename” is not an action")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("bulk: line 4: “bob@@example.com”")));
    QVERIFY(run.err.contains(
        QStringLiteral("bulk: line 5: there is no customer 999999 in your list.")));
    QVERIFY(run.err.contains(QStringLiteral("bulk: line 6: 2 columns; there must be 3")));
    QVERIFY(!run.err.contains(QStringLiteral("line 2:")));
    QVERIFY(!run.err.contains(QStringLiteral("line 7:")));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(outboxCount(m_support), 0);
}

void TestCliBulk::fileWithBomAndCrlf()
{
    const QList<qint64> ids = activeIds(m_support, 2);
    const QByteArray file = "\xEF\xBB\xBF"
        + QStringLiteral("customer_id,action,value\r\n%1,add_email,bom@example.com\r\n"
                         "%2,add_email,\"bom@example.com\"\r\n%2,replace_email,BOM@EXAMPLE.COM>"
                         "crlf@example.com\r\n")
              .arg(ids[0])
              .arg(ids[1])
              .toUtf8();
    const QString path = writeFile(QStringLiteral("bom.csv"), file);
    const CliRun run
        = runAgentctl(as(QStringLiteral("support1"), m_support)
                      + QStringList {QStringLiteral("bulk"), QStringLiteral("--from"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY(run.out.startsWith(QStringLiteral("Batch ID: ")));
    QVERIFY(run.out.contains(QStringLiteral("3 changed, 0 unchanged, 0 skipped")));
    TestClient portal(m_server->url());
    QVERIFY(portal.signIn(QStringLiteral("support1")));
    const auto second = portal.customer(ids[1]);
    QVERIFY(second);
    QVERIFY(second->invoiceEmails.contains(QStringLiteral("crlf@example.com")));
    QVERIFY(
        !second->invoiceEmails.contains(QStringLiteral("bom@example.com"), Qt::CaseInsensitive));
}

void TestCliBulk::agentSeesOnlyTheirOwn()
{
    const QString agent = m_dir.filePath(QStringLiteral("agent1"));
    QCOMPARE(runAgentctl(as(QStringLiteral("agent1"), agent) + QStringList {QStringLiteral("sync")})
                 .exitCode,
             0);
    const QList<qint64> own = activeIds(agent, 1);
    QCOMPARE(own.size(), 1);
    QSet<qint64> visible;
    {
        auto cache = LocalCache::open(Profile(agent));
        QVERIFY(cache);
        (void)(*cache)->customers().forEachCustomer([&](const CachedCustomer &c) {
            visible.insert(c.server.id);
            return true;
        });
    }
    qint64 foreign = 1;
    while (visible.contains(foreign))
        ++foreign;
    QVERIFY(foreign <= 80);
    const CliRun run
        = runAgentctl(as(QStringLiteral("agent1"), agent)
                      + QStringList {QStringLiteral("bulk"), QStringLiteral("terms"),
                                     QStringLiteral("due_on_receipt"), QStringLiteral("--ids"),
                                     QStringLiteral("%1,%2").arg(own[0]).arg(foreign),
                                     QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY2(run.out.contains(
                 QStringLiteral("%1 skipped: There is no customer %1 in your list").arg(foreign)),
             qPrintable(run.out));
}

void TestCliBulk::achEnableIsSupportOnly()
{
    const QString agent = m_dir.filePath(QStringLiteral("agent1"));
    const QList<qint64> own = activeIds(agent, 2);
    const QStringList change {
        QStringLiteral("bulk"),     QStringLiteral("ach-enable"),
        QStringLiteral("--ids"),    QStringLiteral("%1,%2").arg(own[0]).arg(own[1]),
        QStringLiteral("--reason"), QStringLiteral("Partner list"),
        QStringLiteral("--dry-run")};
    const CliRun run = runAgentctl(as(QStringLiteral("agent1"), agent) + change);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains(QStringLiteral("%1 skipped: Only support staff").arg(own[0])),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("0 will change, 0 unchanged, 2 skipped")));
}

void TestCliBulk::undoAfterColleagueChangeConflictsForThatCustomerOnly()
{
    const QList<qint64> all = activeIds(m_support, 12);
    const QList<qint64> ids = all.mid(8, 3);
    QCOMPARE(ids.size(), 3);
    const QString list = QStringLiteral("%1,%2,%3").arg(ids[0]).arg(ids[1]).arg(ids[2]);
    TestClient colleague(m_server->url());
    QVERIFY(colleague.signIn(QStringLiteral("support1")));
    const auto before = colleague.customer(ids[1]);
    QVERIFY(before);
    const CliRun applied
        = runAgentctl(as(QStringLiteral("support1"), m_support)
                      + QStringList {QStringLiteral("bulk"), QStringLiteral("invoice-emails"),
                                     QStringLiteral("--add"), QStringLiteral("undo@example.com"),
                                     QStringLiteral("--ids"), list});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
    const qint64 batch = applied.out.section(u'\n', 0, 0).section(u' ', 2).toLongLong();
    QVERIFY(batch > 0);

    // A colleague changes the first customer on the portal.
    QVERIFY(colleague.putEmails(ids[0], {QStringLiteral("colleague@example.com")}));

    const CliRun undo = runAgentctl(
        as(QStringLiteral("support1"), m_support)
        + QStringList {QStringLiteral("bulk"), QStringLiteral("undo"), QString::number(batch)});
    QCOMPARE(undo.exitCode, 3);
    QVERIFY2(undo.out.contains(QStringLiteral("sent 2, conflict 1, refused 0, waiting 0")),
             qPrintable(undo.all()));
    QVERIFY(undo.err.contains(QStringLiteral("customer %1: conflict").arg(ids[0])));
    const auto first = colleague.customer(ids[0]);
    QCOMPARE(first->invoiceEmails, QStringList {QStringLiteral("colleague@example.com")});
    const auto second = colleague.customer(ids[1]);
    QCOMPARE(second->invoiceEmails, before->invoiceEmails);
    auto cache = LocalCache::open(Profile(m_support));
    QVERIFY(cache);
    const auto counts = (*cache)->outbox().counts();
    QCOMPARE(counts->conflict, 1);
    QCOMPARE(counts->total(), 1);
    QCOMPARE((*cache)->outbox().entries()->constFirst().customerId, ids[0]);
    // Settled, so the next tests start from an empty outbox.
    QCOMPARE(runAgentctl(as(QStringLiteral("support1"), m_support)
                         + QStringList {QStringLiteral("resolve"), QString::number(ids[0]),
                                        QStringLiteral("--theirs")})
                 .exitCode,
             0);
}

void TestCliBulk::faultsApplyEachChangeOnce()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("portal.sqlite"));
    const QString profile = dir.filePath(QStringLiteral("profile"));
    ServerProcess server;
    QVERIFY(server.start(db, 120));
    const quint16 port = server.port();
    const QStringList global = globalArgs(server.url(), QStringLiteral("support1"), profile);
    QCOMPARE(runAgentctl(global + QStringList {QStringLiteral("sync")}).exitCode, 0);
    QVERIFY(server.start(
        db, 120, port,
        {QStringLiteral("--faults"), QStringLiteral("error=0.3,drop=0.1,delay=2ms,seed=7")}));
    const CliRun bulk = runAgentctl(
        global
            + QStringList {QStringLiteral("bulk"), QStringLiteral("invoice-emails"),
                           QStringLiteral("--add"), QStringLiteral("once@example.com"),
                           QStringLiteral("--view"), QStringLiteral("all")},
        {}, {}, 120'000);
    QVERIFY2(bulk.exitCode == 0 || bulk.exitCode == 75, qPrintable(bulk.all()));
    const int changed
        = bulk.out.section(QStringLiteral(" changed, "), 0, 0).section(u'\n', -1).toInt();
    QVERIFY2(changed > 50, qPrintable(bulk.out));
    int remaining = outboxCount(profile);
    for (int run = 0; run < 8 && remaining > 0; ++run) {
        const CliRun push
            = runAgentctl(global + QStringList {QStringLiteral("push")}, {}, {}, 120'000);
        QVERIFY2(push.exitCode == 0 || push.exitCode == 75, qPrintable(push.all()));
        remaining = outboxCount(profile);
    }
    QCOMPARE(remaining, 0);
    server.stop();
    QVERIFY(server.start(db, 120, port));
    TestClient portal(server.url());
    QVERIFY(portal.signIn(QStringLiteral("support1")));
    auto cache = LocalCache::open(Profile(profile));
    QVERIFY(cache);
    const auto items = (*cache)->bulkBatches().items(1);
    QCOMPARE(items->size(), changed);
    for (const BulkBatchItem &item : items.value()) {
        QCOMPARE(item.state, BulkItemState::Sent);
        const auto history = portal.history(item.customerId);
        QVERIFY(history);
        int added = 0;
        for (const HistoryEntry &entry : *history) {
            if (entry.field == QLatin1String("invoice_emails")
                && entry.after.toArray().contains(QStringLiteral("once@example.com"))
                && !entry.before.toArray().contains(QStringLiteral("once@example.com"))) {
                ++added;
            }
        }
        QCOMPARE(added, 1);
    }
}

void TestCliBulk::killedDuringApplyLeavesAllOrNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("portal.sqlite"));
    ServerProcess server;
    QVERIFY(server.start(db, 1500));
    int kills = 0;
    for (qint64 threshold : {16'384, 262'144, 1'048'576, 4'194'304}) {
        const QString profile = dir.filePath(QStringLiteral("profile-%1").arg(threshold));
        const QStringList global = globalArgs(server.url(), QStringLiteral("support1"), profile);
        QCOMPARE(runAgentctl(global + QStringList {QStringLiteral("sync")}).exitCode, 0);
        const QString wal = Profile(profile).cachePath() + QStringLiteral("-wal");
        const qint64 start = QFileInfo(wal).size();
        auto process
            = startAgentctl(global
                            + QStringList {QStringLiteral("bulk"), QStringLiteral("terms"),
                                           QStringLiteral("due_on_receipt"),
                                           QStringLiteral("--view"), QStringLiteral("all")});
        // Killed once the apply has written `threshold` bytes to the WAL (or it ended first).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return process->state() == QProcess::NotRunning
                    || QFileInfo(wal).size() - start >= threshold;
            },
            60'000));
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            ++kills;
        }
        QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 10'000));
        QString why;
        QVERIFY2(queuedAfterRun(profile, &why) >= 0, qPrintable(why));
        auto cache = LocalCache::open(Profile(profile));
        QVERIFY(cache);
        const auto batches = (*cache)->bulkBatches().batches();
        QVERIFY(batches);
        const auto entries = (*cache)->outbox().entries();
        if (batches->isEmpty()) {
            QCOMPARE(entries->size(), 0);
            continue;
        }
        QCOMPARE(batches->size(), 1);
        const BulkBatch &batch = batches->constFirst();
        QVERIFY(batch.changed > 100);
        // Every change of the batch is in the outbox or was sent: none is missing.
        QCOMPARE((*cache)->bulkBatches().items(batch.id)->size(), batch.changed);
        QCOMPARE(batch.results.discarded, 0);
        QCOMPARE(batch.results.total(), batch.changed);
        QCOMPARE(int(entries->size()), batch.results.waiting);
    }
    QVERIFY2(kills >= 1, "agentctl finished before it could be killed");
}

QTEST_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
