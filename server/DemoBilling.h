#pragma once

#include "server/DemoData.h"
#include "server/PaymentIssueBasis.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>

namespace pac::server {

// The demo's invoices and payments of one customer (DemoData.h), deterministic from the seed,
// the customer and today, and drawn from a sequence of their own (so the customers' own
// fields stay what they were before invoices existed):
//  - monthly invoices on the customer's billing day, the last one before today, 12 of them
//    (kMonthsOfInvoices)
//    (fewer for a customer who joined less than a year ago; more when its payment issue is
//    older, so the issue has its invoice); lines: SIP trunk channels, DIDs, usage minutes
//    (international ones for some), taxes of the country; a suspended customer's last two
//    carry no usage. Due dates follow the terms at issue (rule 7a): some Net 15 customers
//    moved to Net 15 a few months ago, so their older invoices were due on receipt. A few
//    customers have a void invoice (reissued the same day) or a credit note.
//  - payments by ACH when the customer has an ACH method on file, else by card: on the day
//    of issue (autopay) on due on receipt, within the 15 days on Net 15, never late and never
//    failed — except exactly where the demo's payment issue is (DemoCustomer::paymentIssueOn,
//    of the kind issueIsFailedPayment() says): on that day a failed payment of the invoice
//    then open, retried with success the same day; or the payment of an invoice that was past
//    due (so rule 7c derives that very day).
//  - a Net 15 invoice not yet due stays open when it fits in the balance, which is what is
//    owed on open invoices plus use not yet invoiced; so does a suspended customer's newest
//    invoice once it is due (past due now, the reason it is suspended); every other invoice
//    is paid in full.
// The monthly run's deliveries are written by the seeder from the invoices (DemoSeeder.cpp).
class DemoBillingGenerator
{
public:
    static constexpr int kMonthsOfInvoices = 12;

    // `months`: how many monthly invoices a customer of long standing gets (benchmarks of
    // long histories ask for more).
    DemoBillingGenerator(quint32 seed, const QDate &today, int months = kMonthsOfInvoices);

    // Invoice and payment ids, and invoice numbers (INV-YYYY-NNNN, per year), continue from
    // the previous customer's.
    BillingRecords billingFor(const DemoCustomer &customer);

    // The kind of the customer's payment issue: a failed payment, or else an invoice paid
    // late. It alternates from one cycle of DemoData's cases to the next, so each case has
    // both kinds.
    static bool issueIsFailedPayment(const DemoCustomer &customer);

private:
    struct Plan; // what the customer buys, drawn once per customer
    QList<InvoiceLine> linesFor(const DemoCustomer &customer, const Plan &plan, bool usage,
                                QRandomGenerator &random) const;
    QString nextNumber(const QDate &issuedOn);
    void pay(BillingRecords &records, const Invoice &invoice, const QDateTime &at,
             PaymentMethodKind method, std::optional<QString> failure = std::nullopt);

    quint32 m_seed;
    QDate m_today;
    int m_months;
    qint64 m_nextInvoiceId = 1;
    qint64 m_nextPaymentId = 1;
    QHash<int, int> m_numbersInYear;
};

} // namespace pac::server
