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

// Internal to SyncEngine: refreshes the credit applications the user may see (GET
// /credit-applications, every page) into the cache, so that the statuses of submitted
// applications are followed (submitted → approved/declined) and the support queue works
// offline. A handful of applications per customer at most: the GUI thread's client and
// cache connection do it.
class SyncCreditApplications : public QObject
{
    Q_OBJECT

public:
    SyncCreditApplications(PortalClient &client, LocalCache &cache, QObject *parent = nullptr);

    void start();
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

    PortalClient &m_client;
    LocalCache &m_cache;
    QPointer<PortalCall> m_call;
    QString m_cursor;
    QList<CreditApplicationRecord> m_records;
    bool m_running = false;
};

} // namespace pac
