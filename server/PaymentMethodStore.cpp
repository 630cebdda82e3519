#include "server/PaymentMethodStore.h"

#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

QJsonObject methodJson(qint64 id, const QString &type, const QString &last4,
                       const QVariant &accountType)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("last4"), last4},
        {QStringLiteral("account_type"),
         accountType.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(accountType.toString())}};
}

} // namespace

PaymentMethodStore::PaymentMethodStore(Store &store)
    : m_store(store)
{ }

QJsonArray PaymentMethodStore::list(qint64 customerId)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, type, last4, account_type FROM payment_methods"
                                 " WHERE customer_id = :customer ORDER BY id"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    QJsonArray items;
    if (!query.exec())
        return items;
    while (query.next()) {
        items.append(methodJson(query.value(0).toLongLong(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3)));
    }
    return items;
}

std::optional<QJsonObject>
PaymentMethodStore::addAch(qint64 customerId, const AchBankDetails &details, const QDateTime &at)
{
    const QString accountType = toWire(details.accountType.value_or(AchAccountType::Checking));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO payment_methods (customer_id, type, last4, account_type, holder_name,"
        " created_at) VALUES (:customer, 'ach', :last4, :account_type, :holder, :at)"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":last4"), details.last4());
    query.bindValue(QStringLiteral(":account_type"), accountType);
    query.bindValue(QStringLiteral(":holder"), details.holderName.trimmed());
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    if (!query.exec()) {
        qCWarning(lcServer) << "cannot store a payment method:" << query.lastError().text();
        return std::nullopt;
    }
    return methodJson(query.lastInsertId().toLongLong(), QStringLiteral("ach"), details.last4(),
                      accountType);
}

} // namespace pac::server
