#include "server/IdempotencyStore.h"

#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

// The headers worth replaying; the rest (Date, X-Request-Id, ...) belong to each exchange.
const QList<QByteArray> kReplayedHeaders {"ETag", "Location"};

} // namespace

IdempotencyStore::IdempotencyStore(Store &store, ServerClock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

bool IdempotencyStore::isValidKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

QByteArray IdempotencyStore::fingerprint(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return hash.result();
}

IdempotencyStore::Lookup IdempotencyStore::find(qint64 userId, const QByteArray &key,
                                                const QByteArray &fingerprint)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT fingerprint, status, headers, body FROM idempotency_keys"
                                 " WHERE user_id = :user AND key = :key AND created_at > :oldest"));
    query.bindValue(QStringLiteral(":user"), userId);
    query.bindValue(QStringLiteral(":key"), QString::fromLatin1(key));
    query.bindValue(QStringLiteral(":oldest"),
                    toRfc3339(m_clock.now().addSecs(-3600 * kRetentionHours)));
    Lookup lookup;
    if (!query.exec() || !query.next())
        return lookup;
    if (query.value(0).toByteArray() != fingerprint) {
        lookup.outcome = Outcome::Mismatch;
        return lookup;
    }
    lookup.outcome = Outcome::Replay;
    HttpResponse &response = lookup.response;
    response.status = HttpStatus(query.value(1).toInt());
    const QJsonObject headers = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key() == QLatin1String("Content-Type"))
            response.contentType = it.value().toString().toLatin1();
        else
            response.setHeader(it.key().toLatin1(), it.value().toString().toLatin1());
    }
    response.body = query.value(3).toByteArray();
    response.setHeader("Idempotent-Replayed", "true");
    return lookup;
}

bool IdempotencyStore::remember(qint64 userId, const QByteArray &key, const QByteArray &fingerprint,
                                const HttpResponse &response)
{
    QJsonObject headers {
        {QStringLiteral("Content-Type"), QString::fromLatin1(response.contentType)}};
    for (const QByteArray &name : kReplayedHeaders) {
        const QByteArray value = response.header(name);
        if (!value.isEmpty())
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    const QString now = toRfc3339(m_clock.now());
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at <= :oldest"));
    query.bindValue(QStringLiteral(":oldest"),
                    toRfc3339(m_clock.now().addSecs(-3600 * kRetentionHours)));
    query.exec();
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO idempotency_keys"
                       " (user_id, key, fingerprint, status, headers, body, created_at)"
                       " VALUES (:user, :key, :fingerprint, :status, :headers, :body, :created)"));
    query.bindValue(QStringLiteral(":user"), userId);
    query.bindValue(QStringLiteral(":key"), QString::fromLatin1(key));
    query.bindValue(QStringLiteral(":fingerprint"), fingerprint);
    query.bindValue(QStringLiteral(":status"), int(response.status));
    query.bindValue(QStringLiteral(":headers"),
                    QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":body"), response.body);
    query.bindValue(QStringLiteral(":created"), now);
    if (query.exec() && forgetBeyondCap(userId, key))
        return true;
    qCWarning(lcServer) << "cannot remember an idempotent response:" << query.lastError().text();
    return false;
}

bool IdempotencyStore::forgetBeyondCap(qint64 userId, const QByteArray &keptKey)
{
    // The key just remembered always stays; of the others the newest kMaxKeysPerUser - 1
    // by created_at (keys of the same millisecond are told apart by key only: which of two
    // equally old keys goes first does not matter).
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("DELETE FROM idempotency_keys WHERE user_id = :user AND key IN"
                       " (SELECT key FROM idempotency_keys WHERE user_id = :user2 AND key <> :kept"
                       "  ORDER BY created_at DESC, key DESC LIMIT -1 OFFSET :cap)"));
    query.bindValue(QStringLiteral(":user"), userId);
    query.bindValue(QStringLiteral(":user2"), userId);
    query.bindValue(QStringLiteral(":kept"), QString::fromLatin1(keptKey));
    query.bindValue(QStringLiteral(":cap"), kMaxKeysPerUser - 1);
    return query.exec();
}

int IdempotencyStore::countFor(qint64 userId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM idempotency_keys WHERE user_id = :user"));
    query.bindValue(QStringLiteral(":user"), userId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace pac::server
