#pragma once

#include "server/Actor.h"
#include "server/PasswordHasher.h"

#include <QDateTime>

#include <optional>

namespace pac::server {

class ServerClock;
class Store;

// Sign-in sessions. A token is 32 bytes from the system's random generator (base64url on
// the wire); the store keeps only its SHA-256, so a copy of the database holds no usable
// token. A token is valid until its expiry; anything else is "not signed in".
class SessionStore
{
public:
    SessionStore(Store &store, ServerClock &clock, int ttlSeconds,
                 PasswordHasher hasher = PasswordHasher());

    struct Session
    {
        QString token;
        QDateTime expiresAt;
        Actor user;
    };
    // nullopt for an unknown user or a wrong password (indistinguishable, and about as slow).
    std::optional<Session> signIn(const QString &username, const QString &password);
    std::optional<Actor> authenticate(const QByteArray &token);
    void signOut(const QByteArray &token);

    static QByteArray tokenHash(const QByteArray &token);

private:
    Store &m_store;
    ServerClock &m_clock;
    int m_ttlSeconds;
    PasswordHasher m_hasher;
    QString m_dummyHash; // verified against when the user is unknown, to even out the timing
};

} // namespace pac::server
