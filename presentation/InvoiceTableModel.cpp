#include "presentation/InvoiceTableModel.h"

#include "models/BillingText.h"
#include "presentation/UiText.h"

#include <QStringList>

namespace pac {

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceTableModel::setInvoices(const QList<Invoice> &invoices)
{
    beginResetModel();
    m_invoices = invoices;
    endResetModel();
}

const Invoice *InvoiceTableModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices.at(row) : nullptr;
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceTableModel::sentToToolTip(const Invoice &invoice)
{
    if (invoice.deliveries.isEmpty())
        return tr("This invoice has not been sent yet.");
    const InvoiceDelivery &last = invoice.deliveries.last();
    QStringList lines;
    lines << tr("Sent %1").arg(UiText::dateTime(last.at));
    lines << tr("To: %1").arg(last.to.isEmpty() ? tr("nobody")
                                                : last.to.join(QStringLiteral(", ")));
    lines << tr("CC: %1").arg(last.cc.isEmpty() ? tr("nobody")
                                                : last.cc.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &invoice = m_invoices.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Number:
            return invoice.number;
        case Column::Issued:
            return UiText::date(invoice.issuedOn);
        case Column::Due:
            return UiText::date(invoice.dueOn);
        case Column::Amount:
            return UiText::money(invoice.amountCents);
        case Column::Paid:
            return UiText::money(invoice.paidCents);
        case Column::Status:
            return BillingText::invoiceStatusName(invoice.status);
        case Column::SentTo:
            return BillingText::sentTo(invoice);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::SentTo)
            return sentToToolTip(invoice);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Column::Amount || column == Column::Paid)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
        switch (column) {
        case Column::Number:
            return invoice.number;
        case Column::Issued:
            return invoice.issuedOn;
        case Column::Due:
            return invoice.dueOn;
        case Column::Amount:
            return invoice.amountCents;
        case Column::Paid:
            return invoice.paidCents;
        case Column::Status:
            return toWire(invoice.status);
        case Column::SentTo:
            return invoice.deliveries.isEmpty() ? 0 : int(invoice.deliveries.size());
        case Column::Count:
            break;
        }
        return {};
    case PastDueRole:
        return invoice.status == InvoiceStatus::PastDue;
    case InvoiceIdRole:
        return invoice.id;
    default:
        return {};
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Number:
        return tr("Invoice");
    case Column::Issued:
        return tr("Issued");
    case Column::Due:
        return tr("Due");
    case Column::Amount:
        return tr("Amount");
    case Column::Paid:
        return tr("Paid");
    case Column::Status:
        return tr("Status");
    case Column::SentTo:
        return tr("Sent to");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace pac
