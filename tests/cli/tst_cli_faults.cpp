// 200 edits pushed by agentctl through a portal that answers 503 to 30 % of requests and cuts
// 10 % of connections (half of them after the change took effect): every edit is applied
// exactly once (the audit shows 200 changes, no duplicates) and none is lost.
#include "CliTestSupport.h"
#include "SyncTestSupport.h"
#include "portal/CustomerEditService.h"

#include <QJsonArray>
#include <QTest>

using namespace pac;
using namespace pac::test;

class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void everyEditAppliedOnceThroughFaults();

private:
    QTemporaryDir m_dir;
};

void TestCliFaults::everyEditAppliedOnceThroughFaults()
{
    constexpr int Edits = 200;
    const QString db = m_dir.filePath(QStringLiteral("portal.sqlite"));
    const QString profile = m_dir.filePath(QStringLiteral("profile"));
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(server->start(db, Edits + 40));
    const quint16 port = server->port();
    const QStringList global = globalArgs(server->url(), QStringLiteral("support1"), profile);
    QCOMPARE(runAgentctl(global + QStringList {QStringLiteral("sync")}).exitCode, 0);

    QList<qint64> ids;
    {
        auto cache = LocalCache::open(Profile(profile));
        QVERIFY(cache);
        QNetworkAccessManager network;
        PortalClient client(&network);
        CustomerEditService edits(**cache, client, nullptr);
        QVERIFY((*cache)->customers().forEachCustomer([&](const CachedCustomer &customer) {
            if (customer.server.status == CustomerStatus::Active && ids.size() < Edits)
                ids.append(customer.server.id);
            return true;
        }));
        QCOMPARE(ids.size(), Edits);
        for (qint64 id : ids) {
            QCOMPARE(edits.setInvoiceEmails(id, {QStringLiteral("f%1@example.com").arg(id)}).status,
                     EditResult::Status::Saved);
        }
    }

    QVERIFY(server->start(
        db, Edits + 40, port,
        {QStringLiteral("--faults"), QStringLiteral("error=0.3,drop=0.1,delay=5ms,seed=3")}));
    // Each run sends what it can; an edit whose every attempt failed waits for the next run.
    int remaining = Edits;
    for (int run = 0; run < 8 && remaining > 0; ++run) {
        const CliRun push
            = runAgentctl(global + QStringList {QStringLiteral("push")}, {}, {}, 120'000);
        QVERIFY2(push.exitCode == 0 || push.exitCode == 75, qPrintable(push.all()));
        auto cache = LocalCache::open(Profile(profile));
        QVERIFY(cache);
        const auto counts = (*cache)->outbox().counts();
        QCOMPARE(counts->conflict + counts->failed, 0);
        remaining = counts->total();
    }
    QCOMPARE(remaining, 0);
    server->stop();

    TestPortal portal;
    QVERIFY(portal.start(TestPortal::demo(Edits + 40, db)));
    TestClient support(portal.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
    int changes = 0;
    for (qint64 id : ids) {
        const auto history = support.history(id);
        QVERIFY(history);
        int ours = 0;
        for (const HistoryEntry &entry : *history) {
            if (entry.field == QLatin1String("invoice_emails")
                && entry.after.toArray().contains(QStringLiteral("f%1@example.com").arg(id))) {
                ++ours;
            }
        }
        QCOMPARE(ours, 1);
        changes += ours;
    }
    QCOMPARE(changes, Edits);
}

QTEST_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
