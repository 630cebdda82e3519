#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace pac::server {

// A statement on the store's own SQLite connection (the one QtSql opened), for the few that
// run millions of times: seeding the demo's rows and reading a page of invoices. Through
// QtSql every bound value costs a formatted placeholder name and every column read a QVariant
// and a UTF-16 copy of its text, several times what SQLite itself spends on the row
// (docs/server.md, "Figures"); here values are bound and read as SQLite holds them (integers,
// UTF-8 text, blobs). The store is the same: a statement sees and joins the transaction of the
// QtSql connection it was made on. Prepared once, reset after each use; it must be destroyed
// before its Store closes. For the store's thread only, like the store.
class SqliteStatement
{
public:
    // The connection under `db` (a QSQLITE connection), or null: another driver, or a Qt whose
    // SQLite is not the library this program is linked with (then its handle cannot be used).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(const QSqlDatabase &db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // False when it did not prepare (errorText() says why).
    bool isValid() const { return m_statement != nullptr; }
    QString errorText() const { return m_error; }

    // The index of a named parameter (":name"; one name used twice is one parameter), 0 when
    // the statement has none of that name (binding 0 does nothing).
    int parameterIndex(const char *name) const;
    // Parameters count from 1, as in SQLite. Text is bound as UTF-8; a QString is converted.
    void bindInt(int parameter, qint64 value);
    void bindText(int parameter, QByteArrayView utf8);
    void bindText(int parameter, const QString &text);
    void bindBlob(int parameter, QByteArrayView bytes);
    void bindNull(int parameter);
    // A QVariant as QtSql binds it: null, integers and bool as integers, a double as a real,
    // QByteArray as a blob, anything else as its text.
    void bindVariant(int parameter, const QVariant &value);

    // Steps once: true with a row to read; false when done or on an error (failed() tells).
    bool next();
    // Steps to the end (an INSERT, an UPDATE); false on an error.
    bool exec();
    bool failed() const { return !m_error.isEmpty(); }
    // Ready for the next use: the cursor reset, the bindings cleared.
    void reset();

    // Columns of the current row, counting from 0.
    bool isNull(int column) const;
    qint64 intValue(int column) const;
    // The column's bytes as stored (UTF-8 for text), valid until the next step or reset.
    QByteArrayView bytes(int column) const;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }

private:
    bool step();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace pac::server
