#pragma once

#include "portal/PortalError.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"
#include "storage/CreditApplicationStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace pac {

class PortalCall;
class PortalClient;

// Internal to SyncEngine: refreshes the credit applications the user may see into the
// cache, so that the statuses of submitted applications are followed (submitted →
// approved/declined) and the support queue works offline. Either every application (GET
// /credit-applications, pages of 1,000), or only some by id (GET /credit-applications/{id})
// — the API has no delta for applications, and the complete list is long (about one per 20
// customers in the demo data: 5 pages at 100,000 customers).
//
// It only fetches: the engine hands each page to the CacheWriter, which stores it on its
// thread (a page of 1,000 applications is a transaction of tens of milliseconds, too long for
// the GUI thread), so at most a page is held in memory. The answers are pages of at most
// 1,000: the GUI thread's client decodes them.
class SyncCreditApplications : public QObject
{
    Q_OBJECT

public:
    // The largest page the API serves (API.md `limit`).
    static constexpr int PageSize = 1000;

    explicit SyncCreditApplications(PortalClient &client, QObject *parent = nullptr);

    // Fetches every application (fetched() per page, or failed()); a fetch still running is
    // abandoned.
    void fetchAll();
    // Fetches only these (an application no longer visible is left as it was).
    void fetchByIds(const QList<qint64> &applicationIds);
    // Abandons the fetch: the request in flight is aborted, nothing more is signalled, and
    // what was fetched is dropped.
    void abort();
    bool isFetching() const { return m_fetching; }
    // What the fetch brought since the last fetched() (taken once).
    QList<CreditApplicationRecord> takeFetched();

signals:
    // Applications are ready for takeFetched(): a page of the complete list, or every one
    // asked for by id. `last`: the fetch is done.
    void fetched(bool last);
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
    QPointer<PortalCall> m_call;
    QString m_cursor;
    QList<qint64> m_idsToFetch;
    QList<CreditApplicationRecord> m_records;
    bool m_fetching = false;
};

} // namespace pac
