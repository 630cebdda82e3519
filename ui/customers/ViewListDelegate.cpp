#include "ui/customers/ViewListDelegate.h"

#include "presentation/ViewListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace pac {

void ViewListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString badge = index.data(ViewListModel::BadgeRole).toString();
    const QFontMetrics metrics(item.font);
    const int badgeWidth = badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge) + 14;

    // The title is drawn by the style, in the space the badge leaves.
    QStyleOptionViewItem title = item;
    title.rect.adjust(6, 0, -(badgeWidth + 6), 0);
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    QStyleOptionViewItem background = item;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, item.widget);
    title.backgroundBrush = Qt::NoBrush;
    title.state &= ~QStyle::State_HasFocus;
    title.showDecorationSelected = false;
    const bool selected = item.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(item.font);
    painter->drawText(title.rect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(item.text, Qt::ElideRight, title.rect.width()));
    if (!badge.isEmpty()) {
        const QRect badgeRect(item.rect.right() - badgeWidth - 4,
                              item.rect.center().y() - metrics.height() / 2 - 1, badgeWidth,
                              metrics.height() + 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor fill = item.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
        fill.setAlpha(selected ? 60 : 50);
        painter->setBrush(fill);
        painter->drawRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        painter->setPen(
            item.palette.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter->restore();
}

QSize ViewListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace pac
