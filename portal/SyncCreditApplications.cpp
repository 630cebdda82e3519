#include "portal/SyncCreditApplications.h"

#include "models/CreditApplicationJson.h"
#include "portal/Log.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

namespace pac {

SyncCreditApplications::SyncCreditApplications(PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void SyncCreditApplications::begin()
{
    abort();
    m_fetching = true;
}

void SyncCreditApplications::fetchAll()
{
    begin();
    requestPage();
}

void SyncCreditApplications::fetchByIds(const QList<qint64> &applicationIds)
{
    begin();
    m_idsToFetch = applicationIds;
    requestNextById();
}

void SyncCreditApplications::abort()
{
    m_fetching = false;
    m_cursor.clear();
    m_idsToFetch.clear();
    m_records.clear();
    if (PortalCall *call = m_call) {
        m_call = nullptr;
        call->abort(); // its callback sees a fetch no longer running and does nothing
    }
}

void SyncCreditApplications::requestPage()
{
    CreditApplicationQuery query;
    query.limit = PageSize;
    query.cursor = m_cursor;
    m_call = m_client.listCreditApplications(
        query, this, [this](const PortalResult<CreditApplicationPage> &result) { onPage(result); });
}

void SyncCreditApplications::onPage(const PortalResult<CreditApplicationPage> &result)
{
    m_call = nullptr;
    if (!m_fetching)
        return;
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    for (const CreditApplication &application : result->items)
        keep(application);
    m_cursor = result->nextCursor;
    if (m_cursor.isEmpty()) {
        finishFetch();
        return;
    }
    requestPage();
    emit fetched(false);
}

void SyncCreditApplications::requestNextById()
{
    if (m_idsToFetch.isEmpty()) {
        finishFetch();
        return;
    }
    const qint64 id = m_idsToFetch.takeFirst();
    m_call = m_client.getCreditApplication(
        id, this, [this](const PortalResult<CreditApplication> &result) {
            m_call = nullptr;
            if (!m_fetching)
                return;
            if (result.ok()) {
                keep(result.value());
            } else if (result.error().kind != PortalError::Kind::NotFound) {
                fail(result.error());
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

void SyncCreditApplications::fail(const PortalError &error)
{
    m_fetching = false;
    m_idsToFetch.clear();
    m_records.clear();
    emit failed(error);
}

void SyncCreditApplications::finishFetch()
{
    m_fetching = false;
    emit fetched(true);
}

QList<CreditApplicationRecord> SyncCreditApplications::takeFetched()
{
    return std::exchange(m_records, {});
}

} // namespace pac
