#include "models/NetFifteenWhatIf.h"

#include "models/PaymentTerms.h"

#include <algorithm>

namespace pac {

namespace {

QDate monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

int monthsBetween(QDate fromMonth, QDate toMonth)
{
    return (toMonth.year() - fromMonth.year()) * 12 + toMonth.month() - fromMonth.month();
}

// a / b for b > 0, rounded up (toward +infinity).
qint64 divideUp(qint64 a, qint64 b)
{
    return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}

// a / b for b > 0, to the nearest integer, halves away from zero.
qint64 divideRounded(qint64 a, qint64 b)
{
    return a >= 0 ? (a + b / 2) / b : -((-a + b / 2) / b);
}

} // namespace

NetFifteenWhatIf::Result NetFifteenWhatIf::compute(const QList<Invoice> &invoices,
                                                   qint64 currentLimitCents, QDate today)
{
    Result result;
    result.limitCents = PaymentTerms::limitOn(PaymentTermsKind::Net15, currentLimitCents);
    result.suggestedLimitCents = PaymentTerms::Net15DefaultLimitCents;

    const auto counts = [today](const Invoice &i) {
        // A void invoice was never owed; one dated after today is not history yet.
        return i.status != InvoiceStatus::Void && i.issuedOn.isValid() && i.issuedOn <= today;
    };
    QDate first;
    for (const Invoice &i : invoices) {
        if (counts(i) && (!first.isValid() || i.issuedOn < first))
            first = i.issuedOn;
    }
    if (!first.isValid())
        return result;

    const QDate thisMonth = monthStart(today);
    if (first >= thisMonth) {
        result.basis = Basis::CurrentMonthOnly;
        result.months = 1;
        result.from = thisMonth;
        result.until = today;
    } else {
        const QDate start = std::max(monthStart(first), thisMonth.addMonths(-MonthsWanted));
        result.months = monthsBetween(start, thisMonth);
        result.basis = result.months == MonthsWanted ? Basis::ThreeMonths : Basis::FewerMonths;
        result.from = start;
        result.until = thisMonth.addDays(-1);
    }

    for (const Invoice &i : invoices) {
        if (counts(i) && i.issuedOn >= result.from && i.issuedOn <= result.until)
            result.totalCents += i.amountCents;
    }

    result.averageMonthlyCents = divideRounded(result.totalCents, result.months);
    // From the total, not the rounded average, so the exposure is rounded only once.
    result.exposureCents = std::max<qint64>(
        0, divideUp(result.totalCents * ExposureDays, qint64(DaysPerMonth) * result.months));
    result.exceedsLimit = result.exposureCents > result.limitCents;
    result.suggestedLimitCents = std::max(PaymentTerms::Net15DefaultLimitCents,
                                          divideUp(result.exposureCents, SuggestedLimitStepCents)
                                              * SuggestedLimitStepCents);
    return result;
}

QStringList NetFifteenWhatIf::describe(const Result &result, const MoneyText &money,
                                       const DateText &date)
{
    QStringList lines;
    switch (result.basis) {
    case Basis::NoInvoices:
        lines << tr("No invoices to estimate from yet: on Net 15 the customer starts with a "
                    "limit of %1.")
                     .arg(money(result.limitCents));
        return lines;
    case Basis::CurrentMonthOnly:
        lines << tr("Invoices so far this month (from %1): %2; taken as one month.")
                     .arg(date(result.from), money(result.totalCents));
        break;
    case Basis::FewerMonths:
    case Basis::ThreeMonths:
        lines << tr("Average monthly invoice over the last %n month(s) (%1 – %2): %3.", "",
                    result.months)
                     .arg(date(result.from), date(result.until), money(result.averageMonthlyCents));
        break;
    }
    lines << tr("On Net 15 the customer would typically owe up to %1 before an invoice falls "
                "due, against a limit of %2.")
                 .arg(money(result.exposureCents), money(result.limitCents));
    if (result.exceedsLimit) {
        lines << tr("That is %1 over the limit: a credit application for %2 would cover it.")
                     .arg(money(result.exposureCents - result.limitCents),
                          money(result.suggestedLimitCents));
    } else {
        lines << tr("That fits within the limit.");
    }
    return lines;
}

} // namespace pac
