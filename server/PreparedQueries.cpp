#include "server/PreparedQueries.h"

#include "server/Log.h"
#include "server/SqliteStatement.h"
#include "server/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

PreparedQueries::PreparedQueries(Store &store)
    : m_store(store)
{ }

PreparedQueries::~PreparedQueries() = default;

PreparedQueries::Use::~Use()
{
    if (m_query)
        m_query->finish();
}

PreparedQueries::Use PreparedQueries::use(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_store.database());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            qCWarning(lcServer) << "a statement does not prepare:" << query->lastError().text();
            return Use(nullptr);
        }
        it = m_queries.emplace(sql, std::move(query)).first;
    }
    return Use(it->second.get());
}

PreparedQueries::DirectUse::~DirectUse()
{
    if (m_statement)
        m_statement->reset();
}

PreparedQueries::DirectUse PreparedQueries::useDirect(const QByteArray &sql)
{
    auto it = m_direct.find(sql);
    if (it == m_direct.end()) {
        auto statement = std::make_unique<SqliteStatement>(m_store.database(), sql);
        if (!statement->isValid()) {
            qCWarning(lcServer) << "a statement does not prepare:" << statement->errorText();
            return DirectUse(nullptr);
        }
        it = m_direct.emplace(sql, std::move(statement)).first;
    }
    return DirectUse(it->second.get());
}

} // namespace pac::server
