#include "models/AchEligibility.h"

#include "models/Money.h"

#include <limits>

namespace pac {

namespace {

bool isUs(const QString &country)
{
    return country.trimmed().compare(QLatin1String("US"), Qt::CaseInsensitive) == 0;
}

// Where the clean period starts: the later of joining and the last payment issue. An issue
// on the day the customer joined counts as an issue; one from before joining does not.
// While an invoice is still past due the period has not started at all (rule 7c): `start`
// is then the day the portal last saw it unpaid, and nothing is counted from it.
struct CleanPeriod
{
    QDate start;
    bool startIsIssue = false;
    bool ongoing = false;
};

std::optional<QDate> lastIssueOn(const AchFacts &facts)
{
    if (facts.lastPaymentIssueOn)
        return facts.lastPaymentIssueOn;
    if (facts.paymentIssue)
        return facts.paymentIssue->on;
    return std::nullopt;
}

CleanPeriod cleanPeriodOf(const AchFacts &facts)
{
    const std::optional<QDate> issue = lastIssueOn(facts);
    const bool issueSinceJoining
        = issue && (!facts.customerSince.isValid() || *issue >= facts.customerSince);
    return {issueSinceJoining ? *issue : facts.customerSince, issueSinceJoining,
            issueSinceJoining && facts.paymentIssue
                && facts.paymentIssue->kind == PaymentIssueKind::PastDue
                && facts.paymentIssue->stillPastDue};
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
        // Unknown start, or an invoice still unpaid: no date to promise yet.
        if (!clean.start.isValid() || clean.ongoing)
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
    const std::optional<QDate> issue = lastIssueOn(facts);
    if (issue && !clean.startIsIssue)
        list.issueBeforeJoining = issue;
    // The evidence is named only when it is the issue the period starts at.
    if (clean.startIsIssue && facts.paymentIssue && facts.paymentIssue->on == clean.start)
        list.paymentIssue = facts.paymentIssue;
    list.issueOngoing = clean.ongoing;
    if (clean.ongoing) {
        // Nothing counts until the invoice is paid; cleanMetOn stays unknown.
    } else if (clean.start.isValid()) {
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
                                             const TimeText &time, const MoneyText &money)
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
    } else if (list.cleanSinceIsIssue && list.paymentIssue) {
        clean = describeIssue(list, date, money);
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

QString AchEligibility::describeIssue(const AchChecklist &list, const DateText &date,
                                      const MoneyText &money)
{
    const PaymentIssue &issue = *list.paymentIssue;
    const QString amount
        = money ? money(issue.amountCents) : Money::fromCents(issue.amountCents).format(QLocale());
    // What happened (billing rule 7c), then what it means for the clean period. Every
    // sentence takes its arguments in one arg() call, so a "%1" in a failure reason or an
    // invoice number stays text.
    QString evidence;
    if (issue.kind == PaymentIssueKind::FailedPayment) {
        const QString reason = issue.failureReason.value_or(QString()).trimmed();
        evidence = reason.isEmpty()
            ? tr("Payment of %1 failed on %2", "the amount, the day").arg(amount, date(issue.on))
            : tr("Payment of %1 failed (%2) on %3", "the amount, the processor's reason, the day")
                  .arg(amount, reason, date(issue.on));
    } else if (list.issueOngoing) {
        evidence = tr("Invoice %1 (%2) is past due and not paid", "the invoice number, its amount")
                       .arg(issue.invoiceNumber, amount);
    } else {
        evidence = tr("Invoice %1 was past due until it was paid on %2")
                       .arg(issue.invoiceNumber, date(issue.on));
    }

    if (list.issueOngoing) {
        return tr("%1 — it must be paid first; eligible %n day(s) after it is paid.",
                  "the payment issue, then what it means", CleanDaysRequired + 1)
            .arg(evidence);
    }
    if (list.cleanPeriod == AchCheckMark::Met) {
        const int days = int(qMin<qint64>(list.cleanDays, std::numeric_limits<int>::max()));
        return tr("%1 — %n day(s) ago. More than %2 days: met.",
                  "the payment issue, then what it means", days)
            .arg(evidence, QString::number(CleanDaysRequired));
    }
    return tr("%1 — eligible from %2.", "the payment issue, then the first day ACH is possible")
        .arg(evidence, date(list.cleanMetOn));
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
    facts.paymentIssue = customer.lastPaymentIssue;
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
            // No date while an invoice is still past due: the days start once it is paid.
            if (eligibleOn.isEmpty())
                return tr("Not eligible for ACH: an invoice is past due and must be paid first.");
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
