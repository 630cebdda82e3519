#pragma once

#include <QString>

#include <map>
#include <memory>

class QSqlQuery;

namespace pac::server {

class Store;

// Statements of the store's connection prepared once and reused: on a small request (a page
// of a dozen invoices) preparing its three statements anew was a good share of the portal's
// time (bench/README.md).
// A statement is finished after each use (Use), so that it holds no read lock between
// requests. For the server's thread only, like the store.
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

private:
    Store &m_store;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries; // a handful: one per statement text
};

} // namespace pac::server
