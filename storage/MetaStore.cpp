#include "storage/MetaStore.h"

#include "models/CustomerJson.h"
#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/Log.h"

#include <QHash>
#include <QSqlQuery>

namespace pac {

namespace {

StorageStatus setValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(CustomerRecords::notNull(value));
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    return {};
}

StorageStatus execAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return CustomerRecords::sqlError(query);
    }
    return {};
}

StorageResult<QHash<QString, QString>> readAll(CacheConnection &connection)
{
    PreparedQuery query = connection.prepared(QStringLiteral("SELECT key, value FROM meta"));
    if (!query->exec())
        return CustomerRecords::sqlError(*query);
    QHash<QString, QString> values;
    while (query->next())
        values.insert(query->value(0).toString(), query->value(1).toString());
    return values;
}

} // namespace

MetaStore::MetaStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageResult<ProfileMeta> MetaStore::read() const
{
    const auto values = readAll(m_connection);
    if (!values)
        return values.error();
    const QHash<QString, QString> &v = values.value();
    ProfileMeta meta;
    meta.schemaVersion = v.value(QStringLiteral("schema_version")).toInt();
    meta.portalUrl = QUrl(v.value(QStringLiteral("portal_url")));
    if (v.contains(QStringLiteral("user_id"))) {
        CacheUser user;
        user.id = v.value(QStringLiteral("user_id")).toLongLong();
        user.name = v.value(QStringLiteral("user_name"));
        user.role = roleFromWire(v.value(QStringLiteral("user_role"))).value_or(Role::Agent);
        meta.user = user;
    }
    meta.lastServerTime = fromRfc3339(v.value(QStringLiteral("last_server_time")));
    meta.lastFullSyncAt = fromRfc3339(v.value(QStringLiteral("last_full_sync_at")));
    return meta;
}

StorageStatus MetaStore::bindAccount(const QUrl &portalUrl, const CacheUser &user)
{
    const QSqlDatabase db = m_connection.database();
    SqlTransaction transaction(m_connection, QStringLiteral("bind account"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    const auto values = readAll(m_connection);
    if (!values)
        return values.error();
    const QString storedUrl = values.value().value(QStringLiteral("portal_url"));
    const QString storedUser = values.value().value(QStringLiteral("user_id"));
    const bool otherAccount = (!storedUrl.isEmpty() && QUrl(storedUrl) != portalUrl)
        || (!storedUser.isEmpty() && storedUser.toLongLong() != user.id);
    if (otherAccount) {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !count.next())
            return CustomerRecords::sqlError(count);
        if (const int unsent = count.value(0).toInt(); unsent > 0) {
            return StorageError::make(
                StorageError::Kind::InvalidState,
                tr("This profile holds %n unsent edit(s) made by %1 on %2. Send or drop them "
                   "before signing in as another user or to another portal.",
                   nullptr, unsent)
                    .arg(values.value().value(QStringLiteral("user_name")), storedUrl));
        }
        // Another user sees other customers: nothing of the previous account may remain.
        if (StorageStatus cleared
            = execAll(db,
                      {QStringLiteral("DELETE FROM customers"),
                       QStringLiteral("DELETE FROM customer_history"),
                       QStringLiteral("DELETE FROM customer_billing"),
                       QStringLiteral("DELETE FROM credit_applications"),
                       QStringLiteral("DELETE FROM meta WHERE key IN ('last_server_time', "
                                      "'last_full_sync_at')")});
            !cleared) {
            return cleared;
        }
        qCInfo(lcStorage) << "the profile now belongs to another account; cached data cleared";
    }
    const QList<std::pair<QString, QString>> updates {
        {QStringLiteral("portal_url"), portalUrl.toString()},
        {QStringLiteral("user_id"), QString::number(user.id)},
        {QStringLiteral("user_name"), user.name},
        {QStringLiteral("user_role"), toWire(user.role)},
    };
    for (const auto &[key, value] : updates) {
        if (StorageStatus set = setValue(db, key, value); !set)
            return set;
    }
    return transaction.commit();
}

StorageStatus MetaStore::recordSync(const QDateTime &serverTime, bool fullSync, const QDateTime &at)
{
    const QSqlDatabase db = m_connection.database();
    SqlTransaction transaction(m_connection, QStringLiteral("record sync"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    if (StorageStatus set = setValue(db, QStringLiteral("last_server_time"), toRfc3339(serverTime));
        !set) {
        return set;
    }
    if (fullSync) {
        if (StorageStatus set = setValue(db, QStringLiteral("last_full_sync_at"), toRfc3339(at));
            !set) {
            return set;
        }
    }
    return transaction.commit();
}

} // namespace pac
