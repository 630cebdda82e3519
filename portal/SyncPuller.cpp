#include "portal/SyncPuller.h"

#include "portal/Log.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "storage/CacheWriter.h"

#include <QNetworkAccessManager>

namespace pac {

SyncPuller::SyncPuller(CacheWriter &writer)
    : m_writer(writer)
{
    // The writer emits from its own thread; this object gets the signal queued on its thread.
    connect(&m_writer, &CacheWriter::pageWritten, this, &SyncPuller::onPageWritten);
}

SyncPuller::~SyncPuller()
{
    abortCall();
}

void SyncPuller::ensureClient()
{
    if (m_client)
        return;
    m_network = new QNetworkAccessManager(this);
    m_client = new PortalClient(m_network, this);
}

void SyncPuller::start(quint64 generation, const PullSettings &settings, bool full,
                       const QDateTime &updatedSince)
{
    m_generation = generation; // before the abort, so the abandoned call's callback is ignored
    abortCall();
    if (generation <= m_cancelledUpTo.load())
        return; // cancelled before it started
    ensureClient();
    m_settings = settings;
    m_client->setOrigin(settings.origin);
    m_client->setBearerToken(settings.token);
    m_client->setExtraCaCertificates(settings.extraCaCertificates);
    m_client->setTransferTimeout(settings.transferTimeout);
    m_client->setRetryPolicy(settings.retry);

    m_full = full;
    m_updatedSince = full ? QDateTime() : updatedSince;
    m_lastPageReceived = false;
    m_cursor.clear();
    m_serverTime = {};
    m_received = 0;
    m_pagesAtWriter = 0;
    qCDebug(lcPortal) << "pull" << generation << (full ? "full" : "delta") << "started";
    requestPage();
}

void SyncPuller::cancel(quint64 generation)
{
    quint64 cancelled = m_cancelledUpTo.load();
    while (cancelled < generation
           && !m_cancelledUpTo.compare_exchange_weak(cancelled, generation)) { }
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                abortCall();
        },
        Qt::QueuedConnection);
}

bool SyncPuller::isCurrent(quint64 generation) const
{
    return generation == m_generation && generation > m_cancelledUpTo.load();
}

void SyncPuller::abortCall()
{
    if (m_call)
        m_call->abort();
    m_call = nullptr;
}

void SyncPuller::requestPage()
{
    if (!isCurrent(m_generation) || m_lastPageReceived || m_call)
        return;
    CustomerListQuery query;
    query.limit = m_settings.pageSize;
    query.cursor = m_cursor;
    query.updatedSince = m_updatedSince;
    const quint64 generation = m_generation;
    m_call = m_client->listCustomers(query, this,
                                     [this, generation](const PortalResult<CustomerPage> &result) {
                                         m_call = nullptr;
                                         onPage(generation, result);
                                     });
}

void SyncPuller::onPage(quint64 generation, const PortalResult<CustomerPage> &result)
{
    if (!isCurrent(generation))
        return;
    if (!result.ok()) {
        m_lastPageReceived = true; // nothing more is asked for in this pull
        qCDebug(lcPortal) << "pull" << generation
                          << "failed:" << PortalError::kindName(result.error().kind);
        emit failed(generation, result.error());
        return;
    }
    const CustomerPage &page = result.value();
    if (!m_serverTime.isValid())
        m_serverTime = page.serverTime;
    m_received += page.items.size();

    QList<qint64> changedIds;
    if (!m_full) {
        changedIds.reserve(page.items.size());
        for (const Customer &customer : page.items)
            changedIds.append(customer.id);
    }
    m_writer.writePage(page.items);
    ++m_pagesAtWriter;
    m_cursor = page.nextCursor;
    m_lastPageReceived = m_cursor.isEmpty();
    emit pageReceived(generation, int(page.items.size()), changedIds);

    if (m_lastPageReceived) {
        // allReceived first: the engine ignores the writer's `finished` until it has seen
        // allReceived, and the two reach it from different threads. Posted before the writer
        // is even asked to finish, allReceived is sure to arrive first.
        emit allReceived(generation, m_received, m_serverTime);
        m_writer.finishSync(m_serverTime);
        return;
    }
    if (m_pagesAtWriter < std::max(1, m_settings.pagesAhead))
        requestPage();
}

void SyncPuller::onPageWritten()
{
    m_pagesAtWriter = std::max(0, m_pagesAtWriter - 1);
    if (m_pagesAtWriter < std::max(1, m_settings.pagesAhead))
        requestPage();
}

} // namespace pac
