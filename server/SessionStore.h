#pragma once

#include "server/Actor.h"
#include "server/PasswordHasher.h"
#include "server/PreparedQueries.h"

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
    // Hashes on the calling thread: the server signs in through the three steps below.
    std::optional<Session> signIn(const QString &username, const QString &password);

    // A sign-in in three steps, so the hash runs off the server's thread: look the user up
    // (server thread), verify (any thread: touches neither the store nor this object),
    // then open the session (server thread), storing a re-hashed password when the stored
    // one costs less than the configured iterations.
    struct Credentials
    {
        bool known = false; // false: the dummy hash stands in, so the timing is the same
        Actor user;
        QString storedHash;
    };
    struct Verification
    {
        bool ok = false;
        QString upgradedHash; // set when ok and the stored hash needs more iterations
    };
    Credentials lookUp(const QString &username);
    static Verification verify(const PasswordHasher &hasher, const QString &password,
                               const Credentials &credentials);
    std::optional<Session> open(const Credentials &credentials, const Verification &verification);
    const PasswordHasher &hasher() const { return m_hasher; }
    std::optional<Actor> authenticate(const QByteArray &token);
    void signOut(const QByteArray &token);

    static QByteArray tokenHash(const QByteArray &token);

private:
    Store &m_store;
    ServerClock &m_clock;
    int m_ttlSeconds;
    PasswordHasher m_hasher;
    QString m_dummyHash; // verified against when the user is unknown, to even out the timing
    PreparedQueries m_queries; // authenticate() runs on every request
};

} // namespace pac::server
