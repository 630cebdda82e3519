#pragma once

#include "storage/InvoiceStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace pac {

class LocalCache;
class PortalCall;
class PortalClient;
struct PortalError;

// Gets a customer's invoices and payments for the Invoices tab and `agentctl invoices`: the
// cached copy first (at once, and offline), then every page of both lists from the portal,
// stored in the cache for next time. Asking for another customer aborts the fetch in flight.
// All asynchronous; the cache read is one small row.
class InvoiceLoader : public QObject
{
    Q_OBJECT

public:
    // Pages fetched per list at most (of the portal's default size, newest first), so one
    // customer with decades of invoices cannot keep the tab busy for long.
    static constexpr int kMaxPages = 20;

    InvoiceLoader(PortalClient &client, LocalCache &cache, QObject *parent = nullptr);
    ~InvoiceLoader() override;

    // `fetch` false: the cached copy only (an offline command, a test).
    void load(qint64 customerId, bool fetch = true);
    void cancel();
    qint64 customerId() const { return m_customerId; }

signals:
    // `fresh`: straight from the portal; else the cached copy, fetched at billing.fetchedAt.
    void loaded(qint64 customerId, const pac::CachedBilling &billing, bool fresh);
    // Nothing cached and nothing fetched yet (a first open offline shows this).
    void nothingCached(qint64 customerId);
    // The portal could not be asked (offline, ...); the cached copy, if any, was sent before.
    void failed(qint64 customerId, const pac::PortalError &error);

private:
    void fetchInvoices(const QString &cursor);
    void fetchPayments(const QString &cursor);
    bool stillWanted(qint64 customerId, bool ok, const PortalError *error);
    void finish();

    PortalClient &m_client;
    LocalCache &m_cache;
    qint64 m_customerId = 0;
    CachedBilling m_fetched;
    int m_pages = 0;
    QPointer<PortalCall> m_call;
};

} // namespace pac
