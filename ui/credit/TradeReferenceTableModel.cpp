#include "ui/credit/TradeReferenceTableModel.h"

#include "ui/credit/CreditApplicationForm.h"

#include <QColor>

namespace pac {

namespace {

constexpr const char16_t *kColumnFields[] = {u"company", u"contact_name", u"phone", u"email"};

} // namespace

TradeReferenceTableModel::TradeReferenceTableModel(CreditApplicationForm &form, QObject *parent)
    : QAbstractTableModel(parent)
    , m_form(form)
{ }

QString TradeReferenceTableModel::fieldName(int row, int column)
{
    return QStringLiteral("trade_references[%1].%2")
        .arg(row)
        .arg(QString::fromUtf16(kColumnFields[column]));
}

int TradeReferenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_form.tradeReferenceCount();
}

int TradeReferenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TradeReferenceTableModel::errorAt(const QModelIndex &index) const
{
    const QString field = fieldName(index.row(), index.column());
    if (!m_showAll && m_form.text(field).isEmpty())
        return {};
    const auto error = m_form.validate(field);
    return error ? error->message : QString();
}

QVariant TradeReferenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_form.text(fieldName(index.row(), index.column()));
    case Qt::ToolTipRole:
    case FieldErrorRole:
        return errorAt(index);
    case Qt::BackgroundRole:
        return errorAt(index).isEmpty() ? QVariant() : QVariant(QColor(0xfc, 0xe8, 0xe6));
    default:
        return {};
    }
}

bool TradeReferenceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!m_form.setText(fieldName(index.row(), index.column()), value.toString()))
        return false;
    emit dataChanged(index, index);
    if (index.column() == Company)
        companiesChanged();
    emit edited();
    return true;
}

Qt::ItemFlags TradeReferenceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant TradeReferenceTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Company:
        return tr("Company");
    case Contact:
        return tr("Contact");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    default:
        return {};
    }
}

bool TradeReferenceTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_form.insertTradeReference(row + i);
    endInsertRows();
    companiesChanged();
    emit edited();
    return true;
}

bool TradeReferenceTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_form.removeTradeReference(row);
    endRemoveRows();
    companiesChanged();
    emit edited();
    return true;
}

void TradeReferenceTableModel::companiesChanged()
{
    // A company is refused when an earlier row has the same name: moving, adding or renaming
    // one row changes the verdict of the others.
    if (rowCount() > 1)
        emit dataChanged(index(0, Company), index(rowCount() - 1, Company));
}

void TradeReferenceTableModel::showAllErrors()
{
    if (m_showAll)
        return;
    m_showAll = true;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::ToolTipRole, FieldErrorRole, Qt::BackgroundRole});
}

void TradeReferenceTableModel::reload()
{
    beginResetModel();
    endResetModel();
}

} // namespace pac
