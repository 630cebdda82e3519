#include "customerindex/CustomerView.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(pac::CustomerFacts)

using namespace pac;

namespace {

const QDate kToday(2026, 3, 31);

CustomerFacts facts()
{
    CustomerFacts f;
    f.id = 1;
    return f;
}

} // namespace

class TestCustomerViews : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<CustomerFacts>("row");
        QTest::addColumn<bool>("expected");

        const int all = int(CustomerView::All);
        const int net15 = int(CustomerView::Net15);
        const int ach = int(CustomerView::AchEligibleNotEnrolled);
        const int issue = int(CustomerView::PaymentIssueLast90Days);
        const int near = int(CustomerView::NearCreditLimit);
        const int pending = int(CustomerView::PendingEditsAndConflicts);
        const int credit = int(CustomerView::CreditApplicationsAwaitingDecision);

        QTest::newRow("all: any row") << all << facts() << true;

        CustomerFacts f = facts();
        f.terms = PaymentTermsKind::Net15;
        QTest::newRow("net 15: on net 15") << net15 << f << true;
        QTest::newRow("net 15: due on receipt") << net15 << facts() << false;

        f = facts();
        f.achStatus = AchStatus::Eligible;
        QTest::newRow("ach: eligible, not enrolled") << ach << f << true;
        f.achStatus = AchStatus::Enabled;
        QTest::newRow("ach: already enabled") << ach << f << false;
        f.achStatus = AchStatus::NotEligible;
        QTest::newRow("ach: not eligible") << ach << f << false;

        f = facts();
        f.lastPaymentIssueOn = kToday.addDays(-90);
        QTest::newRow("issue: exactly 90 days ago is in") << issue << f << true;
        f.lastPaymentIssueOn = kToday.addDays(-91);
        QTest::newRow("issue: 91 days ago is out") << issue << f << false;
        f.lastPaymentIssueOn = kToday;
        QTest::newRow("issue: today") << issue << f << true;
        f.lastPaymentIssueOn = QDate(2025, 12, 31); // 90 days before 2026-03-31
        QTest::newRow("issue: across a year end") << issue << f << true;
        QTest::newRow("issue: none on record") << issue << facts() << false;

        f = facts();
        f.creditLimitCents = 50'000;
        f.balanceCents = 40'000;
        QTest::newRow("near: exactly 80 %") << near << f << true;
        f.balanceCents = 39'995;
        QTest::newRow("near: 79.99 %") << near << f << false;
        f.balanceCents = 39'999;
        QTest::newRow("near: one cent under 80 %") << near << f << false;
        f.balanceCents = 60'000;
        QTest::newRow("near: over the limit") << near << f << true;
        f.creditLimitCents = 1;
        f.balanceCents = 1;
        QTest::newRow("near: 1 cent limit used up") << near << f << true;
        f.creditLimitCents = 0;
        f.balanceCents = 100;
        QTest::newRow("near: limit 0") << near << f << false;
        f.balanceCents = 0;
        QTest::newRow("near: limit 0, balance 0") << near << f << false;
        f.creditLimitCents = -100;
        f.balanceCents = -100;
        QTest::newRow("near: negative limit") << near << f << false;
        f.creditLimitCents = 99'999'999'999'995; // near Money::MaxCents: no overflow
        f.balanceCents = 79'999'999'999'996;
        QTest::newRow("near: largest amounts, exactly 80 %") << near << f << true;
        f.balanceCents = 79'999'999'999'995;
        QTest::newRow("near: largest amounts, one cent under") << near << f << false;

        f = facts();
        f.flags = CustomerRowFlag::PendingEdit;
        QTest::newRow("pending: pending edit") << pending << f << true;
        f.flags = CustomerRowFlag::Conflict;
        QTest::newRow("pending: conflict") << pending << f << true;
        f.flags = CustomerRowFlag::CreditApplicationSubmitted;
        QTest::newRow("pending: credit application only") << pending << f << false;
        QTest::newRow("credit: submitted application") << credit << f << true;
        f.flags = CustomerRowFlag::PendingEdit | CustomerRowFlag::Conflict;
        QTest::newRow("credit: edits only") << credit << f << false;

        const int pastDue = int(CustomerView::PastDueNow);
        f = facts();
        QTest::newRow("past due: nothing owed late") << pastDue << f << false;
        f.pastDueCents = 1;
        QTest::newRow("past due: a cent") << pastDue << f << true;
        f = facts();
        f.balanceCents = 90000; // owed, but not on an invoice past its due date
        f.lastPaymentIssueOn = kToday;
        QTest::newRow("past due: balance and an issue today are not past due")
            << pastDue << f << false;
    }

    void matches()
    {
        QFETCH(int, view);
        QFETCH(CustomerFacts, row);
        QFETCH(bool, expected);
        QCOMPARE(CustomerViews::matches(CustomerView(view), row, kToday), expected);
    }

    void keysRoundTripAndTitlesDiffer()
    {
        QSet<QString> keys, titles;
        for (int v = 0; v < CustomerViewCount; ++v) {
            const auto view = CustomerView(v);
            const QString key = CustomerViews::key(view);
            QVERIFY(!key.isEmpty());
            QCOMPARE(CustomerViews::fromKey(key), std::optional<CustomerView>(view));
            keys.insert(key);
            titles.insert(CustomerViews::title(view));
        }
        QCOMPARE(keys.size(), CustomerViewCount);
        QCOMPARE(titles.size(), CustomerViewCount);
        QCOMPARE(CustomerViews::key(CustomerView::NearCreditLimit),
                 QStringLiteral("near_credit_limit"));
        QCOMPARE(CustomerViews::key(CustomerView::PastDueNow), QStringLiteral("past_due_now"));
        QVERIFY(!CustomerViews::fromKey(u"Net15").has_value());
        QVERIFY(!CustomerViews::fromKey(u"").has_value());
    }
};

QTEST_APPLESS_MAIN(TestCustomerViews)
#include "tst_customerindex_views.moc"
