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
// /credit-applications, every page), or only some by id (GET /credit-applications/{id}) —
// the API has no delta for applications, and the complete list is long (about one per 20
// customers in the demo data: 50 pages at 100,000 customers). Small answers: the GUI
// thread's client and cache connection do it.
class SyncCreditApplications : public QObject
{
    Q_OBJECT

public:
    SyncCreditApplications(PortalClient &client, LocalCache &cache, QObject *parent = nullptr);

    // Every application the user may see.
    void start();
    // Only these (an application no longer visible is left as it was).
    void start(const QList<qint64> &applicationIds);
    // Aborts the request in flight; failed(Cancelled) follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(int applications);
    void failed(const pac::PortalError &error);
    void storageFailed(const pac::StorageError &error);

private:
    void requestPage();
    void onPage(const PortalResult<CreditApplicationPage> &result);
    void requestNextById();
    void keep(const CreditApplication &application);
    void store();

    PortalClient &m_client;
    LocalCache &m_cache;
    QPointer<PortalCall> m_call;
    QString m_cursor;
    QList<qint64> m_idsToFetch;
    QList<CreditApplicationRecord> m_records;
    bool m_running = false;
};

} // namespace pac
