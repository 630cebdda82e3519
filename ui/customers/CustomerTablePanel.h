#pragma once

#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerQueryResult.h"
#include "customerindex/CustomerView.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace pac {

class CustomerQuery;
class CustomerTableModel;

// The customer table with its filter: filter-as-you-type over name, account number and
// emails, sorting on every column (a header click), the current view, and an empty-state
// sentence when nothing shows. Filtering and sorting run in CustomerQuery on our own index
// (debounced, on a worker, one model reset per change), never in a proxy model. The
// selected customer stays selected across resets.
class CustomerTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerTablePanel(QWidget *parent = nullptr);
    ~CustomerTablePanel() override;

    // Shows a freshly loaded index (the first load, or a reload after a full sync).
    void setIndex(const std::shared_ptr<CustomerIndex> &index);
    bool hasIndex() const { return m_loaded; }
    // Row changes after a sync or an edit (see CustomerLoader::rowsFor).
    void applyChanges(const QList<CustomerRow> &upserts, const QList<qint64> &removedIds);
    void setLoadError(const QString &message);

    void setView(CustomerView view);
    // The day the views are evaluated on.
    void setToday(QDate today);
    void setFilterText(const QString &text);
    QString filterText() const;
    void focusFilter();

    qint64 currentCustomerId() const { return m_currentId; }
    // Selects the customer if it is shown; false otherwise.
    bool selectCustomer(qint64 customerId);
    // The customers of the selected rows (Shift/Ctrl extend the selection), in the table's
    // order; and every customer the current view and filter show, in the table's order.
    QList<qint64> selectedCustomerIds() const;
    QList<qint64> shownCustomerIds() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    // What the table is asked to show, and whether it is still working on it (debounce or
    // a query on the worker). (Callers need not see CustomerQuery itself.)
    const CustomerQuerySpec &spec() const;
    bool isBusy() const;

    CustomerTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void currentCustomerChanged(qint64 customerId);
    void viewCountsChanged(const pac::CustomerViewCounts &counts);
    void matchCountChanged(qsizetype matching, qsizetype total);
    // The table shows the result of the current filter, view and sort.
    void resultApplied(qsizetype matching, qsizetype total);
    // Working on a change (debounce or query) or done: false once the rows are the answer to
    // everything asked so far.
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onResultApplied(qsizetype matching, qsizetype total);
    void onCurrentRowChanged();
    void restoreKeptSelection();
    void updateEmptyState();
    void setDefaultColumnWidths();

    CustomerTableModel *m_model;
    CustomerQuery *m_query;
    QLineEdit *m_filter;
    QLabel *m_matches;
    QTableView *m_view;
    QLabel *m_emptyState;
    QString m_loadError;
    qint64 m_currentId = 0;
    bool m_loaded = false;
    bool m_restoringSelection = false;
    QSet<qint64> m_keptSelection; // across a model reset, when more than one row is selected
};

} // namespace pac
