#include "storage/CreditApplicationStore.h"

#include "storage/CacheConnection.h"
#include "storage/CreditApplicationRows.h"
#include "storage/CustomerRecords.h"
#include "storage/OutboxRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pac {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, status, json, etag, stored_at FROM credit_applications ");

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

StorageResult<QList<CreditApplicationRecord>> recordsOf(QSqlQuery &query)
{
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    QList<CreditApplicationRecord> records;
    while (query.next()) {
        CreditApplicationRecord record;
        record.id = query.value(0).toLongLong();
        record.customerId = query.value(1).toLongLong();
        // The column holds only what recordFromJson() accepted; an unknown value (a newer
        // program's) reads as submitted, the state that still waits for a decision.
        record.status = creditApplicationStatusFromWire(query.value(2).toString())
                            .value_or(CreditApplicationStatus::Submitted);
        record.json = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        record.etag = query.value(4).toString().toLatin1();
        record.storedAt = outboxrows::fromMs(query.value(5));
        records.append(record);
    }
    return records;
}

} // namespace

StorageStatus writeCreditApplication(CacheConnection &connection,
                                     const CreditApplicationRecord &record)
{
    PreparedQuery query = connection.prepared(QStringLiteral(
        "INSERT INTO credit_applications (id, customer_id, status, json, etag, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "customer_id = excluded.customer_id, status = excluded.status, json = excluded.json, "
        "etag = excluded.etag, stored_at = excluded.stored_at"));
    query->addBindValue(record.id);
    query->addBindValue(record.customerId);
    query->addBindValue(toWire(record.status));
    query->addBindValue(outboxrows::jsonText(record.json));
    query->addBindValue(CustomerRecords::notNull(QString::fromLatin1(record.etag)));
    query->addBindValue(record.storedAt.isValid() ? record.storedAt.toMSecsSinceEpoch()
                                                  : QDateTime::currentMSecsSinceEpoch());
    if (!query->exec())
        return CustomerRecords::sqlError(*query);
    return {};
}

CreditApplicationStore::CreditApplicationStore(CacheConnection &connection)
    : m_connection(connection)
{ }

std::optional<CreditApplicationRecord>
CreditApplicationStore::recordFromJson(const QJsonObject &json, const QByteArray &etag,
                                       QString *badField)
{
    const auto fail = [badField](const QString &field) {
        if (badField)
            *badField = field;
        return std::nullopt;
    };
    const QJsonValue id = json.value(QStringLiteral("id"));
    if (!isInteger(id) || id.toInteger() <= 0)
        return fail(QStringLiteral("id"));
    const QJsonValue customerId = json.value(QStringLiteral("customer_id"));
    if (!isInteger(customerId) || customerId.toInteger() <= 0)
        return fail(QStringLiteral("customer_id"));
    const auto status
        = creditApplicationStatusFromWire(json.value(QStringLiteral("status")).toString());
    if (!status || *status == CreditApplicationStatus::Draft)
        return fail(QStringLiteral("status"));
    CreditApplicationRecord record;
    record.id = id.toInteger();
    record.customerId = customerId.toInteger();
    record.status = *status;
    record.json = json;
    record.etag = etag;
    // Without a header, the ETag of an application is its version, like a customer's.
    if (record.etag.isEmpty() && isInteger(json.value(QStringLiteral("version"))))
        record.etag
            = '"' + QByteArray::number(json.value(QStringLiteral("version")).toInteger()) + '"';
    record.storedAt = outboxrows::fromMs(QDateTime::currentMSecsSinceEpoch());
    return record;
}

StorageStatus CreditApplicationStore::store(const QList<CreditApplicationRecord> &records)
{
    SqlTransaction transaction(m_connection, QStringLiteral("credit applications store"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    for (const CreditApplicationRecord &record : records) {
        if (StorageStatus written = writeCreditApplication(m_connection, record); !written) {
            return written;
        }
    }
    return transaction.commit();
}

StorageResult<std::optional<CreditApplicationRecord>> CreditApplicationStore::find(qint64 id) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    auto records = recordsOf(query);
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return std::optional<CreditApplicationRecord>();
    return std::optional<CreditApplicationRecord>(records.value().constFirst());
}

StorageResult<QList<CreditApplicationRecord>>
CreditApplicationStore::listFor(qint64 customerId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("WHERE customer_id = ? ORDER BY id"));
    query.addBindValue(customerId);
    return recordsOf(query);
}

StorageResult<QList<qint64>>
CreditApplicationStore::idsWithStatus(CreditApplicationStatus status,
                                      const QSet<qint64> &customerIds) const
{
    QList<qint64> ids;
    if (customerIds.isEmpty())
        return ids;
    PreparedQuery query = m_connection.prepared(
        QStringLiteral("SELECT id, customer_id FROM credit_applications WHERE status = ? "
                       "ORDER BY id"));
    query->addBindValue(toWire(status));
    if (!query->exec())
        return CustomerRecords::sqlError(*query);
    while (query->next()) {
        if (customerIds.contains(query->value(1).toLongLong()))
            ids.append(query->value(0).toLongLong());
    }
    return ids;
}

StorageResult<QList<CreditApplicationRecord>>
CreditApplicationStore::listByStatus(std::optional<CreditApplicationStatus> status) const
{
    QSqlQuery query(m_connection.database());
    if (!status) {
        query.prepare(kSelect + QStringLiteral("ORDER BY id"));
    } else {
        query.prepare(kSelect + QStringLiteral("WHERE status = ? ORDER BY id"));
        query.addBindValue(toWire(*status));
    }
    return recordsOf(query);
}

} // namespace pac
