#include "presentation/PaymentMethodTableModel.h"

#include "presentation/PaymentMethodText.h"

namespace pac {

PaymentMethodTableModel::PaymentMethodTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PaymentMethodTableModel::setMethods(const QList<PaymentMethod> &methods)
{
    beginResetModel();
    m_methods = methods;
    endResetModel();
}

const PaymentMethod *PaymentMethodTableModel::methodAt(int row) const
{
    return row >= 0 && row < m_methods.size() ? &m_methods.at(row) : nullptr;
}

int PaymentMethodTableModel::rowOf(qint64 methodId) const
{
    for (int row = 0; row < m_methods.size(); ++row) {
        if (m_methods.at(row).id == methodId)
            return row;
    }
    return -1;
}

int PaymentMethodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_methods.size());
}

int PaymentMethodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentMethodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentMethod &method = m_methods.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Account:
            return PaymentMethodText::account(method);
        case Column::Holder:
            return method.holderName;
        case Column::State:
            return PaymentMethodText::state(method);
        case Column::Authorization:
            return PaymentMethodText::authorization(method);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::State)
            return PaymentMethodText::nextStep(method);
        if (Column(index.column()) == Column::Account && method.bankName)
            return *method.bankName;
        return data(index, Qt::DisplayRole);
    case MethodIdRole:
        return method.id;
    case AttentionRole:
        return !method.revoked && method.verification != AchVerificationState::Verified;
    default:
        return {};
    }
}

QVariant PaymentMethodTableModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Account:
        return tr("Account");
    case Column::Holder:
        return tr("Holder");
    case Column::State:
        return tr("State");
    case Column::Authorization:
        return tr("Authorization");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace pac
