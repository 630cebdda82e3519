#include "storage/InvoiceStore.h"

#include "models/InvoiceJson.h"
#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/OutboxRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace pac {

namespace {

template<typename T, typename Append>
QByteArray jsonArrayOf(const QList<T> &items, Append append)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        append(out, items.at(i));
    }
    out += ']';
    return out;
}

template<typename T, typename Decode>
std::optional<QList<T>> listOf(const QByteArray &json, Decode decode)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<T> items;
    const QJsonArray array = document.array();
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        std::optional<T> item = decode(value.toObject(), nullptr);
        if (!value.isObject() || !item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

} // namespace

InvoiceStore::InvoiceStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageStatus InvoiceStore::store(qint64 customerId, const CachedBilling &billing)
{
    SqlTransaction transaction(m_connection, QStringLiteral("invoice store"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("INSERT INTO customer_billing (customer_id, invoices, payments, fetched_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                       "invoices = excluded.invoices, payments = excluded.payments, "
                       "fetched_at = excluded.fetched_at"));
    query.addBindValue(customerId);
    query.addBindValue(QString::fromUtf8(jsonArrayOf(billing.invoices, &appendInvoiceJson)));
    query.addBindValue(QString::fromUtf8(jsonArrayOf(billing.payments, &appendPaymentJson)));
    query.addBindValue(billing.fetchedAt.toMSecsSinceEpoch());
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    return transaction.commit();
}

StorageResult<std::optional<CachedBilling>> InvoiceStore::find(qint64 customerId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT invoices, payments, fetched_at FROM customer_billing "
                                 "WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    if (!query.next())
        return std::optional<CachedBilling>();
    auto invoices = listOf<Invoice>(query.value(0).toString().toUtf8(), &invoiceFromJson);
    auto payments = listOf<Payment>(query.value(1).toString().toUtf8(), &paymentFromJson);
    if (!invoices || !payments) {
        return StorageError::make(
            StorageError::Kind::Sql,
            tr("The cached invoices of customer %1 cannot be read.").arg(customerId),
            QStringLiteral("customer_billing row does not decode"));
    }
    CachedBilling billing;
    billing.invoices = std::move(*invoices);
    billing.payments = std::move(*payments);
    billing.fetchedAt = outboxrows::fromMs(query.value(2));
    return std::optional<CachedBilling>(std::move(billing));
}

StorageResult<QList<qint64>> InvoiceStore::cachedCustomers() const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT customer_id FROM customer_billing ORDER BY customer_id")))
        return CustomerRecords::sqlError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

StorageStatus InvoiceStore::forget(qint64 customerId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM customer_billing WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    return {};
}

} // namespace pac
