#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pac::server {

// The portal's SQLite store: one connection, owned by the thread that opened it. A file
// store runs in WAL mode; without a file the store lives in memory. open() brings the schema
// up to date step by step, each step in its own transaction (see Migrations.h).
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // path empty: in memory. Returns false and sets *error when the file cannot be opened or
    // migrated, or was written by a newer server.
    bool open(const QString &path, QString *error);
    void close();

    QSqlDatabase database() const;
    int schemaVersion() const;
    bool isEmpty() const; // no users: a fresh store that --demo may seed
    QString journalMode() const;

private:
    QString m_connectionName;
};

// Runs a write transaction; commits when the body returns true, rolls back otherwise (and on
// a failed commit). Nests nothing: callers open one transaction per request.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace pac::server
