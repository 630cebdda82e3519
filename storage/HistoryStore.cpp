#include "storage/HistoryStore.h"

#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/OutboxRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pac {

HistoryStore::HistoryStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageStatus HistoryStore::store(qint64 customerId, const QJsonArray &entries,
                                  const QDateTime &fetchedAt)
{
    SqlTransaction transaction(m_connection, QStringLiteral("history store"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO customer_history (customer_id, entries, fetched_at) VALUES (?, ?, ?) "
        "ON CONFLICT (customer_id) DO UPDATE SET entries = excluded.entries, "
        "fetched_at = excluded.fetched_at"));
    query.addBindValue(customerId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact)));
    query.addBindValue(fetchedAt.toMSecsSinceEpoch());
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    return transaction.commit();
}

StorageResult<std::optional<CachedHistory>> HistoryStore::find(qint64 customerId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("SELECT entries, fetched_at FROM customer_history WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    if (!query.next())
        return std::optional<CachedHistory>();
    CachedHistory history;
    history.entries = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    history.fetchedAt = outboxrows::fromMs(query.value(1));
    return std::optional<CachedHistory>(history);
}

} // namespace pac
