#include "storage/KeychainCredentialStore.h"

#include "storage/Log.h"

#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace pac {

namespace {

// On Linux and the BSDs every keychain (Secret Service, KWallet) is reached over the D-Bus
// session bus. Without one (a headless server, ssh, CI) there is no keychain, and libsecret
// only reports "Unknown error" after trying to autolaunch a bus. Checked without any D-Bus
// call, so it never blocks.
bool sessionBusReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));
#else
    return true;
#endif
}

// The backends report a missing keychain service as NoBackendAvailable, or as OtherError
// with a D-Bus error text; both mean "no keychain here".
bool meansNoBackend(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    return error == QKeychain::OtherError
        && (!sessionBusReachable() || text.contains(QStringLiteral("DBus"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive));
}

CredentialResult noBackend()
{
    CredentialResult result;
    result.status = CredentialResult::Status::NoBackend;
    result.message = KeychainCredentialStore::tr("No system keychain is available.");
    return result;
}

CredentialResult resultOf(const QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError)
        return {};
    qCDebug(lcStorage) << "keychain job failed:" << int(error) << job->errorString();
    if (meansNoBackend(error, job->errorString()))
        return noBackend();
    CredentialResult result;
    if (error == QKeychain::EntryNotFound) {
        result.status = CredentialResult::Status::NotFound;
        result.message = KeychainCredentialStore::tr("No saved sign-in was found.");
    } else {
        result.status = CredentialResult::Status::Failed;
        result.message = KeychainCredentialStore::tr("The system keychain refused: %1")
                             .arg(job->errorString());
    }
    return result;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service)
    : m_service(service)
{ }

void KeychainCredentialStore::start(QKeychain::Job *job, const QString &key, QObject *context,
                                    std::function<CredentialResult(QKeychain::Job *)> toResult,
                                    CredentialCallback callback)
{
    Q_ASSERT(context);
    if (!sessionBusReachable()) {
        delete job;
        deliverLater(context, std::move(callback), noBackend());
        return;
    }
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [toResult = std::move(toResult), callback = std::move(callback)](
                         QKeychain::Job *finished) { callback(toResult(finished)); });
    job->start();
}

void KeychainCredentialStore::read(const QString &key, QObject *context,
                                   CredentialCallback callback)
{
    start(
        new QKeychain::ReadPasswordJob(m_service), key, context,
        [](QKeychain::Job *job) {
            CredentialResult result = resultOf(job);
            if (result.ok())
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            return result;
        },
        std::move(callback));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    CredentialCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    start(job, key, context, resultOf, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context,
                                     CredentialCallback callback)
{
    start(
        new QKeychain::DeletePasswordJob(m_service), key, context,
        [](QKeychain::Job *job) {
            CredentialResult result = resultOf(job);
            // Removing what is not there leaves the keychain as asked.
            if (result.status == CredentialResult::Status::NotFound)
                return CredentialResult {};
            return result;
        },
        std::move(callback));
}

QString KeychainCredentialStore::describe() const
{
    return tr("system keychain");
}

} // namespace pac
