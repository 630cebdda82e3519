#pragma once

#include "models/Invoice.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pac {

// Billing rule 7 (docs/billing-rules.md): when an invoice is due, its status on a day, when it
// was paid, and the payment issue the customer's `last_payment_issue(_on)` and the ACH rule
// (4b) are derived from. The portal computes these from its records on every read; the
// console uses the same code where it derives them itself. Days of payments are the UTC dates
// of their times, as the wire writes them.
class InvoiceRules
{
public:
    // Net 15: the invoice falls due 15 days after it is issued.
    static constexpr int Net15Days = 15;

    // 7a. Due on receipt: the issue date itself; Net 15: 15 days later. The terms are those
    // the customer is on when the invoice is issued (a later switch does not move it).
    static QDate dueOn(QDate issuedOn, PaymentTermsKind terms);

    // 7b. The status on `today`, in this order: void stays void; paid when paid_cents >=
    // amount_cents (a credit note, with a negative amount, is paid at once); past_due when
    // unpaid and today is after due_on (on the due day itself it is still open); else open.
    static InvoiceStatus statusOn(const Invoice &invoice, QDate today);

    // Whether `invoice` is past due and still unpaid on `today` (statusOn() == past_due): a
    // payment issue that is still going on, so the 90 clean days have not started and ACH's
    // `eligible_on` is null (7c).
    static bool isStillPastDue(const Invoice &invoice, QDate today);

    // 7b. What is owed on `today` on invoices past due: amount_cents - paid_cents of each one
    // whose statusOn() is past_due (the Customer's `past_due_cents`, the "Past due now" view).
    static qint64 pastDueCents(const QList<Invoice> &invoices, QDate today);

    // 7c. The day `invoice` was paid: the day of the succeeded payment (of `payments`, those
    // for this invoice, in time order) that brought the succeeded total to amount_cents. An
    // invoice of zero or a negative amount is settled on the day it is issued. nullopt while
    // the payments do not reach the amount (unpaid, or settled some other way, e.g. by a
    // credit note: then the day is not known, and it is not counted as paid late).
    static std::optional<QDate> paidOn(const Invoice &invoice, const QList<Payment> &payments);

    // 7c. The customer's last payment issue on `today`, from its invoices and payments:
    //  - every failed payment is an issue on its day (whatever became of the invoice);
    //  - an invoice paid after its due_on was past due until the day it was paid;
    //  - an invoice still past due is an issue today (stillPastDue = true);
    //  - a void invoice is no issue.
    // The one with the latest day wins. On the same day, in this order (so the answer does
    // not depend on the order of the lists): an invoice still past due, the most overdue
    // (earliest due_on) first; then a failed payment, the latest (at, then higher id)
    // first; then an invoice paid late, the most overdue (earliest due_on, then lower id)
    // first. A still-past-due invoice comes first because it alone keeps eligible_on null.
    // amountCents: the failed payment's amount, or the invoice's amount_cents.
    static std::optional<PaymentIssue>
    lastPaymentIssue(const QList<Invoice> &invoices, const QList<Payment> &payments, QDate today);
};

} // namespace pac
