#include "portal/InvoiceLoader.h"

#include "portal/Log.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

namespace pac {

InvoiceLoader::InvoiceLoader(PortalClient &client, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{ }

InvoiceLoader::~InvoiceLoader()
{
    cancel();
}

void InvoiceLoader::cancel()
{
    if (m_call)
        m_call->abort();
    m_call.clear();
}

void InvoiceLoader::load(qint64 customerId, bool fetch)
{
    cancel();
    m_customerId = customerId;
    m_fetched = {};
    m_pages = 0;

    const StorageResult<std::optional<CachedBilling>> cached = m_cache.invoices().find(customerId);
    if (!cached.ok())
        qCWarning(lcPortal) << "invoice cache read failed:" << cached.error().detail;
    else if (cached.value())
        emit loaded(customerId, *cached.value(), false);
    else if (!fetch)
        emit nothingCached(customerId);
    if (fetch)
        fetchInvoices({});
}

bool InvoiceLoader::stillWanted(qint64 customerId, bool ok, const PortalError *error)
{
    m_call.clear();
    if (customerId != m_customerId)
        return false;
    if (!ok) {
        if (error->kind != PortalError::Kind::Cancelled)
            emit failed(customerId, *error);
        return false;
    }
    return true;
}

void InvoiceLoader::fetchInvoices(const QString &cursor)
{
    const qint64 customerId = m_customerId;
    InvoiceQuery query;
    query.cursor = cursor;
    m_call = m_client.listInvoices(
        customerId, query, this, [this, customerId](const PortalResult<InvoicePage> &result) {
            if (!stillWanted(customerId, result.ok(), result.ok() ? nullptr : &result.error()))
                return;
            m_fetched.invoices.append(result.value().items);
            if (!result.value().nextCursor.isEmpty() && ++m_pages < kMaxPages) {
                fetchInvoices(result.value().nextCursor);
                return;
            }
            m_pages = 0;
            fetchPayments({});
        });
}

void InvoiceLoader::fetchPayments(const QString &cursor)
{
    const qint64 customerId = m_customerId;
    InvoiceQuery query;
    query.cursor = cursor;
    m_call = m_client.listPayments(
        customerId, query, this, [this, customerId](const PortalResult<PaymentPage> &result) {
            if (!stillWanted(customerId, result.ok(), result.ok() ? nullptr : &result.error()))
                return;
            m_fetched.payments.append(result.value().items);
            if (!result.value().nextCursor.isEmpty() && ++m_pages < kMaxPages) {
                fetchPayments(result.value().nextCursor);
                return;
            }
            finish();
        });
}

void InvoiceLoader::finish()
{
    m_fetched.fetchedAt = QDateTime::currentDateTimeUtc();
    const StorageStatus stored = m_cache.invoices().store(m_customerId, m_fetched);
    if (!stored.ok())
        qCWarning(lcPortal) << "invoice cache write failed:" << stored.error().detail;
    emit loaded(m_customerId, m_fetched, true);
}

} // namespace pac
