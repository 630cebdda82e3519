#include "models/PaymentBehaviour.h"

#include "models/InvoiceRules.h"

#include <QTimeZone>

namespace pac {

namespace {

// Payments are dated by the UTC day of their time, as the wire writes them (rule 7).
QDate dayOf(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).date();
}

} // namespace

PaymentBehaviour::Result PaymentBehaviour::compute(const QList<Invoice> &invoices,
                                                   const QList<Payment> &payments, QDate today)
{
    Result result;
    result.from = today.addYears(-1);
    result.until = today;
    qint64 daysTotal = 0;
    int paid = 0;
    for (const Invoice &invoice : invoices) {
        if (invoice.status == InvoiceStatus::Void || invoice.amountCents <= 0
            || invoice.issuedOn < result.from || invoice.issuedOn > today) {
            continue;
        }
        ++result.invoices;
        if (InvoiceRules::isStillPastDue(invoice, today)) {
            ++result.stillPastDue;
            continue;
        }
        const std::optional<QDate> paidOn = InvoiceRules::paidOn(invoice, payments);
        if (!paidOn)
            continue; // open, or settled some other way: no day to count
        ++paid;
        daysTotal += qMax<qint64>(0, invoice.issuedOn.daysTo(*paidOn));
        if (*paidOn > invoice.dueOn)
            ++result.paidLate;
        else
            ++result.paidOnTime;
    }
    if (paid > 0)
        result.averageDaysToPayTenths = int((daysTotal * 20 + paid) / (2 * paid));
    for (const Payment &payment : payments) {
        if (payment.outcome != PaymentOutcome::Failed)
            continue;
        const QDate day = dayOf(payment.at);
        if (day < result.from || day > today)
            continue;
        ++result.failedPayments;
        result.failedCents += payment.amountCents;
    }
    return result;
}

QString PaymentBehaviour::summary(const Result &result)
{
    if (result.invoices == 0 && result.failedPayments == 0)
        return tr("No invoices in the last 12 months");
    QStringList parts {tr("%n invoice(s)", nullptr, result.invoices)};
    if (result.paidLate > 0)
        parts << tr("%n paid late", nullptr, result.paidLate);
    if (result.stillPastDue > 0)
        parts << tr("%n past due", nullptr, result.stillPastDue);
    if (result.failedPayments > 0)
        parts << tr("%n failed payment(s)", nullptr, result.failedPayments);
    if (parts.size() == 1)
        parts << tr("all paid on time");
    return parts.join(QStringLiteral(" · "));
}

QString PaymentBehaviour::averageDaysToPayText(const Result &result)
{
    if (!result.averageDaysToPayTenths)
        return tr("No invoice paid yet");
    const int tenths = *result.averageDaysToPayTenths;
    const QString number = tenths % 10 == 0 ? QLocale().toString(tenths / 10)
                                            : QLocale().toString(tenths / 10.0, 'f', 1);
    return tr("%1 days").arg(number);
}

QString PaymentBehaviour::paidLateText(const Result &result)
{
    if (result.invoices == 0)
        return tr("No invoices");
    QString text = result.paidLate == 0
        ? tr("None of %n", nullptr, result.invoices)
        : tr("%1 of %n", nullptr, result.invoices).arg(result.paidLate);
    if (result.stillPastDue > 0)
        text += QLatin1Char(' ') + tr("(%n still past due)", nullptr, result.stillPastDue);
    return text;
}

QString PaymentBehaviour::failedPaymentsText(const Result &result, const QString &amountText)
{
    if (result.failedPayments == 0)
        return tr("None");
    return tr("%1 (%2)").arg(QLocale().toString(result.failedPayments), amountText);
}

} // namespace pac
