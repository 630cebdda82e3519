#include "storage/FileCredentialStore.h"

#include "storage/Log.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace pac {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

CredentialResult failure(const QString &message)
{
    CredentialResult result;
    result.status = CredentialResult::Status::Failed;
    result.message = message;
    return result;
}

} // namespace

FileCredentialStore::FileCredentialStore(const QString &path)
    : m_path(path)
{ }

QString FileCredentialStore::warningText() const
{
    return tr("No system keychain is available: the sign-in token is kept in %1, readable "
              "only by you.")
        .arg(m_path);
}

CredentialResult FileCredentialStore::load(QJsonObject *entries) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *entries = {};
        return {};
    }
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return failure(tr("%1 is damaged; sign in again to replace it.").arg(m_path));
    *entries = doc.object();
    return {};
}

CredentialResult FileCredentialStore::save(const QJsonObject &entries) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    // The (still empty) temporary file becomes owner-only before any secret goes into it;
    // the rename in commit() keeps these permissions.
    if (!file.setPermissions(kOwnerOnly) || (file.permissions() & ~kOwnerOnly) != 0) {
        file.cancelWriting();
        return failure(tr("Cannot make %1 readable only by you.").arg(m_path));
    }
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return failure(tr("Cannot write %1: %2").arg(m_path, file.errorString()));
    return {};
}

void FileCredentialStore::read(const QString &key, QObject *context, CredentialCallback callback)
{
    QJsonObject entries;
    CredentialResult result = load(&entries);
    if (result.ok()) {
        const QJsonValue secret = entries.value(key);
        if (secret.isString()) {
            result.secret = secret.toString();
            result.warning = warningText();
        } else {
            result.status = CredentialResult::Status::NotFound;
            result.message = tr("No saved sign-in was found.");
        }
    }
    deliverLater(context, std::move(callback), std::move(result));
}

void FileCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                CredentialCallback callback)
{
    QJsonObject entries;
    CredentialResult result = load(&entries);
    if (result.ok()) {
        entries.insert(key, secret);
        result = save(entries);
    }
    if (result.ok()) {
        result.warning = warningText();
        qCWarning(lcStorage) << "no system keychain available: the token is stored in" << m_path
                             << "(owner-only permissions)";
    }
    deliverLater(context, std::move(callback), std::move(result));
}

void FileCredentialStore::remove(const QString &key, QObject *context, CredentialCallback callback)
{
    QJsonObject entries;
    CredentialResult result = load(&entries);
    if (result.ok() && entries.contains(key)) {
        entries.remove(key);
        if (!entries.isEmpty())
            result = save(entries);
        else if (!QFile::remove(m_path)) // the last secret: leave no file behind
            result = failure(tr("Cannot remove %1.").arg(m_path));
    }
    deliverLater(context, std::move(callback), std::move(result));
}

QString FileCredentialStore::describe() const
{
    return tr("file %1").arg(m_path);
}

} // namespace pac
