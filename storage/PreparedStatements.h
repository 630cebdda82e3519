#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace pac {

namespace detail {
struct PreparedStatement
{
    QSqlQuery query;
    bool inUse = false;
};
} // namespace detail

// A statement taken from a connection's PreparedStatements: use it like a QSqlQuery (bind,
// exec(), read). When the handle goes, the statement is reset (QSqlQuery::finish()) and goes
// back to the cache: a SELECT left half-read would otherwise keep its read snapshot, and the
// connection would not see what other connections commit afterwards.
class PreparedQuery
{
public:
    PreparedQuery(PreparedQuery &&other) noexcept = default;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    ~PreparedQuery();

    QSqlQuery &operator*() const { return m_statement->query; }
    QSqlQuery *operator->() const { return &m_statement->query; }
    // False when SQLite refused the statement; lastError() says why.
    bool isPrepared() const { return m_prepared; }

private:
    friend class PreparedStatements;
    PreparedQuery(std::shared_ptr<detail::PreparedStatement> statement, bool prepared);

    std::shared_ptr<detail::PreparedStatement> m_statement;
    bool m_prepared = false;
};

// Internal to storage/: the prepared statements of one connection, by SQL text. SQLite parses
// and plans a statement's text each time a QSqlQuery prepares it, which costs more than
// running the small statements of an outbox transition or a customer row; a cached statement
// is parsed once per connection. The same text asked for while its statement is in use
// (re-entrant code), or beyond the cache's size, gets a statement of its own.
class PreparedStatements
{
public:
    PreparedStatements() = default;
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // A statement of `db` (always the same connection). Forward-only: rows are read once, in
    // order.
    PreparedQuery take(const QSqlDatabase &db, const QString &sql);
    // Drops every statement not in use (before the connection closes).
    void clear();
    int size() const { return int(m_statements.size()); }

    // Texts beyond this many get statements of their own (dynamic SQL must not grow the cache
    // without bound).
    static constexpr int MaxStatements = 128;

private:
    QHash<QString, std::shared_ptr<detail::PreparedStatement>> m_statements;
};

} // namespace pac
