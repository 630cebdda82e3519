#pragma once

#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerQueryHistory.h"
#include "customerindex/CustomerQueryResult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace pac {

class CustomerTableModel;

// Drives a CustomerTableModel: takes filter text, view, sort and day changes, waits until the
// typing pauses (debounce), runs the query on its own worker thread, drops results that a
// newer change made stale, and hands the current one to the model (one reset). It also keeps
// the row counts of every view. Changes to the rows (after a sync) go through it too, so the
// index is never changed while a query reads it.
class CustomerQuery : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultDebounce {120};

    // Shows every customer of index (view All, index order, today) as soon as the event loop
    // runs. model must outlive this object.
    CustomerQuery(std::shared_ptr<CustomerIndex> index, CustomerTableModel *model,
                  QObject *parent = nullptr);
    ~CustomerQuery() override;

    // How long the filter text must stay unchanged before it is applied (0 in tests).
    void setDebounceInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds debounceInterval() const;

    // Debounced; the other changes apply at the next turn of the event loop.
    void setFilterText(const QString &text);
    void setView(CustomerView view);
    // Column -1: the index's own order. The model's sort() ends up here too.
    void setSort(int column, Qt::SortOrder order);
    // The day the views are evaluated on (the UI moves it on at midnight).
    void setToday(QDate today);

    // Replaces the whole index (after a full reload from the cache); the model keeps showing
    // the former one until the first result on the new one arrives. Row changes given before
    // and not applied yet are dropped; the new index is expected to contain them.
    void setIndex(std::shared_ptr<CustomerIndex> index);
    // Inserts or replaces rows and removes rows by customer id (after a sync, or when the
    // cache flags a pending edit). Applied at once when no query runs, else right after it.
    void applyChanges(const QList<CustomerRow> &upserts, const QList<qint64> &removedIds = {});

    const CustomerQuerySpec &spec() const { return m_spec; }
    // True while a query runs or waits for the debounce.
    bool isBusy() const { return m_busy; }
    CustomerViewCounts viewCounts() const { return m_counts; }
    // How many finished results were thrown away because a newer change had come (a
    // diagnostic: typing faster than queries finish makes it grow).
    quint64 staleResultsDropped() const { return m_staleDropped; }

signals:
    // The model shows the result of the current spec.
    void resultApplied(qsizetype matching, qsizetype total);
    void viewCountsChanged(const pac::CustomerViewCounts &counts);
    void busyChanged(bool busy);

private:
    struct Outcome
    {
        quint64 generation = 0;
        std::shared_ptr<const CustomerIndex> index;
        std::optional<CustomerQueryResult> result;
        std::optional<CustomerViewCounts> counts;
    };
    struct ChangeBatch
    {
        QList<CustomerRow> upserts;
        QList<qint64> removedIds;
    };

    enum class Debounce { Restart, Keep };
    void changed(Debounce debounce);
    void startIfIdle();
    void start();
    void finished();
    void applyPendingChanges();
    void updateBusy();

    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_debounce;
    std::chrono::milliseconds m_debounceInterval = kDefaultDebounce;

    std::shared_ptr<CustomerIndex> m_index;
    CustomerTableModel *m_model;
    CustomerQuerySpec m_spec;
    quint64 m_generation = 1; // grows with every change of spec or rows
    quint64 m_shownGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancelRunning;
    CustomerQueryHistory m_history; // finished results of the current index state

    std::shared_ptr<CustomerIndex> m_pendingIndex;
    QList<ChangeBatch> m_pendingChanges;

    CustomerViewCounts m_counts;
    const CustomerIndex *m_countsIndex = nullptr;
    quint64 m_countsVersion = 0;
    QDate m_countsToday;
    quint64 m_staleDropped = 0;
    bool m_busy = false;
};

} // namespace pac
