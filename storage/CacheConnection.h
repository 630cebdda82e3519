#pragma once

#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pac {

// How durable a write transaction must be. The cache runs in WAL mode with
// `synchronous=NORMAL` (a power cut may lose the last transactions, never corrupt the file);
// what a user typed (an outbox entry, a draft autosave) commits with `synchronous=FULL`, so it
// survives a power cut once the call returns.
enum class Durability { Normal, Full };

// One open SQLite connection to a cache file: a QSqlDatabase with a unique connection name,
// configured (WAL, synchronous, foreign keys, busy timeout) and migrated to the latest schema.
// A QSqlDatabase may only be used on the thread that opened it, so each thread opens its own
// CacheConnection (LocalCache on the GUI thread, CacheWriter on its worker thread).
class CacheConnection
{
    Q_DECLARE_TR_FUNCTIONS(pac::CacheConnection)

public:
    // What the observer learns about each committed write transaction (a test seam, also used
    // for debug logging): its label and the `PRAGMA synchronous` in effect when it committed
    // (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA).
    struct CommitInfo
    {
        QString label;
        int synchronous = -1;
    };
    using CommitObserver = std::function<void(const CommitInfo &)>;

    // Opens (creating if missing) and migrates to SchemaMigrations::latestVersion().
    static StorageResult<std::unique_ptr<CacheConnection>> open(const QString &path);
    // Opens without migrating (for tests that build an old-version file, and for inspection).
    static StorageResult<std::unique_ptr<CacheConnection>> openUnmigrated(const QString &path);

    ~CacheConnection();
    CacheConnection(const CacheConnection &) = delete;
    CacheConnection &operator=(const CacheConnection &) = delete;

    QSqlDatabase database() const { return m_db; }
    QString path() const { return m_path; }

    // A prepared statement of this connection, parsed once and then reused (see
    // PreparedStatements). For statements run often; a one-off may use a plain QSqlQuery.
    PreparedQuery prepared(const QString &sql) { return m_statements.take(m_db, sql); }
    QString connectionName() const { return m_name; }

    // `PRAGMA journal_mode` as SQLite reports it ("wal" when configured).
    QString journalMode() const;
    // Copies the WAL into the database file as far as no reader still needs it (a PASSIVE
    // checkpoint: it waits for no one). Connections do not checkpoint when they commit (see
    // open()): the CacheWriter calls this on its thread. Returns the frames copied.
    StorageResult<int> checkpoint();
    // Lets this connection's commits checkpoint by themselves once the WAL holds `pages`
    // pages (0: never, the default of every connection).
    StorageStatus setAutoCheckpoint(int pages);
    // `PRAGMA integrity_check`: "ok", or the problems it found, one a line.
    StorageResult<QString> integrityCheck() const;

    void setCommitObserver(CommitObserver observer) { m_observer = std::move(observer); }
    const CommitObserver &commitObserver() const { return m_observer; }

private:
    CacheConnection(QSqlDatabase db, QString name, QString path);

    QSqlDatabase m_db;
    QString m_name;
    QString m_path;
    PreparedStatements m_statements;
    CommitObserver m_observer;
};

// A write transaction (BEGIN IMMEDIATE) on a connection, rolled back unless commit() succeeds.
// With Durability::Full, `synchronous=FULL` is in effect from BEGIN to COMMIT and NORMAL is
// restored afterwards.
class SqlTransaction
{
    Q_DECLARE_TR_FUNCTIONS(pac::SqlTransaction)

public:
    SqlTransaction(CacheConnection &connection, QString label,
                   Durability durability = Durability::Normal);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // The error of BEGIN, if it failed (then every other call is refused).
    StorageStatus begun() const;
    StorageStatus commit();
    void rollback();

private:
    void restoreSynchronous();

    CacheConnection &m_connection;
    QString m_label;
    Durability m_durability;
    StorageStatus m_begun;
    bool m_open = false;
};

} // namespace pac
