#include "presentation/ViewListModel.h"

#include "models/Money.h"
#include "models/Permissions.h"

#include <QLocale>

namespace pac {

ViewListModel::ViewListModel(pac::Role userRole, QObject *parent)
    : QAbstractListModel(parent)
{
    m_views = {CustomerView::All,
               CustomerView::Net15,
               CustomerView::AchEligibleNotEnrolled,
               CustomerView::PaymentIssueLast90Days,
               CustomerView::PastDueNow,
               CustomerView::NearCreditLimit,
               CustomerView::PendingEditsAndConflicts};
    // The decision queue is support's: other roles do not see the view at all.
    if (Permissions::allows(userRole, Action::DecideCreditApplication))
        m_views.append(CustomerView::CreditApplicationsAwaitingDecision);
}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerView view = m_views.at(index.row());
    const qsizetype count = m_counts ? m_counts->count(view) : -1;
    const bool owed = view == CustomerView::PastDueNow && m_counts;
    const QString amount
        = owed ? Money::fromCents(m_counts->pastDueCents).format(QLocale()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return CustomerViews::title(view);
    case Qt::ToolTipRole:
        if (count < 0)
            return CustomerViews::title(view);
        if (owed) {
            return tr("%1: %n customer(s) owing %2 on invoices past their due date", "", int(count))
                .arg(CustomerViews::title(view), amount);
        }
        return tr("%1: %n customer(s)", "", int(count)).arg(CustomerViews::title(view));
    case Qt::AccessibleDescriptionRole:
        if (count < 0)
            return {};
        return owed ? tr("%n customer(s), %1 past due", "", int(count)).arg(amount)
                    : tr("%n customer(s)", "", int(count));
    case BadgeRole:
        if (count < 0)
            return QString();
        return owed && count > 0 ? tr("%1 · %2").arg(QLocale().toString(qlonglong(count)), amount)
                                 : QLocale().toString(qlonglong(count));
    case AmountRole:
        return owed ? qlonglong(m_counts->pastDueCents) : qlonglong(-1);
    case ViewRole:
        return int(view);
    case CountRole:
        return qlonglong(count);
    case KeyRole:
        return CustomerViews::key(view);
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ViewRole, "view");
    names.insert(CountRole, "count");
    names.insert(KeyRole, "key");
    names.insert(BadgeRole, "badge");
    names.insert(AmountRole, "amount");
    return names;
}

void ViewListModel::setCounts(const CustomerViewCounts &counts)
{
    if (m_counts == counts)
        return;
    int first = -1, last = -1;
    for (int row = 0; row < m_views.size(); ++row) {
        const CustomerView view = m_views.at(row);
        if (m_counts && m_counts->count(view) == counts.count(view)
            && (view != CustomerView::PastDueNow
                || m_counts->pastDueCents == counts.pastDueCents)) {
            continue;
        }
        if (first < 0)
            first = row;
        last = row;
    }
    m_counts = counts;
    if (first >= 0)
        emit dataChanged(
            index(first), index(last),
            {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, CountRole, BadgeRole, AmountRole});
}

int ViewListModel::rowOf(CustomerView view) const
{
    return int(m_views.indexOf(view));
}

} // namespace pac
