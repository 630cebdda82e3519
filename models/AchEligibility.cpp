#include "models/AchEligibility.h"

#include <limits>

namespace pac {

namespace {

bool isUs(const QString &country)
{
    return country.trimmed().compare(QLatin1String("US"), Qt::CaseInsensitive) == 0;
}

// Where the clean period starts: the later of joining and the last payment issue. An issue
// on the day the customer joined counts as an issue; one from before joining does not.
struct CleanPeriod
{
    QDate start;
    bool startIsIssue = false;
};

CleanPeriod cleanPeriodOf(const AchFacts &facts)
{
    const bool issueSinceJoining = facts.lastPaymentIssueOn
        && (!facts.customerSince.isValid() || *facts.lastPaymentIssueOn >= facts.customerSince);
    return {issueSinceJoining ? *facts.lastPaymentIssueOn : facts.customerSince, issueSinceJoining};
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
        const CleanPeriod clean = cleanPeriodOf(facts);
        state.reason = clean.startIsIssue ? AchReason::RecentPaymentIssue : AchReason::NewCustomer;
        if (!clean.start.isValid())
            return state;
        // "More than 90 days": 90 clean days are not enough, 91 are (see the header).
        if (clean.start.daysTo(today) > CleanDaysRequired) {
            eligible = true;
            state.reason = AchReason::GoodStanding;
        } else {
            state.eligibleOn = clean.start.addDays(CleanDaysRequired + 1);
        }
    }

    if (eligible)
        state.status = facts.hasAchMethod ? AchStatus::Enabled : AchStatus::Eligible;
    return state;
}

AchChecklist AchEligibility::checklist(const AchFacts &facts, QDate today)
{
    AchChecklist list;
    list.verdict = evaluate(facts, today);

    list.countryCode = facts.country.trimmed().toUpper();
    list.country = isUs(facts.country) ? AchCheckMark::Met : AchCheckMark::NotMet;

    if (facts.hasMasterAgent) {
        list.masterAgent = AchCheckMark::Met;
        list.masterAgentName = facts.masterAgentName;
    }

    const CleanPeriod clean = cleanPeriodOf(facts);
    list.cleanSince = clean.start;
    list.cleanSinceIsIssue = clean.startIsIssue;
    if (facts.lastPaymentIssueOn && !clean.startIsIssue)
        list.issueBeforeJoining = facts.lastPaymentIssueOn;
    if (clean.start.isValid()) {
        list.cleanDays = qMax<qint64>(0, clean.start.daysTo(today));
        list.cleanMetOn = clean.start.addDays(CleanDaysRequired + 1);
        if (clean.start.daysTo(today) > CleanDaysRequired)
            list.cleanPeriod = AchCheckMark::Met;
    }

    if (facts.manualEnable) {
        list.manual = AchCheckMark::Met;
        list.manualEnable = facts.manualEnable;
    }
    return list;
}

QList<AchCheckLine> AchEligibility::describe(const AchChecklist &list, const DateText &date,
                                             const TimeText &time)
{
    QList<AchCheckLine> lines;
    lines.append(
        {AchCondition::Country, list.country,
         list.country == AchCheckMark::Met
             ? tr("The customer is in the US.")
             : tr("The customer is in %1: ACH is for US customers only.")
                   .arg(list.countryCode.isEmpty() ? tr("an unknown country") : list.countryCode)});

    lines.append({AchCondition::MasterAgent, list.masterAgent,
                  list.masterAgent == AchCheckMark::Met
                      ? tr("Customer-level master agent: %1.").arg(list.masterAgentName)
                      : tr("No customer-level master agent.")});

    QString clean;
    if (!list.cleanSince.isValid()) {
        clean = tr("The customer's start date is unknown.");
    } else {
        const int days = int(qMin<qint64>(list.cleanDays, std::numeric_limits<int>::max()));
        QString since;
        if (list.cleanSinceIsIssue)
            since = tr("Last payment issue on %1: %n day(s) without one.", "", days)
                        .arg(date(list.cleanSince));
        else if (list.issueBeforeJoining)
            since = tr("No payment issue since joining on %1 (the one on %2 was before): "
                       "%n day(s).",
                       "", days)
                        .arg(date(list.cleanSince), date(*list.issueBeforeJoining));
        else
            since = tr("No payment issue since joining on %1: %n day(s).", "", days)
                        .arg(date(list.cleanSince));
        const QString need = list.cleanPeriod == AchCheckMark::Met
            ? tr("More than %1 days: met.").arg(CleanDaysRequired)
            : tr("More than %1 days are needed: met on %2.")
                  .arg(CleanDaysRequired)
                  .arg(date(list.cleanMetOn));
        clean = tr("%1 %2", "two sentences: the payment history, then what it means")
                    .arg(since, need);
    }
    lines.append({AchCondition::CleanPeriod, list.cleanPeriod, clean});

    lines.append({AchCondition::ManualEnable, list.manual,
                  list.manualEnable
                      ? tr("Enabled manually by %1 on %2: “%3”.")
                            .arg(list.manualEnable->by.name, time(list.manualEnable->at),
                                 list.manualEnable->reason)
                      : tr("Not enabled manually by support.")});
    return lines;
}

std::optional<FieldError> AchEligibility::manualEnableBlocked(const AchFacts &facts)
{
    if (isUs(facts.country))
        return std::nullopt;
    return FieldError {QStringLiteral("country"), QString(errorcode::OutsideUs),
                       tr("ACH is only available to customers in the US; this customer's "
                          "country is “%1”.")
                           .arg(facts.country)};
}

std::optional<FieldError> AchEligibility::canEnableManually(const AchFacts &facts,
                                                            const QString &reason)
{
    if (auto blocked = manualEnableBlocked(facts))
        return blocked;
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return FieldError {QStringLiteral("reason"), QString(errorcode::Required),
                           tr("Say why ACH is enabled manually.")};
    }
    if (trimmed.size() > MaxReasonLength) {
        return FieldError {QStringLiteral("reason"), QString(errorcode::TooLong),
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
    return FieldError {QStringLiteral("ach"), QString(errorcode::AchNotEligible),
                       explain(state, locale)};
}

AchFacts AchEligibility::factsOf(const Customer &customer, bool hasAchMethod,
                                 const std::optional<ManualAchEnable> &manualEnable)
{
    AchFacts facts;
    facts.country = customer.country;
    facts.hasMasterAgent = customer.masterAgent.has_value();
    if (customer.masterAgent)
        facts.masterAgentName = customer.masterAgent->name;
    facts.customerSince = customer.customerSince;
    facts.lastPaymentIssueOn = customer.lastPaymentIssueOn;
    facts.manualEnable = manualEnable;
    facts.hasAchMethod = hasAchMethod;
    return facts;
}

AchFacts AchEligibility::factsOf(const Customer &customer)
{
    return factsOf(customer, customer.ach.status == AchStatus::Enabled, customer.ach.enabledBy);
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
