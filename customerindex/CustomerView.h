#pragma once

#include "customerindex/CustomerRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace pac {

// The views of the customer list. Which views a role sees is the UI's decision (through
// Permissions); these only say which rows belong to a view.
enum class CustomerView {
    All,
    Net15,
    AchEligibleNotEnrolled,
    PaymentIssueLast90Days,
    NearCreditLimit,
    PendingEditsAndConflicts,
    CreditApplicationsAwaitingDecision,
    PastDueNow, // something is owed on an invoice past its due date (past_due_cents > 0)
};
inline constexpr int CustomerViewCount = 8;

// How many rows each view holds (badges of the views list), indexed by CustomerView, and
// what the "Past due now" rows owe in all.
struct CustomerViewCounts
{
    std::array<qsizetype, CustomerViewCount> counts {};
    qint64 pastDueCents = 0; // the sum of past_due_cents over the PastDueNow rows

    qsizetype count(CustomerView view) const { return counts[std::size_t(view)]; }
    bool operator==(const CustomerViewCounts &) const = default;
};

class CustomerViews
{
    Q_DECLARE_TR_FUNCTIONS(pac::CustomerViews)

public:
    // The window a payment issue counts in: a customer whose last issue was on
    // today - 90 days or later (today - 90 included, today - 91 not) is in the view.
    static constexpr int kPaymentIssueWindowDays = 90;
    // "Near the limit": balance >= 80 % of a positive credit limit (80 % exactly included).
    static constexpr int kNearLimitPercent = 80;

    static bool matches(CustomerView view, const CustomerFacts &facts, QDate today);

    // The translated name shown in the views list.
    static QString title(CustomerView view);
    // A stable machine name ("net15", "near_credit_limit", ...) for the CLI and settings.
    static QString key(CustomerView view);
    static std::optional<CustomerView> fromKey(QStringView key);
};

} // namespace pac
