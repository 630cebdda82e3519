#include "models/InvoiceRules.h"

#include <algorithm>

namespace pac {

namespace {

QDate dayOf(const QDateTime &time)
{
    return time.toUTC().date();
}

// A payment issue with what ranks it among issues of the same day (billing rule 7c).
struct Candidate
{
    enum Tier { StillPastDue, FailedPayment, PaidLate }; // the order on the same day
    PaymentIssue issue;
    Tier tier = FailedPayment;
    QDate dueOn; // invoices: the more overdue ranks first
    QDateTime at; // failed payments: the later ranks first
    qint64 id = 0;
};

// Whether `a` is the issue to report rather than `b`.
bool ranksBefore(const Candidate &a, const Candidate &b)
{
    if (a.issue.on != b.issue.on)
        return a.issue.on > b.issue.on;
    if (a.tier != b.tier)
        return a.tier < b.tier;
    if (a.tier == Candidate::FailedPayment) {
        if (a.at != b.at)
            return a.at > b.at;
        return a.id > b.id;
    }
    if (a.dueOn != b.dueOn)
        return a.dueOn < b.dueOn;
    return a.id < b.id;
}

} // namespace

QDate InvoiceRules::dueOn(QDate issuedOn, PaymentTermsKind terms)
{
    switch (terms) {
    case PaymentTermsKind::DueOnReceipt:
        return issuedOn;
    case PaymentTermsKind::Net15:
        return issuedOn.addDays(Net15Days);
    }
    return issuedOn;
}

InvoiceStatus InvoiceRules::statusOn(const Invoice &invoice, QDate today)
{
    // A void invoice is owed by no one, whatever was paid on it before.
    if (invoice.status == InvoiceStatus::Void)
        return InvoiceStatus::Void;
    if (invoice.paidCents >= invoice.amountCents)
        return InvoiceStatus::Paid;
    // Due on the due day itself: past due only from the day after.
    if (today > invoice.dueOn)
        return InvoiceStatus::PastDue;
    return InvoiceStatus::Open;
}

bool InvoiceRules::isStillPastDue(const Invoice &invoice, QDate today)
{
    return statusOn(invoice, today) == InvoiceStatus::PastDue;
}

qint64 InvoiceRules::pastDueCents(const QList<Invoice> &invoices, QDate today)
{
    qint64 total = 0;
    for (const Invoice &invoice : invoices) {
        if (isStillPastDue(invoice, today))
            total += invoice.amountCents - invoice.paidCents; // > 0: past due means unpaid
    }
    return total;
}

std::optional<QDate> InvoiceRules::paidOn(const Invoice &invoice, const QList<Payment> &payments)
{
    if (invoice.amountCents <= 0)
        return invoice.issuedOn;
    QList<const Payment *> succeeded;
    for (const Payment &p : payments) {
        if (p.invoiceId == invoice.id && p.outcome == PaymentOutcome::Succeeded)
            succeeded.append(&p);
    }
    // In time order (the id settles payments of the same instant), whatever the list's order.
    std::sort(succeeded.begin(), succeeded.end(), [](const Payment *a, const Payment *b) {
        return a->at != b->at ? a->at < b->at : a->id < b->id;
    });
    qint64 total = 0;
    for (const Payment *p : succeeded) {
        total += p->amountCents;
        if (total >= invoice.amountCents)
            return dayOf(p->at);
    }
    return std::nullopt;
}

std::optional<PaymentIssue> InvoiceRules::lastPaymentIssue(const QList<Invoice> &invoices,
                                                           const QList<Payment> &payments,
                                                           QDate today)
{
    std::optional<Candidate> best;
    const auto consider = [&best](const Candidate &c) {
        if (!best || ranksBefore(c, *best))
            best = c;
    };

    for (const Payment &p : payments) {
        if (p.outcome != PaymentOutcome::Failed)
            continue;
        Candidate c;
        c.tier = Candidate::FailedPayment;
        c.issue.kind = PaymentIssueKind::FailedPayment;
        const auto invoice = std::find_if(invoices.begin(), invoices.end(),
                                          [&p](const Invoice &i) { return i.id == p.invoiceId; });
        if (invoice != invoices.end())
            c.issue.invoiceNumber = invoice->number;
        c.issue.on = dayOf(p.at);
        c.issue.amountCents = p.amountCents;
        c.issue.failureReason = p.failureReason;
        c.at = p.at;
        c.id = p.id;
        consider(c);
    }

    for (const Invoice &invoice : invoices) {
        Candidate c;
        c.issue.kind = PaymentIssueKind::PastDue;
        c.issue.invoiceNumber = invoice.number;
        c.issue.amountCents = invoice.amountCents;
        c.dueOn = invoice.dueOn;
        c.id = invoice.id;
        switch (statusOn(invoice, today)) {
        case InvoiceStatus::Void:
        case InvoiceStatus::Open:
            continue;
        case InvoiceStatus::PastDue:
            // Still going on: the issue exists today, and the clean days start once it is paid.
            c.tier = Candidate::StillPastDue;
            c.issue.on = today;
            c.issue.stillPastDue = true;
            break;
        case InvoiceStatus::Paid: {
            const std::optional<QDate> paid = paidOn(invoice, payments);
            if (!paid || *paid <= invoice.dueOn)
                continue;
            // Past due from the day after due_on up to (and on) the day it was paid.
            c.tier = Candidate::PaidLate;
            c.issue.on = *paid;
            break;
        }
        }
        consider(c);
    }

    if (!best)
        return std::nullopt;
    return best->issue;
}

} // namespace pac
