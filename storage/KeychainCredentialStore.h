#pragma once

#include "storage/CredentialStore.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

namespace pac {

// The system keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows). Entries live under `service` (e.g.
// "PortalAgentConsole") and the caller's key. Reports Status::NoBackend when no keychain
// service runs (headless: no D-Bus session bus on Linux), so FallbackCredentialStore can use
// the file.
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(const QString &service);

    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;
    QString describe() const override;

private:
    // Connects the job's end to the callback through `context` and starts it; without a
    // session bus, answers NoBackend at once (through the event loop) instead.
    void start(QKeychain::Job *job, const QString &key, QObject *context,
               std::function<CredentialResult(QKeychain::Job *)> toResult,
               CredentialCallback callback);

    QString m_service;
};

} // namespace pac
