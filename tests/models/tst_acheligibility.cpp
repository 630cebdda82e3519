#include "models/AchEligibility.h"
#include "models/Money.h"

#include <QTest>

using namespace pac;

namespace {

const QDate today(2026, 6, 15);

ManualAchEnable sampleManual()
{
    return {{4, QStringLiteral("Support One")},
            QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC),
            QStringLiteral("Pays by check for years")};
}

} // namespace

class TestAchEligibility : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("lastIssue"); // invalid: none
        QTest::addColumn<bool>("manual");
        QTest::addColumn<bool>("hasMethod");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<AchStatus>("status");
        QTest::addColumn<AchReason>("reason");
        QTest::addColumn<QDate>("eligibleOn"); // invalid: none

        const QDate none;
        const QDate longAgo(2020, 1, 1);
        using S = AchStatus;
        using R = AchReason;

        // The 90-day boundary, counted from customer_since when there was no issue.
        QTest::newRow("customer for 89 days")
            << "US" << false << today.addDays(-89) << none << false << false << today
            << S::NotEligible << R::NewCustomer << today.addDays(2);
        QTest::newRow("customer for 90 days: not more than 90")
            << "US" << false << today.addDays(-90) << none << false << false << today
            << S::NotEligible << R::NewCustomer << today.addDays(1);
        QTest::newRow("customer for 91 days")
            << "US" << false << today.addDays(-91) << none << false << false << today << S::Eligible
            << R::GoodStanding << none;
        QTest::newRow("customer for 30 days")
            << "US" << false << today.addDays(-30) << none << false << false << today
            << S::NotEligible << R::NewCustomer << today.addDays(61);
        QTest::newRow("customer since today")
            << "US" << false << today << none << false << false << today << S::NotEligible
            << R::NewCustomer << today.addDays(91);
        QTest::newRow("customer_since in the future")
            << "US" << false << today.addDays(10) << none << false << false << today
            << S::NotEligible << R::NewCustomer << today.addDays(101);

        // The same boundary counted from the last payment issue.
        QTest::newRow("payment issue 89 days ago")
            << "US" << false << longAgo << today.addDays(-89) << false << false << today
            << S::NotEligible << R::RecentPaymentIssue << today.addDays(2);
        QTest::newRow("payment issue 90 days ago")
            << "US" << false << longAgo << today.addDays(-90) << false << false << today
            << S::NotEligible << R::RecentPaymentIssue << today.addDays(1);
        QTest::newRow("payment issue 91 days ago")
            << "US" << false << longAgo << today.addDays(-91) << false << false << today
            << S::Eligible << R::GoodStanding << none;
        QTest::newRow("payment issue today")
            << "US" << false << longAgo << today << false << false << today << S::NotEligible
            << R::RecentPaymentIssue << today.addDays(91);
        QTest::newRow("issue before joining is ignored")
            << "US" << false << today.addDays(-20) << today.addDays(-200) << false << false << today
            << S::NotEligible << R::NewCustomer << today.addDays(71);
        QTest::newRow("issue on the joining day counts")
            << "US" << false << today.addDays(-20) << today.addDays(-20) << false << false << today
            << S::NotEligible << R::RecentPaymentIssue << today.addDays(71);
        QTest::newRow("young customer with an issue")
            << "US" << false << today.addDays(-60) << today.addDays(-10) << false << false << today
            << S::NotEligible << R::RecentPaymentIssue << today.addDays(81);

        // Leap years: the rule counts days, not months.
        QTest::newRow("leap year: 90 days up to Feb 29")
            << "US" << false << QDate(2023, 12, 1) << none << false << false << QDate(2024, 2, 29)
            << S::NotEligible << R::NewCustomer << QDate(2024, 3, 1);
        QTest::newRow("leap year: 91 days on Mar 1")
            << "US" << false << QDate(2023, 12, 1) << none << false << false << QDate(2024, 3, 1)
            << S::Eligible << R::GoodStanding << none;
        QTest::newRow("common year: Mar 1 is only 90 days")
            << "US" << false << QDate(2022, 12, 1) << none << false << false << QDate(2023, 3, 1)
            << S::NotEligible << R::NewCustomer << QDate(2023, 3, 2);
        QTest::newRow("issue on Feb 29")
            << "US" << false << longAgo << QDate(2024, 2, 29) << false << false
            << QDate(2024, 5, 29) << S::NotEligible << R::RecentPaymentIssue << QDate(2024, 5, 30);
        QTest::newRow("across the new year")
            << "US" << false << longAgo << QDate(2025, 11, 15) << false << false
            << QDate(2026, 1, 1) << S::NotEligible << R::RecentPaymentIssue << QDate(2026, 2, 14);

        // Master agent and manual enable, and the order of the rules.
        QTest::newRow("master agent, customer for 1 day")
            << "US" << true << today.addDays(-1) << none << false << false << today << S::Eligible
            << R::MasterAgent << none;
        QTest::newRow("master agent despite a recent issue")
            << "US" << true << longAgo << today.addDays(-5) << false << false << today
            << S::Eligible << R::MasterAgent << none;
        QTest::newRow("manual enable of a new customer")
            << "US" << false << today.addDays(-5) << none << true << false << today << S::Eligible
            << R::Manual << none;
        QTest::newRow("master agent before manual enable")
            << "US" << true << today.addDays(-5) << none << true << false << today << S::Eligible
            << R::MasterAgent << none;
        QTest::newRow("manual enable before good standing")
            << "US" << false << longAgo << none << true << false << today << S::Eligible
            << R::Manual << none;

        // Outside the US nothing qualifies.
        QTest::newRow("non-US with a master agent")
            << "CA" << true << longAgo << none << false << false << today << S::NotEligible
            << R::OutsideUs << none;
        QTest::newRow("non-US manually enabled")
            << "MX" << false << longAgo << none << true << false << today << S::NotEligible
            << R::OutsideUs << none;
        QTest::newRow("non-US in good standing")
            << "GB" << false << longAgo << none << false << false << today << S::NotEligible
            << R::OutsideUs << none;
        QTest::newRow("non-US with an ACH method on file")
            << "CA" << true << longAgo << none << false << true << today << S::NotEligible
            << R::OutsideUs << none;
        QTest::newRow("no country") << "" << true << longAgo << none << false << false << today
                                    << S::NotEligible << R::OutsideUs << none;
        QTest::newRow("lower-case us") << "us" << true << longAgo << none << false << false << today
                                       << S::Eligible << R::MasterAgent << none;

        // An ACH method on file makes an eligible customer enabled, with the same reason.
        QTest::newRow("method on file, master agent")
            << "US" << true << longAgo << none << false << true << today << S::Enabled
            << R::MasterAgent << none;
        QTest::newRow("method on file, good standing")
            << "US" << false << longAgo << none << false << true << today << S::Enabled
            << R::GoodStanding << none;
        QTest::newRow("method on file, manual")
            << "US" << false << today.addDays(-3) << none << true << true << today << S::Enabled
            << R::Manual << none;
        QTest::newRow("method on file, recent issue")
            << "US" << false << longAgo << today.addDays(-3) << false << true << today
            << S::NotEligible << R::RecentPaymentIssue << today.addDays(88);
        QTest::newRow("unknown customer_since")
            << "US" << false << QDate() << none << false << false << today << S::NotEligible
            << R::NewCustomer << none;
    }

    void evaluate()
    {
        QFETCH(QString, country);
        QFETCH(bool, masterAgent);
        QFETCH(QDate, since);
        QFETCH(QDate, lastIssue);
        QFETCH(bool, manual);
        QFETCH(bool, hasMethod);
        QFETCH(QDate, today);
        QFETCH(AchStatus, status);
        QFETCH(AchReason, reason);
        QFETCH(QDate, eligibleOn);

        AchFacts facts;
        facts.country = country;
        facts.hasMasterAgent = masterAgent;
        facts.customerSince = since;
        if (lastIssue.isValid())
            facts.lastPaymentIssueOn = lastIssue;
        if (manual)
            facts.manualEnable = sampleManual();
        facts.hasAchMethod = hasMethod;

        const AchState state = AchEligibility::evaluate(facts, today);
        QCOMPARE(toWire(state.status), toWire(status));
        QCOMPARE(toWire(state.reason), toWire(reason));
        QCOMPARE(state.eligibleOn.value_or(QDate()), eligibleOn);
        if (reason == AchReason::Manual)
            QCOMPARE(state.enabledBy, std::optional<ManualAchEnable>(sampleManual()));
        else
            QVERIFY(!state.enabledBy.has_value());

        // On the date it names, the customer is eligible (if nothing else happens).
        if (eligibleOn.isValid()) {
            QCOMPARE(AchEligibility::evaluate(facts, eligibleOn.addDays(-1)).status,
                     AchStatus::NotEligible);
            QVERIFY(AchEligibility::evaluate(facts, eligibleOn).status != AchStatus::NotEligible);
        }

        const QString text
            = AchEligibility::explain(state, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(!text.isEmpty());
        if (eligibleOn.isValid())
            QVERIFY2(text.contains(QLocale(QLocale::English, QLocale::UnitedStates)
                                       .toString(eligibleOn, QLocale::ShortFormat)),
                     qPrintable(text));
    }

    void canEnableManually_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("US with a reason") << "US"
                                          << "Long-standing customer"
                                          << ""
                                          << "";
        QTest::newRow("US, reason of 500") << "US" << QString(500, u'r') << ""
                                           << "";
        QTest::newRow("US, reason of 501") << "US" << QString(501, u'r') << "reason"
                                           << "too_long";
        QTest::newRow("US, blank reason") << "US"
                                          << "   "
                                          << "reason"
                                          << "required";
        QTest::newRow("US, no reason") << "US"
                                       << ""
                                       << "reason"
                                       << "required";
        QTest::newRow("outside the US") << "CA"
                                        << "Asked nicely"
                                        << "country"
                                        << "outside_us";
        QTest::newRow("outside the US, no reason") << "CA"
                                                   << ""
                                                   << "country"
                                                   << "outside_us";
    }

    void canEnableManually()
    {
        QFETCH(QString, country);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        QFETCH(QString, code);
        AchFacts facts;
        facts.country = country;
        facts.customerSince = today;
        const auto error = AchEligibility::canEnableManually(facts, reason);
        QCOMPARE(error.has_value(), !code.isEmpty());
        if (error) {
            QCOMPARE(error->field, field);
            QCOMPARE(error->code, code);
            QVERIFY(!error->message.isEmpty());
        }
    }

    void canAddMethod()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!AchEligibility::canAddMethod(
            {AchStatus::Eligible, AchReason::GoodStanding, {}, {}}, en));
        QVERIFY(!AchEligibility::canAddMethod({AchStatus::Enabled, AchReason::MasterAgent, {}, {}},
                                              en));
        const AchState waiting {AchStatus::NotEligible, AchReason::RecentPaymentIssue,
                                QDate(2026, 9, 14), std::nullopt};
        const auto error = AchEligibility::canAddMethod(waiting, en);
        QVERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("ach_not_eligible"));
        QCOMPARE(error->field, QStringLiteral("ach"));
        QVERIFY2(error->message.contains(QStringLiteral("9/14/26")), qPrintable(error->message));
        const auto outside = AchEligibility::canAddMethod(
            {AchStatus::NotEligible, AchReason::OutsideUs, {}, {}}, en);
        QVERIFY(outside.has_value());
        QVERIFY2(outside->message.contains(QStringLiteral("US")), qPrintable(outside->message));
    }

    void factsOfCustomer()
    {
        Customer c;
        c.country = QStringLiteral("US");
        c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.customerSince = QDate(2025, 1, 2);
        c.lastPaymentIssueOn = QDate(2026, 3, 4);
        const AchFacts facts = AchEligibility::factsOf(c, true, sampleManual());
        QCOMPARE(facts.country, QStringLiteral("US"));
        QVERIFY(facts.hasMasterAgent);
        QCOMPARE(facts.customerSince, QDate(2025, 1, 2));
        QCOMPARE(facts.lastPaymentIssueOn, std::optional<QDate>(QDate(2026, 3, 4)));
        QCOMPARE(facts.manualEnable, std::optional<ManualAchEnable>(sampleManual()));
        QVERIFY(facts.hasAchMethod);
        QVERIFY(!facts.paymentIssue);
        const PaymentIssue issue {PaymentIssueKind::FailedPayment,
                                  QStringLiteral("INV-2026-0007"),
                                  QDate(2026, 3, 4),
                                  1234,
                                  QStringLiteral("card expired"),
                                  false};
        c.lastPaymentIssue = issue;
        QCOMPARE(AchEligibility::factsOf(c, true, sampleManual()).paymentIssue,
                 std::optional<PaymentIssue>(issue));
        c.lastPaymentIssue.reset();

        c.masterAgent.reset();
        c.lastPaymentIssueOn.reset();
        const AchFacts plain = AchEligibility::factsOf(c, false, std::nullopt);
        QVERIFY(!plain.hasMasterAgent);
        QVERIFY(!plain.lastPaymentIssueOn);
        QVERIFY(!plain.manualEnable);
        QVERIFY(!plain.hasAchMethod);
    }

    // The checklist and its sentences, pinned with literal values: each condition, with the
    // cases where the old copies in the console and agentctl disagreed with the verdict (an
    // issue from before joining, a country written " us").
    void checklist_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("lastIssue"); // invalid: none
        QTest::addColumn<bool>("manual");
        QTest::addColumn<QString>("verdict"); // status/reason
        QTest::addColumn<QString>("marks"); // country, master agent, clean, manual: + - .
        QTest::addColumn<QStringList>("lines");
        const QDate none;
        QTest::newRow("issue before joining is ignored")
            << "US" << false << QDate(2026, 1, 10) << QDate(2025, 12, 1) << false
            << "eligible/good_standing"
            << "+.+."
            << QStringList {
                   QStringLiteral("The customer is in the US."),
                   QStringLiteral("No customer-level master agent."),
                   QStringLiteral("No payment issue since joining on 2026-01-10 (the one on "
                                  "2025-12-01 was before): 156 day(s). More than 90 days: met."),
                   QStringLiteral("Not enabled manually by support.")};
        QTest::newRow("country trimmed and case-folded")
            << " us " << false << QDate(2026, 5, 1) << none << false << "not_eligible/new_customer"
            << "+.-."
            << QStringList {QStringLiteral("The customer is in the US."),
                            QStringLiteral("No customer-level master agent."),
                            QStringLiteral("No payment issue since joining on 2026-05-01: 45 "
                                           "day(s). More than 90 days are needed: met on "
                                           "2026-07-31."),
                            QStringLiteral("Not enabled manually by support.")};
        QTest::newRow("recent issue, 90 days is not enough")
            << "US" << false << QDate(2020, 1, 1) << today.addDays(-90) << false
            << "not_eligible/recent_payment_issue"
            << "+.-."
            << QStringList {QStringLiteral("The customer is in the US."),
                            QStringLiteral("No customer-level master agent."),
                            QStringLiteral("Last payment issue on 2026-03-17: 90 day(s) without "
                                           "one. More than 90 days are needed: met on "
                                           "2026-06-16."),
                            QStringLiteral("Not enabled manually by support.")};
        QTest::newRow("outside the US, the rest met")
            << "CA" << true << QDate(2020, 1, 1) << none << true << "not_eligible/outside_us"
            << "-+++"
            << QStringList {
                   QStringLiteral("The customer is in CA: ACH is for US customers only."),
                   QStringLiteral("Customer-level master agent: Master One."),
                   QStringLiteral("No payment issue since joining on 2020-01-01: 2357 day(s). "
                                  "More than 90 days: met."),
                   QStringLiteral("Enabled manually by Support One on 2026-06-01T09:30: “Pays "
                                  "by check for years”.")};
        QTest::newRow("manual enable with a recent issue")
            << "US" << false << QDate(2020, 1, 1) << today.addDays(-3) << true << "eligible/manual"
            << "+.-+"
            << QStringList {QStringLiteral("The customer is in the US."),
                            QStringLiteral("No customer-level master agent."),
                            QStringLiteral("Last payment issue on 2026-06-12: 3 day(s) without "
                                           "one. More than 90 days are needed: met on "
                                           "2026-09-11."),
                            QStringLiteral("Enabled manually by Support One on "
                                           "2026-06-01T09:30: “Pays by check for years”.")};
        QTest::newRow("unknown start, no country")
            << "" << false << none << none << false << "not_eligible/outside_us"
            << "-.-."
            << QStringList {QStringLiteral("The customer is in an unknown country: ACH is for "
                                           "US customers only."),
                            QStringLiteral("No customer-level master agent."),
                            QStringLiteral("The customer's start date is unknown."),
                            QStringLiteral("Not enabled manually by support.")};
    }

    void checklist()
    {
        QFETCH(QString, country);
        QFETCH(bool, masterAgent);
        QFETCH(QDate, since);
        QFETCH(QDate, lastIssue);
        QFETCH(bool, manual);
        QFETCH(QString, verdict);
        QFETCH(QString, marks);
        QFETCH(QStringList, lines);

        AchFacts facts;
        facts.country = country;
        facts.hasMasterAgent = masterAgent;
        if (masterAgent)
            facts.masterAgentName = QStringLiteral("Master One");
        facts.customerSince = since;
        if (lastIssue.isValid())
            facts.lastPaymentIssueOn = lastIssue;
        if (manual)
            facts.manualEnable = sampleManual();

        const AchChecklist list = AchEligibility::checklist(facts, today);
        QCOMPARE(toWire(list.verdict.status) + u'/' + toWire(list.verdict.reason), verdict);
        // The checklist's verdict is the rule's, never a second opinion.
        QCOMPARE(list.verdict, AchEligibility::evaluate(facts, today));

        const QList<AchCheckLine> described = AchEligibility::describe(
            list, [](const QDate &d) { return d.toString(Qt::ISODate); },
            [](const QDateTime &t) {
                return t.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm"));
            });
        QCOMPARE(described.size(), 4);
        QString gotMarks;
        QStringList gotLines;
        const QList<AchCondition> order {AchCondition::Country, AchCondition::MasterAgent,
                                         AchCondition::CleanPeriod, AchCondition::ManualEnable};
        for (qsizetype i = 0; i < described.size(); ++i) {
            QCOMPARE(described.at(i).condition, order.at(i));
            const AchCheckMark mark = described.at(i).mark;
            gotMarks += mark == AchCheckMark::Met ? u'+'
                : mark == AchCheckMark::NotMet    ? u'-'
                                                  : u'.';
            gotLines << described.at(i).text;
        }
        QCOMPARE(gotMarks, marks);
        QCOMPARE(gotLines, lines);
    }

    void checklistFacts()
    {
        AchFacts facts;
        facts.country = QStringLiteral("US");
        facts.customerSince = QDate(2026, 1, 10);
        facts.lastPaymentIssueOn = QDate(2025, 12, 1);
        const AchChecklist list = AchEligibility::checklist(facts, today);
        QCOMPARE(list.cleanSince, QDate(2026, 1, 10));
        QVERIFY(!list.cleanSinceIsIssue);
        QCOMPARE(list.issueBeforeJoining, std::optional<QDate>(QDate(2025, 12, 1)));
        QCOMPARE(list.cleanDays, 156);
        QCOMPARE(list.cleanMetOn, QDate(2026, 4, 11));

        // A start in the future counts no days, and is met 91 days after it.
        facts.customerSince = today.addDays(5);
        facts.lastPaymentIssueOn.reset();
        const AchChecklist ahead = AchEligibility::checklist(facts, today);
        QCOMPARE(ahead.cleanDays, 0);
        QCOMPARE(ahead.cleanPeriod, AchCheckMark::NotMet);
        QCOMPARE(ahead.cleanMetOn, today.addDays(96));
    }

    // The one decision on manual enables: US only; an eligible customer may be enabled too.
    void manualEnableBlocked_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<bool>("alreadyManual");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::newRow("US, not eligible") << "US" << false << false << "";
        QTest::newRow("US, eligible through a master agent") << "US" << true << false << "";
        QTest::newRow("US, already enabled manually") << "US" << false << true << "";
        QTest::newRow("us written loosely") << " us" << false << false << "";
        QTest::newRow("Canada") << "CA" << false << false << "outside_us";
        QTest::newRow("no country") << "" << true << false << "outside_us";
    }

    void manualEnableBlocked()
    {
        QFETCH(QString, country);
        QFETCH(bool, masterAgent);
        QFETCH(bool, alreadyManual);
        QFETCH(QString, code);
        AchFacts facts;
        facts.country = country;
        facts.hasMasterAgent = masterAgent;
        facts.customerSince = today;
        if (alreadyManual)
            facts.manualEnable = sampleManual();
        const auto blocked = AchEligibility::manualEnableBlocked(facts);
        QCOMPARE(blocked ? blocked->code : QString(), code);
        const auto withReason = AchEligibility::canEnableManually(facts, QStringLiteral("Asked"));
        QCOMPARE(withReason ? withReason->code : QString(), code);
    }

    void factsOfCustomerResource()
    {
        Customer c;
        c.country = QStringLiteral("US");
        c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.ach = {AchStatus::Enabled, AchReason::Manual, {}, sampleManual()};
        const AchFacts facts = AchEligibility::factsOf(c);
        QVERIFY(facts.hasAchMethod);
        QCOMPARE(facts.masterAgentName, QStringLiteral("Master One"));
        QCOMPARE(facts.manualEnable, std::optional<ManualAchEnable>(sampleManual()));
        c.ach = {AchStatus::Eligible, AchReason::GoodStanding, {}, {}};
        QVERIFY(!AchEligibility::factsOf(c).hasAchMethod);
        QVERIFY(!AchEligibility::factsOf(c).manualEnable);
    }

    // Billing rule 7c: with the payment issue the portal names, the clean-period line names
    // it (amount, reason, invoice) and, for an invoice still past due, gives no date.
    void evidence_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("reason"); // empty: null
        QTest::addColumn<bool>("stillPastDue");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("verdict"); // status/reason
        QTest::addColumn<QDate>("eligibleOn"); // invalid: none
        QTest::addColumn<QString>("mark"); // the clean period's: + - .
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("explained");

        const QDate longAgo(2020, 1, 1);
        const QDate none;
        const QDate nov15(2026, 11, 15);
        QTest::newRow("failed payment with a reason, 43 days ago")
            << "failed_payment" << QDate(2026, 10, 3) << "insufficient funds" << false << longAgo
            << false << nov15 << "not_eligible/recent_payment_issue" << QDate(2027, 1, 2) << "-"
            << "Payment of $240.00 failed (insufficient funds) on 10/3/26 — eligible from 1/2/27."
            << "Not eligible for ACH: a payment issue in the last 90 day(s); eligible from 1/2/27.";
        QTest::newRow("failed payment without a reason")
            << "failed_payment" << QDate(2026, 10, 3) << "" << false << longAgo << false << nov15
            << "not_eligible/recent_payment_issue" << QDate(2027, 1, 2) << "-"
            << "Payment of $240.00 failed on 10/3/26 — eligible from 1/2/27."
            << "Not eligible for ACH: a payment issue in the last 90 day(s); eligible from 1/2/27.";
        QTest::newRow("failed payment 90 days ago: not yet")
            << "failed_payment" << QDate(2026, 8, 17) << "insufficient funds" << false << longAgo
            << false << nov15 << "not_eligible/recent_payment_issue" << QDate(2026, 11, 16) << "-"
            << "Payment of $240.00 failed (insufficient funds) on 8/17/26 — eligible from 11/16/26."
            << "Not eligible for ACH: a payment issue in the last 90 day(s); eligible from "
               "11/16/26.";
        QTest::newRow("failed payment 91 days ago: met")
            << "failed_payment" << QDate(2026, 8, 16) << "insufficient funds" << false << longAgo
            << false << nov15 << "eligible/good_standing" << none << "+"
            << "Payment of $240.00 failed (insufficient funds) on 8/16/26 — 91 day(s) ago. More "
               "than 90 days: met."
            << "Eligible for ACH: no payment issue for more than 90 day(s).";
        QTest::newRow("a reason with a placeholder stays text")
            << "failed_payment" << QDate(2026, 10, 3) << "%1 declined %2" << false << longAgo
            << false << nov15 << "not_eligible/recent_payment_issue" << QDate(2027, 1, 2) << "-"
            << "Payment of $240.00 failed (%1 declined %2) on 10/3/26 — eligible from 1/2/27."
            << "Not eligible for ACH: a payment issue in the last 90 day(s); eligible from 1/2/27.";
        QTest::newRow("invoice paid late")
            << "past_due" << QDate(2026, 10, 21) << "" << false << longAgo << false << nov15
            << "not_eligible/recent_payment_issue" << QDate(2027, 1, 20) << "-"
            << "Invoice INV-2026-0142 was past due until it was paid on 10/21/26 — eligible from "
               "1/20/27."
            << "Not eligible for ACH: a payment issue in the last 90 day(s); eligible from "
               "1/20/27.";
        QTest::newRow("invoice still past due: paid first, no date")
            << "past_due" << nov15 << "" << true << longAgo << false << nov15
            << "not_eligible/recent_payment_issue" << none << "-"
            << "Invoice INV-2026-0142 ($240.00) is past due and not paid — it must be paid first; "
               "eligible 91 day(s) after it is paid."
            << "Not eligible for ACH: an invoice is past due and must be paid first.";
        QTest::newRow("still past due, read from yesterday's copy: still no date")
            << "past_due" << nov15.addDays(-1) << "" << true << longAgo << false << nov15
            << "not_eligible/recent_payment_issue" << none << "-"
            << "Invoice INV-2026-0142 ($240.00) is past due and not paid — it must be paid first; "
               "eligible 91 day(s) after it is paid."
            << "Not eligible for ACH: an invoice is past due and must be paid first.";
        QTest::newRow("still past due with a master agent: eligible, the line says pay first")
            << "past_due" << nov15 << "" << true << longAgo << true << nov15
            << "eligible/master_agent" << none << "-"
            << "Invoice INV-2026-0142 ($240.00) is past due and not paid — it must be paid first; "
               "eligible 91 day(s) after it is paid."
            << "Eligible for ACH: the customer has a master agent.";
        QTest::newRow("an issue before joining: the sentence without evidence")
            << "failed_payment" << QDate(2025, 12, 1) << "insufficient funds" << false
            << QDate(2026, 1, 10) << false << QDate(2026, 6, 15) << "eligible/good_standing" << none
            << "+"
            << "No payment issue since joining on 1/10/26 (the one on 12/1/25 was before): 156 "
               "day(s). More than 90 days: met."
            << "Eligible for ACH: no payment issue for more than 90 day(s).";
    }

    void evidence()
    {
        QFETCH(QString, kind);
        QFETCH(QDate, on);
        QFETCH(QString, reason);
        QFETCH(bool, stillPastDue);
        QFETCH(QDate, since);
        QFETCH(bool, masterAgent);
        QFETCH(QDate, today);
        QFETCH(QString, verdict);
        QFETCH(QDate, eligibleOn);
        QFETCH(QString, mark);
        QFETCH(QString, line);
        QFETCH(QString, explained);

        Customer c;
        c.country = QStringLiteral("US");
        c.customerSince = since;
        if (masterAgent)
            c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.lastPaymentIssueOn = on;
        c.lastPaymentIssue
            = PaymentIssue {*paymentIssueKindFromWire(kind),
                            QStringLiteral("INV-2026-0142"),
                            on,
                            24000,
                            reason.isEmpty() ? std::nullopt : std::optional<QString>(reason),
                            stillPastDue};
        const AchFacts facts = AchEligibility::factsOf(c, false, std::nullopt);
        QCOMPARE(facts.paymentIssue, c.lastPaymentIssue);

        const AchChecklist list = AchEligibility::checklist(facts, today);
        QCOMPARE(toWire(list.verdict.status) + u'/' + toWire(list.verdict.reason), verdict);
        QCOMPARE(list.verdict.eligibleOn.value_or(QDate()), eligibleOn);
        QCOMPARE(list.verdict, AchEligibility::evaluate(facts, today));
        if (stillPastDue) {
            QVERIFY(list.issueOngoing);
            QCOMPARE(list.cleanDays, 0);
            QVERIFY(!list.cleanMetOn.isValid());
        }

        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QList<AchCheckLine> described = AchEligibility::describe(
            list, [&en](const QDate &d) { return en.toString(d, QLocale::ShortFormat); },
            [&en](const QDateTime &t) { return en.toString(t, QLocale::ShortFormat); },
            [&en](qint64 cents) { return Money::fromCents(cents).format(en); });
        QCOMPARE(described.size(), 4);
        const AchCheckLine &clean = described.at(2);
        QCOMPARE(clean.condition, AchCondition::CleanPeriod);
        const QString gotMark = clean.mark == AchCheckMark::Met ? QStringLiteral("+")
            : clean.mark == AchCheckMark::NotMet                ? QStringLiteral("-")
                                                                : QStringLiteral(".");
        QCOMPARE(gotMark, mark);
        QCOMPARE(clean.text, line);
        QCOMPARE(AchEligibility::explain(list.verdict, en), explained);
    }

    void explainManual()
    {
        AchFacts facts;
        facts.country = QStringLiteral("US");
        facts.customerSince = today;
        facts.manualEnable = sampleManual();
        const QString text
            = AchEligibility::explain(AchEligibility::evaluate(facts, today),
                                      QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(text.contains(QStringLiteral("Support One")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Pays by check for years")), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestAchEligibility)
#include "tst_acheligibility.moc"
