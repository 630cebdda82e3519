#pragma once

#include "ui/credit/CreditApplicationItems.h"

#include <QAbstractTableModel>

namespace pac {

// A customer's credit applications for its Credit tab: drafts, submissions on their way, and
// what the portal knows, with their status and outcome.
class CreditApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Application, Requested, Outcome, Updated, ColumnCount };
    // The row's CreditApplicationItem::Kind as an int, for tests and delegates.
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit CreditApplicationListModel(QObject *parent = nullptr);

    void setItems(const QList<CreditApplicationItem> &items);
    const QList<CreditApplicationItem> &items() const { return m_items; }
    // nullptr for an invalid row.
    const CreditApplicationItem *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CreditApplicationItem> m_items;
};

} // namespace pac
