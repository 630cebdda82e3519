#include "storage/FallbackCredentialStore.h"
#include "storage/FileCredentialStore.h"
#include "storage/InMemoryCredentialStore.h"
#include "storage/KeychainCredentialStore.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/stat.h>

using namespace pac;

// Where the token lives: the keychain when one runs, else a file only the user can read,
// with a warning; asynchronous like the keychain; never logged.
class TestStorageCredentials : public QObject
{
    Q_OBJECT

private:
    static constexpr int kWaitMs = 10000;
    const QString m_secret = QStringLiteral("tok_9f8e7d6c5b4a");

    // Runs one call and waits (through the event loop) for its result.
    template<typename Call>
    std::optional<CredentialResult> await(Call call)
    {
        std::optional<CredentialResult> result;
        QObject context;
        call(&context, [&result](const CredentialResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
            return std::nullopt;
        return result;
    }

    std::optional<CredentialResult> write(CredentialStore &store, const QString &key,
                                          const QString &secret)
    {
        return await([&](QObject *c, CredentialCallback cb) { store.write(key, secret, c, cb); });
    }
    std::optional<CredentialResult> read(CredentialStore &store, const QString &key)
    {
        return await([&](QObject *c, CredentialCallback cb) { store.read(key, c, cb); });
    }
    std::optional<CredentialResult> remove(CredentialStore &store, const QString &key)
    {
        return await([&](QObject *c, CredentialCallback cb) { store.remove(key, c, cb); });
    }

    static bool ownerOnly(const QString &path)
    {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return false;
        return (info.st_mode & 0777) == 0600;
    }

    // Collects every log line while alive.
    class LogCapture
    {
    public:
        LogCapture()
        {
            s_lines = &m_lines;
            m_previous = qInstallMessageHandler(handler);
        }
        ~LogCapture()
        {
            qInstallMessageHandler(m_previous);
            s_lines = nullptr;
        }
        QString all() const { return m_lines.join(u'\n'); }

    private:
        static void handler(QtMsgType, const QMessageLogContext &, const QString &message)
        {
            if (s_lines)
                s_lines->append(message);
        }
        static inline QStringList *s_lines = nullptr;
        QStringList m_lines;
        QtMessageHandler m_previous = nullptr;
    };

private slots:
    void fileStoreRoundTrip()
    {
        QTemporaryDir dir;
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials")));
        const auto written = write(store, QStringLiteral("portal token"), m_secret);
        QVERIFY(written && written->ok());
        QVERIFY(written->warning.contains(store.path())); // the user is told where it went
        QVERIFY(!written->warning.contains(m_secret));
        QVERIFY(ownerOnly(store.path()));

        const auto back = read(store, QStringLiteral("portal token"));
        QVERIFY(back && back->ok());
        QCOMPARE(back->secret, m_secret);
        const auto missing = read(store, QStringLiteral("other"));
        QCOMPARE(missing->status, CredentialResult::Status::NotFound);

        QVERIFY(remove(store, QStringLiteral("portal token"))->ok());
        QCOMPARE(read(store, QStringLiteral("portal token"))->status,
                 CredentialResult::Status::NotFound);
        QVERIFY(!QFile::exists(store.path())); // nothing left behind
        QVERIFY(remove(store, QStringLiteral("portal token"))->ok());
    }

    void fileIsOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(0);
        FileCredentialStore store(dir.filePath(QStringLiteral("credentials")));
        const auto written = write(store, QStringLiteral("k"), m_secret);
        ::umask(previous);
        QVERIFY(written && written->ok());
        QVERIFY(ownerOnly(store.path()));
    }

    void aReadableOldFileIsTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{\"other\":\"x\"}");
        old.close();
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        FileCredentialStore store(path);
        QVERIFY(write(store, QStringLiteral("k"), m_secret)->ok());
        QVERIFY(ownerOnly(path));
        QCOMPARE(read(store, QStringLiteral("other"))->secret, QStringLiteral("x"));
    }

    void aDamagedFileIsReportedNotTrusted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json");
        file.close();
        FileCredentialStore store(path);
        const auto result = read(store, QStringLiteral("k"));
        QCOMPARE(result->status, CredentialResult::Status::Failed);
        QVERIFY(result->message.contains(path));
    }

    void callbacksComeLaterAndNotAfterTheirContext()
    {
        InMemoryCredentialStore store;
        bool called = false;
        {
            QObject context;
            store.write(QStringLiteral("k"), m_secret, &context,
                        [&called](const CredentialResult &) { called = true; });
            QVERIFY(!called); // never inside the call
            QTRY_VERIFY(called);
        }
        called = false;
        {
            auto context = std::make_unique<QObject>();
            store.read(QStringLiteral("k"), context.get(),
                       [&called](const CredentialResult &) { called = true; });
            context.reset(); // the window went away before the answer
        }
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }

    void fallbackUsesTheFileWhenNoKeychainRuns()
    {
        QTemporaryDir dir;
        auto keychain = std::make_unique<InMemoryCredentialStore>();
        keychain->setAvailable(false);
        InMemoryCredentialStore *keychainView = keychain.get();
        const QString path = dir.filePath(QStringLiteral("credentials"));
        FallbackCredentialStore store(std::move(keychain),
                                      std::make_unique<FileCredentialStore>(path));

        const auto written = write(store, QStringLiteral("k"), m_secret);
        QVERIFY(written && written->ok());
        QVERIFY(!written->warning.isEmpty());
        QVERIFY(store.usingFallback());
        QVERIFY(store.describe().contains(path));
        QVERIFY(ownerOnly(path));
        QCOMPARE(read(store, QStringLiteral("k"))->secret, m_secret);
        QCOMPARE(keychainView->callCount(), 1); // once known absent, not asked again
        QVERIFY(remove(store, QStringLiteral("k"))->ok());
        QVERIFY(!QFile::exists(path));
    }

    void fallbackPrefersTheKeychain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("credentials"));
        // A token saved earlier while headless.
        FileCredentialStore file(path);
        QVERIFY(write(file, QStringLiteral("k"), QStringLiteral("old-token"))->ok());

        auto keychain = std::make_unique<InMemoryCredentialStore>();
        InMemoryCredentialStore *keychainView = keychain.get();
        FallbackCredentialStore store(std::move(keychain),
                                      std::make_unique<FileCredentialStore>(path));
        // Not in the keychain yet: the headless copy is still found.
        const auto old = read(store, QStringLiteral("k"));
        QCOMPARE(old->secret, QStringLiteral("old-token"));
        QVERIFY(!old->warning.isEmpty());

        const auto written = write(store, QStringLiteral("k"), m_secret);
        QVERIFY(written && written->ok());
        QVERIFY(written->warning.isEmpty());
        QVERIFY(!store.usingFallback());
        QVERIFY(keychainView->contains(QStringLiteral("k")));
        QVERIFY(!QFile::exists(path)); // the plain-file copy is gone
        QCOMPARE(read(store, QStringLiteral("k"))->secret, m_secret);
        QCOMPARE(read(store, QStringLiteral("nothing"))->status,
                 CredentialResult::Status::NotFound);
    }

    void keychainWithoutASessionBusReportsNoBackend()
    {
        QTemporaryDir runtime;
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        KeychainCredentialStore keychain(QStringLiteral("tst_storage_credentials"));
        const auto result = write(keychain, QStringLiteral("k"), m_secret);
        QTemporaryDir dir;
        FallbackCredentialStore store(
            std::make_unique<KeychainCredentialStore>(QStringLiteral("tst")),
            std::make_unique<FileCredentialStore>(dir.filePath(QStringLiteral("credentials"))));
        const auto fallback = write(store, QStringLiteral("k"), m_secret);
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtimeDir);
        QVERIFY(result);
        QCOMPARE(result->status, CredentialResult::Status::NoBackend);
        QVERIFY(fallback && fallback->ok());
        QVERIFY(store.usingFallback());
    }

    void theTokenIsNeverLogged()
    {
        QTemporaryDir dir;
        LogCapture capture;
        QLoggingCategory::setFilterRules(QStringLiteral("pac.*=true"));
        auto keychain = std::make_unique<InMemoryCredentialStore>();
        keychain->setAvailable(false);
        FallbackCredentialStore store(
            std::move(keychain),
            std::make_unique<FileCredentialStore>(dir.filePath(QStringLiteral("credentials"))));
        QVERIFY(write(store, QStringLiteral("k"), m_secret)->ok());
        QVERIFY(read(store, QStringLiteral("k"))->ok());
        QVERIFY(remove(store, QStringLiteral("k"))->ok());
        QLoggingCategory::setFilterRules({});
        QVERIFY(!capture.all().isEmpty()); // the fallback warning was logged...
        QVERIFY(!capture.all().contains(m_secret)); // ...without the token
    }
};

QTEST_GUILESS_MAIN(TestStorageCredentials)
#include "tst_storage_credentials.moc"
