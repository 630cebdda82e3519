#include "storage/PreparedStatements.h"

namespace pac {

PreparedQuery::PreparedQuery(std::shared_ptr<detail::PreparedStatement> statement, bool prepared)
    : m_statement(std::move(statement))
    , m_prepared(prepared)
{
    m_statement->inUse = true;
}

PreparedQuery::~PreparedQuery()
{
    if (!m_statement)
        return; // moved from
    m_statement->query.finish();
    m_statement->inUse = false;
}

PreparedStatements::~PreparedStatements()
{
    clear();
}

PreparedQuery PreparedStatements::take(const QSqlDatabase &db, const QString &sql)
{
    const auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd() && !found.value()->inUse)
        return PreparedQuery(found.value(), true);

    auto statement = std::make_shared<detail::PreparedStatement>();
    statement->query = QSqlQuery(db);
    statement->query.setForwardOnly(true);
    const bool prepared = statement->query.prepare(sql);
    if (prepared && found == m_statements.constEnd() && m_statements.size() < MaxStatements)
        m_statements.insert(sql, statement);
    return PreparedQuery(std::move(statement), prepared);
}

void PreparedStatements::clear()
{
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it.value()->inUse) {
            ++it; // its handle still runs it; it goes with the handle
            continue;
        }
        it.value()->query = QSqlQuery();
        it = m_statements.erase(it);
    }
}

} // namespace pac
