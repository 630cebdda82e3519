#pragma once

#include "portal/PortalError.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "storage/CreditApplicationStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace pac {

class LocalCache;
class PortalCall;
class PortalClient;

// Internal to SyncEngine: refreshes the credit applications the user may see into the
// cache, so that the statuses of submitted applications are followed (submitted →
// approved/declined) and the support queue works offline. Either every application (GET
// /credit-applications, pages of 1,000), or only some by id (GET /credit-applications/{id})
// — the API has no delta for applications, and the complete list is long (about one per 20
// customers in the demo data: 5 pages at 100,000 customers).
//
// Fetching and storing are two steps, so the engine can fetch while the customers of a
// sync are still being written and store once they are: the store is one transaction on the
// GUI thread's connection, which must not wait behind the CacheWriter's pages. The answers
// are small: the GUI thread's client decodes them.
class SyncCreditApplications : public QObject
{
    Q_OBJECT

public:
    // The largest page the API serves (API.md `limit`).
    static constexpr int PageSize = 1000;

    SyncCreditApplications(PortalClient &client, LocalCache &cache, QObject *parent = nullptr);

    // Fetches every application (fetched() or failed() follows); a fetch still running is
    // abandoned.
    void fetchAll();
    // Fetches only these (an application no longer visible is left as it was).
    void fetchByIds(const QList<qint64> &applicationIds);
    // Abandons the fetch: the request in flight is aborted, nothing more is signalled, and
    // what was fetched is dropped.
    void abort();
    bool isFetching() const { return m_fetching; }
    // A fetch ended and its applications wait for store().
    bool hasFetched() const { return m_fetched; }

    // Writes what the last fetch brought in one transaction; the number of applications.
    StorageResult<int> store();

Q_SIGNALS:
    void fetched();
    void failed(const pac::PortalError &error);

private:
    void begin();
    void requestPage();
    void onPage(const PortalResult<CreditApplicationPage> &result);
    void requestNextById();
    void keep(const CreditApplication &application);
    void fail(const PortalError &error);
    void finishFetch();

    PortalClient &m_client;
    LocalCache &m_cache;
    QPointer<PortalCall> m_call;
    QString m_cursor;
    QList<qint64> m_idsToFetch;
    QList<CreditApplicationRecord> m_records;
    bool m_fetching = false;
    bool m_fetched = false;
};

} // namespace pac
