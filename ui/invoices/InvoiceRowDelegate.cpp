#include "ui/invoices/InvoiceRowDelegate.h"

#include "presentation/InvoiceTableModel.h"

namespace pac {

void InvoiceRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The customer table's "near limit" amber: over 6:1 against white (WCAG AA).
    if (index.data(InvoiceTableModel::PastDueRole).toBool())
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x53, 0x00));
}

} // namespace pac
