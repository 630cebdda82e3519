#include "server/CreditApplicationStore.h"

#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/Store.h"
#include "server/VisibilityFilter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

const QLatin1String
    kSelect("SELECT ca.id, ca.customer_id, ca.status, ca.version, ca.application, c.agent_id,"
            " a.master_agent_id, c.master_agent_id FROM credit_applications ca"
            " JOIN customers c ON c.id = ca.customer_id JOIN users a ON a.id = c.agent_id");

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<CreditApplicationStore::Row> rowFrom(const QSqlQuery &query)
{
    const QJsonObject json = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    auto application = creditApplicationFromJson(json);
    const auto status = creditApplicationStatusFromWire(query.value(2).toString());
    if (!application || !status) {
        qCWarning(lcServer) << "unreadable credit application" << query.value(0).toLongLong();
        return std::nullopt;
    }
    application->id = query.value(0).toLongLong();
    application->customerId = query.value(1).toLongLong();
    application->status = *status;
    application->version = query.value(3).toLongLong();
    return CreditApplicationStore::Row {
        *application,
        {query.value(5).toLongLong(), optionalId(query.value(6)), optionalId(query.value(7))}};
}

QString documentOf(const CreditApplication &application)
{
    return QString::fromUtf8(QJsonDocument(toJson(application)).toJson(QJsonDocument::Compact));
}

} // namespace

CreditApplicationStore::CreditApplicationStore(Store &store)
    : m_store(store)
{ }

std::optional<CreditApplicationStore::Row> CreditApplicationStore::find(qint64 id)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kSelect + QLatin1String(" WHERE ca.id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

bool CreditApplicationStore::insert(CreditApplication &application, const QDateTime &at)
{
    application.version = 1;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO credit_applications (customer_id, status, application, version, updated_at)"
        " VALUES (:customer, :status, :application, 1, :at)"));
    query.bindValue(QStringLiteral(":customer"), application.customerId);
    query.bindValue(QStringLiteral(":status"), toWire(application.status));
    query.bindValue(QStringLiteral(":application"), documentOf(application));
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    if (!query.exec()) {
        qCWarning(lcServer) << "cannot store a credit application:" << query.lastError().text();
        return false;
    }
    application.id = query.lastInsertId().toLongLong();
    return true;
}

bool CreditApplicationStore::update(CreditApplication &application, const QDateTime &at)
{
    ++application.version;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE credit_applications SET status = :status, application = :application,"
        " version = :version, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":status"), toWire(application.status));
    query.bindValue(QStringLiteral(":application"), documentOf(application));
    query.bindValue(QStringLiteral(":version"), application.version);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":id"), application.id);
    if (query.exec() && query.numRowsAffected() == 1)
        return true;
    qCWarning(lcServer) << "cannot update a credit application:" << query.lastError().text();
    return false;
}

CreditApplicationStore::ListPage CreditApplicationStore::list(const ListQuery &request)
{
    QString sql = kSelect + QLatin1String(" WHERE ") + visibility::candidateCondition()
        + QLatin1String(" AND ca.id > :after");
    if (request.status)
        sql += QLatin1String(" AND ca.status = :status");
    sql += QLatin1String(" ORDER BY ca.id LIMIT :limit");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    visibility::bindCandidates(query, request.viewer);
    query.bindValue(QStringLiteral(":after"), request.afterId.value_or(0));
    if (request.status)
        query.bindValue(QStringLiteral(":status"), toWire(*request.status));
    query.bindValue(QStringLiteral(":limit"), request.limit + 1);

    ListPage page;
    if (!query.exec()) {
        qCWarning(lcServer) << "listing credit applications failed:" << query.lastError().text();
        return page;
    }
    int rows = 0;
    qint64 lastId = 0;
    while (query.next()) {
        if (rows == request.limit) {
            page.lastId = lastId;
            break;
        }
        ++rows;
        lastId = query.value(0).toLongLong();
        const auto row = rowFrom(query);
        if (row && Permissions::canSee(request.viewer, row->ownership))
            page.items.append(toJson(row->application));
    }
    return page;
}

} // namespace pac::server
