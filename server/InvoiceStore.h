#pragma once

#include "models/Invoice.h"
#include "server/Cursor.h"
#include "server/PreparedQueries.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace pac::server {

class ServerClock;
class Store;

// An invoice as the API shows it today (lines, deliveries, the status InvoiceRules::statusOn()
// gives for the portal's today) and its version, which grows with every change of its row
// or its deliveries.
struct InvoiceRecord
{
    Invoice invoice;
    qint64 version = 0;
    // "<version>-<status>": the status changes with the day (an open invoice falls past due
    // at midnight) without a new version, and a cached copy must not outlive it.
    QByteArray etag() const;
};

// Reads and writes invoices, payments and deliveries. Every write of an invoice or a payment
// recomputes the customer's derived payment-issue basis (PaymentIssueBasis.h) in the same
// transaction and, when that changed, gives the customer a new version, so deltas carry its
// new last_payment_issue and ACH state. A delivery changes neither.
class InvoiceStore
{
public:
    InvoiceStore(Store &store, ServerClock &clock);

    std::optional<InvoiceRecord> find(qint64 invoiceId);

    // A customer's invoices, newest first: by issued_on, then id, both descending.
    struct InvoiceQuery
    {
        qint64 customerId = 0;
        std::optional<InvoiceStatus> status; // only those with this status today
        int limit = 100;
        std::optional<CursorPosition> after; // id and sortKey (issued_on) of the last row
    };
    struct InvoicePage
    {
        QList<Invoice> items;
        std::optional<CursorPosition> next;
    };
    InvoicePage list(const InvoiceQuery &query);

    // A customer's payments, newest first: by at, then id, both descending.
    struct PaymentQuery
    {
        qint64 customerId = 0;
        int limit = 100;
        std::optional<CursorPosition> after; // id and sortKey (at) of the last row
    };
    struct PaymentPage
    {
        QList<Payment> items;
        std::optional<CursorPosition> next;
    };
    PaymentPage listPayments(const PaymentQuery &query);

    // Records one sending of the invoice (the invoice gets a new version). nullopt on a
    // store error.
    std::optional<InvoiceDelivery> addDelivery(qint64 invoiceId, const QDateTime &at,
                                               const std::optional<InvoiceSender> &by,
                                               const QStringList &to, const QStringList &cc);

    // New records (id 0: the store picks one; the id given back). These recompute the
    // customer's payment issue basis; `at` stamps the customer when it changed.
    std::optional<qint64> addInvoice(const Invoice &invoice, const QDateTime &at);
    std::optional<qint64> addPayment(const Payment &payment, const QDateTime &at);

    InvoiceStore(const InvoiceStore &) = delete;
    InvoiceStore &operator=(const InvoiceStore &) = delete;
    ~InvoiceStore();

private:
    bool refreshCustomer(qint64 customerId, const QDateTime &at);

    Store &m_store;
    ServerClock &m_clock;
    PreparedQueries m_queries;
};

} // namespace pac::server
