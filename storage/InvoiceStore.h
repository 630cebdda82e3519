#pragma once

#include "models/Invoice.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariant>

#include <optional>

namespace pac {

class CacheConnection;

// A customer's invoices and payments as last fetched (GET /customers/{id}/invoices and
// /payments, every page), so the Invoices tab opens from the cache and reads offline.
struct CachedBilling
{
    QList<Invoice> invoices; // newest first, as the portal lists them
    QList<Payment> payments; // newest first
    QDateTime fetchedAt; // UTC
};

// One row per customer holding both lists in the portal's own JSON (the one encoder of each
// resource): they are always fetched and shown together, and a customer with ten years of
// monthly invoices is ~120 small objects, decoded in well under the Invoices tab's 100 ms
// budget (bench/README.md). Rows of customers the portal no longer shows go with them.
// An invoice found in the cache, with the customer whose billing holds it.
struct CachedInvoice
{
    qint64 customerId = 0;
    Invoice invoice;
};

class InvoiceStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::InvoiceStore)

public:
    explicit InvoiceStore(CacheConnection &connection);

    // Replaces what is kept for the customer, in one transaction.
    StorageStatus store(qint64 customerId, const CachedBilling &billing);
    // nullopt: never fetched. A row that cannot be decoded is an error, never half a list.
    StorageResult<std::optional<CachedBilling>> find(qint64 customerId) const;
    // Customers whose billing is cached: the delta sync refreshes those that changed.
    StorageResult<QList<qint64>> cachedCustomers() const;
    // Drops the customer's row (the next open fetches again).
    StorageStatus forget(qint64 customerId);
    // The invoice with this id, or with this number ("INV-2026-0142", compared ignoring case),
    // among the cached billing of every customer; nullopt when no cached list holds it.
    StorageResult<std::optional<CachedInvoice>> findInvoice(qint64 invoiceId) const;
    StorageResult<std::optional<CachedInvoice>> findInvoiceByNumber(const QString &number) const;
    // Adds a delivery the portal recorded (a resend) to the cached invoice, once (a delivery
    // with the same id is not added again). Nothing to do when the invoice is not cached.
    StorageStatus addDelivery(qint64 customerId, qint64 invoiceId, const InvoiceDelivery &delivery);

private:
    StorageResult<std::optional<CachedInvoice>> findInvoiceWhere(const QString &condition,
                                                                 const QVariant &value) const;

    CacheConnection &m_connection;
};

} // namespace pac
