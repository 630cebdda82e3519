#pragma once

#include "storage/CredentialStore.h"

#include <QCoreApplication>

#include <memory>

namespace pac {

// Uses the primary store (the system keychain) and falls back to the secondary one (the
// 0600 file) when the primary reports Status::NoBackend. Once a fallback happened it keeps
// using the secondary store for the life of the object. A read that finds nothing in the
// primary also looks in the secondary (a token saved while headless stays usable).
class FallbackCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::FallbackCredentialStore)

public:
    FallbackCredentialStore(std::unique_ptr<CredentialStore> primary,
                            std::unique_ptr<CredentialStore> secondary);
    ~FallbackCredentialStore() override;

    void read(const QString &key, QObject *context, CredentialCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               CredentialCallback callback) override;
    void remove(const QString &key, QObject *context, CredentialCallback callback) override;
    QString describe() const override;

    bool usingFallback() const { return *m_usingFallback; }

private:
    // Shared with pending callbacks, which may run after this object is gone.
    std::shared_ptr<CredentialStore> m_primary;
    std::shared_ptr<CredentialStore> m_secondary;
    std::shared_ptr<bool> m_usingFallback;
};

} // namespace pac
