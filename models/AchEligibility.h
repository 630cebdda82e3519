#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QCoreApplication>
#include <QLocale>

namespace pac {

// What decides ACH eligibility (billing rule 4), gathered from the customer's record.
struct AchFacts
{
    QString country; // ISO 3166-1 alpha-2; only "US" qualifies
    bool hasMasterAgent = false; // a customer-level master agent
    QDate customerSince;
    std::optional<QDate> lastPaymentIssueOn; // failed payment or invoice past due
    std::optional<ManualAchEnable> manualEnable; // support enabled it by hand
    bool hasAchMethod = false; // an ACH payment method is on file
    bool operator==(const AchFacts &) const = default;
};

// Billing rule 4: may this customer pay by ACH, why, and if not, from when.
class AchEligibility
{
    Q_DECLARE_TR_FUNCTIONS(pac::AchEligibility)

public:
    // "No payment issue for MORE than 90 days": the clean period starts on the day of the
    // last issue (or on customer_since when there was none since joining). With
    // days = start.daysTo(today), 90 days is not enough and 91 is: the customer becomes
    // eligible on start + 91 days.
    static constexpr int CleanDaysRequired = 90;

    // The ACH state on `today`, in this order:
    //  1. country not US                  → not_eligible / outside_us (whatever else holds);
    //  2. customer-level master agent     → eligible / master_agent;
    //  3. manual enable by support        → eligible / manual, enabledBy = who/when/why;
    //  4. clean period > 90 days          → eligible / good_standing;
    //  5. otherwise                       → not_eligible / new_customer (no issue since
    //     joining) or recent_payment_issue, eligibleOn = start + 91 days.
    // An eligible customer with an ACH method on file is `enabled`, with the same reason.
    // enabledBy is set only when the manual enable is the reason. An invalid customerSince
    // with no issue gives not_eligible / new_customer without a date.
    static AchState evaluate(const AchFacts &facts, QDate today);

    // Whether support may enable ACH manually: the customer must be in the US (field
    // "country", code outside_us) and the reason must be given (field "reason", code
    // required) and at most MaxReasonLength characters (too_long).
    static constexpr int MaxReasonLength = 500;
    static std::optional<FieldError> canEnableManually(const AchFacts &facts,
                                                       const QString &reason);

    // Whether an ACH payment method may be added in `state`: eligible or enabled pass;
    // otherwise field "ach", code ach_not_eligible, with the reason (and date) in the message.
    static std::optional<FieldError> canAddMethod(const AchState &state,
                                                  const QLocale &locale = QLocale());

    // The facts of `customer` (its country, master agent, customer_since, last payment
    // issue), plus what the Customer resource does not carry itself.
    static AchFacts factsOf(const Customer &customer, bool hasAchMethod,
                            const std::optional<ManualAchEnable> &manualEnable);

    // One translated sentence for the console and `agentctl ach ID`, e.g. "Not eligible
    // because of a recent payment issue; eligible from 5/31/26." Dates in `locale`'s short
    // format.
    static QString explain(const AchState &state, const QLocale &locale = QLocale());
};

} // namespace pac
