#include "storage/OutboxStore.h"

#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/LocalEdits.h"
#include "storage/Log.h"
#include "storage/OutboxRows.h"

#include <QSqlQuery>

namespace pac {

OutboxStore::OutboxStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageResult<OutboxEntry> OutboxStore::enqueue(const NewEdit &edit)
{
    SqlTransaction transaction(m_connection, QStringLiteral("outbox enqueue"), Durability::Full);
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    auto entry = enqueueWithin(edit, std::nullopt);
    if (!entry)
        return entry.error();
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcStorage) << "queued" << toWire(entry->kind) << "for customer" << entry->customerId
                       << "as outbox entry" << entry->id;
    return entry;
}

StorageResult<OutboxEntry> OutboxStore::enqueueWithin(const NewEdit &edit,
                                                      std::optional<qint64> batchId)
{
    if (const auto problem = LocalEdits::payloadProblem(edit.kind, edit.payload))
        return StorageError::make(StorageError::Kind::InvalidInput, *problem);
    if (edit.baseEtag.isEmpty()) {
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  tr("An edit must say which version of the customer it is "
                                     "based on."));
    }
    if (edit.kind == EditKind::CreditDecision && !edit.applicationId) {
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  tr("A credit decision must name its application."));
    }
    CustomerRecords records(m_connection);
    const auto stored = records.load(edit.customerId);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        return StorageError::make(
            StorageError::Kind::NotFound,
            tr("Customer %1 is not in the local cache; sync first.").arg(edit.customerId));
    }

    OutboxEntry entry;
    entry.customerId = edit.customerId;
    entry.applicationId = edit.applicationId;
    entry.kind = edit.kind;
    entry.payload = edit.payload;
    entry.baseEtag = edit.baseEtag;
    entry.idempotencyKey = outboxrows::newKey();
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.nextAttemptAt = entry.createdAt;

    {
        PreparedQuery insert = m_connection.prepared(QStringLiteral(
            "INSERT INTO outbox (customer_id, application_id, kind, payload, base_etag, "
            "idempotency_key, state, next_attempt_at, created_at, batch_id) "
            "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"));
        insert->addBindValue(entry.customerId);
        insert->addBindValue(entry.applicationId ? QVariant(*entry.applicationId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        insert->addBindValue(toWire(entry.kind));
        insert->addBindValue(outboxrows::jsonText(entry.payload));
        insert->addBindValue(QString::fromLatin1(entry.baseEtag));
        insert->addBindValue(entry.idempotencyKey);
        insert->addBindValue(entry.nextAttemptAt.toMSecsSinceEpoch());
        insert->addBindValue(entry.createdAt.toMSecsSinceEpoch());
        insert->addBindValue(batchId ? QVariant(*batchId)
                                     : QVariant(QMetaType::fromType<qint64>()));
        if (!insert->exec())
            return CustomerRecords::sqlError(*insert);
        entry.id = insert->lastInsertId().toLongLong();
    }

    if (edit.consumedDraftId) {
        QSqlQuery consume(m_connection.database());
        consume.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
        consume.addBindValue(*edit.consumedDraftId);
        if (!consume.exec())
            return CustomerRecords::sqlError(consume);
        if (consume.numRowsAffected() != 1) {
            return StorageError::make(StorageError::Kind::NotFound,
                                      tr("The draft to submit no longer exists."));
        }
    }
    if (StorageStatus refreshed = records.refreshLocalView(stored.value()->server); !refreshed)
        return refreshed.error();
    return entry;
}

StorageResult<QList<OutboxEntry>> OutboxStore::entries() const
{
    PreparedQuery query = m_connection.prepared(QStringLiteral("SELECT ") + outboxrows::columns()
                                                + QStringLiteral(" FROM outbox ORDER BY id"));
    return outboxrows::entries(*query);
}

StorageResult<QList<OutboxEntry>> OutboxStore::entriesFor(qint64 customerId) const
{
    PreparedQuery query
        = m_connection.prepared(QStringLiteral("SELECT ") + outboxrows::columns()
                                + QStringLiteral(" FROM outbox WHERE customer_id = ? ORDER BY id"));
    query->addBindValue(customerId);
    return outboxrows::entries(*query);
}

StorageResult<std::optional<OutboxEntry>> OutboxStore::find(qint64 id) const
{
    PreparedQuery query = m_connection.prepared(QStringLiteral("SELECT ") + outboxrows::columns()
                                                + QStringLiteral(" FROM outbox WHERE id = ?"));
    query->addBindValue(id);
    auto found = outboxrows::entries(*query);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found.value().constFirst());
}

StorageResult<OutboxCounts> OutboxStore::counts() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return CustomerRecords::sqlError(query);
    OutboxCounts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        switch (outboxStateFromWire(query.value(0).toString()).value_or(OutboxState::Failed)) {
        case OutboxState::Pending:
            counts.pending = n;
            break;
        case OutboxState::Sending:
            counts.sending = n;
            break;
        case OutboxState::Conflict:
            counts.conflict = n;
            break;
        case OutboxState::Failed:
            counts.failed += n;
            break;
        }
    }
    return counts;
}

StorageResult<QList<OutboxEntry>> OutboxStore::readyToSend(const QDateTime &now, int limit) const
{
    QString sql = QStringLiteral("SELECT ") + outboxrows::columns()
        + QStringLiteral(" FROM outbox WHERE id IN (") + outboxrows::heads()
        + QStringLiteral(") AND state = 'pending' AND next_attempt_at <= ? ORDER BY id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);
    PreparedQuery query = m_connection.prepared(sql);
    query->addBindValue(now.toMSecsSinceEpoch());
    return outboxrows::entries(*query);
}

StorageResult<std::optional<QDateTime>> OutboxStore::nextDueAt() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE id IN (")
                    + outboxrows::heads() + QStringLiteral(") AND state = 'pending'"))
        || !query.next()) {
        return CustomerRecords::sqlError(query);
    }
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(outboxrows::fromMs(query.value(0)));
}

} // namespace pac
