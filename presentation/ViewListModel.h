#pragma once

#include "customerindex/CustomerView.h"
#include "models/Customer.h"

#include <QAbstractListModel>
#include <QList>

namespace pac {

// The views of the customer list a role may use, with how many customers each holds (the
// badge): All customers, Net 15, ACH eligible but not enrolled, Payment issue in the last 90
// days, Past due now (with what is owed), Near credit limit, Pending edits and conflicts, and
// — for support only — Credit applications awaiting decision (Permissions:
// DecideCreditApplication).
class ViewListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole {
        ViewRole = Qt::UserRole + 1, // CustomerView as int
        CountRole, // qsizetype as qlonglong; -1 while unknown
        KeyRole, // CustomerViews::key()
        BadgeRole, // the badge's text: the count; for Past due now also the amount owed
        AmountRole, // Past due now: the cents owed in all (qlonglong); else -1
    };

    explicit ViewListModel(pac::Role userRole, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Updates the badges (one dataChanged over the rows whose count changed).
    void setCounts(const CustomerViewCounts &counts);

    QList<CustomerView> views() const { return m_views; }
    // The row of a view, or -1 when the role does not have it.
    int rowOf(CustomerView view) const;
    CustomerView viewAt(int row) const { return m_views.at(row); }

private:
    QList<CustomerView> m_views;
    std::optional<CustomerViewCounts> m_counts;
};

} // namespace pac
