#include "customerindex/CustomerView.h"

namespace pac {

namespace {

struct ViewKey
{
    CustomerView view;
    const char16_t *key;
};

constexpr std::array<ViewKey, CustomerViewCount> kKeys {{
    {CustomerView::All, u"all"},
    {CustomerView::Net15, u"net15"},
    {CustomerView::AchEligibleNotEnrolled, u"ach_eligible_not_enrolled"},
    {CustomerView::PaymentIssueLast90Days, u"payment_issue_last_90_days"},
    {CustomerView::NearCreditLimit, u"near_credit_limit"},
    {CustomerView::PendingEditsAndConflicts, u"pending_edits_and_conflicts"},
    {CustomerView::CreditApplicationsAwaitingDecision, u"credit_applications_awaiting_decision"},
    {CustomerView::PastDueNow, u"past_due_now"},
}};

bool nearCreditLimit(const CustomerFacts &f)
{
    // balance / limit >= 80 / 100, in integers: money is cents and never floating point.
    // Both sides stay far from overflow for any amount below 10^16 dollars.
    return f.creditLimitCents > 0
        && f.balanceCents * 100 >= f.creditLimitCents * CustomerViews::kNearLimitPercent;
}

bool recentPaymentIssue(const CustomerFacts &f, QDate today)
{
    return f.lastPaymentIssueOn.isValid()
        && f.lastPaymentIssueOn >= today.addDays(-CustomerViews::kPaymentIssueWindowDays);
}

} // namespace

bool CustomerViews::matches(CustomerView view, const CustomerFacts &facts, QDate today)
{
    switch (view) {
    case CustomerView::All:
        return true;
    case CustomerView::Net15:
        return facts.terms == PaymentTermsKind::Net15;
    case CustomerView::AchEligibleNotEnrolled:
        return facts.achStatus == AchStatus::Eligible;
    case CustomerView::PaymentIssueLast90Days:
        return recentPaymentIssue(facts, today);
    case CustomerView::NearCreditLimit:
        return nearCreditLimit(facts);
    case CustomerView::PendingEditsAndConflicts:
        return facts.flags.testAnyFlags(CustomerRowFlag::PendingEdit | CustomerRowFlag::Conflict);
    case CustomerView::CreditApplicationsAwaitingDecision:
        return facts.flags.testFlag(CustomerRowFlag::CreditApplicationSubmitted);
    case CustomerView::PastDueNow:
        // As the portal derived it on the customer's last sync; the delta sync brings every
        // customer whose invoice fell past due since (API.md, docs/sync.md).
        return facts.pastDueCents > 0;
    }
    return false;
}

QString CustomerViews::title(CustomerView view)
{
    switch (view) {
    case CustomerView::All:
        return tr("All customers");
    case CustomerView::Net15:
        return tr("Net 15");
    case CustomerView::AchEligibleNotEnrolled:
        return tr("ACH eligible but not enrolled");
    case CustomerView::PaymentIssueLast90Days:
        return tr("Payment issue in the last 90 days");
    case CustomerView::NearCreditLimit:
        return tr("Near credit limit (80 % or more used)");
    case CustomerView::PendingEditsAndConflicts:
        return tr("Pending edits and conflicts");
    case CustomerView::CreditApplicationsAwaitingDecision:
        return tr("Credit applications awaiting decision");
    case CustomerView::PastDueNow:
        return tr("Past due now");
    }
    return {};
}

QString CustomerViews::key(CustomerView view)
{
    return QString::fromUtf16(kKeys[std::size_t(view)].key);
}

std::optional<CustomerView> CustomerViews::fromKey(QStringView key)
{
    for (const ViewKey &entry : kKeys) {
        if (key == QStringView(entry.key))
            return entry.view;
    }
    return std::nullopt;
}

} // namespace pac
