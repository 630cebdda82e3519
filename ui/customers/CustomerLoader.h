#pragma once

#include "customerindex/CustomerIndex.h"
#include "customerindex/CustomerRow.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace pac {

class LocalCache;

// Fills the customer table from the local cache without freezing the window: a full load
// reads every cached customer on a reader thread, over its own SQLite connection (a
// QSqlDatabase belongs to the thread that opened it), while a worker builds the
// CustomerIndex from the rows already read (the two halves of the work overlap); the
// finished index is handed over on the GUI thread. Both read the cache's table columns as
// CustomerRows (no JSON decoding). After a sync or an edit, the few customers that changed
// are read on the GUI thread (one small query).
class CustomerLoader : public QObject
{
    Q_OBJECT

public:
    // Above this many changed customers a full reload on the worker is cheaper.
    static constexpr int kMaxIncremental = 2000;
    // A full load streams rows from a reader thread to the indexing thread in batches.
    static constexpr int kBatchRows = 2000;
    static constexpr int kBatchesInFlight = 8;

    CustomerLoader(LocalCache &cache, QObject *parent = nullptr);
    ~CustomerLoader() override;

    // Starts a full load (a running one is superseded: only the newest result is handed over).
    void loadAll();
    bool isLoading() const { return m_watcher.isRunning() || m_reloadQueued; }

    // The rows of `ids` as the cache has them now (the shown view, with the outbox's
    // flags); ids no longer cached go to *removed.
    QList<CustomerRow> rowsFor(const QList<qint64> &ids, QList<qint64> *removed) const;

signals:
    void loaded(const std::shared_ptr<pac::CustomerIndex> &index, qint64 elapsedMs);
    void loadFailed(const QString &message);

private:
    struct Outcome
    {
        std::shared_ptr<CustomerIndex> index;
        QString error;
        qint64 elapsedMs = 0;
    };
    static Outcome loadFrom(const QString &databasePath);
    void finished();

    LocalCache &m_cache;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    bool m_reloadQueued = false;
};

} // namespace pac
