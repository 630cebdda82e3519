#include "server/BulkInserter.h"

namespace pac::server {

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_fullBatch(std::make_unique<SqliteStatement>(db, statement(rowsPerStatement)))
{
    if (!m_fullBatch->isValid())
        m_error = QStringLiteral("%1: %2").arg(m_table, m_fullBatch->errorText());
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
}

QByteArray BulkInserter::statement(int rows) const
{
    const QString row = QLatin1Char('(')
        + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return (QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                .arg(m_table, m_columns.join(QLatin1Char(',')))
            + QStringList(rows, row).join(QLatin1Char(',')))
        .toUtf8();
}

bool BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (!m_error.isEmpty())
        return false;
    m_pending.append(row);
    if (m_pending.size() < m_columns.size() * m_rowsPerStatement)
        return true;
    return write(*m_fullBatch);
}

bool BulkInserter::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_pending.isEmpty())
        return true;
    SqliteStatement rest(m_db, statement(int(m_pending.size() / m_columns.size())));
    return write(rest);
}

bool BulkInserter::write(SqliteStatement &statement)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        statement.bindVariant(int(i) + 1, m_pending.at(i));
    m_pending.clear();
    const bool written = statement.exec();
    if (!written) {
        m_error = QStringLiteral("%1: %2").arg(m_table, statement.errorText());
    }
    statement.reset();
    return written;
}

} // namespace pac::server
