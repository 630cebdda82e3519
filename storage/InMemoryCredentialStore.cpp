#include "storage/InMemoryCredentialStore.h"

namespace pac {

bool InMemoryCredentialStore::refuse(QObject *context, const CredentialCallback &callback)
{
    ++m_calls;
    if (m_available)
        return false;
    CredentialResult result;
    result.status = CredentialResult::Status::NoBackend;
    result.message = tr("No system keychain is available.");
    deliverLater(context, callback, result);
    return true;
}

void InMemoryCredentialStore::read(const QString &key, QObject *context,
                                   CredentialCallback callback)
{
    if (refuse(context, callback))
        return;
    CredentialResult result;
    if (const auto it = m_secrets.constFind(key); it != m_secrets.constEnd()) {
        result.secret = *it;
    } else {
        result.status = CredentialResult::Status::NotFound;
        result.message = tr("No saved sign-in was found.");
    }
    deliverLater(context, std::move(callback), result);
}

void InMemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    CredentialCallback callback)
{
    if (refuse(context, callback))
        return;
    m_secrets.insert(key, secret);
    deliverLater(context, std::move(callback), {});
}

void InMemoryCredentialStore::remove(const QString &key, QObject *context,
                                     CredentialCallback callback)
{
    if (refuse(context, callback))
        return;
    m_secrets.remove(key);
    deliverLater(context, std::move(callback), {});
}

QString InMemoryCredentialStore::describe() const
{
    return tr("memory");
}

} // namespace pac
