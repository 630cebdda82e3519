// SyncEngine pulling from the real reference portal (in-process, loopback): first sync by
// pages, deltas with updated_since, progress and phases, visibility per role, cancellation.
#include "SyncTestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace pac;
using namespace pac::test;

class TestSyncPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncPagesEveryCustomer();
    void deltaBringsOnlyWhatChanged();
    void visibilityFollowsTheRole();
    void cancelLeavesTheCacheConsistent();
    void unreachablePortalFailsAsTransient();

private:
    TestPortal m_portal;
    static constexpr int Customers = 2500;
};

void TestSyncPull::initTestCase()
{
    QVERIFY(m_portal.start(TestPortal::demo(Customers)));
}

void TestSyncPull::firstSyncPagesEveryCustomer()
{
    SyncOptions options = TestConsole::fastOptions();
    options.pageSize = 400; // 7 pages, the last one short
    TestConsole console(m_portal.origin(), options);
    QVERIFY(console.isValid());
    QVERIFY(console.signIn(QStringLiteral("support1")));

    QSignalSpy phases(&console.engine(), &SyncEngine::phaseChanged);
    QSignalSpy progress(&console.engine(), &SyncEngine::progress);
    QSignalSpy reloaded(&console.engine(), &SyncEngine::customersReloaded);
    QSignalSpy started(&console.engine(), &SyncEngine::syncStarted);
    const auto summary = console.sync();
    QVERIFY(summary);
    QVERIFY(summary->full);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().toBool(), true);
    QCOMPARE(summary->customersReceived, Customers);
    QCOMPARE(summary->customersWritten, Customers);
    QCOMPARE(summary->customersRemoved, 0);
    QVERIFY(summary->serverTime.isValid());
    QCOMPARE(console.cache().customers().count().value(), Customers);
    QCOMPARE(console.cache().meta().read()->lastServerTime, summary->serverTime);
    QCOMPARE(reloaded.size(), 1);
    // The credit applications, fetched while the customers were pulled, are stored with them.
    QVERIFY(summary->creditApplications > 0);
    QCOMPARE(console.cache().creditApplications().listByStatus().value().size(),
             summary->creditApplications);

    QList<SyncPhase> seen;
    for (const QList<QVariant> &args : phases)
        seen.append(args.first().value<SyncPhase>());
    const QList<SyncPhase> expected {SyncPhase::Pushing, SyncPhase::Pulling,
                                     SyncPhase::CreditApplications, SyncPhase::Idle};
    QCOMPARE(seen, expected);

    // Progress: customers written, never going back, ending at all of them.
    qint64 last = -1;
    for (const QList<QVariant> &args : progress) {
        const qint64 done = args.at(0).toLongLong();
        const qint64 total = args.at(1).toLongLong();
        if (total > 0)
            QVERIFY2(done <= total, qPrintable(QStringLiteral("%1 > %2").arg(done).arg(total)));
        if (total == Customers || total == 0) {
            QVERIFY(done >= last || done == 0);
            last = std::max(last, done);
        }
    }
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(Customers));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(Customers));

    // A second sync is a delta, and with nothing changed it brings (almost) nothing: the
    // delta base is inclusive, so at most the rows changed at that very instant repeat.
    const auto delta = console.sync();
    QVERIFY(delta);
    QVERIFY(!delta->full);
    QVERIFY(delta->customersReceived < 10);
    QCOMPARE(console.cache().integrityCheck().value(), QStringLiteral("ok"));
}

void TestSyncPull::deltaBringsOnlyWhatChanged()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());

    // Someone else changes five customers on the portal.
    TestClient other(m_portal.origin());
    QVERIFY(other.signIn(QStringLiteral("support1")));
    const QList<qint64> changed {3, 250, 999, 1500, 2400};
    for (qint64 id : changed) {
        QVERIFY(other.putEmails(id, {QStringLiteral("delta-%1@example.com").arg(id)}));
    }

    QSignalSpy changedSignal(&console.engine(), &SyncEngine::customersChanged);
    const auto delta = console.sync();
    QVERIFY(delta);
    QVERIFY(!delta->full);
    QVERIFY(delta->customersReceived >= changed.size());
    QVERIFY(delta->customersReceived < changed.size() + 10);
    QList<qint64> reported;
    for (const QList<QVariant> &args : changedSignal)
        reported += args.first().value<QList<qint64>>();
    for (qint64 id : changed) {
        QVERIFY2(reported.contains(id), qPrintable(QString::number(id)));
        const auto cached = console.cache().customers().find(id);
        QVERIFY(cached && cached->has_value());
        QCOMPARE((*cached)->shown().invoiceEmails,
                 QStringList {QStringLiteral("delta-%1@example.com").arg(id)});
    }
    QCOMPARE(console.cache().customers().count().value(), Customers);
}

void TestSyncPull::visibilityFollowsTheRole()
{
    QMap<QString, qint64> counts;
    for (const QString &user :
         {QStringLiteral("agent1"), QStringLiteral("master1"), QStringLiteral("support1")}) {
        TestConsole console(m_portal.origin());
        QVERIFY(console.signIn(user));
        const auto summary = console.sync();
        QVERIFY(summary);
        counts[user] = console.cache().customers().count().value();
        QCOMPARE(summary->customersReceived, counts[user]);
    }
    QCOMPARE(counts[QStringLiteral("support1")], qint64(Customers));
    QVERIFY(counts[QStringLiteral("agent1")] > 0);
    QVERIFY(counts[QStringLiteral("agent1")] < counts[QStringLiteral("master1")]);
    QVERIFY(counts[QStringLiteral("master1")] < counts[QStringLiteral("support1")]);
}

void TestSyncPull::cancelLeavesTheCacheConsistent()
{
    SyncOptions options = TestConsole::fastOptions();
    options.pageSize = 100; // 25 pages: plenty of time to cancel in the middle
    TestConsole console(m_portal.origin(), options);
    QVERIFY(console.signIn(QStringLiteral("support1")));

    QSignalSpy cancelled(&console.engine(), &SyncEngine::syncCancelled);
    QSignalSpy finished(&console.engine(), &SyncEngine::syncFinished);
    QSignalSpy applications(&console.engine(), &SyncEngine::creditApplicationsChanged);
    // Cancel as soon as the first page was written.
    connect(&console.engine(), &SyncEngine::progress, &console.engine(),
            [&console](qint64 done, qint64) {
                if (done > 0)
                    console.engine().cancel();
            });
    console.engine().sync();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30'000);
    QVERIFY(finished.isEmpty());
    QCOMPARE(console.engine().phase(), SyncPhase::Idle);
    disconnect(&console.engine(), &SyncEngine::progress, &console.engine(), nullptr);

    // Whole pages or nothing, and no sync time recorded: the next sync starts afresh.
    const qint64 partial = console.cache().customers().count().value();
    QVERIFY(partial < Customers);
    QCOMPARE(partial % 100, 0);
    QVERIFY(!console.cache().meta().read()->lastServerTime.isValid());
    QCOMPARE(console.cache().integrityCheck().value(), QStringLiteral("ok"));
    // The credit applications fetched alongside are not announced (pages of them may be
    // stored: each is the portal's current state).
    QVERIFY(applications.isEmpty());

    const auto summary = console.sync();
    QVERIFY(summary);
    QVERIFY(summary->full);
    QCOMPARE(console.cache().customers().count().value(), Customers);
    QCOMPARE(applications.size(), 1);
    QCOMPARE(console.cache().creditApplications().listByStatus().value().size(),
             summary->creditApplications);
}

void TestSyncPull::unreachablePortalFailsAsTransient()
{
    // A port nobody listens on (the portal's, once it is gone).
    TestPortal gone;
    QVERIFY(gone.start(TestPortal::demo(10)));
    const QUrl origin = gone.origin();
    TestConsole console(origin);
    QVERIFY(console.signIn(QStringLiteral("agent1")));
    gone.stop();

    QSignalSpy online(&console.engine(), &SyncEngine::onlineChanged);
    QVERIFY(!console.sync());
    QVERIFY(console.lastFailure());
    QVERIFY(console.lastFailure()->isTransient());
    QCOMPARE(console.lastFailure()->portal.kind, PortalError::Kind::Network);
    QCOMPARE(online.size(), 1);
    QCOMPARE(online.first().first().toBool(), false);
    QVERIFY(!console.engine().isOnline());
    QCOMPARE(console.engine().phase(), SyncPhase::Idle);
}

QTEST_MAIN(TestSyncPull)
#include "tst_sync_pull.moc"
