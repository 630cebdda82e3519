#include "storage/CacheConnection.h"

#include "storage/Log.h"
#include "storage/SchemaMigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pac {

namespace {

// How long a writer waits for another connection's write transaction (the CacheWriter's
// page, a few tens of milliseconds) before giving up with "database is locked".
constexpr int kBusyTimeoutMs = 5000;
constexpr qint64 kWalSizeLimitBytes = 16 * 1024 * 1024;

bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// BEGIN, COMMIT and ROLLBACK run from the connection's prepared statements. PRAGMAs do not:
// SQLite applies most of them while preparing, so a kept one would rely on being prepared
// again to take effect.
bool exec(CacheConnection &connection, const QString &sql, QString *error = nullptr)
{
    PreparedQuery query = connection.prepared(sql);
    if (query.isPrepared() && query->exec())
        return true;
    if (error)
        *error = query->lastError().text();
    return false;
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
        return query.value(0);
    return {};
}

} // namespace

CacheConnection::CacheConnection(QSqlDatabase db, QString name, QString path)
    : m_db(std::move(db))
    , m_name(std::move(name))
    , m_path(std::move(path))
{ }

CacheConnection::~CacheConnection()
{
    m_statements.clear(); // no statement may outlive the connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

StorageResult<std::unique_ptr<CacheConnection>> CacheConnection::openUnmigrated(const QString &path)
{
    // A unique name per connection: two threads (or two caches) never share one.
    const QString name
        = QStringLiteral("pac-storage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CacheConnection> connection;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        connection.reset(new CacheConnection(db, name, path));
    }
    QSqlDatabase db = connection->database();
    if (!db.open()) {
        return StorageError::make(StorageError::Kind::Open,
                                  tr("Cannot open the local cache %1.").arg(path),
                                  db.lastError().text());
    }
    QString error;
    const QStringList setup {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // No commit checkpoints by itself: a checkpoint copies the WAL into the database file
        // and syncs both, which a commit on the GUI thread must not wait for, and which a
        // sync writing a hundred pages paid every few pages. The CacheWriter checkpoints on
        // its own thread: every 32 MiB of its pages, when a sync session ends and when it
        // opens (setAutoCheckpoint(), checkpoint()); SQLite does when the last connection
        // closes.
        QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
        // The WAL of a first sync grows to the size of the data; once checkpointed, the file
        // is cut back to this when it is reused.
        QStringLiteral("PRAGMA journal_size_limit = %1").arg(kWalSizeLimitBytes),
    };
    for (const QString &statement : setup) {
        if (!exec(db, statement, &error)) {
            return StorageError::make(StorageError::Kind::Open,
                                      tr("Cannot configure the local cache %1.").arg(path), error);
        }
    }
    if (connection->journalMode() != u"wal") {
        // WAL is what lets the GUI read while the CacheWriter writes; without it we would
        // block the GUI thread behind every sync page.
        return StorageError::make(
            StorageError::Kind::Open,
            tr("The local cache %1 cannot use write-ahead logging.").arg(path),
            connection->journalMode());
    }
    return connection;
}

StorageResult<std::unique_ptr<CacheConnection>> CacheConnection::open(const QString &path)
{
    auto connection = openUnmigrated(path);
    if (!connection)
        return connection;
    if (StorageStatus migrated = SchemaMigrations::migrate(connection.value()->database());
        !migrated) {
        return migrated.error();
    }
    return connection;
}

QString CacheConnection::journalMode() const
{
    return pragma(m_db, QStringLiteral("journal_mode")).toString().toLower();
}

StorageResult<int> CacheConnection::checkpoint()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
        return StorageError::make(StorageError::Kind::Sql, tr("Cannot checkpoint the local cache."),
                                  query.lastError().text());
    }
    // busy, frames in the WAL, frames copied into the database (-1, -1 outside WAL mode)
    return query.value(2).toInt();
}

StorageStatus CacheConnection::setAutoCheckpoint(int pages)
{
    QString error;
    if (!exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(std::max(0, pages)),
              &error)) {
        return StorageError::make(StorageError::Kind::Sql,
                                  tr("Cannot configure the local cache %1.").arg(m_path), error);
    }
    return {};
}

StorageResult<QString> CacheConnection::integrityCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return StorageError::make(StorageError::Kind::Sql,
                                  tr("Cannot check the integrity of the local cache."),
                                  query.lastError().text());
    }
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

SqlTransaction::SqlTransaction(CacheConnection &connection, QString label, Durability durability)
    : m_connection(connection)
    , m_label(std::move(label))
    , m_durability(durability)
{
    QString error;
    // synchronous cannot change inside a transaction: set it first, restore after COMMIT.
    if (m_durability == Durability::Full
        && !exec(m_connection.database(), QStringLiteral("PRAGMA synchronous = FULL"), &error)) {
        m_begun = StorageError::make(StorageError::Kind::Sql, tr("Cannot save to the local cache."),
                                     error);
        return;
    }
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a transaction
    // never fails half-way because another connection wrote in between.
    if (!exec(m_connection, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        restoreSynchronous();
        m_begun = StorageError::make(StorageError::Kind::Sql, tr("Cannot save to the local cache."),
                                     error);
        return;
    }
    m_open = true;
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

StorageStatus SqlTransaction::begun() const
{
    return m_begun;
}

StorageStatus SqlTransaction::commit()
{
    if (!m_open) {
        if (!m_begun)
            return m_begun;
        return StorageError::make(StorageError::Kind::InvalidState,
                                  tr("Cannot save to the local cache."),
                                  QStringLiteral("commit without an open transaction"));
    }
    CacheConnection::CommitInfo info {m_label, -1};
    if (m_connection.commitObserver())
        info.synchronous = pragma(m_connection.database(), QStringLiteral("synchronous")).toInt();
    QString error;
    if (!exec(m_connection, QStringLiteral("COMMIT"), &error)) {
        qCWarning(lcStorage) << "commit of" << m_label << "failed:" << error;
        rollback();
        return StorageError::make(StorageError::Kind::Sql, tr("Cannot save to the local cache."),
                                  error);
    }
    m_open = false;
    restoreSynchronous();
    if (m_connection.commitObserver())
        m_connection.commitObserver()(info);
    return {};
}

void SqlTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QString error;
    if (!exec(m_connection, QStringLiteral("ROLLBACK"), &error))
        qCWarning(lcStorage) << "rollback of" << m_label << "failed:" << error;
    restoreSynchronous();
}

void SqlTransaction::restoreSynchronous()
{
    if (m_durability == Durability::Full)
        exec(m_connection.database(), QStringLiteral("PRAGMA synchronous = NORMAL"));
}

} // namespace pac
