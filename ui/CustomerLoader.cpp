#include "ui/CustomerLoader.h"

#include "models/CustomerIndexBuilder.h"
#include "storage/CacheConnection.h"
#include "storage/CustomerStore.h"
#include "storage/LocalCache.h"
#include "ui/Log.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace pac {

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
    // Its own connection: this runs on the worker, the LocalCache's lives on the GUI thread.
    StorageResult<std::unique_ptr<CacheConnection>> connection
        = CacheConnection::open(databasePath);
    if (!connection.ok()) {
        outcome.error = connection.error().message;
        return outcome;
    }
    {
        CustomerStore store(*connection.value());
        CustomerIndexBuilder builder;
        const StorageResult<qint64> count = store.count();
        if (count.ok())
            builder.reserve(count.value());
        // The table's columns straight from the cache's columns: no JSON on this path.
        const StorageStatus status = store.forEachRow([&builder](const CustomerRow &row) {
            builder.add(row);
            return true;
        });
        if (!status.ok()) {
            outcome.error = status.error().message;
            return outcome;
        }
        outcome.index = std::make_shared<CustomerIndex>(builder.build());
    }
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
