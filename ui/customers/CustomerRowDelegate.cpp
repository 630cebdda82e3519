#include "ui/customers/CustomerRowDelegate.h"

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerTableModel.h"
#include "customerindex/CustomerView.h"

namespace pac {

CustomerRowDelegate::CustomerRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_pending(QStringLiteral(":/icons/pending.svg"))
    , m_conflict(QStringLiteral(":/icons/conflict.svg"))
{ }

void CustomerRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto column = CustomerColumn(index.column());
    if (column == CustomerColumn::AccountNumber) {
        const auto flags
            = CustomerRowFlags::fromInt(index.data(CustomerTableModel::FlagsRole).toInt());
        const QIcon *icon = flags.testFlag(CustomerRowFlag::Conflict) ? &m_conflict
            : flags.testFlag(CustomerRowFlag::PendingEdit)            ? &m_pending
                                                                      : nullptr;
        if (icon) {
            option->icon = *icon;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
        }
    } else if (column == CustomerColumn::LimitUsed) {
        const QVariant basisPoints = index.data(CustomerTableModel::RawRole);
        if (basisPoints.isValid()
            && basisPoints.toLongLong() >= qint64(CustomerViews::kNearLimitPercent) * 100)
            option->palette.setColor(QPalette::Text, QColor(0x8a, 0x53, 0x00));
    }
}

} // namespace pac
