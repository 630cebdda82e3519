#include "StorageTestSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pac;
using namespace pac::test;

namespace {

constexpr int kEdits = 20;
constexpr int kSending = 5;
const char *const kHelperVariable = "PAC_STORAGE_CRASH_HELPER";

// The child process: saves edits, starts sending some, then dies by SIGKILL in the middle of
// a sync page's transaction.
int crashingHelper(const QString &path)
{
    auto opened = LocalCache::open(path);
    if (!opened)
        return 2;
    LocalCache &cache = *opened.value();
    if (!cache.customers().storeServerCopies(sampleCustomers(1, kEdits)))
        return 3;
    for (int i = 1; i <= kEdits; ++i) {
        NewEdit edit;
        edit.customerId = i;
        edit.kind = EditKind::PaymentTerms;
        edit.payload = {{QStringLiteral("terms"), QStringLiteral("net15")}};
        edit.baseEtag = "\"1\"";
        const auto entry = cache.outbox().enqueue(edit);
        if (!entry)
            return 4;
        if (i <= kSending && !cache.outbox().markSending(entry.value().id))
            return 5;
    }
    int rows = 0;
    // Killed with the page's transaction open and half of its rows written.
    (void)cache.customers().storeServerCopies(sampleCustomers(1000, 1000), 0, [&rows] {
        if (++rows == 500)
            std::raise(SIGKILL);
        return false;
    });
    return 6; // not reached
}

} // namespace

// A process killed at any point loses nothing it committed, applies nothing half, and the
// edits it was sending go out again with the same idempotency keys.
class TestStorageCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kHelperVariable), path);
        helper.setProcessEnvironment(env);
        QSignalSpy finished(&helper, &QProcess::finished);
        helper.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(finished.wait(60000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        auto cache = openCache(dir);
        QVERIFY(cache);
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(cache->recoveredOnOpen(), kSending);
        const auto entries = cache->outbox().entries();
        PAC_VERIFY_OK(entries);
        QCOMPARE(entries.value().size(), kEdits);
        QSet<QString> keys;
        for (const OutboxEntry &e : entries.value()) {
            QCOMPARE(e.state, OutboxState::Pending);
            keys.insert(e.idempotencyKey);
        }
        QCOMPARE(keys.size(), kEdits);
        QCOMPARE(entries.value().first().attempts, 1); // was being sent: same key, resent
        // The page that was being written is absent as a whole; the local views are intact.
        QCOMPARE(cache->customers().count().value(), kEdits);
        QCOMPARE(cache->customers().find(7).value()->shown().paymentTerms, PaymentTermsKind::Net15);
        QCOMPARE(
            cache->outbox().readyToSend(QDateTime::currentDateTimeUtc().addSecs(1)).value().size(),
            kEdits);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kHelperVariable)) {
        QCoreApplication app(argc, argv);
        return crashingHelper(qEnvironmentVariable(kHelperVariable));
    }
    QCoreApplication app(argc, argv);
    TestStorageCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage_crash.moc"
