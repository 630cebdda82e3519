#include "portal/SyncCreditApplications.h"

#include "models/CreditApplicationJson.h"
#include "portal/Log.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

namespace pac {

SyncCreditApplications::SyncCreditApplications(PortalClient &client, LocalCache &cache,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{ }

void SyncCreditApplications::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cursor.clear();
    m_records.clear();
    requestPage();
}

void SyncCreditApplications::start(const QList<qint64> &applicationIds)
{
    if (m_running)
        return;
    m_running = true;
    m_records.clear();
    m_idsToFetch = applicationIds;
    requestNextById();
}

void SyncCreditApplications::cancel()
{
    m_idsToFetch.clear();
    if (m_call)
        m_call->abort();
}

void SyncCreditApplications::requestPage()
{
    CreditApplicationQuery query;
    query.cursor = m_cursor;
    m_call = m_client.listCreditApplications(
        query, this, [this](const PortalResult<CreditApplicationPage> &result) { onPage(result); });
}

void SyncCreditApplications::onPage(const PortalResult<CreditApplicationPage> &result)
{
    m_call = nullptr;
    if (!result.ok()) {
        m_running = false;
        Q_EMIT failed(result.error());
        return;
    }
    for (const CreditApplication &application : result->items)
        keep(application);
    m_cursor = result->nextCursor;
    if (!m_cursor.isEmpty()) {
        requestPage();
        return;
    }
    m_running = false;
    store();
}

void SyncCreditApplications::requestNextById()
{
    if (m_idsToFetch.isEmpty()) {
        m_running = false;
        store();
        return;
    }
    const qint64 id = m_idsToFetch.takeFirst();
    m_call = m_client.getCreditApplication(
        id, this, [this](const PortalResult<CreditApplication> &result) {
            m_call = nullptr;
            if (result.ok()) {
                keep(result.value());
            } else if (result.error().kind != PortalError::Kind::NotFound) {
                m_running = false;
                m_idsToFetch.clear();
                Q_EMIT failed(result.error());
                return;
            }
            requestNextById();
        });
}

void SyncCreditApplications::keep(const CreditApplication &application)
{
    QString badField;
    if (auto record = CreditApplicationStore::recordFromJson(toJson(application),
                                                             application.etag(), &badField)) {
        m_records.append(*record);
    } else {
        qCWarning(lcPortal) << "credit application" << application.id << "not cached: bad"
                            << badField;
    }
}

void SyncCreditApplications::store()
{
    if (StorageStatus stored = m_cache.creditApplications().store(m_records); !stored) {
        Q_EMIT storageFailed(stored.error());
        return;
    }
    Q_EMIT finished(int(m_records.size()));
}

} // namespace pac
