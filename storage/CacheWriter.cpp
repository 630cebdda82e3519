#include "storage/CacheWriter.h"

#include "storage/CacheWriterWorker.h"
#include "storage/CustomerStore.h"
#include "storage/Log.h"
#include "storage/MetaStore.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace pac {

namespace {

constexpr int kCheckpointPages = 8192;

} // namespace

CacheWriterWorker::CacheWriterWorker(QString databasePath,
                                     const std::atomic<quint64> &cancelledUpTo)
    : m_path(std::move(databasePath))
    , m_cancelledUpTo(cancelledUpTo)
{ }

CacheWriterWorker::~CacheWriterWorker() = default;

void CacheWriterWorker::open()
{
    auto connection = CacheConnection::open(m_path);
    if (!connection) {
        m_openError = connection.error();
        qCWarning(lcStorage) << "cache writer cannot open the cache:" << m_openError.detail;
        emit opened(false, m_openError.message);
        return;
    }
    m_connection = std::move(connection).value();
    // The writer's own commits checkpoint once the WAL holds this many pages (32 MiB): a
    // first sync then checkpoints a few times on this thread instead of once per few pages,
    // and the WAL a crash may leave stays bounded.
    if (StorageStatus set = m_connection->setAutoCheckpoint(kCheckpointPages); !set)
        qCWarning(lcStorage) << "cache writer checkpoints only when a sync ends:"
                             << set.error().detail;
    checkpoint(); // what an earlier run left in the WAL
    emit opened(true, {});
}

void CacheWriterWorker::checkpoint()
{
    QElapsedTimer clock;
    clock.start();
    const auto copied = m_connection->checkpoint();
    if (!copied) {
        // Nothing is lost: the WAL keeps the data, and the next checkpoint copies it.
        qCWarning(lcStorage) << "checkpoint failed:" << copied.error().detail;
        return;
    }
    qCDebug(lcStorage) << "checkpoint:" << copied.value() << "pages in" << clock.elapsed() << "ms";
}

bool CacheWriterWorker::isCancelled(quint64 session) const
{
    return session <= m_cancelledUpTo.load();
}

bool CacheWriterWorker::accepts(quint64 session) const
{
    return session == m_session && !isCancelled(session) && !m_failed;
}

void CacheWriterWorker::fail(const StorageError &error)
{
    m_failed = true;
    qCWarning(lcStorage) << "cache writer failed:" << error.message << error.detail;
    emit failed(error);
}

void CacheWriterWorker::begin(quint64 session, CacheWriter::SyncMode mode)
{
    m_session = session;
    m_mode = mode;
    m_written = 0;
    m_syncMark = 0;
    m_failed = false;
    if (!m_connection) {
        fail(m_openError);
        return;
    }
    if (mode == CacheWriter::SyncMode::Full) {
        // A mark above every earlier one, so the customers this sync does not see can be
        // told apart afterwards (whatever the clock does).
        QSqlQuery query(m_connection->database());
        if (!query.exec(QStringLiteral("SELECT coalesce(max(last_seen_sync), 0) FROM customers"))
            || !query.next()) {
            fail(StorageError::make(StorageError::Kind::Sql,
                                    CustomerStore::tr("Cannot start saving the customers."),
                                    query.lastError().text()));
            return;
        }
        m_syncMark = query.value(0).toLongLong() + 1;
    }
}

void CacheWriterWorker::write(quint64 session, const QList<Customer> &customers)
{
    if (!accepts(session))
        return;
    if (!m_connection) {
        fail(m_openError);
        return;
    }
    CustomerStore store(*m_connection);
    const auto written = store.storeServerCopies(customers, m_syncMark,
                                                 [this, session] { return isCancelled(session); });
    if (!written) {
        if (written.error().kind != StorageError::Kind::Cancelled)
            fail(written.error());
        return;
    }
    m_written += written.value();
    emit pageWritten(written.value(), m_written);
}

void CacheWriterWorker::finish(quint64 session, const QDateTime &serverTime)
{
    if (!accepts(session) || !m_connection)
        return;
    const bool full = m_mode == CacheWriter::SyncMode::Full;
    int removed = 0;
    if (full) {
        const auto result = CustomerStore(*m_connection).removeNotSeenSince(m_syncMark);
        if (!result) {
            fail(result.error());
            return;
        }
        removed = result.value();
    }
    if (StorageStatus recorded
        = MetaStore(*m_connection).recordSync(serverTime, full, QDateTime::currentDateTimeUtc());
        !recorded) {
        fail(recorded.error());
        return;
    }
    emit finished(m_written, removed);
    // Housekeeping after the sync is committed and reported: the engine and the console go on
    // (a checkpoint blocks no reader or writer) while the rest of the WAL is copied.
    checkpoint();
}

void CacheWriterWorker::writeCreditApplications(quint64 session,
                                                const QList<CreditApplicationRecord> &records,
                                                quint64 tag)
{
    if (!accepts(session))
        return;
    if (!m_connection) {
        fail(m_openError);
        return;
    }
    if (StorageStatus stored = CreditApplicationStore(*m_connection).store(records); !stored) {
        fail(stored.error());
        return;
    }
    emit creditApplicationsWritten(tag, int(records.size()));
}

void CacheWriterWorker::acknowledgeCancel(quint64 session)
{
    Q_UNUSED(session)
    if (m_connection)
        checkpoint();
    emit cancelled();
}

CacheWriter::CacheWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new CacheWriterWorker(databasePath, m_cancelledUpTo))
{
    // failed(StorageError) crosses threads: receivers get it queued.
    qRegisterMetaType<pac::StorageError>();
    m_thread.setObjectName(QStringLiteral("pac-cache-writer"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as the thread finishes, closing its connection there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Direct: emitted on the writer thread; receivers elsewhere get them queued.
    connect(m_worker, &CacheWriterWorker::opened, this, &CacheWriter::opened, Qt::DirectConnection);
    connect(m_worker, &CacheWriterWorker::pageWritten, this, &CacheWriter::pageWritten,
            Qt::DirectConnection);
    connect(m_worker, &CacheWriterWorker::finished, this, &CacheWriter::finished,
            Qt::DirectConnection);
    connect(m_worker, &CacheWriterWorker::creditApplicationsWritten, this,
            &CacheWriter::creditApplicationsWritten, Qt::DirectConnection);
    connect(m_worker, &CacheWriterWorker::failed, this, &CacheWriter::failed, Qt::DirectConnection);
    connect(m_worker, &CacheWriterWorker::cancelled, this, &CacheWriter::cancelled,
            Qt::DirectConnection);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &CacheWriterWorker::open, Qt::QueuedConnection);
}

CacheWriter::~CacheWriter()
{
    disconnect(m_worker, nullptr, this, nullptr);
    m_cancelledUpTo.store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

void CacheWriter::beginSync(SyncMode mode)
{
    const quint64 session = ++m_session;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session, mode] { worker->begin(session, mode); },
        Qt::QueuedConnection);
}

void CacheWriter::writePage(const QList<Customer> &customers)
{
    const quint64 session = m_session.load();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session, customers] { worker->write(session, customers); },
        Qt::QueuedConnection);
}

void CacheWriter::finishSync(const QDateTime &serverTime)
{
    const quint64 session = m_session.load();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session, serverTime] { worker->finish(session, serverTime); },
        Qt::QueuedConnection);
}

void CacheWriter::writeCreditApplications(const QList<CreditApplicationRecord> &records,
                                          quint64 tag)
{
    const quint64 session = m_session.load();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, session, records, tag] {
            worker->writeCreditApplications(session, records, tag);
        },
        Qt::QueuedConnection);
}

void CacheWriter::cancel()
{
    const quint64 session = m_session.load();
    quint64 cancelled = m_cancelledUpTo.load();
    while (cancelled < session && !m_cancelledUpTo.compare_exchange_weak(cancelled, session)) { }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session] { worker->acknowledgeCancel(session); },
        Qt::QueuedConnection);
}

} // namespace pac
