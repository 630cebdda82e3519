#include "storage/InvoiceStore.h"

#include "models/InvoiceJson.h"
#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/InvoiceRows.h"
#include "storage/OutboxRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

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

StorageStatus addCachedDelivery(CacheConnection &connection, qint64 customerId, qint64 invoiceId,
                                const InvoiceDelivery &delivery)
{
    PreparedQuery select = connection.prepared(
        QStringLiteral("SELECT invoices FROM customer_billing WHERE customer_id = ?"));
    select->addBindValue(customerId);
    if (!select->exec())
        return CustomerRecords::sqlError(*select);
    if (!select->next())
        return {}; // never fetched: the next open fetches the invoice with its deliveries
    auto invoices = listOf<Invoice>(select->value(0).toString().toUtf8(), &invoiceFromJson);
    select->finish();
    if (!invoices) {
        return StorageError::make(
            StorageError::Kind::Sql,
            InvoiceStore::tr("The cached invoices of customer %1 cannot be read.").arg(customerId),
            QStringLiteral("customer_billing row does not decode"));
    }
    bool changed = false;
    for (Invoice &invoice : *invoices) {
        if (invoice.id != invoiceId)
            continue;
        const bool known = std::any_of(
            invoice.deliveries.cbegin(), invoice.deliveries.cend(),
            [&delivery](const InvoiceDelivery &each) { return each.id == delivery.id; });
        if (!known) {
            invoice.deliveries.append(delivery);
            changed = true;
        }
    }
    if (!changed)
        return {};
    PreparedQuery update = connection.prepared(
        QStringLiteral("UPDATE customer_billing SET invoices = ? WHERE customer_id = ?"));
    update->addBindValue(QString::fromUtf8(jsonArrayOf(*invoices, &appendInvoiceJson)));
    update->addBindValue(customerId);
    if (!update->exec())
        return CustomerRecords::sqlError(*update);
    return {};
}

StorageStatus InvoiceStore::addDelivery(qint64 customerId, qint64 invoiceId,
                                        const InvoiceDelivery &delivery)
{
    SqlTransaction transaction(m_connection, QStringLiteral("invoice delivery"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    if (StorageStatus added = addCachedDelivery(m_connection, customerId, invoiceId, delivery);
        !added)
        return added;
    return transaction.commit();
}

StorageResult<std::optional<CachedInvoice>>
InvoiceStore::findInvoiceWhere(const QString &condition, const QVariant &value) const
{
    // The row holding it is found by SQLite's JSON functions, so only that row is decoded.
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT b.customer_id, j.value FROM customer_billing b, "
                                 "json_each(b.invoices) j WHERE ")
                  + condition + QStringLiteral(" ORDER BY b.customer_id LIMIT 1"));
    query.addBindValue(value);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    if (!query.next())
        return std::optional<CachedInvoice>();
    const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toString().toUtf8());
    auto invoice = invoiceFromJson(document.object());
    if (!invoice) {
        return StorageError::make(StorageError::Kind::Sql,
                                  tr("The cached invoices of customer %1 cannot be read.")
                                      .arg(query.value(0).toLongLong()),
                                  QStringLiteral("customer_billing invoice does not decode"));
    }
    return std::optional<CachedInvoice>(CachedInvoice {query.value(0).toLongLong(), *invoice});
}

StorageResult<std::optional<CachedInvoice>> InvoiceStore::findInvoice(qint64 invoiceId) const
{
    return findInvoiceWhere(QStringLiteral("json_extract(j.value, '$.id') = ?"), invoiceId);
}

StorageResult<std::optional<CachedInvoice>>
InvoiceStore::findInvoiceByNumber(const QString &number) const
{
    return findInvoiceWhere(QStringLiteral("json_extract(j.value, '$.number') = ? COLLATE NOCASE"),
                            number.trimmed());
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
