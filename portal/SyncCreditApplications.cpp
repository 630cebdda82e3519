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

void SyncCreditApplications::cancel()
{
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
    for (const CreditApplication &application : result->items) {
        QString badField;
        if (auto record = CreditApplicationStore::recordFromJson(toJson(application),
                                                                 application.etag(), &badField)) {
            m_records.append(*record);
        } else {
            qCWarning(lcPortal) << "credit application" << application.id << "not cached: bad"
                                << badField;
        }
    }
    m_cursor = result->nextCursor;
    if (!m_cursor.isEmpty()) {
        requestPage();
        return;
    }
    m_running = false;
    if (StorageStatus stored = m_cache.creditApplications().store(m_records); !stored) {
        Q_EMIT storageFailed(stored.error());
        return;
    }
    Q_EMIT finished(int(m_records.size()));
}

} // namespace pac
