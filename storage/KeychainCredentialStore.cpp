#include "storage/KeychainCredentialStore.h"

#include "storage/Log.h"

#include <qt6keychain/keychain.h>

namespace pac {

namespace {

// The Linux backends report a missing Secret Service / KWallet / D-Bus session either as
// NoBackendAvailable or as OtherError with the D-Bus error text; both mean "no keychain here".
bool meansNoBackend(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    return error == QKeychain::OtherError
        && (text.contains(QStringLiteral("org.freedesktop.DBus"))
            || text.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("DBus"), Qt::CaseInsensitive));
}

CredentialResult resultOf(const QKeychain::Job *job)
{
    CredentialResult result;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError)
        return result;
    if (error == QKeychain::EntryNotFound) {
        result.status = CredentialResult::Status::NotFound;
        result.message = KeychainCredentialStore::tr("No saved sign-in was found.");
    } else if (meansNoBackend(error, job->errorString())) {
        result.status = CredentialResult::Status::NoBackend;
        result.message = KeychainCredentialStore::tr("No system keychain is available.");
    } else {
        result.status = CredentialResult::Status::Failed;
        result.message = KeychainCredentialStore::tr("The system keychain refused: %1")
                             .arg(job->errorString());
    }
    qCDebug(lcStorage) << "keychain job failed:" << int(error) << job->errorString();
    return result;
}

// Connects the job's end to the callback through `context`, then starts it.
void run(QKeychain::Job *job, const QString &key, QObject *context,
         std::function<CredentialResult(QKeychain::Job *)> toResult, CredentialCallback callback)
{
    Q_ASSERT(context);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [toResult = std::move(toResult), callback = std::move(callback)](
                         QKeychain::Job *finished) { callback(toResult(finished)); });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service)
    : m_service(service)
{ }

void KeychainCredentialStore::read(const QString &key, QObject *context,
                                   CredentialCallback callback)
{
    run(
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
    run(job, key, context, resultOf, std::move(callback));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context,
                                     CredentialCallback callback)
{
    run(
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
