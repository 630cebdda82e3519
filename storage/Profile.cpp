#include "storage/Profile.h"

#include "storage/Log.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace pac {

Profile::Profile(const QString &directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{ }

StorageResult<Profile> Profile::named(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == u"." || trimmed == u".." || trimmed.contains(u'/')
        || trimmed.contains(u'\\')) {
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  tr("“%1” is not a valid profile name: use a plain name "
                                     "without slashes.")
                                      .arg(name));
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty()) {
        return StorageError::make(StorageError::Kind::Io,
                                  tr("No folder for application data is available."));
    }
    return Profile(base + QStringLiteral("/profiles/") + trimmed);
}

QString Profile::cachePath() const
{
    return m_directory + QStringLiteral("/cache.sqlite");
}

QString Profile::credentialsPath() const
{
    return m_directory + QStringLiteral("/credentials");
}

StorageStatus Profile::ensureExists() const
{
    QDir dir(m_directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return StorageError::make(StorageError::Kind::Io,
                                  tr("Cannot create the profile folder %1.").arg(m_directory));
    }
    // The folder holds the cache and possibly the credentials file: only the user enters it.
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
        | QFile::WriteUser | QFile::ExeUser;
    if (!QFile::setPermissions(m_directory, ownerOnly))
        qCWarning(lcStorage) << "could not restrict the permissions of" << m_directory;
    return {};
}

} // namespace pac
