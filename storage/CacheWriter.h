#pragma once

#include "models/Customer.h"
#include "storage/CreditApplicationStore.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

namespace pac {

class CacheWriterWorker;

// Writes sync pages into the cache off the GUI thread. It owns a QThread on which a worker
// opens its OWN connection to the cache file (a QSqlDatabase may only be used on the thread
// that created it) and writes each page of customers in one transaction.
//
// Calls are queued to the worker in order and return at once:
//   beginSync(Full) -> writePage() x N -> finishSync(serverTime)
// and, anywhere in the session (after beginSync), writeCreditApplications().
// Signals are emitted from the worker thread (so a receiver on the GUI thread gets them
// queued, and a test may connect with Qt::DirectConnection to see which thread wrote).
// finishSync() records the sync in meta (and, for a full sync, removes the customers the
// sync did not see) only after every page is committed, so a crash mid-sync leaves the
// previous `server_time` in place and the next sync redoes the work.
//
// Checkpoints: no connection to the cache checkpoints when it commits (CacheConnection); the
// worker's own commits do once the WAL holds 32 MiB, and it checkpoints when it opens, after
// finished() and after cancelled(), so the GUI thread never copies the WAL.
class CacheWriter : public QObject
{
    Q_OBJECT

public:
    enum class SyncMode { Delta, Full };
    Q_ENUM(SyncMode)

    explicit CacheWriter(const QString &databasePath, QObject *parent = nullptr);
    // Cancels what is running (the page in progress is rolled back), stops the thread and
    // waits for it — at most the time to roll back one page.
    ~CacheWriter() override;

    // Starts a sync session (cancels nothing; a session not finished is simply replaced).
    void beginSync(SyncMode mode);
    void writePage(const QList<pac::Customer> &customers);
    void finishSync(const QDateTime &serverTime);
    // Stores credit applications in one transaction (CreditApplicationStore::store) within
    // the session: a cancelled session drops them. `tag` comes back with
    // creditApplicationsWritten() so the caller knows which write it was.
    void writeCreditApplications(const QList<pac::CreditApplicationRecord> &records, quint64 tag);
    // Thread-safe. Stops the current session: the page being written is rolled back, queued
    // pages are dropped, no sync time is recorded; emits cancelled(). A later beginSync()
    // starts afresh.
    void cancel();

    // The thread the worker runs on (not the caller's).
    QThread *workerThread() { return &m_thread; }

signals:
    // The worker's connection is open (and migrated) — or not: then every page fails.
    void opened(bool ok, const QString &error);
    void pageWritten(int customersInPage, qint64 customersWrittenInSync);
    void finished(qint64 customersWritten, int customersRemoved);
    void creditApplicationsWritten(quint64 tag, int applications);
    void failed(const pac::StorageError &error);
    void cancelled();

private:
    QThread m_thread;
    CacheWriterWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    // The session of the calls being queued; 1 until the first beginSync() (a delta session).
    std::atomic<quint64> m_session {1};
    std::atomic<quint64> m_cancelledUpTo {0}; // sessions up to this one are cancelled
};

} // namespace pac
