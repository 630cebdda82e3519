#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace pac {

// A profile is a folder holding one account's local state: `cache.sqlite` (customers, outbox,
// drafts, meta) and, only where no system keychain runs, the `credentials` file.
// agentctl takes the folder from `--profile DIR`; the console uses
// QStandardPaths::AppDataLocation/profiles/<name>.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(pac::Profile)

public:
    explicit Profile(const QString &directory);

    // The console's profile called `name` (a plain folder name: no '/', '\\', "." or "..").
    static StorageResult<Profile> named(const QString &name);

    QString directory() const { return m_directory; }
    QString cachePath() const; // <dir>/cache.sqlite
    QString credentialsPath() const; // <dir>/credentials

    // Creates the folder (and its parents) if needed, readable only by the user (0700 on Unix).
    StorageStatus ensureExists() const;

private:
    QString m_directory;
};

} // namespace pac
