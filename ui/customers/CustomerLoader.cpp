#include "ui/customers/CustomerLoader.h"

#include "customerindex/CustomerIndexBuilder.h"
#include "storage/CacheConnection.h"
#include "storage/CustomerStore.h"
#include "storage/LocalCache.h"
#include "ui/Log.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace pac {

namespace {

// Rows handed from the reader thread to the indexing thread: a bounded queue of batches, so
// memory stays flat whatever the number of customers.
class RowBatches
{
public:
    explicit RowBatches(std::size_t capacity)
        : m_capacity(capacity)
    { }

    // Waits while the queue is full. `total`: how many rows the reader expects (-1: unknown).
    bool push(QList<CustomerRow> &&batch, qint64 total)
    {
        std::unique_lock lock(m_mutex);
        m_total = total;
        m_changed.wait(lock, [this]() { return m_batches.size() < m_capacity; });
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // The reader is done (or failed).
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // Waits for the next batch; nullopt once the reader closed and every batch was taken.
    std::optional<QList<CustomerRow>> pop(qint64 *total)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this]() { return !m_batches.empty() || m_closed; });
        *total = m_total;
        if (m_batches.empty())
            return std::nullopt;
        QList<CustomerRow> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<CustomerRow>> m_batches;
    std::size_t m_capacity;
    qint64 m_total = -1;
    bool m_closed = false;
};

} // namespace

CustomerLoader::CustomerLoader(LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CustomerLoader::finished);
}

CustomerLoader::~CustomerLoader()
{
    m_pool.waitForDone();
}

void CustomerLoader::loadAll()
{
    if (m_watcher.isRunning()) {
        m_reloadQueued = true;
        return;
    }
    m_reloadQueued = false;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &CustomerLoader::loadFrom, m_cache.path()));
}

CustomerLoader::Outcome CustomerLoader::loadFrom(const QString &databasePath)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    // Reading the rows (SQLite) and indexing them (case folding, NFC) each take about half
    // of the time: a reader thread streams batches while this thread indexes them.
    RowBatches batches(kBatchesInFlight);
    QString readError;
    qint64 expected = -1;
    std::thread reader([&]() {
        // Its own connection: a QSqlDatabase belongs to the thread that opened it.
        StorageResult<std::unique_ptr<CacheConnection>> connection
            = CacheConnection::open(databasePath);
        if (!connection.ok()) {
            readError = connection.error().message;
            batches.close();
            return;
        }
        {
            CustomerStore store(*connection.value());
            const StorageResult<qint64> count = store.count();
            QList<CustomerRow> batch;
            batch.reserve(kBatchRows);
            // The table's columns straight from the cache's columns: no JSON on this path.
            const StorageStatus status = store.forEachRow([&](const CustomerRow &row) {
                batch.append(row);
                if (batch.size() < kBatchRows)
                    return true;
                const bool taken = batches.push(std::move(batch), count.ok() ? count.value() : -1);
                batch = QList<CustomerRow>();
                batch.reserve(kBatchRows);
                return taken;
            });
            if (!status.ok())
                readError = status.error().message;
            else if (!batch.isEmpty())
                batches.push(std::move(batch), count.ok() ? count.value() : -1);
        }
        batches.close();
    });

    CustomerIndexBuilder builder;
    while (std::optional<QList<CustomerRow>> batch = batches.pop(&expected)) {
        if (expected > 0 && builder.rowCount() == 0)
            builder.reserve(expected);
        for (const CustomerRow &row : std::as_const(*batch))
            builder.add(row);
    }
    reader.join();
    if (!readError.isEmpty()) {
        outcome.error = readError;
        return outcome;
    }
    outcome.index = std::make_shared<CustomerIndex>(builder.build());
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

void CustomerLoader::finished()
{
    Outcome outcome = m_watcher.result();
    if (m_reloadQueued) {
        // The cache changed while this load ran: the newer load's result is the one to show.
        loadAll();
        return;
    }
    if (!outcome.index) {
        qCWarning(lcUi) << "loading the cached customers failed:" << outcome.error;
        emit loadFailed(outcome.error);
        return;
    }
    qCInfo(lcUi) << "loaded" << outcome.index->size() << "cached customers in" << outcome.elapsedMs
                 << "ms";
    emit loaded(outcome.index, outcome.elapsedMs);
}

QList<CustomerRow> CustomerLoader::rowsFor(const QList<qint64> &ids, QList<qint64> *removed) const
{
    const StorageResult<QList<CustomerRow>> rows = m_cache.customers().rows(ids);
    if (!rows.ok()) {
        qCWarning(lcUi) << "reading" << ids.size() << "customers failed:" << rows.error().detail;
        return {};
    }
    if (removed) {
        QSet<qint64> found;
        for (const CustomerRow &row : rows.value())
            found.insert(row.facts.id);
        for (qint64 id : ids) {
            if (!found.contains(id))
                removed->append(id);
        }
    }
    return rows.value();
}

} // namespace pac
