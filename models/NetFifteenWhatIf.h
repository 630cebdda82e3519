#pragma once

#include "models/Invoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace pac {

// Billing rule 7d: what moving a customer to Net 15 would mean, from its recent invoices —
// the most it would typically owe before an invoice falls due, against the limit Net 15
// gives it. It changes nothing (`agentctl terms ID net15 --dry-run`, the console's preview).
class NetFifteenWhatIf
{
    Q_DECLARE_TR_FUNCTIONS(pac::NetFifteenWhatIf)

public:
    // Exposure in days of an average month: the 30 days an invoice bills, owed and not yet
    // due for the 15 days of Net 15, while the next 15 days of use accrue unbilled. Just
    // before the due day the customer owes one month's invoice plus half a month of use:
    // average × 45 / 30. (Paying on the due day, it never owes more; paying late is a
    // payment issue, rule 7c, not what the limit is sized for.)
    static constexpr int ExposureDays = 45;
    static constexpr int DaysPerMonth = 30;
    static constexpr int MonthsWanted = 3;
    // The suggested limit is the exposure rounded up to whole $100: fine enough not to grant
    // noticeably more than the usage needs, round enough to read as a limit.
    static constexpr qint64 SuggestedLimitStepCents = 10'000;

    // What the average was taken over.
    enum class Basis {
        NoInvoices, // no invoice that counts: nothing to go on; exposure 0
        CurrentMonthOnly, // the first invoice is from this (incomplete) month: its invoices so
                          // far, as one month
        FewerMonths, // 1 or 2 complete months since the first invoice: those
        ThreeMonths, // the last 3 complete months
    };

    struct Result
    {
        Basis basis = Basis::NoInvoices;
        int months = 0; // months averaged over (0 with no invoices)
        QDate from; // first day of the months used (invalid with no invoices)
        QDate until; // last day of the months used: the month's end, or today this month
        qint64 totalCents = 0; // invoices issued in them, credit notes subtracted
        qint64 averageMonthlyCents = 0; // total / months, to the nearest cent (half away from 0)
        qint64 exposureCents = 0; // total × 45 / (30 × months), rounded up; never below 0
        qint64 limitCents = 0; // what Net 15 gives: PaymentTerms::limitOn(net15, current)
        bool exceedsLimit = false; // exposure > limit (exactly at the limit fits)
        qint64 suggestedLimitCents = 0; // exposure rounded up to SuggestedLimitStepCents,
                                        // never below the $500 Net 15 default
        bool operator==(const Result &) const = default;
    };

    // From the customer's invoices (any order; other customers' must not be passed), its
    // current approved limit and today. An invoice counts in the month of its issued_on;
    // void invoices and invoices issued after today do not count; a credit note (negative
    // amount) reduces its month. The months used are the last 3 complete calendar months
    // before today's month, or fewer when the first counted invoice is more recent (Basis).
    static Result compute(const QList<Invoice> &invoices, qint64 currentLimitCents, QDate today);

    // The result in translated sentences, the same in the console's dialog and in `agentctl
    // terms ID net15 --dry-run`: what the average was taken over, the typical exposure
    // against the limit, and whether it fits (else the suggested limit of a credit
    // application). Amounts and dates by the caller's formatters.
    using MoneyText = std::function<QString(qint64 cents)>;
    using DateText = std::function<QString(const QDate &)>;
    static QStringList describe(const Result &result, const MoneyText &money, const DateText &date);
};

} // namespace pac
