#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace pac {

// The outcome of a credential call. `secret` is only filled by a successful read. `message`
// (translated) explains a failure; `warning` (translated) is set when the secret went to, or
// came from, the plain file fallback because no system keychain runs. Neither ever contains
// the secret.
struct CredentialResult
{
    enum class Status { Ok, NotFound, NoBackend, Failed };

    Status status = Status::Ok;
    QString secret;
    QString message;
    QString warning;

    bool ok() const { return status == Status::Ok; }
};

using CredentialCallback = std::function<void(const CredentialResult &)>;

// Where the portal token is kept. Asynchronous like the keychain jobs it wraps: every call
// returns at once and later invokes `callback` on the thread of `context` — never before the
// call returns, and not at all if `context` is destroyed first. Implementations never log
// a secret.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    virtual void read(const QString &key, QObject *context, CredentialCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       CredentialCallback callback)
        = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, QObject *context, CredentialCallback callback) = 0;

    // For status lines: "system keychain", "file /home/.../credentials".
    virtual QString describe() const = 0;

protected:
    // Delivers `result` to `callback` through the event loop of `context`'s thread.
    static void deliverLater(QObject *context, CredentialCallback callback,
                             CredentialResult result);
};

} // namespace pac
