#include "server/SessionStore.h"

#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {
constexpr int kTokenBytes = 32;
}

SessionStore::SessionStore(Store &store, ServerClock &clock, int ttlSeconds, PasswordHasher hasher)
    : m_store(store)
    , m_clock(clock)
    , m_ttlSeconds(ttlSeconds)
    , m_hasher(hasher)
    , m_dummyHash(m_hasher.hash(QStringLiteral("not a password")))
    , m_queries(store)
{ }

std::optional<SessionStore::Session> SessionStore::signIn(const QString &username,
                                                          const QString &password)
{
    const Credentials credentials = lookUp(username);
    return open(credentials, verify(m_hasher, password, credentials));
}

SessionStore::Credentials SessionStore::lookUp(const QString &username)
{
    Credentials credentials;
    credentials.storedHash = m_dummyHash;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT id, name, role, password_hash FROM users WHERE username = :username"));
    query.bindValue(QStringLiteral(":username"), username);
    if (!query.exec() || !query.next())
        return credentials;
    const auto role = roleFromWire(query.value(2).toString());
    if (!role)
        return credentials;
    credentials.known = true;
    credentials.user = {query.value(0).toLongLong(), query.value(1).toString(), *role};
    credentials.storedHash = query.value(3).toString();
    return credentials;
}

SessionStore::Verification SessionStore::verify(const PasswordHasher &hasher,
                                                const QString &password,
                                                const Credentials &credentials)
{
    Verification verification;
    verification.ok = hasher.verify(password, credentials.storedHash) && credentials.known;
    if (verification.ok && hasher.needsRehash(credentials.storedHash))
        verification.upgradedHash = hasher.hash(password);
    return verification;
}

std::optional<SessionStore::Session> SessionStore::open(const Credentials &credentials,
                                                        const Verification &verification)
{
    if (!credentials.known || !verification.ok)
        return std::nullopt;
    if (!verification.upgradedHash.isEmpty()) {
        // Raised to the configured cost now that the password was seen: the old, cheaper
        // hash goes (only if it is still the one that was verified).
        QSqlQuery upgrade(m_store.database());
        upgrade.prepare(QStringLiteral("UPDATE users SET password_hash = :new"
                                       " WHERE id = :id AND password_hash = :old"));
        upgrade.bindValue(QStringLiteral(":new"), verification.upgradedHash);
        upgrade.bindValue(QStringLiteral(":id"), credentials.user.id);
        upgrade.bindValue(QStringLiteral(":old"), credentials.storedHash);
        if (upgrade.exec()) {
            qCInfo(lcServer, "user %lld: password hash raised from %d to %d iterations",
                   credentials.user.id, PasswordHasher::iterationsOf(credentials.storedHash),
                   m_hasher.iterations());
        } else {
            qCWarning(lcServer) << "cannot raise a password hash:" << upgrade.lastError().text();
        }
    }
    Session session;
    session.user = credentials.user;
    QByteArray raw(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          kTokenBytes / sizeof(quint32));
    const QByteArray token
        = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    session.token = QString::fromLatin1(token);
    const QDateTime now = m_clock.now();
    session.expiresAt = now.addSecs(m_ttlSeconds);

    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at <= :now"));
    insert.bindValue(QStringLiteral(":now"), toRfc3339(now));
    insert.exec();
    insert.prepare(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at)"
                       " VALUES (:hash, :user, :created, :expires)"));
    insert.bindValue(QStringLiteral(":hash"), tokenHash(token));
    insert.bindValue(QStringLiteral(":user"), session.user.id);
    insert.bindValue(QStringLiteral(":created"), toRfc3339(now));
    insert.bindValue(QStringLiteral(":expires"), toRfc3339(session.expiresAt));
    if (!insert.exec()) {
        qCWarning(lcServer) << "cannot store a session:" << insert.lastError().text();
        return std::nullopt;
    }
    return session;
}

std::optional<Actor> SessionStore::authenticate(const QByteArray &token)
{
    if (token.isEmpty())
        return std::nullopt;
    auto prepared = m_queries.use(
        QStringLiteral("SELECT u.id, u.name, u.role, s.expires_at FROM sessions s"
                       " JOIN users u ON u.id = s.user_id WHERE s.token_hash = :hash"));
    if (!prepared)
        return std::nullopt;
    QSqlQuery &query = *prepared;
    query.bindValue(QStringLiteral(":hash"), tokenHash(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (query.value(3).toString() <= toRfc3339(m_clock.now()))
        return std::nullopt;
    const auto role = roleFromWire(query.value(2).toString());
    if (!role)
        return std::nullopt;
    return Actor {query.value(0).toLongLong(), query.value(1).toString(), *role};
}

void SessionStore::signOut(const QByteArray &token)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = :hash"));
    query.bindValue(QStringLiteral(":hash"), tokenHash(token));
    query.exec();
}

QByteArray SessionStore::tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace pac::server
