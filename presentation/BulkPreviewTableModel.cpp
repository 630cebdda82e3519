#include "presentation/BulkPreviewTableModel.h"

#include "portal/BulkCsv.h"

namespace pac {

BulkPreviewTableModel::BulkPreviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BulkPreviewTableModel::setPreview(const BulkPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void BulkPreviewTableModel::clear()
{
    setPreview({});
}

const BulkPreviewRow *BulkPreviewTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_preview.rows.size() ? &m_preview.rows.at(row) : nullptr;
}

QString BulkPreviewTableModel::outcomeText(BulkPreviewRow::Outcome outcome)
{
    switch (outcome) {
    case BulkPreviewRow::Outcome::Change:
        return tr("will change");
    case BulkPreviewRow::Outcome::Unchanged:
        return tr("unchanged");
    case BulkPreviewRow::Outcome::Skipped:
        return tr("skipped");
    }
    return {};
}

QString BulkPreviewTableModel::customerText(const BulkPreviewRow &row) const
{
    if (row.customerName.isEmpty())
        return tr("Customer %1 (not in your list)").arg(row.customerId);
    return row.customerName;
}

QByteArray BulkPreviewTableModel::csv() const
{
    QString out = BulkCsv::line({QStringLiteral("customer_id"), QStringLiteral("customer"),
                                 QStringLiteral("outcome"), QStringLiteral("before"),
                                 QStringLiteral("after"), QStringLiteral("reason")})
        + QStringLiteral("\r\n");
    for (const BulkPreviewRow &row : m_preview.rows) {
        out += BulkCsv::line({QString::number(row.customerId), row.customerName,
                              outcomeText(row.outcome), row.before, row.after, row.reason})
            + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

int BulkPreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int BulkPreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkPreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkPreviewRow &row = m_preview.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Column::Customer:
            return customerText(row);
        case Column::Outcome:
            return outcomeText(row.outcome);
        case Column::Before:
            return row.before;
        case Column::After:
            // "unchanged" and "skipped" say it in the Outcome column; no after to show.
            return row.outcome == BulkPreviewRow::Outcome::Change ? row.after : QString();
        case Column::Reason:
            return row.reason;
        case Column::Count:
            break;
        }
        return {};
    case CustomerIdRole:
        return row.customerId;
    case OutcomeRole:
        return int(row.outcome);
    default:
        return {};
    }
}

QVariant BulkPreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    switch (Column(section)) {
    case Column::Customer:
        return tr("Customer");
    case Column::Outcome:
        return tr("Outcome");
    case Column::Before:
        return tr("Before");
    case Column::After:
        return tr("After");
    case Column::Reason:
        return tr("Reason");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace pac
