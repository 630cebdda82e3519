#pragma once

#include "portal/PortalError.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "portal/RetryPolicy.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <atomic>
#include <chrono>

class QNetworkAccessManager;

namespace pac {

class CacheWriter;
class PortalCall;
class PortalClient;

// How the puller reaches the portal: a copy of the console's client settings plus the
// session token (the puller has its own client on its own thread).
struct PullSettings
{
    QUrl origin;
    QByteArray token;
    QList<QSslCertificate> extraCaCertificates;
    std::chrono::milliseconds transferTimeout {30'000};
    RetryPolicy retry;
    int pageSize = 1000;
    int pagesAhead = 4;
};

// Internal to SyncEngine: pages customers from the portal on a thread of its own, so that
// neither the JSON decoding of a page nor anything else of the pull runs on the GUI thread.
// It owns a QNetworkAccessManager and a PortalClient created on that thread, requests page
// N+1 as soon as page N is decoded, and hands each page to the CacheWriter (another thread,
// another SQLite connection). At most `pagesAhead` pages wait for the writer, which bounds
// memory on a 100,000-customer first sync.
//
// All members but cancel() run on the puller's thread (SyncEngine invokes them queued).
class SyncPuller : public QObject
{
    Q_OBJECT

public:
    explicit SyncPuller(CacheWriter &writer);
    ~SyncPuller() override;

    // Starts pull number `generation`: a full one (every customer) or a delta since
    // `updatedSince`, into the writer's session the engine began. A pull still running is
    // abandoned.
    void start(quint64 generation, const pac::PullSettings &settings, bool full,
               const QDateTime &updatedSince);
    // Thread-safe: abandons pull `generation` (the request in flight is aborted; nothing more
    // is handed to the writer).
    void cancel(quint64 generation);

signals:
    // A page arrived and went to the writer. `changedIds` are its customers' ids (a delta's
    // changed rows; empty for a full sync, which replaces everything).
    void pageReceived(quint64 generation, int customers, const QList<qint64> &changedIds);
    // The last page went to the writer, followed by finishSync(serverTime).
    void allReceived(quint64 generation, qint64 customers, const QDateTime &serverTime);
    void failed(quint64 generation, const pac::PortalError &error);

private:
    void ensureClient();
    void requestPage();
    void onPage(quint64 generation, const PortalResult<CustomerPage> &result);
    void onPageWritten();
    bool isCurrent(quint64 generation) const;
    void abortCall();

    CacheWriter &m_writer;
    QNetworkAccessManager *m_network = nullptr; // created on the puller's thread
    PortalClient *m_client = nullptr;
    QPointer<PortalCall> m_call;
    PullSettings m_settings;

    std::atomic<quint64> m_cancelledUpTo {0};
    quint64 m_generation = 0;
    bool m_full = false;
    bool m_lastPageReceived = true;
    QDateTime m_updatedSince;
    QString m_cursor;
    QDateTime m_serverTime; // of the first page: the snapshot the whole pull starts from
    qint64 m_received = 0;
    int m_pagesAtWriter = 0;
};

} // namespace pac
