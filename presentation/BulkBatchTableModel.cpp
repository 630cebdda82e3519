#include "presentation/BulkBatchTableModel.h"

#include "portal/BulkRules.h"
#include "presentation/UiText.h"

namespace pac {

BulkBatchTableModel::BulkBatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BulkBatchTableModel::setBatches(const QList<BulkBatch> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

const BulkBatch *BulkBatchTableModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int BulkBatchTableModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).id == batchId)
            return row;
    }
    return -1;
}

QString BulkBatchTableModel::resultsText(const BulkResults &results)
{
    QString text = tr("%1 sent, %2 conflict, %3 refused, %4 waiting")
                       .arg(results.sent)
                       .arg(results.conflict)
                       .arg(results.refused)
                       .arg(results.waiting);
    if (results.discarded > 0)
        text += tr(", %n discarded", "", results.discarded);
    return text;
}

QString BulkBatchTableModel::whatText(const BulkBatch &batch) const
{
    if (batch.undoOf)
        return tr("Bulk change %1: %2 (undoes bulk change %3)")
            .arg(batch.id)
            .arg(batch.action)
            .arg(*batch.undoOf);
    return tr("Bulk change %1: %2").arg(batch.id).arg(batch.action);
}

int BulkBatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BulkBatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkBatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkBatch &batch = m_batches.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::When:
            return UiText::dateTime(batch.createdAt);
        case Column::Who:
            return batch.user.name;
        case Column::What:
            return whatText(batch);
        case Column::Counts: {
            BulkTotals totals;
            totals.changed = batch.changed;
            totals.unchanged = batch.unchanged;
            totals.skipped = batch.skipped;
            return totals.text(true);
        }
        case Column::Results:
            return resultsText(batch.results);
        case Column::Count:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::When:
            return batch.createdAt;
        case Column::Who:
            return batch.user.name;
        case Column::What:
            return batch.action;
        case Column::Counts:
            return batch.changed;
        case Column::Results:
            return batch.results.sent;
        case Column::Count:
            break;
        }
        return {};
    case BatchIdRole:
        return batch.id;
    case PendingRole:
        return batch.results.waiting > 0;
    default:
        return {};
    }
}

QVariant BulkBatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    switch (Column(section)) {
    case Column::When:
        return tr("When");
    case Column::Who:
        return tr("Who");
    case Column::What:
        return tr("What");
    case Column::Counts:
        return tr("Preview");
    case Column::Results:
        return tr("Results");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace pac
