#include "server/AuditLog.h"

#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace pac::server {

namespace {

// Any JSON value (null, number, string, array, object) as text and back.
QString encodeValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

} // namespace

AuditLog::AuditLog(Store &store)
    : m_store(store)
{ }

bool AuditLog::append(qint64 customerId, const Actor &actor, const QDateTime &at,
                      const AuditChange &change)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO audit_entries (customer_id, at, actor_id, actor_name, actor_role, action,"
        " field, before_json, after_json)"
        " VALUES (:customer, :at, :actor, :name, :role, :action, :field, :before, :after)"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":actor"), actor.id);
    query.bindValue(QStringLiteral(":name"), actor.name);
    query.bindValue(QStringLiteral(":role"), toWire(actor.role));
    query.bindValue(QStringLiteral(":action"), change.action);
    query.bindValue(QStringLiteral(":field"), change.field);
    query.bindValue(QStringLiteral(":before"), encodeValue(change.before));
    query.bindValue(QStringLiteral(":after"), encodeValue(change.after));
    if (query.exec())
        return true;
    qCWarning(lcServer) << "cannot write an audit entry:" << query.lastError().text();
    return false;
}

AuditLog::Page AuditLog::list(qint64 customerId, std::optional<qint64> beforeId, int limit)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, at, actor_id, actor_name, actor_role, action, field, before_json, after_json"
        " FROM audit_entries WHERE customer_id = :customer AND id < :before"
        " ORDER BY id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":before"),
                    beforeId.value_or(std::numeric_limits<qint64>::max()));
    query.bindValue(QStringLiteral(":limit"), limit + 1);
    Page page;
    if (!query.exec())
        return page;
    qint64 lastId = 0;
    while (query.next()) {
        if (page.items.size() == limit) {
            page.lastId = lastId;
            break;
        }
        lastId = query.value(0).toLongLong();
        page.items.append(QJsonObject {
            {QStringLiteral("id"), lastId},
            {QStringLiteral("at"), query.value(1).toString()},
            {QStringLiteral("actor"),
             QJsonObject {{QStringLiteral("id"), query.value(2).toLongLong()},
                          {QStringLiteral("name"), query.value(3).toString()},
                          {QStringLiteral("role"), query.value(4).toString()}}},
            {QStringLiteral("action"), query.value(5).toString()},
            {QStringLiteral("field"), query.value(6).toString()},
            {QStringLiteral("before"), decodeValue(query.value(7).toString())},
            {QStringLiteral("after"), decodeValue(query.value(8).toString())},
        });
    }
    return page;
}

} // namespace pac::server
