#include "storage/FallbackCredentialStore.h"

#include "storage/Log.h"

namespace pac {

namespace {

using Status = CredentialResult::Status;

} // namespace

FallbackCredentialStore::FallbackCredentialStore(std::unique_ptr<CredentialStore> primary,
                                                 std::unique_ptr<CredentialStore> secondary)
    : m_primary(std::move(primary))
    , m_secondary(std::move(secondary))
    , m_usingFallback(std::make_shared<bool>(false))
{ }

FallbackCredentialStore::~FallbackCredentialStore() = default;

void FallbackCredentialStore::read(const QString &key, QObject *context,
                                   CredentialCallback callback)
{
    if (*m_usingFallback) {
        m_secondary->read(key, context, std::move(callback));
        return;
    }
    m_primary->read(
        key, context,
        [key, context, secondary = m_secondary, flag = m_usingFallback,
         callback = std::move(callback)](const CredentialResult &result) {
            if (result.status == Status::NoBackend) {
                *flag = true;
                qCDebug(lcStorage) << "no system keychain; using" << secondary->describe();
                secondary->read(key, context, callback);
            } else if (result.status == Status::NotFound) {
                // Saved while no keychain ran? Then it is in the file.
                secondary->read(key, context, [callback, result](const CredentialResult &second) {
                    callback(second.ok() ? second : result);
                });
            } else {
                callback(result);
            }
        });
}

void FallbackCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    CredentialCallback callback)
{
    if (*m_usingFallback) {
        m_secondary->write(key, secret, context, std::move(callback));
        return;
    }
    m_primary->write(
        key, secret, context,
        [key, secret, context, secondary = m_secondary, flag = m_usingFallback,
         callback = std::move(callback)](const CredentialResult &result) {
            if (result.status == Status::NoBackend) {
                *flag = true;
                qCDebug(lcStorage) << "no system keychain; using" << secondary->describe();
                secondary->write(key, secret, context, callback);
                return;
            }
            if (result.ok()) {
                // An older copy left in the file while headless must not outlive this one.
                secondary->remove(key, context, [callback, result](const CredentialResult &) {
                    callback(result);
                });
                return;
            }
            callback(result);
        });
}

void FallbackCredentialStore::remove(const QString &key, QObject *context,
                                     CredentialCallback callback)
{
    if (*m_usingFallback) {
        m_secondary->remove(key, context, std::move(callback));
        return;
    }
    // Both places: a token may be in either.
    m_primary->remove(
        key, context,
        [key, context, secondary = m_secondary, flag = m_usingFallback,
         callback = std::move(callback)](const CredentialResult &result) {
            if (result.status == Status::NoBackend)
                *flag = true;
            secondary->remove(key, context, [callback, result](const CredentialResult &second) {
                callback(result.ok() || result.status == Status::NoBackend ? second : result);
            });
        });
}

QString FallbackCredentialStore::describe() const
{
    return *m_usingFallback ? m_secondary->describe() : m_primary->describe();
}

} // namespace pac
