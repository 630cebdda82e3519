#pragma once

#include "storage/CredentialStore.h"

#include <QCoreApplication>
#include <QHash>

namespace pac {

// A credential store in memory, for tests: behaves like the others (asynchronous results),
// and can pretend no keychain runs (setAvailable(false) -> Status::NoBackend).
class InMemoryCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::InMemoryCredentialStore)

public:
    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;
    QString describe() const override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int callCount() const { return m_calls; }

private:
    bool refuse(QObject *context, const CredentialCallback &callback);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
    int m_calls = 0;
};

} // namespace pac
