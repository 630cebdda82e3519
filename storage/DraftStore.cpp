#include "storage/DraftStore.h"

#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/OutboxRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pac {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, customer_id, content, created_at, updated_at FROM drafts ");

// "Newest first" is by this sequence, taken inside the save's write transaction, so two
// saves never share one (a millisecond clock ties, and can step back).
const QString kNextSaveSeq = QStringLiteral("(SELECT coalesce(max(save_seq), 0) + 1 FROM drafts)");

StorageResult<QList<CreditApplicationDraft>> draftsOf(QSqlQuery &query)
{
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    QList<CreditApplicationDraft> drafts;
    while (query.next()) {
        CreditApplicationDraft draft;
        draft.id = query.value(0).toString();
        draft.customerId = query.value(1).toLongLong();
        draft.content = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        draft.createdAt = outboxrows::fromMs(query.value(3));
        draft.updatedAt = outboxrows::fromMs(query.value(4));
        drafts.append(draft);
    }
    return drafts;
}

} // namespace

DraftStore::DraftStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageResult<CreditApplicationDraft> DraftStore::create(qint64 customerId,
                                                         const QJsonObject &content)
{
    if (customerId <= 0) {
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  tr("A draft must belong to a customer."));
    }
    CreditApplicationDraft draft;
    draft.id = outboxrows::newKey();
    draft.customerId = customerId;
    draft.content = content;
    // Millisecond precision, like what is stored, so a draft read back compares equal.
    draft.createdAt = outboxrows::fromMs(QDateTime::currentMSecsSinceEpoch());
    draft.updatedAt = draft.createdAt;

    SqlTransaction transaction(m_connection, QStringLiteral("draft create"), Durability::Full);
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("INSERT INTO drafts (id, customer_id, content, created_at, "
                                 "updated_at, save_seq) VALUES (?, ?, ?, ?, ?, ")
                  + kNextSaveSeq + QStringLiteral(")"));
    query.addBindValue(draft.id);
    query.addBindValue(draft.customerId);
    query.addBindValue(outboxrows::jsonText(draft.content));
    query.addBindValue(draft.createdAt.toMSecsSinceEpoch());
    query.addBindValue(draft.updatedAt.toMSecsSinceEpoch());
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    return draft;
}

StorageResult<CreditApplicationDraft> DraftStore::save(const QString &id,
                                                       const QJsonObject &content)
{
    SqlTransaction transaction(m_connection, QStringLiteral("draft save"), Durability::Full);
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE drafts SET content = ?, updated_at = ?, save_seq = ")
                  + kNextSaveSeq + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(outboxrows::jsonText(content));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    if (query.numRowsAffected() != 1) {
        return StorageError::make(StorageError::Kind::NotFound,
                                  tr("The draft no longer exists (it was submitted or deleted)."));
    }
    QSqlQuery read(m_connection.database());
    read.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    read.addBindValue(id);
    auto drafts = draftsOf(read);
    if (!drafts)
        return drafts.error();
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    return drafts.value().constFirst();
}

StorageResult<std::optional<CreditApplicationDraft>> DraftStore::find(const QString &id) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    auto drafts = draftsOf(query);
    if (!drafts)
        return drafts.error();
    if (drafts.value().isEmpty())
        return std::optional<CreditApplicationDraft>();
    return std::optional<CreditApplicationDraft>(drafts.value().constFirst());
}

StorageResult<QList<CreditApplicationDraft>> DraftStore::listFor(qint64 customerId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("WHERE customer_id = ? ORDER BY save_seq DESC"));
    query.addBindValue(customerId);
    return draftsOf(query);
}

StorageResult<QList<CreditApplicationDraft>> DraftStore::list() const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("ORDER BY save_seq DESC"));
    return draftsOf(query);
}

StorageStatus DraftStore::remove(const QString &id)
{
    SqlTransaction transaction(m_connection, QStringLiteral("draft remove"), Durability::Full);
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    if (query.numRowsAffected() != 1)
        return StorageError::make(StorageError::Kind::NotFound, tr("The draft no longer exists."));
    return transaction.commit();
}

} // namespace pac
