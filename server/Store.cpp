#include "server/Store.h"

#include "server/Log.h"
#include "server/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace pac::server {

namespace {

bool execPragma(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(pragma))
        return true;
    *error = QStringLiteral("%1: %2").arg(pragma, query.lastError().text());
    return false;
}

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The store holds password hashes and account details: readable by its owner only. The
// file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
// mode of the database file), and an older store written 0644 is narrowed.
bool restrictToOwner(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create the store %1").arg(path);
        return false;
    }
    ::close(fd);
    for (const QString &file :
         QStringList {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(file) && QFile::permissions(file) != kOwnerOnly
            && !QFile::setPermissions(file, kOwnerOnly)) {
            *error = QStringLiteral("cannot make %1 readable by its owner only").arg(file);
            return false;
        }
    }
    return true;
}

} // namespace

Store::Store()
    : m_connectionName(QStringLiteral("pac-server-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Store::~Store()
{
    close();
}

bool Store::open(const QString &path, QString *error)
{
    if (!path.isEmpty() && !restrictToOwner(path, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open the store %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // WAL lets readers go on while a write commits; in memory there is no journal file.
    const QString journal = path.isEmpty() ? QStringLiteral("PRAGMA journal_mode=MEMORY")
                                           : QStringLiteral("PRAGMA journal_mode=WAL");
    if (!execPragma(db, journal, error)
        // FULL: an acknowledged change (a decision, an edit the client then drops from its
        // outbox) must survive a power loss; with WAL, NORMAL could lose the last commits.
        || !execPragma(db, QStringLiteral("PRAGMA synchronous=FULL"), error)
        || !execPragma(db, QStringLiteral("PRAGMA foreign_keys=ON"), error)
        || !execPragma(db, QStringLiteral("PRAGMA busy_timeout=5000"), error)) {
        return false;
    }
    if (!path.isEmpty() && journalMode() != QLatin1String("wal")) {
        *error = QStringLiteral("the store %1 could not switch to WAL mode").arg(path);
        return false;
    }
    if (!migrateSchema(db, error))
        return false;
    if (!path.isEmpty() && !restrictToOwner(path, error)) // the -wal and -shm now exist
        return false;
    qCInfo(lcServer, "store open (%s), schema version %d", path.isEmpty() ? "in memory" : "file",
           schemaVersion());
    return true;
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    return currentSchemaVersion(database());
}

bool Store::isEmpty() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next()
        && query.value(0).toLongLong() == 0;
}

QString Store::journalMode() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return {};
    return query.value(0).toString().toLower();
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
    , m_open(m_db.transaction())
{
    if (!m_open)
        qCWarning(lcServer) << "cannot begin a transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_db.commit())
        return true;
    qCWarning(lcServer) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace pac::server
