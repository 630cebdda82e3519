// Faults over time (label "soak": not in the default run; scripts/test-repeat runs it). 50
// agentctl runs, push and sync, against a portal that fails 20% of requests and cuts 10% of
// connections, each run killed with SIGKILL at a random moment, while the user keeps making
// edits between runs: 500 invoice-email lists over 100 customers. Afterwards every edit is
// in the portal exactly once and in the order made (its history), nothing is left in the
// outbox, and both the cache and the portal's store pass SQLite's integrity check.
#include "CliTestSupport.h"
#include "SyncTestSupport.h"
#include "portal/CustomerEditService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

constexpr int Customers = 100;
constexpr int Runs = 50;
constexpr int EditsPerRun = 10; // 500 in all, 5 per customer
constexpr int MaxKillDelayMs = 1500;

QStringList listFor(qint64 id, int n)
{
    return {QStringLiteral("s%1-%2@example.com").arg(id).arg(n)};
}

QString integrityOfFile(const QString &path)
{
    const QString name = QStringLiteral("soak-integrity");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCliSoak : public QObject
{
    Q_OBJECT

private slots:
    void killedRunsUnderFaultsLoseAndRepeatNothing();

private:
    void checkCache(int *remaining);

    QTemporaryDir m_dir;
    QString m_profile;
};

void TestCliSoak::checkCache(int *remaining)
{
    QString why;
    *remaining = queuedAfterRun(m_profile, &why);
    QVERIFY2(*remaining >= 0, qPrintable(why));
}

void TestCliSoak::killedRunsUnderFaultsLoseAndRepeatNothing()
{
    // PAC_SOAK_SEED=N replays one run's kill moments and the portal's faults.
    const quint32 seed = qEnvironmentVariableIsSet("PAC_SOAK_SEED")
        ? quint32(qEnvironmentVariableIntValue("PAC_SOAK_SEED"))
        : QRandomGenerator::global()->bounded(1u << 30);
    qInfo("soak seed %u (PAC_SOAK_SEED=%u replays it)", seed, seed);
    QRandomGenerator random(seed);

    const QString db = m_dir.filePath(QStringLiteral("portal.sqlite"));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(server->start(db, Customers + 20));
    const quint16 port = server->port();
    const QStringList global = globalArgs(server->url(), QStringLiteral("support1"), m_profile);
    QCOMPARE(runAgentctl(global + QStringList {QStringLiteral("sync")}).exitCode, 0);

    QList<qint64> ids;
    {
        auto cache = LocalCache::open(Profile(m_profile));
        QVERIFY(cache);
        QVERIFY((*cache)->customers().forEachCustomer([&](const CachedCustomer &customer) {
            if (customer.server.status == CustomerStatus::Active && ids.size() < Customers)
                ids.append(customer.server.id);
            return true;
        }));
        QCOMPARE(ids.size(), Customers);
    }

    const QString faults = QStringLiteral("error=0.2,drop=0.1,delay=5ms,seed=%1").arg(seed);
    QVERIFY(server->start(db, Customers + 20, port, {QStringLiteral("--faults"), faults}));

    QHash<qint64, int> made; // edits made per customer
    int kills = 0;
    int remaining = 0;
    for (int run = 0; run < Runs; ++run) {
        {
            // The user edits between runs, as the console would save them.
            auto cache = LocalCache::open(Profile(m_profile));
            QVERIFY(cache);
            QNetworkAccessManager network;
            PortalClient client(&network);
            CustomerEditService edits(**cache, client, nullptr);
            for (int i = 0; i < EditsPerRun; ++i) {
                const qint64 id = ids[(run * EditsPerRun + i) % Customers];
                QCOMPARE(edits.setInvoiceEmails(id, listFor(id, made[id]++)).status,
                         EditResult::Status::Saved);
            }
        }
        const QString command = run % 3 == 2 ? QStringLiteral("sync") : QStringLiteral("push");
        auto process = startAgentctl(global + QStringList {command});
        const int killAfterMs = int(random.bounded(MaxKillDelayMs));
        QElapsedTimer clock;
        clock.start();
        // Waited for on the event loop, not slept: the run may end first.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return process->state() == QProcess::NotRunning || clock.elapsed() >= killAfterMs;
            },
            killAfterMs + 60'000));
        if (process->state() != QProcess::NotRunning) {
            process->kill(); // SIGKILL
            ++kills;
        } else {
            const int code = process->exitCode();
            QVERIFY2(code == 0 || code == 75,
                     qPrintable(QStringLiteral("run %1 (%2) exited %3: %4")
                                    .arg(run)
                                    .arg(command)
                                    .arg(code)
                                    .arg(QString::fromUtf8(process->readAllStandardError()))));
        }
        QVERIFY(QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 10'000));
        checkCache(&remaining);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d of %d runs killed, %d edits still queued", kills, Runs, remaining);
    QVERIFY2(kills >= Runs / 5, "agentctl finished before it could be killed");

    // The faults stop; what is queued goes out.
    QVERIFY(server->start(db, Customers + 20, port));
    for (int run = 0; run < 5 && remaining > 0; ++run) {
        const CliRun push = runAgentctl(global + QStringList {QStringLiteral("push")});
        QVERIFY2(push.exitCode == 0 || push.exitCode == 75, qPrintable(push.all()));
        checkCache(&remaining);
    }
    QCOMPARE(remaining, 0);
    server->stop();
    QCOMPARE(integrityOfFile(db), QStringLiteral("ok"));

    // The portal's audit: each customer's lists once each, in the order made.
    TestPortal portal;
    QVERIFY(portal.start(TestPortal::demo(Customers + 20, db)));
    TestClient support(portal.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
    int applied = 0;
    for (qint64 id : ids) {
        const auto history = support.history(id);
        QVERIFY(history);
        QList<QStringList> changes;
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            if (it->field != QLatin1String("invoice_emails"))
                continue;
            QStringList emails;
            for (const QJsonValue &value : it->after.toArray())
                emails.append(value.toString());
            if (emails.size() == 1 && emails.first().startsWith(QStringLiteral("s%1-").arg(id)))
                changes.append(emails);
        }
        QList<QStringList> expected;
        for (int n = 0; n < made.value(id); ++n)
            expected.append(listFor(id, n));
        QCOMPARE(changes, expected);
        applied += int(changes.size());
    }
    QCOMPARE(applied, Runs * EditsPerRun);
}

QTEST_MAIN(TestCliSoak)
#include "tst_cli_soak.moc"
