#pragma once

#include "storage/CacheConnection.h"
#include "storage/CacheWriter.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace pac {

// Internal to storage/: the half of CacheWriter that lives on the writer thread. It opens
// its own connection there, writes the pages, and closes the connection when the thread
// finishes (it is deleted on that thread).
class CacheWriterWorker : public QObject
{
    Q_OBJECT

public:
    CacheWriterWorker(QString databasePath, const std::atomic<quint64> &cancelledUpTo);
    ~CacheWriterWorker() override;

    void open();
    void begin(quint64 session, pac::CacheWriter::SyncMode mode);
    void write(quint64 session, const QList<pac::Customer> &customers);
    void finish(quint64 session, const QDateTime &serverTime);
    void writeCreditApplications(quint64 session,
                                 const QList<pac::CreditApplicationRecord> &records, quint64 tag);
    void acknowledgeCancel(quint64 session);

signals:
    void opened(bool ok, const QString &error);
    void pageWritten(int customersInPage, qint64 customersWrittenInSync);
    void finished(qint64 customersWritten, int customersRemoved);
    void creditApplicationsWritten(quint64 tag, int applications);
    void failed(const pac::StorageError &error);
    void cancelled();

private:
    // Copies the WAL into the database (connections do not on commit, see CacheConnection).
    void checkpoint();
    bool isCancelled(quint64 session) const;
    bool accepts(quint64 session) const;
    void fail(const StorageError &error);

    QString m_path;
    const std::atomic<quint64> &m_cancelledUpTo;
    std::unique_ptr<CacheConnection> m_connection;
    StorageError m_openError;
    quint64 m_session = 1; // CacheWriter's first session
    CacheWriter::SyncMode m_mode = CacheWriter::SyncMode::Delta;
    qint64 m_syncMark = 0;
    qint64 m_written = 0;
    bool m_failed = false;
};

} // namespace pac
