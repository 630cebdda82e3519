#pragma once

#include "server/SqliteStatement.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace pac::server {

// Inserts many rows into one table with few statements: rows are buffered and written
// `rowsPerStatement` at a time by one multi-row INSERT prepared once, so the cost per row is
// binding its values, not a statement round trip. The values are bound straight into SQLite
// (SqliteStatement): through QtSql, binding was most of the demo's seeding (docs/server.md).
// Rows reach the table in the order added.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                 int rowsPerStatement = 64);

    // Buffers one row (one value per column, in order: SqliteStatement::bindVariant); writes a
    // full batch when one is ready.
    bool add(const QVariantList &row);
    // Writes what is still buffered.
    bool finish();
    QString errorText() const { return m_error; }

private:
    QByteArray statement(int rows) const;
    bool write(SqliteStatement &statement);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::unique_ptr<SqliteStatement> m_fullBatch;
    QVariantList m_pending;
    QString m_error;
};

} // namespace pac::server
