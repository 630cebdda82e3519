#include "models/AchEligibility.h"

namespace pac {

namespace {

bool isUs(const QString &country)
{
    return country.trimmed().compare(QLatin1String("US"), Qt::CaseInsensitive) == 0;
}

} // namespace

AchState AchEligibility::evaluate(const AchFacts &facts, QDate today)
{
    AchState state;
    if (!isUs(facts.country)) {
        // ACH debits US bank accounts only: nothing else (not even support) changes that.
        state.status = AchStatus::NotEligible;
        state.reason = AchReason::OutsideUs;
        return state;
    }

    bool eligible = false;
    if (facts.hasMasterAgent) {
        eligible = true;
        state.reason = AchReason::MasterAgent;
    } else if (facts.manualEnable) {
        eligible = true;
        state.reason = AchReason::Manual;
        state.enabledBy = facts.manualEnable;
    } else {
        // The clean period starts at the later of joining and the last payment issue. An
        // issue on the day the customer joined counts as an issue.
        const bool issueSinceJoining = facts.lastPaymentIssueOn
            && (!facts.customerSince.isValid() || *facts.lastPaymentIssueOn >= facts.customerSince);
        const QDate start = issueSinceJoining ? *facts.lastPaymentIssueOn : facts.customerSince;
        state.reason = issueSinceJoining ? AchReason::RecentPaymentIssue : AchReason::NewCustomer;
        if (!start.isValid())
            return state;
        // "More than 90 days": 90 clean days are not enough, 91 are (see the header).
        if (start.daysTo(today) > CleanDaysRequired) {
            eligible = true;
            state.reason = AchReason::GoodStanding;
        } else {
            state.eligibleOn = start.addDays(CleanDaysRequired + 1);
        }
    }

    if (eligible)
        state.status = facts.hasAchMethod ? AchStatus::Enabled : AchStatus::Eligible;
    return state;
}

std::optional<FieldError> AchEligibility::canEnableManually(const AchFacts &facts,
                                                            const QString &reason)
{
    if (!isUs(facts.country)) {
        return FieldError {QStringLiteral("country"), QString(ErrorCode::OutsideUs),
                           tr("ACH is only available to customers in the US; this customer's "
                              "country is “%1”.")
                               .arg(facts.country)};
    }
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return FieldError {QStringLiteral("reason"), QString(ErrorCode::Required),
                           tr("Say why ACH is enabled manually.")};
    }
    if (trimmed.size() > MaxReasonLength) {
        return FieldError {QStringLiteral("reason"), QString(ErrorCode::TooLong),
                           tr("The reason has %1 characters; at most %2 are allowed.")
                               .arg(trimmed.size())
                               .arg(MaxReasonLength)};
    }
    return std::nullopt;
}

std::optional<FieldError> AchEligibility::canAddMethod(const AchState &state, const QLocale &locale)
{
    if (state.status != AchStatus::NotEligible)
        return std::nullopt;
    return FieldError {QStringLiteral("ach"), QString(ErrorCode::AchNotEligible),
                       explain(state, locale)};
}

AchFacts AchEligibility::factsOf(const Customer &customer, bool hasAchMethod,
                                 const std::optional<ManualAchEnable> &manualEnable)
{
    AchFacts facts;
    facts.country = customer.country;
    facts.hasMasterAgent = customer.masterAgent.has_value();
    facts.customerSince = customer.customerSince;
    facts.lastPaymentIssueOn = customer.lastPaymentIssueOn;
    facts.manualEnable = manualEnable;
    facts.hasAchMethod = hasAchMethod;
    return facts;
}

QString AchEligibility::explain(const AchState &state, const QLocale &locale)
{
    const QString eligibleOn
        = state.eligibleOn ? locale.toString(*state.eligibleOn, QLocale::ShortFormat) : QString();
    if (state.status == AchStatus::NotEligible) {
        switch (state.reason) {
        case AchReason::OutsideUs:
            return tr("Not eligible for ACH: only customers in the US can pay by ACH.");
        case AchReason::NewCustomer:
            if (eligibleOn.isEmpty())
                return tr("Not eligible for ACH: the customer's start date is unknown.");
            return tr("Not eligible for ACH: a customer for %n day(s) or less; eligible from %1.",
                      nullptr, CleanDaysRequired)
                .arg(eligibleOn);
        case AchReason::RecentPaymentIssue:
            return tr("Not eligible for ACH: a payment issue in the last %n day(s); eligible "
                      "from %1.",
                      nullptr, CleanDaysRequired)
                .arg(eligibleOn);
        case AchReason::MasterAgent:
        case AchReason::GoodStanding:
        case AchReason::Manual:
            break;
        }
        return tr("Not eligible for ACH.");
    }

    const QString status
        = state.status == AchStatus::Enabled ? tr("ACH is enabled") : tr("Eligible for ACH");
    switch (state.reason) {
    case AchReason::MasterAgent:
        return tr("%1: the customer has a master agent.").arg(status);
    case AchReason::GoodStanding:
        return tr("%1: no payment issue for more than %n day(s).", nullptr, CleanDaysRequired)
            .arg(status);
    case AchReason::Manual:
        if (!state.enabledBy)
            return tr("%1: enabled manually by support.").arg(status);
        return tr("%1: enabled manually by %2 on %3 (“%4”).")
            .arg(status, state.enabledBy->by.name,
                 locale.toString(state.enabledBy->at.date(), QLocale::ShortFormat),
                 state.enabledBy->reason);
    case AchReason::OutsideUs:
    case AchReason::RecentPaymentIssue:
    case AchReason::NewCustomer:
        break;
    }
    return status + u'.';
}

} // namespace pac
