#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace pac {

// The customer table's cells: a small mark before the account number of a customer with an
// edit not yet accepted (pending) or in conflict, and the share of the limit used in amber
// from 80 % on. Everything else is the style's.
class CustomerRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CustomerRowDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_pending;
    QIcon m_conflict;
};

} // namespace pac
