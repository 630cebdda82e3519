#pragma once

#include "models/Customer.h"
#include "models/FieldError.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <functional>

namespace pac {

// What decides ACH eligibility (billing rule 4), gathered from the customer's record.
struct AchFacts
{
    QString country; // ISO 3166-1 alpha-2; only "US" qualifies
    bool hasMasterAgent = false; // a customer-level master agent
    QString masterAgentName; // its name, for the checklist
    QDate customerSince;
    std::optional<QDate> lastPaymentIssueOn; // failed payment or invoice past due
    // The issue behind lastPaymentIssueOn, when the portal says (billing rule 7c): the
    // evidence the checklist names, and whether an invoice is still past due (then the clean
    // period has not started and there is no eligible-from date). Its `on` is
    // lastPaymentIssueOn; without that date, its `on` is used.
    std::optional<PaymentIssue> paymentIssue;
    std::optional<ManualAchEnable> manualEnable; // support enabled it by hand
    bool hasAchMethod = false; // an ACH payment method is on file
    bool operator==(const AchFacts &) const = default;
};

// How one condition of the rule stands on a given day.
enum class AchCheckMark { Met, NotMet, DoesNotApply };

// The conditions the rule weighs, in the order the checklist lists them.
enum class AchCondition { Country, MasterAgent, CleanPeriod, ManualEnable };

// The rule's verdict together with every condition it weighed and the facts it used. The
// console's checklist and `agentctl ach ID` present this; neither re-derives a condition.
struct AchChecklist
{
    AchState verdict;

    AchCheckMark country = AchCheckMark::NotMet;
    QString countryCode; // as recorded, trimmed and upper-cased; empty when unknown

    AchCheckMark masterAgent = AchCheckMark::DoesNotApply; // Met, or DoesNotApply
    QString masterAgentName;

    AchCheckMark cleanPeriod = AchCheckMark::NotMet;
    QDate cleanSince; // where the clean period starts; invalid when the start date is unknown
    bool cleanSinceIsIssue = false; // it starts at the last payment issue, not at joining
    std::optional<QDate> issueBeforeJoining; // an issue dated before customer_since: ignored
    qint64 cleanDays = 0; // whole days from cleanSince to today (0 if unknown, ahead or ongoing)
    QDate cleanMetOn; // the first day with more than 90 clean days (invalid when unknown or
                      // while an invoice is still past due)
    // The payment issue the clean period starts at, when the facts name it (rule 7c), and
    // whether it is an invoice still past due (the clean period starts once it is paid).
    std::optional<PaymentIssue> paymentIssue;
    bool issueOngoing = false;

    AchCheckMark manual = AchCheckMark::DoesNotApply; // Met, or DoesNotApply
    std::optional<ManualAchEnable> manualEnable;
};

// One condition of the checklist in words.
struct AchCheckLine
{
    AchCondition condition;
    AchCheckMark mark;
    QString text;
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
    //     joining) or recent_payment_issue, eligibleOn = start + 91 days; while an invoice
    //     is still past due (facts.paymentIssue->stillPastDue) eligibleOn is null: the clean
    //     days start on the day it is paid (billing rule 7c).
    // An eligible customer with an ACH method on file is `enabled`, with the same reason.
    // enabledBy is set only when the manual enable is the reason. An invalid customerSince
    // with no issue gives not_eligible / new_customer without a date.
    static AchState evaluate(const AchFacts &facts, QDate today);

    // The verdict of evaluate() with each condition and the facts behind it: the country
    // (trimmed, case-folded), the master agent, the clean period (an issue from before
    // joining is ignored, as evaluate() does) and a manual enable.
    static AchChecklist checklist(const AchFacts &facts, QDate today);

    // The checklist as one translated sentence per condition, in AchCondition order. Dates,
    // times and amounts are written by the caller's formatters (the console's locale,
    // agentctl's ISO); without a money formatter, Money::format() in the default QLocale.
    // When the checklist names the payment issue, the clean-period line names it: "Payment
    // of $240.00 failed (insufficient funds) on 10/3/26 — eligible from 1/2/27.", "Invoice
    // INV-2026-0142 was past due until it was paid on 10/21/26 — eligible from 1/20/27.", or
    // for an invoice still past due that it must be paid first (no date).
    using DateText = std::function<QString(const QDate &)>;
    using TimeText = std::function<QString(const QDateTime &)>;
    using MoneyText = std::function<QString(qint64 cents)>;
    static QList<AchCheckLine> describe(const AchChecklist &checklist, const DateText &date,
                                        const TimeText &time, const MoneyText &money = {});

    // Whether support may enable ACH manually at all: only for a customer in the US (field
    // "country", code outside_us). A customer eligible by itself may be enabled too: the
    // manual enable is recorded and keeps ACH available if the other reason lapses (a payment
    // issue, the master agent removed); enabling again replaces the recorded reason.
    static std::optional<FieldError> manualEnableBlocked(const AchFacts &facts);

    // manualEnableBlocked(), then the reason: given (field "reason", code required) and at
    // most MaxReasonLength characters (too_long).
    static constexpr int MaxReasonLength = 500;
    static std::optional<FieldError> canEnableManually(const AchFacts &facts,
                                                       const QString &reason);

    // Whether an ACH payment method may be added in `state`: eligible or enabled pass;
    // otherwise field "ach", code ach_not_eligible, with the reason (and date) in the message.
    static std::optional<FieldError> canAddMethod(const AchState &state,
                                                  const QLocale &locale = QLocale());

    // The facts of `customer` (its country, master agent, customer_since, last payment
    // issue and its evidence), plus what the Customer resource does not carry itself.
    static AchFacts factsOf(const Customer &customer, bool hasAchMethod,
                            const std::optional<ManualAchEnable> &manualEnable);
    // The facts a client can read from a Customer resource: an ACH method is on file when the
    // portal says `enabled`, and the manual enable is the one the portal reports.
    static AchFacts factsOf(const Customer &customer);

    // One translated sentence for the console and `agentctl ach ID`, e.g. "Not eligible
    // because of a recent payment issue; eligible from 5/31/26." Dates in `locale`'s short
    // format.
    static QString explain(const AchState &state, const QLocale &locale = QLocale());

private:
    // The clean-period sentence of describe() when the checklist names the payment issue.
    static QString describeIssue(const AchChecklist &checklist, const DateText &date,
                                 const MoneyText &money);
};

} // namespace pac
