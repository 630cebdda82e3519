// SyncEngine: the pull (customers through the SyncPuller and the CacheWriter) and the
// refresh of the credit applications that follows it. The run's lifecycle, the push and the
// requests are in SyncEngine.cpp.
#include "portal/Log.h"
#include "portal/PortalClient.h"
#include "portal/SyncCreditApplications.h"
#include "portal/SyncEngine.h"
#include "portal/SyncPuller.h"
#include "storage/CacheWriter.h"
#include "storage/CreditApplicationStore.h"
#include "storage/LocalCache.h"

#include <algorithm>

namespace pac {

PullSettings SyncEngine::pullSettings() const
{
    PullSettings settings;
    settings.origin = m_client.origin();
    settings.token = m_token;
    settings.extraCaCertificates = m_client.extraCaCertificates();
    settings.transferTimeout = m_client.transferTimeout();
    settings.retry = m_client.retryPolicy();
    settings.pageSize = std::clamp(m_options.pageSize, 1, 1000);
    settings.pagesAhead = std::max(1, m_options.pagesAhead);
    return settings;
}

void SyncEngine::startPull()
{
    setPhase(SyncPhase::Pulling);
    m_run->generation = ++m_generation;
    m_pagesAtWriter.clear();
    m_writtenAhead = 0;
    QDateTime since;
    if (!m_run->full) {
        const auto meta = m_cache.meta().read();
        if (!meta) {
            failRun(SyncFailure::fromStorage(meta.error()));
            return;
        }
        since = meta->lastServerTime;
    } else if (const auto count = m_cache.customers().count()) {
        m_run->expectedTotal = count.value();
    }
    emit progress(0, m_run->expectedTotal);
    // The writer's session begins here, before anything of this pull can reach the writer.
    m_writer->beginSync(m_run->full ? CacheWriter::SyncMode::Full : CacheWriter::SyncMode::Delta);
    // The complete list of credit applications does not depend on the customers: it is
    // fetched meanwhile, on this thread, and stored by the writer in the same session.
    m_run->completeCreditRefresh = needsCompleteCreditRefresh();
    if (m_run->completeCreditRefresh)
        m_creditApplications->fetchAll();
    QMetaObject::invokeMethod(
        m_puller,
        [puller = m_puller, generation = m_run->generation, settings = pullSettings(),
         full = m_run->full, since] { puller->start(generation, settings, full, since); },
        Qt::QueuedConnection);
}

void SyncEngine::onPageReceived(quint64 generation, int customers, const QList<qint64> &changedIds)
{
    if (!m_run || m_phase != SyncPhase::Pulling || generation != m_run->generation)
        return;
    setOnline(true);
    m_run->summary.customersReceived += customers;
    for (qint64 id : changedIds)
        m_run->changedCustomers.insert(id);
    // The writer's signal and the puller's come from two threads: the page may already be
    // written.
    if (m_writtenAhead > 0) {
        --m_writtenAhead;
        if (!changedIds.isEmpty())
            emit customersChanged(changedIds);
        return;
    }
    m_pagesAtWriter.push_back(changedIds);
}

void SyncEngine::onAllReceived(quint64 generation, qint64 customers, const QDateTime &serverTime)
{
    if (!m_run || m_phase != SyncPhase::Pulling || generation != m_run->generation)
        return;
    m_run->allReceived = true;
    m_run->summary.customersReceived = customers;
    m_run->summary.serverTime = serverTime;
}

void SyncEngine::onPullFailed(quint64 generation, const PortalError &error)
{
    if (!m_run || m_phase != SyncPhase::Pulling || generation != m_run->generation || m_cancelling)
        return;
    if (isConnectivityFailure(error))
        setOnline(false);
    if (error.kind == PortalError::Kind::Unauthorized)
        emit authenticationRequired();
    failRun(SyncFailure::fromPortal(error));
}

void SyncEngine::onPageWritten(int customersInPage, qint64 customersWrittenInSync)
{
    Q_UNUSED(customersInPage)
    if (!m_run || m_phase != SyncPhase::Pulling || m_cancelling)
        return;
    m_run->summary.customersWritten = customersWrittenInSync;
    if (!m_pagesAtWriter.empty()) {
        const QList<qint64> ids = m_pagesAtWriter.front();
        m_pagesAtWriter.pop_front();
        if (!ids.isEmpty())
            emit customersChanged(ids);
    } else {
        ++m_writtenAhead;
    }
    const qint64 received = m_run->summary.customersReceived;
    const qint64 total = m_run->allReceived
        ? received
        : (m_run->expectedTotal >= received ? m_run->expectedTotal : 0);
    emit progress(std::min(customersWrittenInSync, std::max(total, customersWrittenInSync)), total);
}

void SyncEngine::onWriterFinished(qint64 customersWritten, int customersRemoved)
{
    if (!m_run || m_phase != SyncPhase::Pulling || !m_run->allReceived || m_cancelling)
        return;
    m_run->summary.customersWritten = customersWritten;
    m_run->summary.customersRemoved = customersRemoved;
    // Every page is committed now.
    for (const QList<qint64> &ids : m_pagesAtWriter) {
        if (!ids.isEmpty())
            emit customersChanged(ids);
    }
    m_pagesAtWriter.clear();
    emit progress(m_run->summary.customersReceived, m_run->summary.customersReceived);
    if (m_run->full)
        emit customersReloaded();
    refreshCreditApplications();
}

void SyncEngine::onWriterFailed(const StorageError &error)
{
    // Customers (pulling) or credit applications (afterwards) could not be stored.
    if (!m_run || m_cancelling
        || (m_phase != SyncPhase::Pulling && m_phase != SyncPhase::CreditApplications)) {
        return;
    }
    m_puller->cancel(m_run->generation);
    failRun(SyncFailure::fromStorage(error));
}

void SyncEngine::onWriterCancelled()
{
    if (!m_awaitingWriterCancel)
        return;
    m_awaitingWriterCancel = false;
    if (m_run && m_cancelling) {
        emit syncCancelled();
        endRun();
    }
}

bool SyncEngine::needsCompleteCreditRefresh() const
{
    const qint64 interval = m_options.creditApplicationsInterval.count();
    return m_run->full || !m_creditApplicationsRefreshed.isValid() || interval <= 0
        || m_creditApplicationsRefreshed.elapsed() >= interval;
}

void SyncEngine::refreshCreditApplications()
{
    setPhase(SyncPhase::CreditApplications);
    if (m_run->completeCreditRefresh) {
        if (m_run->creditApplicationsError)
            failRun(SyncFailure::fromPortal(*m_run->creditApplicationsError));
        else if (creditApplicationsStored())
            finishCreditApplications();
        // else they are still being fetched or written: onCreditApplicationsWritten() ends
        return;
    }
    // Between complete fetches: the submitted applications of the customers that changed
    // (a decision changes the customer's limit), by id.
    const auto ids = m_cache.creditApplications().idsWithStatus(CreditApplicationStatus::Submitted,
                                                                m_run->changedCustomers);
    if (!ids) {
        failRun(SyncFailure::fromStorage(ids.error()));
        return;
    }
    if (ids->isEmpty()) {
        finishRun(0);
        return;
    }
    m_creditApplications->fetchByIds(ids.value());
}

void SyncEngine::onCreditApplicationsFetched(bool last)
{
    if (!m_run)
        return;
    const QList<CreditApplicationRecord> records = m_creditApplications->takeFetched();
    if (!records.isEmpty()) {
        ++m_run->creditApplicationPagesAtWriter;
        m_writer->writeCreditApplications(records, m_run->generation);
    }
    m_run->creditApplicationsFetched = last;
    if (m_phase == SyncPhase::CreditApplications && creditApplicationsStored())
        finishCreditApplications(); // nothing was left to write
}

bool SyncEngine::creditApplicationsStored() const
{
    return m_run->creditApplicationsFetched && m_run->creditApplicationPagesAtWriter == 0;
}

void SyncEngine::onCreditApplicationsFailed(const PortalError &error)
{
    if (!m_run)
        return;
    if (m_phase == SyncPhase::Pulling) {
        // The customers being written are kept; the sync fails once they are.
        m_run->creditApplicationsError = error;
        return;
    }
    failRun(SyncFailure::fromPortal(error));
}

void SyncEngine::onCreditApplicationsWritten(quint64 generation, int applications)
{
    if (!m_run || generation != m_run->generation || m_cancelling)
        return; // an earlier run's, or a cancelled one's
    m_run->creditApplicationsWritten += applications;
    --m_run->creditApplicationPagesAtWriter;
    // While the customers are still being written, the run waits for them.
    if (m_phase == SyncPhase::CreditApplications && creditApplicationsStored())
        finishCreditApplications();
}

void SyncEngine::finishCreditApplications()
{
    if (m_run->completeCreditRefresh)
        m_creditApplicationsRefreshed.start();
    emit creditApplicationsChanged();
    finishRun(m_run->creditApplicationsWritten);
}

void SyncEngine::finishRun(int creditApplications)
{
    m_run->summary.creditApplications = creditApplications;
    m_run->summary.elapsedMs = m_run->clock.elapsed();
    const SyncSummary summary = m_run->summary;
    qCDebug(lcPortal).nospace() << (summary.full ? "full" : "delta")
                                << " sync: " << summary.customersReceived << " customers received, "
                                << summary.customersWritten << " written, "
                                << summary.customersRemoved << " removed in " << summary.elapsedMs
                                << " ms";
    endRun();
    emit syncFinished(summary);
}

} // namespace pac
