#include "customerindex/CustomerQuery.h"

#include "customerindex/CustomerTableModel.h"
#include "customerindex/Log.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pac {

CustomerQuery::CustomerQuery(std::shared_ptr<CustomerIndex> index, CustomerTableModel *model,
                             QObject *parent)
    : QObject(parent)
    , m_index(std::move(index))
    , m_model(model)
{
    Q_ASSERT(m_index && m_model);
    // One worker: queries never compete with each other for the two cores they may get.
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_spec.today = QDate::currentDate();
    connect(&m_debounce, &QTimer::timeout, this, &CustomerQuery::startIfIdle);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CustomerQuery::finished);
    connect(m_model, &CustomerTableModel::sortRequested, this, &CustomerQuery::setSort);
    changed(Debounce::Keep);
}

CustomerQuery::~CustomerQuery()
{
    // The job holds what it reads; stopping it early only shortens the pool's wait.
    if (m_cancelRunning)
        m_cancelRunning->store(true);
}

void CustomerQuery::setDebounceInterval(std::chrono::milliseconds interval)
{
    m_debounceInterval = interval;
}

std::chrono::milliseconds CustomerQuery::debounceInterval() const
{
    return m_debounceInterval;
}

void CustomerQuery::setFilterText(const QString &text)
{
    if (text == m_spec.text)
        return;
    m_spec.text = text;
    changed(Debounce::Restart);
}

void CustomerQuery::setView(CustomerView view)
{
    if (view == m_spec.view)
        return;
    m_spec.view = view;
    changed(Debounce::Keep);
}

void CustomerQuery::setSort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CustomerColumnCount)
        column = -1;
    if (column == m_spec.sortColumn && order == m_spec.sortOrder)
        return;
    m_spec.sortColumn = column;
    m_spec.sortOrder = order;
    changed(Debounce::Keep);
}

void CustomerQuery::setToday(QDate today)
{
    if (today == m_spec.today)
        return;
    m_spec.today = today;
    changed(Debounce::Keep);
}

void CustomerQuery::setIndex(std::shared_ptr<CustomerIndex> index)
{
    if (!index) {
        qCWarning(lcCustomerIndex) << "customer query: ignored a null index";
        return;
    }
    m_pendingIndex = std::move(index);
    m_pendingChanges.clear();
    if (!m_watcher.isRunning())
        applyPendingChanges();
    changed(Debounce::Keep);
}

void CustomerQuery::applyChanges(const QList<CustomerRow> &upserts, const QList<qint64> &removedIds)
{
    if (upserts.isEmpty() && removedIds.isEmpty())
        return;
    m_pendingChanges.append({upserts, removedIds});
    if (!m_watcher.isRunning())
        applyPendingChanges();
    changed(Debounce::Keep);
}

void CustomerQuery::changed(Debounce debounce)
{
    ++m_generation;
    // A running query now computes something nobody will show: let it stop early.
    if (m_cancelRunning)
        m_cancelRunning->store(true);
    // Typing restarts the wait; other changes go at once, unless typing is being waited for.
    if (debounce == Debounce::Restart)
        m_debounce.start(m_debounceInterval);
    else if (!m_debounce.isActive())
        m_debounce.start(0);
    updateBusy();
}

void CustomerQuery::startIfIdle()
{
    if (!m_watcher.isRunning())
        start();
    updateBusy();
}

void CustomerQuery::applyPendingChanges()
{
    Q_ASSERT(!m_watcher.isRunning());
    if (m_pendingIndex) {
        m_index = std::move(m_pendingIndex);
        m_history.clear();
        m_countsIndex = nullptr; // the former index may be freed and its address reused
    }
    if (!m_pendingChanges.isEmpty())
        m_history.clear(); // results of the former rows can no longer be refined
    for (const ChangeBatch &batch : std::as_const(m_pendingChanges)) {
        const CustomerIndexChanges changes = m_index->apply(batch.upserts, batch.removedIds);
        m_model->applyIndexChanges(m_index.get(), changes);
    }
    m_pendingChanges.clear();
}

void CustomerQuery::start()
{
    applyPendingChanges();
    if (m_shownGeneration == m_generation)
        return;

    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelRunning = cancel;
    std::shared_ptr<const CustomerIndex> index = m_index;
    std::optional<CustomerQueryResult> base;
    if (const CustomerQueryResult *best = m_history.baseFor(m_spec, index->version()))
        base = *best;
    const bool wantCounts = m_countsIndex != index.get() || m_countsVersion != index->version()
        || m_countsToday != m_spec.today;

    m_watcher.setFuture(QtConcurrent::run(
        &m_pool,
        [generation = m_generation, spec = m_spec, index, base = std::move(base), cancel,
         wantCounts]() {
            QElapsedTimer timer;
            timer.start();
            Outcome outcome;
            outcome.generation = generation;
            outcome.index = index;
            outcome.result = index->query(spec, base ? &*base : nullptr, cancel.get());
            if (wantCounts && !cancel->load())
                outcome.counts = index->viewCounts(spec.today);
            qCDebug(lcCustomerIndex)
                << "customer query" << generation << "took" << timer.elapsed()
                << "ms:" << (outcome.result ? outcome.result->matches.size() : -1) << "of"
                << index->size() << "rows";
            return outcome;
        }));
}

void CustomerQuery::finished()
{
    Outcome outcome = m_watcher.result();
    m_cancelRunning.reset();
    const bool current = outcome.index == m_index && !m_pendingIndex && outcome.result
        && outcome.result->indexVersion == m_index->version() && m_pendingChanges.isEmpty();

    if (outcome.counts && current) {
        m_counts = *outcome.counts;
        m_countsIndex = m_index.get();
        m_countsVersion = m_index->version();
        m_countsToday = outcome.result->spec.today;
        emit viewCountsChanged(m_counts);
    }
    if (current) {
        // Even a stale result is a good base to refine when the user typed on.
        m_history.add(*outcome.result);
        if (outcome.generation == m_generation) {
            m_shownGeneration = m_generation;
            m_model->setResult(outcome.index, std::move(*outcome.result));
            emit resultApplied(m_model->rowCount(), m_model->totalCount());
        }
    }
    if (outcome.generation != m_shownGeneration)
        ++m_staleDropped;
    applyPendingChanges();
    if (m_shownGeneration != m_generation && !m_debounce.isActive())
        start();
    updateBusy();
}

void CustomerQuery::updateBusy()
{
    const bool busy
        = m_watcher.isRunning() || m_debounce.isActive() || m_shownGeneration != m_generation;
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(m_busy);
}

} // namespace pac
