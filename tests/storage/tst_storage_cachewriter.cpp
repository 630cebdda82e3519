#include "StorageTestSupport.h"
#include "storage/CacheWriter.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace pac;
using namespace pac::test;

// CacheWriter: sync pages written on its own thread with its own connection, one transaction
// per page, with progress, completion and cancellation by signals.
class TestStorageCacheWriter : public QObject
{
    Q_OBJECT

private:
    // The writer emits on its own thread and QSignalSpy records at once, so a spy.wait()
    // begun after the emission would miss it (a flake under load): every wait counts
    // emissions against the number before the request instead.
    static constexpr int kWaitMs = 20000;

    static QList<QList<Customer>> pages(qint64 firstId, int pageCount, int pageSize)
    {
        QList<QList<Customer>> result;
        for (int p = 0; p < pageCount; ++p)
            result.append(sampleCustomers(firstId + qint64(p) * pageSize, pageSize));
        return result;
    }

private slots:
    void writesPagesOnItsOwnThreadWithItsOwnConnection()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const QStringList before = QSqlDatabase::connectionNames();

        auto writer = std::make_unique<CacheWriter>(cache->path());
        QSignalSpy opened(writer.get(), &CacheWriter::opened);
        QSignalSpy progress(writer.get(), &CacheWriter::pageWritten);
        QSignalSpy finished(writer.get(), &CacheWriter::finished);
        QSignalSpy failed(writer.get(), &CacheWriter::failed);
        std::atomic<QThread *> writingThread {nullptr};
        connect(
            writer.get(), &CacheWriter::pageWritten, this,
            [&writingThread](int, qint64) { writingThread = QThread::currentThread(); },
            Qt::DirectConnection);
        // The GUI side reads while the writer writes (WAL): every committed page is visible.
        QList<qint64> seenByGui;
        connect(writer.get(), &CacheWriter::pageWritten, this,
                [&](int, qint64) { seenByGui.append(cache->customers().count().value()); });

        const QDateTime serverTime(QDate(2026, 11, 25), QTime(9, 0, 0, 0), Qt::UTC);
        const int finishedBefore60 = int(finished.size());
        writer->beginSync(CacheWriter::SyncMode::Full);
        for (const auto &page : pages(1, 5, 200))
            writer->writePage(page);
        writer->finishSync(serverTime);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore60, kWaitMs);

        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toBool(), true);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(progress.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(progress[i][0].toInt(), 200);
            QCOMPARE(progress[i][1].toLongLong(), 200 * (i + 1));
        }
        QCOMPARE(finished[0][0].toLongLong(), 1000);
        QCOMPARE(finished[0][1].toInt(), 0);
        QVERIFY(writingThread.load() != nullptr);
        QVERIFY(writingThread.load() != QThread::currentThread());
        QCOMPARE(writingThread.load(), writer->workerThread());

        // One more connection, opened by the writer for its thread.
        const QStringList during = QSqlDatabase::connectionNames();
        QCOMPARE(during.size(), before.size() + 1);

        QCOMPARE(cache->customers().count().value(), 1000);
        QCOMPARE(cache->customers().find(777).value()->server, sampleCustomer(777));
        const ProfileMeta meta = cache->meta().read().value();
        QCOMPARE(meta.lastServerTime, serverTime);
        QVERIFY(meta.lastFullSyncAt.isValid());
        QTRY_COMPARE(seenByGui.size(), 5);
        for (int i = 0; i < seenByGui.size(); ++i)
            QVERIFY(seenByGui[i] >= 200 * (i + 1));

        writer.reset();
        QCOMPARE(QSqlDatabase::connectionNames(), before); // closed on its thread
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    }

    void fullSyncRemovesWhatItDidNotSee()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        PAC_VERIFY_OK(cache->customers().storeServerCopies(sampleCustomers(1, 10)));
        CacheWriter writer(cache->path());
        QSignalSpy finished(&writer, &CacheWriter::finished);

        const int finishedBefore106 = int(finished.size());
        writer.beginSync(CacheWriter::SyncMode::Delta);
        writer.writePage(sampleCustomers(1, 5));
        writer.finishSync(QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore106, kWaitMs);
        QCOMPARE(finished.last()[1].toInt(), 0); // a delta sync removes nothing
        QCOMPARE(cache->customers().count().value(), 10);

        const int finishedBefore114 = int(finished.size());
        writer.beginSync(CacheWriter::SyncMode::Full);
        writer.writePage(sampleCustomers(1, 3));
        writer.writePage(sampleCustomers(4, 2));
        writer.finishSync(QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore114, kWaitMs);
        QCOMPARE(finished.last()[0].toLongLong(), 5);
        QCOMPARE(finished.last()[1].toInt(), 5);
        QCOMPARE(cache->customers().count().value(), 5);
        QVERIFY(!cache->customers().find(6).value().has_value());
    }

    void cancelStopsTheSyncBetweenAndWithinPages()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        PAC_VERIFY_OK(cache->customers().storeServerCopies({sampleCustomer(900000)}));
        CacheWriter writer(cache->path());
        QSignalSpy progress(&writer, &CacheWriter::pageWritten);
        QSignalSpy finished(&writer, &CacheWriter::finished);
        QSignalSpy cancelled(&writer, &CacheWriter::cancelled);

        const int pageCount = 50;
        const int pageSize = 1000;
        const int cancelledBefore139 = int(cancelled.size());
        writer.beginSync(CacheWriter::SyncMode::Full);
        for (const auto &page : pages(1, pageCount, pageSize))
            writer.writePage(page);
        writer.cancel();
        writer.finishSync(QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.size() > cancelledBefore139, kWaitMs);

        // A new sync after the cancelled one runs normally.
        const int finishedBefore145 = int(finished.size());
        writer.beginSync(CacheWriter::SyncMode::Delta);
        writer.writePage({sampleCustomer(800000)});
        writer.finishSync(QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore145, kWaitMs);
        QCOMPARE(finished.size(), 1); // the cancelled sync never finished
        QCOMPARE(finished[0][0].toLongLong(), 1);

        // Only whole pages of the cancelled sync were kept: nothing half-written.
        const qint64 fromCancelled = cache->customers().count().value() - 2;
        QCOMPARE(fromCancelled % pageSize, 0);
        QVERIFY(fromCancelled < qint64(pageCount) * pageSize);
        QCOMPARE(progress.size(), int(fromCancelled / pageSize) + 1);
        // The cancelled full sync removed nothing and recorded no full sync.
        QVERIFY(cache->customers().find(900000).value().has_value());
        QVERIFY(!cache->meta().read().value().lastFullSyncAt.isValid());
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    }

    void destroyingTheWriterMidSyncLeavesWholePages()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        {
            CacheWriter writer(cache->path());
            writer.beginSync(CacheWriter::SyncMode::Full);
            for (const auto &page : pages(1, 30, 1000))
                writer.writePage(page);
            writer.finishSync(QDateTime::currentDateTimeUtc());
        } // returns once the page in progress is rolled back
        QCOMPARE(cache->customers().count().value() % 1000, 0);
        QVERIFY(!cache->meta().read().value().lastServerTime.isValid());
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    }

    void theWalIsCheckpointedWhenTheSyncEnds()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const QString path = cache->path();
        CacheWriter writer(path);
        QSignalSpy opened(&writer, &CacheWriter::opened);
        QSignalSpy progress(&writer, &CacheWriter::pageWritten);
        QSignalSpy finished(&writer, &CacheWriter::finished);
        // it checkpointed what the migrations left, then opened
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() > 0, kWaitMs);
        const qint64 emptySize = QFileInfo(path).size();

        writer.beginSync(CacheWriter::SyncMode::Full);
        for (const auto &page : pages(1, 5, 400))
            writer.writePage(page);
        QTRY_COMPARE_WITH_TIMEOUT(progress.size(), 5, kWaitMs);
        // Committed, readable, and still only in the WAL: no page commit checkpointed.
        QCOMPARE(cache->customers().count().value(), 2000);
        QCOMPARE(QFileInfo(path).size(), emptySize);

        const int finishedBefore199 = int(finished.size());
        writer.finishSync(QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() > finishedBefore199, kWaitMs);
        // Ending the session copies the pages into the database file (just after finished()).
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > emptySize + 2000 * 500, kWaitMs);
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    }

    void creditApplicationsAreStoredInTheSession()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        CacheWriter writer(cache->path());
        QSignalSpy written(&writer, &CacheWriter::creditApplicationsWritten);
        QSignalSpy cancelled(&writer, &CacheWriter::cancelled);
        auto application = [](qint64 id, const QString &status) {
            return *CreditApplicationStore::recordFromJson({{QStringLiteral("id"), id},
                                                            {QStringLiteral("customer_id"), 3},
                                                            {QStringLiteral("status"), status}});
        };

        const int writtenBefore224 = int(written.size());
        writer.beginSync(CacheWriter::SyncMode::Full);
        writer.writePage(sampleCustomers(1, 5));
        writer.writeCreditApplications({application(1, QStringLiteral("submitted")),
                                        application(2, QStringLiteral("approved"))},
                                       42);
        QTRY_VERIFY_WITH_TIMEOUT(written.size() > writtenBefore224, kWaitMs);
        QCOMPARE(written[0][0].toULongLong(), 42u); // the caller's tag comes back
        QCOMPARE(written[0][1].toInt(), 2);
        QCOMPARE(cache->creditApplications().listByStatus().value().size(), 2);

        // A cancelled session stores none of what was queued for it.
        const int cancelledBefore233 = int(cancelled.size());
        writer.beginSync(CacheWriter::SyncMode::Delta);
        writer.cancel();
        writer.writeCreditApplications({application(3, QStringLiteral("submitted"))}, 43);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.size() > cancelledBefore233, kWaitMs);
        const int writtenBefore236 = int(written.size());
        writer.beginSync(CacheWriter::SyncMode::Delta);
        writer.writeCreditApplications({application(4, QStringLiteral("declined"))}, 44);
        QTRY_VERIFY_WITH_TIMEOUT(written.size() > writtenBefore236, kWaitMs);
        QCOMPARE(written.size(), 2);
        QCOMPARE(written[1][0].toULongLong(), 44u);
        QVERIFY(!cache->creditApplications().find(3).value().has_value());
        QCOMPARE(cache->creditApplications().find(4).value()->status,
                 CreditApplicationStatus::Declined);
    }

    void anUnopenableFileFailsTheSync()
    {
        QTemporaryDir dir;
        CacheWriter writer(dir.filePath(QStringLiteral("missing/folder/cache.sqlite")));
        QSignalSpy opened(&writer, &CacheWriter::opened);
        QSignalSpy failed(&writer, &CacheWriter::failed);
        QSignalSpy finished(&writer, &CacheWriter::finished);
        // A receiver on this thread gets the error queued, with its value intact.
        std::optional<StorageError::Kind> queuedKind;
        connect(&writer, &CacheWriter::failed, this,
                [&queuedKind](const StorageError &error) { queuedKind = error.kind; });
        const int failedBefore257 = int(failed.size());
        writer.beginSync(CacheWriter::SyncMode::Full);
        writer.writePage(sampleCustomers(1, 2));
        writer.finishSync(QDateTime::currentDateTimeUtc());
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() > failedBefore257, kWaitMs);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toBool(), false);
        QVERIFY(!opened[0][1].toString().isEmpty());
        QCOMPARE(failed[0][0].value<StorageError>().kind, StorageError::Kind::Open);
        QCOMPARE(finished.size(), 0);
        QTRY_COMPARE(queuedKind, std::optional<StorageError::Kind>(StorageError::Kind::Open));
    }
};

QTEST_GUILESS_MAIN(TestStorageCacheWriter)
#include "tst_storage_cachewriter.moc"
