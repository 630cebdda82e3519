#include "StorageTestSupport.h"
#include "storage/Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

// Per-profile facts: the account the cache belongs to, sync times, audit history, known
// credit applications, and the profile folder itself.
class TestStorageMeta : public QObject
{
    Q_OBJECT

private:
    static const QUrl &portal()
    {
        static const QUrl url(QStringLiteral("http://127.0.0.1:8080"));
        return url;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("tst_storage_meta"));
    }

    void bindingTheSameAccountKeepsTheData()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const CacheUser agent {11, QStringLiteral("Agent One"), Role::Agent};
        PAC_VERIFY_OK(cache->meta().bindAccount(portal(), agent));
        PAC_VERIFY_OK(cache->customers().storeServerCopies(sampleCustomers(1, 3)));
        PAC_VERIFY_OK(cache->meta().bindAccount(portal(), agent));
        QCOMPARE(cache->customers().count().value(), 3);
        const ProfileMeta meta = cache->meta().read().value();
        QCOMPARE(meta.portalUrl, portal());
        QCOMPARE(meta.user, std::optional<CacheUser>(agent));
    }

    void anotherAccountStartsFromAnEmptyCache()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        PAC_VERIFY_OK(
            cache->meta().bindAccount(portal(), {11, QStringLiteral("Agent One"), Role::Agent}));
        PAC_VERIFY_OK(cache->customers().storeServerCopies(sampleCustomers(1, 3)));
        PAC_VERIFY_OK(cache->history().store(1, QJsonArray {QJsonObject {}},
                                             QDateTime::currentDateTimeUtc()));
        PAC_VERIFY_OK(cache->meta().recordSync(QDateTime::currentDateTimeUtc(), true,
                                               QDateTime::currentDateTimeUtc()));
        const auto draft = cache->drafts().create(1, {});
        PAC_VERIFY_OK(draft);

        PAC_VERIFY_OK(
            cache->meta().bindAccount(portal(), {12, QStringLiteral("Agent Two"), Role::Agent}));
        QCOMPARE(cache->customers().count().value(), 0);
        QVERIFY(!cache->history().find(1).value().has_value());
        const ProfileMeta meta = cache->meta().read().value();
        QVERIFY(!meta.lastServerTime.isValid());
        QVERIFY(!meta.lastFullSyncAt.isValid());
        QCOMPARE(meta.user->id, 12);
        // What the user typed is never thrown away with the cache.
        QVERIFY(cache->drafts().find(draft.value().id).value().has_value());
    }

    void unsentEditsBlockASwitchOfAccount()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        PAC_VERIFY_OK(
            cache->meta().bindAccount(portal(), {11, QStringLiteral("Agent One"), Role::Agent}));
        PAC_VERIFY_OK(cache->customers().storeServerCopies(sampleCustomers(1, 1)));
        NewEdit edit;
        edit.customerId = 1;
        edit.kind = EditKind::PaymentTerms;
        edit.payload = {{QStringLiteral("terms"), QStringLiteral("net15")}};
        edit.baseEtag = "\"1\"";
        PAC_VERIFY_OK(cache->outbox().enqueue(edit));

        const QUrl otherPortal(QStringLiteral("https://portal.example.com"));
        const auto refused = cache->meta().bindAccount(
            otherPortal, {11, QStringLiteral("Agent One"), Role::Agent});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::InvalidState);
        QVERIFY(refused.error().message.contains(QStringLiteral("Agent One")));
        QCOMPARE(cache->meta().read().value().portalUrl, portal());
        QCOMPARE(cache->customers().count().value(), 1);
        QCOMPARE(cache->outbox().counts().value().pending, 1);
    }

    void syncTimes()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const QDateTime serverTime(QDate(2026, 11, 25), QTime(10, 0, 0, 123), Qt::UTC);
        const QDateTime at(QDate(2026, 11, 25), QTime(10, 0, 5, 0), Qt::UTC);
        PAC_VERIFY_OK(cache->meta().recordSync(serverTime, true, at));
        PAC_VERIFY_OK(cache->meta().recordSync(serverTime.addSecs(60), false, at.addSecs(60)));
        const ProfileMeta meta = cache->meta().read().value();
        QCOMPARE(meta.lastServerTime, serverTime.addSecs(60));
        QCOMPARE(meta.lastFullSyncAt, at); // a delta sync is not a full one
        QVERIFY(!meta.user.has_value());
    }

    void historyIsKeptPerCustomer()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const QJsonArray entries {
            QJsonObject {{QStringLiteral("action"), QStringLiteral("payment_terms")},
                         {QStringLiteral("before"), QStringLiteral("due_on_receipt")},
                         {QStringLiteral("after"), QStringLiteral("net15")}}};
        const QDateTime fetched = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        PAC_VERIFY_OK(cache->history().store(3, entries, fetched));
        PAC_VERIFY_OK(cache->history().store(3, entries + entries, fetched.addSecs(1)));
        const auto found = cache->history().find(3);
        PAC_VERIFY_OK(found);
        QCOMPARE(found.value()->entries.size(), 2);
        QCOMPARE(found.value()->fetchedAt, fetched.addSecs(1));
        QVERIFY(!cache->history().find(4).value().has_value());
    }

    void creditApplicationsByCustomerAndStatus()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QList<CreditApplicationRecord> records;
        const QList<std::tuple<int, int, QString>> rows {{1, 5, QStringLiteral("submitted")},
                                                         {2, 5, QStringLiteral("approved")},
                                                         {3, 6, QStringLiteral("submitted")}};
        for (const auto &[id, customer, status] : rows) {
            const auto record
                = CreditApplicationStore::recordFromJson({{QStringLiteral("id"), id},
                                                          {QStringLiteral("customer_id"), customer},
                                                          {QStringLiteral("status"), status},
                                                          {QStringLiteral("version"), 2}});
            QVERIFY(record);
            records.append(*record);
        }
        PAC_VERIFY_OK(cache->creditApplications().store(records));
        QCOMPARE(cache->creditApplications().listFor(5).value().size(), 2);
        const auto queue
            = cache->creditApplications().listByStatus(CreditApplicationStatus::Submitted);
        PAC_VERIFY_OK(queue);
        QCOMPARE(queue.value().size(), 2);
        QCOMPARE(queue.value()[0].id, 1);
        QCOMPARE(queue.value()[1].id, 3);
        QCOMPARE(queue.value()[1].etag, QByteArray("\"2\""));
        QCOMPARE(cache->creditApplications().listByStatus().value().size(), 3);
    }

    void malformedApplicationsAreNamed_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("badField");
        QTest::newRow("no id") << QJsonObject {{QStringLiteral("customer_id"), 1},
                                               {QStringLiteral("status"),
                                                QStringLiteral("submitted")}}
                               << QStringLiteral("id");
        QTest::newRow("fractional customer")
            << QJsonObject {{QStringLiteral("id"), 1},
                            {QStringLiteral("customer_id"), 1.5},
                            {QStringLiteral("status"), QStringLiteral("submitted")}}
            << QStringLiteral("customer_id");
        QTest::newRow("status not text") << QJsonObject {{QStringLiteral("id"), 1},
                                                         {QStringLiteral("customer_id"), 1},
                                                         {QStringLiteral("status"), 3}}
                                         << QStringLiteral("status");
    }

    void malformedApplicationsAreNamed()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, badField);
        QString field;
        QVERIFY(!CreditApplicationStore::recordFromJson(json, {}, &field));
        QCOMPARE(field, badField);
    }

    void profilePaths()
    {
        QTemporaryDir dir;
        const Profile profile(dir.filePath(QStringLiteral("a/b/../c")));
        QCOMPARE(profile.directory(), dir.filePath(QStringLiteral("a/c")));
        QCOMPARE(profile.cachePath(), dir.filePath(QStringLiteral("a/c/cache.sqlite")));
        QCOMPARE(profile.credentialsPath(), dir.filePath(QStringLiteral("a/c/credentials")));
        auto cache = LocalCache::open(profile);
        PAC_VERIFY_OK(cache);
        QVERIFY(QFileInfo::exists(profile.cachePath()));
        QCOMPARE(QFileInfo(profile.directory()).permissions()
                     & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }

    void namedProfiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("work") << true;
        QTest::newRow("dots inside") << QStringLiteral("acme.prod") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("parent") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    }

    void namedProfiles()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto profile = Profile::named(name);
        QCOMPARE(profile.ok(), valid);
        if (valid) {
            const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QCOMPARE(profile.value().directory(),
                     QDir::cleanPath(base + QStringLiteral("/profiles/") + name));
        } else {
            QCOMPARE(profile.error().kind, StorageError::Kind::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestStorageMeta)
#include "tst_storage_meta.moc"
