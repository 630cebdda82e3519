#include "StorageTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

// Credit application drafts: saved durably on every autosave, resumable after the program
// stops, listed per customer.
class TestStorageDrafts : public QObject
{
    Q_OBJECT

private slots:
    void saveResumeAndListAfterReopening()
    {
        QTemporaryDir dir;
        QString firstId;
        QString secondId;
        {
            auto cache = openCache(dir);
            QVERIFY(cache);
            QList<CacheConnection::CommitInfo> commits;
            cache->connection().setCommitObserver(
                [&](const CacheConnection::CommitInfo &info) { commits.append(info); });
            const auto first = cache->drafts().create(
                7, {{QStringLiteral("legal_name"), QStringLiteral("Seven LLC")}});
            PAC_VERIFY_OK(first);
            firstId = first.value().id;
            const auto second = cache->drafts().create(7, {});
            PAC_VERIFY_OK(second);
            secondId = second.value().id;
            PAC_VERIFY_OK(cache->drafts().create(8, {}));
            // Autosave of the first one, typed further.
            const auto saved
                = cache->drafts().save(firstId,
                                       {{QStringLiteral("legal_name"), QStringLiteral("Seven LLC")},
                                        {QStringLiteral("ein"), QStringLiteral("12-34")}});
            PAC_VERIFY_OK(saved);
            QVERIFY(saved.value().updatedAt >= first.value().updatedAt);
            QCOMPARE(saved.value().createdAt, first.value().createdAt);
            QCOMPARE(commits.size(), 4);
            for (const auto &commit : commits)
                QCOMPARE(commit.synchronous, 2); // every autosave is FULL
        } // the program stops

        auto cache = openCache(dir);
        QVERIFY(cache);
        const auto resumed = cache->drafts().find(firstId);
        PAC_VERIFY_OK(resumed);
        QVERIFY(resumed.value().has_value());
        QCOMPARE(resumed.value()->customerId, 7);
        QCOMPARE(resumed.value()->content.value(QStringLiteral("ein")).toString(),
                 QStringLiteral("12-34"));

        const auto forSeven = cache->drafts().listFor(7);
        PAC_VERIFY_OK(forSeven);
        QCOMPARE(forSeven.value().size(), 2);
        QCOMPARE(forSeven.value()[0].id, firstId); // most recently saved first
        QCOMPARE(forSeven.value()[1].id, secondId);
        QCOMPARE(cache->drafts().list().value().size(), 3);
        QCOMPARE(cache->drafts().listFor(9).value().size(), 0);
    }

    // Saves closer together than the clock's millisecond: the order listed is the order
    // saved, every time (the old ordering by updated_at then rowid failed about 1 run in 4).
    void savesInTheSameMillisecondListNewestFirst()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            const auto draft = cache->drafts().create(5, {});
            PAC_VERIFY_OK(draft);
            ids.append(draft.value().id);
        }
        // Save them again oldest-created first, then one from the middle once more.
        for (const QString &id : std::as_const(ids))
            PAC_VERIFY_OK(cache->drafts().save(id, {{QStringLiteral("n"), id}}));
        PAC_VERIFY_OK(cache->drafts().save(ids.at(7), {}));

        QStringList expected(ids.crbegin(), ids.crend());
        expected.removeOne(ids.at(7));
        expected.prepend(ids.at(7));
        const auto listed = cache->drafts().listFor(5);
        PAC_VERIFY_OK(listed);
        QStringList listedIds;
        for (const auto &draft : listed.value())
            listedIds.append(draft.id);
        QCOMPARE(listedIds, expected);
        const auto all = cache->drafts().list();
        PAC_VERIFY_OK(all);
        QCOMPARE(all.value().constFirst().id, ids.at(7));
    }

    void removeAndMissingDrafts()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const auto draft = cache->drafts().create(1, {});
        PAC_VERIFY_OK(draft);
        PAC_VERIFY_OK(cache->drafts().remove(draft.value().id));
        QVERIFY(!cache->drafts().find(draft.value().id).value().has_value());
        QCOMPARE(cache->drafts().remove(draft.value().id).error().kind,
                 StorageError::Kind::NotFound);
        const auto lost = cache->drafts().save(draft.value().id, {});
        QVERIFY(!lost);
        QCOMPARE(lost.error().kind, StorageError::Kind::NotFound);
        QCOMPARE(cache->drafts().create(0, {}).error().kind, StorageError::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestStorageDrafts)
#include "tst_storage_drafts.moc"
