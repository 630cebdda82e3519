#include "ui/credit/CreditApplicationListModel.h"

#include "models/Money.h"

#include <QLocale>

namespace pac {

CreditApplicationListModel::CreditApplicationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CreditApplicationListModel::setItems(const QList<CreditApplicationItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const CreditApplicationItem *CreditApplicationListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int CreditApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CreditApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditApplicationItem &item = m_items.at(index.row());
    if (role == KindRole)
        return int(item.kind);
    if (role == Qt::TextAlignmentRole && index.column() == Requested)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Outcome)
        return item.outcomeText();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Status:
        return item.statusText();
    case Application:
        return item.title();
    case Requested:
        return item.application.requestedLimitCents > 0
            ? Money::fromCents(item.application.requestedLimitCents).format(QLocale())
            : QString();
    case Outcome:
        return item.outcomeText();
    case Updated:
        return item.updatedAt.isValid()
            ? QLocale().toString(item.updatedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CreditApplicationListModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Status:
        return tr("Status");
    case Application:
        return tr("Application");
    case Requested:
        return tr("Requested");
    case Outcome:
        return tr("Outcome");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pac
