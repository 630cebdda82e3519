#pragma once

#include "storage/CredentialStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pac {

// The fallback where no system keychain runs: a JSON file of key -> secret in the profile
// (`credentials`), readable and writable only by the user. The file is written atomically
// and its permissions are set to 0600 before any secret is written into it. Every write
// logs a warning (without the secret) and sets CredentialResult::warning.
class FileCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::FileCredentialStore)

public:
    explicit FileCredentialStore(const QString &path);

    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;
    QString describe() const override;

    QString path() const { return m_path; }

private:
    CredentialResult load(QJsonObject *entries) const;
    CredentialResult save(const QJsonObject &entries) const;
    QString warningText() const;

    QString m_path;
};

} // namespace pac
