#pragma once

#include <QStyledItemDelegate>

namespace pac {

// Draws a past-due invoice's row in the warning colour (its status column also says "Past
// due" in words, so colour is never the only signal).
class InvoiceRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pac
