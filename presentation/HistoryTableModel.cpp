#include "presentation/HistoryTableModel.h"

#include "presentation/HistoryText.h"
#include "presentation/UiText.h"

namespace pac {

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HistoryTableModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::When:
            return UiText::dateTime(entry.at);
        case Column::Who:
            return HistoryText::actor(entry);
        case Column::What:
            return HistoryText::what(entry);
        case Column::Before:
            return HistoryText::value(entry.field, entry.before);
        case Column::After:
            return HistoryText::value(entry.field, entry.after);
        case Column::Count:
            break;
        }
        return {};
    case RawRole:
        switch (column) {
        case Column::When:
            return entry.at;
        case Column::Before:
            return entry.before.toVariant();
        case Column::After:
            return entry.after.toVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::When:
        return tr("When");
    case Column::Who:
        return tr("Who");
    case Column::What:
        return tr("What");
    case Column::Before:
        return tr("Before");
    case Column::After:
        return tr("After");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace pac
