// agentctl killed with SIGKILL in the middle of a push, at several points: the cache stays
// sound (PRAGMA integrity_check), a new run completes the outbox, and nothing reaches the
// portal twice (its audit shows every edit once, in order per customer).
#include "CliTestSupport.h"
#include "SyncTestSupport.h"
#include "portal/CustomerEditService.h"

#include <QJsonArray>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

constexpr int Customers = 100;
constexpr int EditsPerCustomer = 3;

QStringList listFor(qint64 id, int n)
{
    return {QStringLiteral("k%1-%2@example.com").arg(id).arg(n)};
}

} // namespace

class TestCliDurability : public QObject
{
    Q_OBJECT

private slots:
    void killedPushCompletesExactlyOnce();

private:
    bool killAfter(const QStringList &push, int appliedLines, int *seen);
    void checkCache(int *remaining);

    QTemporaryDir m_dir;
    QString m_profile;
};

bool TestCliDurability::killAfter(const QStringList &push, int appliedLines, int *seen)
{
    auto process = startAgentctl(push);
    QByteArray output;
    const bool reached = QTest::qWaitFor(
        [&] {
            output += process->readAllStandardOutput();
            return output.count("applied #") >= appliedLines
                || process->state() == QProcess::NotRunning;
        },
        60'000);
    const bool killed = reached && process->state() != QProcess::NotRunning;
    if (killed)
        process->kill(); // SIGKILL
    if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 10'000))
        return false;
    output += process->readAllStandardOutput();
    *seen = int(output.count("applied #"));
    return killed;
}

void TestCliDurability::checkCache(int *remaining)
{
    QString why;
    *remaining = queuedAfterRun(m_profile, &why);
    QVERIFY2(*remaining >= 0, qPrintable(why));
}

void TestCliDurability::killedPushCompletesExactlyOnce()
{
    const QString db = m_dir.filePath(QStringLiteral("portal.sqlite"));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(server->start(db, Customers + 20));
    const quint16 port = server->port();
    const QStringList global = globalArgs(server->url(), QStringLiteral("support1"), m_profile);
    QCOMPARE(runAgentctl(global + QStringList {QStringLiteral("sync")}).exitCode, 0);

    // Three edits per customer, saved through the edit service as agentctl would.
    QList<qint64> ids;
    {
        auto cache = LocalCache::open(Profile(m_profile));
        QVERIFY(cache);
        QNetworkAccessManager network;
        PortalClient client(&network);
        CustomerEditService edits(**cache, client, nullptr);
        QVERIFY((*cache)->customers().forEachCustomer([&](const CachedCustomer &customer) {
            if (customer.server.status == CustomerStatus::Active && ids.size() < Customers)
                ids.append(customer.server.id);
            return true;
        }));
        QCOMPARE(ids.size(), Customers);
        for (int n = 0; n < EditsPerCustomer; ++n) {
            for (qint64 id : ids)
                QCOMPARE(edits.setInvoiceEmails(id, listFor(id, n)).status,
                         EditResult::Status::Saved);
        }
    }
    // A slow portal, so that the kills land while edits are in flight.
    QVERIFY(server->start(db, Customers + 20, port,
                          {QStringLiteral("--faults"), QStringLiteral("delay=15ms")}));
    const QStringList push
        = global + QStringList {QStringLiteral("--verbose"), QStringLiteral("push")};

    // Killed before anything could be answered, then after 1, 30 and 90 more accepted edits.
    int remaining = Customers * EditsPerCustomer;
    {
        auto early = startAgentctl(push);
        QVERIFY(QTest::qWaitFor([&] { return early->state() == QProcess::Running; }, 10'000));
        early->kill();
        QVERIFY(QTest::qWaitFor([&] { return early->state() == QProcess::NotRunning; }, 10'000));
        checkCache(&remaining);
    }
    int kills = 0;
    for (int lines : {1, 30, 90}) {
        int seen = 0;
        if (killAfter(push, lines, &seen))
            ++kills;
        const int before = remaining;
        checkCache(&remaining);
        QVERIFY(remaining <= before);
        QVERIFY2(before - remaining >= seen,
                 qPrintable(QStringLiteral("%1 applied lines, %2 left the outbox")
                                .arg(seen)
                                .arg(before - remaining)));
    }
    QVERIFY2(kills >= 2, "agentctl finished before it could be killed");
    QVERIFY(remaining > 0);

    CliRun last;
    for (int run = 0; run < 5 && remaining > 0; ++run) {
        last = runAgentctl(push);
        checkCache(&remaining);
    }
    QCOMPARE(remaining, 0);
    QCOMPARE(last.exitCode, 0);

    // The portal's audit: each customer's three lists, once each, in the order made.
    server->stop();
    TestPortal portal;
    QVERIFY(portal.start(TestPortal::demo(Customers + 20, db)));
    TestClient support(portal.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
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
            // Only this test's lists (the demo data may have its own history).
            if (emails.size() == 1 && emails.first().startsWith(QStringLiteral("k%1-").arg(id)))
                changes.append(emails);
        }
        const QList<QStringList> expected {listFor(id, 0), listFor(id, 1), listFor(id, 2)};
        QCOMPARE(changes, expected);
    }
}

QTEST_MAIN(TestCliDurability)
#include "tst_cli_durability.moc"
