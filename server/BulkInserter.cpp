#include "server/BulkInserter.h"

#include <QSqlError>

namespace pac::server {

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_fullBatch(db)
{
    m_fullBatch.prepare(statement(m_rowsPerStatement));
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
}

QString BulkInserter::statement(int rows) const
{
    const QString row = QLatin1Char('(')
        + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
               .arg(m_table, m_columns.join(QLatin1Char(',')))
        + QStringList(rows, row).join(QLatin1Char(','));
}

bool BulkInserter::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending.append(row);
    if (m_pending.size() < m_columns.size() * m_rowsPerStatement)
        return true;
    return write(m_fullBatch);
}

bool BulkInserter::finish()
{
    if (m_pending.isEmpty())
        return true;
    QSqlQuery rest(m_db);
    rest.prepare(statement(int(m_pending.size() / m_columns.size())));
    return write(rest);
}

bool BulkInserter::write(QSqlQuery &query)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending.at(i));
    m_pending.clear();
    if (query.exec())
        return true;
    m_error = QStringLiteral("%1: %2").arg(m_table, query.lastError().text());
    return false;
}

} // namespace pac::server
