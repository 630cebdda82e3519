#include "storage/BulkBatchStore.h"

#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/Log.h"
#include "storage/OutboxRows.h"
#include "storage/OutboxStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pac {

namespace {

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

BulkBatchStore::BulkBatchStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageResult<qint64> BulkBatchStore::apply(const NewBulkBatch &batch)
{
    SqlTransaction transaction(m_connection, QStringLiteral("bulk apply"), Durability::Full);
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    qint64 batchId = 0;
    {
        PreparedQuery insert = m_connection.prepared(QStringLiteral(
            "INSERT INTO bulk_batches (created_at, user_id, user_name, user_role, action, "
            "undo_of, changed, unchanged, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert->addBindValue(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
        insert->addBindValue(batch.user.id);
        insert->addBindValue(batch.user.name);
        insert->addBindValue(toWire(batch.user.role));
        insert->addBindValue(batch.action);
        insert->addBindValue(nullableId(batch.undoOf));
        insert->addBindValue(batch.changed);
        insert->addBindValue(batch.unchanged);
        insert->addBindValue(batch.skipped);
        if (!insert->exec())
            return CustomerRecords::sqlError(*insert);
        batchId = insert->lastInsertId().toLongLong();
    }
    OutboxStore outbox(m_connection);
    for (const NewBulkItem &item : batch.items) {
        const auto entry = outbox.enqueueWithin(item.edit, batchId);
        if (!entry)
            return entry.error(); // the transaction rolls back: nothing of the batch stays
        PreparedQuery insert = m_connection.prepared(QStringLiteral(
            "INSERT INTO bulk_items (batch_id, customer_id, outbox_id, kind, before_json, "
            "after_json) VALUES (?, ?, ?, ?, ?, ?)"));
        insert->addBindValue(batchId);
        insert->addBindValue(entry->customerId);
        insert->addBindValue(entry->id);
        insert->addBindValue(toWire(entry->kind));
        insert->addBindValue(outboxrows::jsonText(item.before));
        insert->addBindValue(outboxrows::jsonText(item.edit.payload));
        if (!insert->exec())
            return CustomerRecords::sqlError(*insert);
    }
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcStorage) << "bulk batch" << batchId << "saved with" << batch.items.size() << "edits";
    return batchId;
}

StorageResult<QList<BulkBatch>> BulkBatchStore::batches() const
{
    return read(std::nullopt);
}

StorageResult<std::optional<BulkBatch>> BulkBatchStore::find(qint64 id) const
{
    auto found = read(id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<BulkBatch>();
    return std::optional<BulkBatch>(found->constFirst());
}

StorageResult<QList<BulkBatch>> BulkBatchStore::read(std::optional<qint64> id) const
{
    // The results are counted from the items and what is left of their entries.
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral(
            "SELECT b.id, b.created_at, b.user_id, b.user_name, b.user_role, b.action, b.undo_of, "
            "b.changed, b.unchanged, b.skipped, "
            "sum(i.sent = 1), "
            "sum(i.sent = 0 AND o.state IN ('pending', 'sending')), "
            "sum(i.sent = 0 AND o.state = 'conflict'), "
            "sum(i.sent = 0 AND o.state = 'failed'), "
            "sum(i.sent = 0 AND o.id IS NULL AND i.outbox_id IS NOT NULL) "
            "FROM bulk_batches b LEFT JOIN bulk_items i ON i.batch_id = b.id "
            "LEFT JOIN outbox o ON o.id = i.outbox_id ")
        + (id ? QStringLiteral("WHERE b.id = ? ") : QString())
        + QStringLiteral("GROUP BY b.id ORDER BY b.id DESC"));
    if (id)
        query.addBindValue(*id);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    QList<BulkBatch> result;
    while (query.next()) {
        BulkBatch batch;
        batch.id = query.value(0).toLongLong();
        batch.createdAt = outboxrows::fromMs(query.value(1));
        batch.user.id = query.value(2).toLongLong();
        batch.user.name = query.value(3).toString();
        batch.user.role = roleFromWire(query.value(4).toString()).value_or(Role::Agent);
        batch.action = query.value(5).toString();
        if (!query.value(6).isNull())
            batch.undoOf = query.value(6).toLongLong();
        batch.changed = query.value(7).toInt();
        batch.unchanged = query.value(8).toInt();
        batch.skipped = query.value(9).toInt();
        batch.results.sent = query.value(10).toInt();
        batch.results.waiting = query.value(11).toInt();
        batch.results.conflict = query.value(12).toInt();
        batch.results.refused = query.value(13).toInt();
        batch.results.discarded = query.value(14).toInt();
        result.append(batch);
    }
    return result;
}

StorageResult<QList<BulkBatchItem>> BulkBatchStore::items(qint64 batchId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "SELECT i.customer_id, i.outbox_id, i.kind, i.before_json, i.after_json, i.sent, "
        "i.sent_etag, o.state FROM bulk_items i LEFT JOIN outbox o ON o.id = i.outbox_id "
        "WHERE i.batch_id = ? ORDER BY i.outbox_id"));
    query.addBindValue(batchId);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    QList<BulkBatchItem> items;
    while (query.next()) {
        BulkBatchItem item;
        item.batchId = batchId;
        item.customerId = query.value(0).toLongLong();
        item.outboxId = query.value(1).toLongLong();
        item.kind = editKindFromWire(query.value(2).toString()).value_or(EditKind::InvoiceEmails);
        item.before = objectOf(query.value(3));
        item.after = objectOf(query.value(4));
        item.sentEtag = query.value(6).toString().toLatin1();
        if (query.value(5).toInt() == 1) {
            item.state = BulkItemState::Sent;
        } else if (query.value(7).isNull()) {
            item.state = BulkItemState::Discarded;
        } else {
            switch (outboxStateFromWire(query.value(7).toString()).value_or(OutboxState::Failed)) {
            case OutboxState::Pending:
            case OutboxState::Sending:
                item.state = BulkItemState::Waiting;
                break;
            case OutboxState::Conflict:
                item.state = BulkItemState::Conflict;
                break;
            case OutboxState::Failed:
                item.state = BulkItemState::Refused;
                break;
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace pac
