#include "server/SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pac::server {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Debian's QtSql driver uses the system libsqlite3, the one linked here; a Qt with its own
    // copy of SQLite would hand out a handle of another library (its source id tells).
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()
        || query.value(0).toString() != QLatin1String(sqlite3_sourceid())) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QByteArray &sql)
    : m_db(handleOf(db))
{
    if (!m_db) {
        m_error = QStringLiteral("the store's connection is not SQLite's own");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::parameterIndex(const char *name) const
{
    return m_statement ? sqlite3_bind_parameter_index(m_statement, name) : 0;
}

void SqliteStatement::bindInt(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindText(int parameter, QByteArrayView utf8)
{
    // Copied (SQLITE_TRANSIENT): the caller's bytes may go before the statement steps.
    sqlite3_bind_text(m_statement, parameter, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int parameter, const QString &text)
{
    // Most texts bound are short and ASCII (dates, invoice numbers, wire names): narrowed on
    // the stack, without the allocation of QString::toUtf8() (seeding binds millions).
    constexpr qsizetype kShort = 128;
    if (text.size() <= kShort) {
        char narrow[kShort];
        const QChar *chars = text.constData();
        qsizetype i = 0;
        for (; i < text.size() && chars[i].unicode() < 0x80; ++i)
            narrow[i] = char(chars[i].unicode());
        if (i == text.size()) {
            bindText(parameter, QByteArrayView(narrow, i));
            return;
        }
    }
    bindText(parameter, QByteArrayView(text.toUtf8()));
}

void SqliteStatement::bindBlob(int parameter, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_statement, parameter, bytes.data() ? bytes.data() : "", int(bytes.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bindVariant(int parameter, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(parameter);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bindInt(parameter, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, parameter, value.toDouble());
        return;
    case QMetaType::QByteArray:
        bindBlob(parameter, QByteArrayView(value.toByteArray()));
        return;
    default:
        bindText(parameter, value.toString());
        return;
    }
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::next()
{
    return m_statement && !failed() && step();
}

bool SqliteStatement::exec()
{
    if (!m_statement || failed())
        return false;
    while (step()) { }
    return !failed();
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_error.clear();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::intValue(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    // The text (or blob) first, then its size: the order SQLite documents.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace pac::server
