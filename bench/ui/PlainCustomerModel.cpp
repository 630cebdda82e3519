#include "PlainCustomerModel.h"

namespace pac::bench {

PlainCustomerModel::PlainCustomerModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlainCustomerModel::append(const CustomerRow &row)
{
    // Filled before any view or proxy is attached, so no insert notifications are needed.
    m_rows.push_back({row.accountNumber, row.name, row.emails.join(u' ')});
}

int PlainCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlainCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlainCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (index.column()) {
    case AccountNumber:
        return row.accountNumber;
    case Name:
        return row.name;
    case Emails:
        return row.emails;
    default:
        return {};
    }
}

} // namespace pac::bench
