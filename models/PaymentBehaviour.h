#pragma once

#include "models/Invoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pac {

// Billing rule 7e: how a customer paid over the last 12 months, from its invoice and payment
// records — what support weighs in the credit decision queue beside the last payment issue.
// Counted, never guessed: a figure the records cannot give (no invoice paid yet) is absent,
// not zero.
class PaymentBehaviour
{
    Q_DECLARE_TR_FUNCTIONS(pac::PaymentBehaviour)

public:
    struct Result
    {
        QDate from; // the first day counted: the same day a year before today
        QDate until; // today
        int invoices = 0; // issued in [from, until], not void, amount above zero
        int paidOnTime = 0; // of those, paid on or before due_on
        int paidLate = 0; // of those, paid after due_on
        int stillPastDue = 0; // of those, unpaid and past due today
        // Mean whole days from issued_on to the day paid, over the invoices paid (on time or
        // late); nullopt when none was paid. In tenths of a day, rounded half up, so "12.5".
        std::optional<int> averageDaysToPayTenths;
        int failedPayments = 0; // failed payments on a day in [from, until], any invoice
        qint64 failedCents = 0; // their amounts
        bool operator==(const Result &) const = default;
    };

    // From one customer's invoices and payments (any order), on `today`. A credit note (zero
    // or negative amount) is not an invoice to pay, and a void invoice was never owed: neither
    // counts. An invoice settled some other way (no payments reach its amount, status paid)
    // counts as an invoice but neither on time nor late: its day is unknown.
    static Result compute(const QList<Invoice> &invoices, const QList<Payment> &payments,
                          QDate today);

    // Translated, for a table cell and for agentctl: "12 invoices · 2 paid late · 1 failed
    // payment", or "No invoices in the last 12 months".
    static QString summary(const Result &result);
    // "9.5 days" or "No invoice paid yet".
    static QString averageDaysToPayText(const Result &result);
    // "2 of 12 (1 still past due)", "None of 12".
    static QString paidLateText(const Result &result);
    // "1 ($240.00)" with the amount by the caller's formatter, or "None".
    static QString failedPaymentsText(const Result &result, const QString &amountText);
};

} // namespace pac
