#pragma once

#include <QString>

#include <map>
#include <memory>

class QSqlQuery;

namespace pac::server {

class SqliteStatement;
class Store;

// Statements of the store's connection prepared once and reused: on a small request (a page
// of a dozen invoices) preparing its three statements anew was a good share of the portal's
// time (bench/README.md).
// A statement is finished after each use (Use), so that it holds no read lock between
// requests. The hottest ones are SQLite's own statements (SqliteStatement, useDirect()).
// For the server's thread only, like the store.
class PreparedQueries
{
public:
    explicit PreparedQueries(Store &store);
    ~PreparedQueries();
    PreparedQueries(const PreparedQueries &) = delete;
    PreparedQueries &operator=(const PreparedQueries &) = delete;

    // A statement for `sql`, prepared the first time (null, logged, when it does not
    // prepare); finished when the Use goes. Bind, exec and read through it.
    class Use
    {
    public:
        explicit Use(QSqlQuery *query)
            : m_query(query)
        { }
        ~Use();
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;

        explicit operator bool() const { return m_query != nullptr; }
        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        QSqlQuery *m_query;
    };
    Use use(const QString &sql);

    // The same for a statement of SQLite's own API (SqliteStatement.h): reset when the
    // DirectUse goes.
    class DirectUse
    {
    public:
        explicit DirectUse(SqliteStatement *statement)
            : m_statement(statement)
        { }
        ~DirectUse();
        DirectUse(const DirectUse &) = delete;
        DirectUse &operator=(const DirectUse &) = delete;

        explicit operator bool() const { return m_statement != nullptr; }
        SqliteStatement &operator*() const { return *m_statement; }
        SqliteStatement *operator->() const { return m_statement; }

    private:
        SqliteStatement *m_statement;
    };
    DirectUse useDirect(const QByteArray &sql);

private:
    Store &m_store;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries; // a handful: one per statement text
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_direct;
};

} // namespace pac::server
