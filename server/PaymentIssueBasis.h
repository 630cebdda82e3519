#pragma once

#include "models/Invoice.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace pac::server {

// A customer's invoices and payments, as the store keeps them (invoices without their lines
// and deliveries: the payment-issue rule does not read those).
struct BillingRecords
{
    QList<Invoice> invoices;
    QList<Payment> payments;
    bool isEmpty() const { return invoices.isEmpty() && payments.isEmpty(); }
};

// The customer's `last_payment_issue(_on)` is derived on every read by InvoiceRules
// (billing rule 7c) — but a listing of 100,000 customers cannot read 1.3 million invoices to
// do it. So each customer row keeps a derived column, `payment_issue_basis`: the few of its
// records that decide the rule's answer on any day from now on, recomputed from all the
// records whenever they change (and only then: no other code writes it). A read runs the
// rule over the basis for its today, which answers exactly what the rule answers over all
// the records (tst_server_billing compares the two for every demo customer):
//  - every invoice that is unpaid and not void (the only records whose issue depends on the
//    day: one falls past due after its due_on), with all its payments;
//  - the latest issue that no longer depends on the day (a failed payment, an invoice paid
//    late) — found by the rule itself on a day before any unpaid invoice falls due — with
//    every invoice that has a payment on that issue's day, with all their payments, and a
//    failed payment of that day that names no known invoice.
// Every other record's issue is older than one of these, so it can never be the last one.
namespace issuebasis {

BillingRecords of(const BillingRecords &all);

// The basis as stored: the fields the rule reads of each invoice and payment, in a compact
// binary form (a blob; the listing reads one per customer); a null array (a NULL column)
// when the basis is empty.
QByteArray encode(const BillingRecords &basis);
// nullopt when the text is not a basis; an empty basis for a null or empty text.
std::optional<BillingRecords> decode(const QByteArray &text);

// InvoiceRules::lastPaymentIssue over a stored basis (nullopt also for an unreadable one,
// which is logged).
std::optional<PaymentIssue> lastPaymentIssue(const QByteArray &storedBasis, const QDate &today);

// The Customer's derived payment fields for `today`, from one decoding of the stored basis:
// the last issue (as lastPaymentIssue()) and what is past due (InvoiceRules::pastDueCents —
// the basis holds every unpaid invoice, so it is exact).
struct DerivedPaymentFacts
{
    std::optional<PaymentIssue> lastIssue;
    qint64 pastDueCents = 0;
};
DerivedPaymentFacts derive(const QByteArray &storedBasis, const QDate &today);

// Reads every invoice and payment of the customer, recomputes its basis and stores it;
// *changed (optional) tells whether the stored text changed. In the caller's transaction.
bool refresh(const QSqlDatabase &db, qint64 customerId, bool *changed = nullptr);
// refresh() for every customer with invoices or payments (a migration; demo seeding computes
// the basis from the records it generates instead).
bool refreshAll(const QSqlDatabase &db, QString *error);

} // namespace issuebasis
} // namespace pac::server
