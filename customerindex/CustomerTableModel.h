#pragma once

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerQueryResult.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>

namespace pac {

// The customer table: one row per matching customer of a CustomerIndex, in the order of the
// last query result. It never filters or sorts by itself: CustomerQuery computes results on
// a worker thread and hands them over with setResult() (one model reset each). sort() only
// asks for a new order (sortRequested), so a header click never blocks the GUI thread.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawRole = Qt::UserRole + 1, // see CustomerColumns::raw()
        IdRole, // the customer id (qint64), same in every column
        FlagsRole, // CustomerRowFlags as int (pending edit, conflict, credit application)
        ExportRole, // CustomerColumns::exportText()
    };
    static constexpr int SortRole = RawRole;

    explicit CustomerTableModel(QObject *parent = nullptr);
    ~CustomerTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Records the wish and emits sortRequested; the rows change when the result arrives.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows result, computed on index (which the model keeps alive), with one reset.
    void setResult(std::shared_ptr<const CustomerIndex> index, CustomerQueryResult result);
    // After CustomerIndex::apply() on the index shown: repaints the updated rows and drops
    // the removed ones at once (inserted rows appear with the next result).
    void applyIndexChanges(const CustomerIndex *index, const CustomerIndexChanges &changes);

    // The index the rows come from (null before the first result).
    const CustomerIndex *customerIndex() const { return m_index.get(); }
    // Slots of the shown rows, in row order (what a CSV export of the current view writes).
    const QList<quint32> &shownSlots() const { return m_result.matches; }
    const CustomerQuerySpec &shownSpec() const { return m_result.spec; }
    qint64 customerId(int row) const;
    // The row showing that customer, or -1.
    int rowOfCustomer(qint64 id) const;
    // How many customers the index holds ("N of M customers": M).
    qsizetype totalCount() const;
    // The sort last asked for through sort() (the shown order may still be the former one).
    int requestedSortColumn() const { return m_sortColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_sortOrder; }

signals:
    void sortRequested(int column, Qt::SortOrder order);
    // After every change of the rows: how many are shown, of how many customers.
    void matchCountChanged(qsizetype matching, qsizetype total);

private:
    bool isShown(const QModelIndex &index) const;

    std::shared_ptr<const CustomerIndex> m_index;
    CustomerQueryResult m_result;
    QLocale m_locale;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace pac
