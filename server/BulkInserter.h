#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace pac::server {

// Inserts many rows into one table with few statements: rows are buffered and written
// `rowsPerStatement` at a time by one prepared multi-row INSERT, so the cost per row is
// binding its values, not a statement round trip. Rows reach the table in the order added.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                 int rowsPerStatement = 64);

    // Buffers one row (one value per column, in order); writes a full batch when one is ready.
    bool add(const QVariantList &row);
    // Writes what is still buffered.
    bool finish();
    QString errorText() const { return m_error; }

private:
    QString statement(int rows) const;
    bool write(QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_fullBatch;
    QVariantList m_pending;
    QString m_error;
};

} // namespace pac::server
