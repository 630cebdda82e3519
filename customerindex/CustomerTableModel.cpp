#include "customerindex/CustomerTableModel.h"

#include <algorithm>

namespace pac {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CustomerTableModel::~CustomerTableModel() = default;

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.matches.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CustomerColumnCount;
}

bool CustomerTableModel::isShown(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_result.matches.size()
        && index.column() < CustomerColumnCount && m_index
        && m_index->isLive(m_result.matches.at(index.row()));
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!isShown(index))
        return {};
    const quint32 slot = m_result.matches.at(index.row());
    const auto column = CustomerColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return CustomerColumns::text(*m_index, slot, column, m_locale);
    case Qt::ToolTipRole: {
        const QString tip = CustomerColumns::toolTip(*m_index, slot, column, m_locale);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((CustomerColumns::isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft)
                          | Qt::AlignVCenter));
    case RawRole:
        return CustomerColumns::raw(*m_index, slot, column);
    case IdRole:
        return m_index->facts(slot).id;
    case FlagsRole:
        return int(m_index->facts(slot).flags.toInt());
    case ExportRole:
        return CustomerColumns::exportText(*m_index, slot, column);
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= CustomerColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = CustomerColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return CustomerColumns::title(column);
    case Qt::ToolTipRole:
        return CustomerColumns::headerToolTip(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment((CustomerColumns::isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft)
                          | Qt::AlignVCenter));
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawRole, "raw");
    names.insert(IdRole, "customerId");
    names.insert(FlagsRole, "flags");
    names.insert(ExportRole, "exportText");
    return names;
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= CustomerColumnCount)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    emit sortRequested(m_sortColumn, m_sortOrder);
}

void CustomerTableModel::setResult(std::shared_ptr<const CustomerIndex> index,
                                   CustomerQueryResult result)
{
    beginResetModel();
    m_index = std::move(index);
    m_result = std::move(result);
    endResetModel();
    emit matchCountChanged(m_result.matches.size(), totalCount());
}

void CustomerTableModel::applyIndexChanges(const CustomerIndex *index,
                                           const CustomerIndexChanges &changes)
{
    if (!m_index || index != m_index.get() || m_result.matches.isEmpty())
        return;
    // Mark the changed slots once, then one pass over the rows finds where they are shown.
    std::vector<quint8> mark(m_index->slotCount(), 0);
    for (quint32 slot : changes.updated)
        mark[slot] = 1;
    for (quint32 slot : changes.removed)
        mark[slot] = 2;
    QList<int> updatedRows, removedRows;
    for (int row = 0; row < int(m_result.matches.size()); ++row) {
        const quint32 slot = m_result.matches.at(row);
        if (slot >= mark.size())
            continue;
        if (mark[slot] == 1)
            updatedRows.append(row);
        else if (mark[slot] == 2)
            removedRows.append(row);
    }
    for (int row : std::as_const(updatedRows))
        emit dataChanged(this->index(row, 0), this->index(row, CustomerColumnCount - 1));
    // Remove runs of adjacent rows from the bottom up, so earlier row numbers stay right.
    for (qsizetype end = removedRows.size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && removedRows.at(begin - 1) == removedRows.at(begin) - 1)
            --begin;
        const int first = removedRows.at(begin);
        const int last = removedRows.at(end - 1);
        beginRemoveRows({}, first, last);
        m_result.matches.remove(first, last - first + 1);
        endRemoveRows();
        end = begin;
    }
    emit matchCountChanged(m_result.matches.size(), totalCount());
}

qint64 CustomerTableModel::customerId(int row) const
{
    if (!m_index || row < 0 || row >= int(m_result.matches.size()))
        return 0;
    return m_index->facts(m_result.matches.at(row)).id;
}

int CustomerTableModel::rowOfCustomer(qint64 id) const
{
    if (!m_index)
        return -1;
    const std::optional<quint32> slot = m_index->slotOf(id);
    if (!slot)
        return -1;
    return int(m_result.matches.indexOf(*slot));
}

qsizetype CustomerTableModel::totalCount() const
{
    return m_index ? m_index->size() : 0;
}

} // namespace pac
