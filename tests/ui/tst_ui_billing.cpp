// The Billing tab: the Net 15 confirmation and the limit it gives, every ACH reason on the
// checklist, the bank account dialog's routing checksum, the manual enable dialog, and the
// role-aware actions with the tooltip that says who can.
#include "UiTestSupport.h"
#include "models/AchBankDetails.h"
#include "models/AchEligibility.h"
#include "models/PaymentTerms.h"
#include "models/Permissions.h"
#include "portal/EditResult.h"
#include "ui/AchChecklistWidget.h"
#include "ui/AddAchAccountDialog.h"
#include "ui/BillingTab.h"
#include "ui/ManualAchDialog.h"
#include "ui/PaymentTermsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

namespace {

const QDate kToday(2026, 11, 25);

CachedCustomer cached(const Customer &customer)
{
    CachedCustomer c;
    c.server = customer;
    return c;
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

} // namespace

Q_DECLARE_METATYPE(pac::Role)
Q_DECLARE_METATYPE(pac::AchReason)

class TestBilling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void moveToNet15ShowsTheLimitItWillGive_data()
    {
        QTest::addColumn<qint64>("limitCents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no limit yet: $500") << qint64(0) << QStringLiteral("$500.00");
        QTest::newRow("$499.99: $500") << qint64(49999) << QStringLiteral("$500.00");
        QTest::newRow("an approved $800 stays") << qint64(80000) << QStringLiteral("$800.00");
    }
    void moveToNet15ShowsTheLimitItWillGive()
    {
        QFETCH(qint64, limitCents);
        QFETCH(QString, expected);
        Customer customer = test::uiCustomer(1, QStringLiteral("Acme"));
        customer.creditLimitCents = limitCents;

        BillingTab tab(Role::Agent);
        tab.setCustomer(cached(customer), kToday);
        auto *button = child<QPushButton>(&tab, QStringLiteral("changeTermsButton"));
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Move to Net 15…"));
        QSignalSpy asked(&tab, &BillingTab::paymentTermsChangeRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(1).value<PaymentTermsKind>(), PaymentTermsKind::Net15);

        PaymentTermsDialog dialog(customer, PaymentTermsKind::Net15);
        const QString effect = child<QLabel>(&dialog, QStringLiteral("termsEffect"))->text();
        QVERIFY2(effect.contains(expected), qPrintable(effect));
        QCOMPARE(dialog.resultingLimitCents(), qMax<qint64>(limitCents, 50000));
    }

    void movingBackKeepsTheLimitOnRecord()
    {
        Customer customer = test::uiCustomer(1);
        customer.paymentTerms = PaymentTermsKind::Net15;
        customer.creditLimitCents = 50000;
        BillingTab tab(Role::MasterAgent);
        tab.setCustomer(cached(customer), kToday);
        QCOMPARE(child<QPushButton>(&tab, QStringLiteral("changeTermsButton"))->text(),
                 QStringLiteral("Move to due on receipt…"));
        PaymentTermsDialog dialog(customer, PaymentTermsKind::DueOnReceipt);
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("termsEffect"))
                    ->text()
                    .contains(QStringLiteral("$500.00")));
        QCOMPARE(dialog.resultingLimitCents(), 50000);
    }

    void onlyActiveCustomersChangeTerms()
    {
        Customer customer = test::uiCustomer(1);
        customer.status = CustomerStatus::Suspended;
        BillingTab tab(Role::Support);
        tab.setCustomer(cached(customer), kToday);
        auto *button = child<QPushButton>(&tab, QStringLiteral("changeTermsButton"));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(),
                 PaymentTerms::change(customer, PaymentTermsKind::Net15).error->message);
    }

    void limitBalanceAndShareUsed()
    {
        Customer customer = test::uiCustomer(1);
        customer.creditLimitCents = 50000;
        customer.balanceCents = 41250;
        BillingTab tab(Role::Agent);
        tab.setCustomer(cached(customer), kToday);
        tab.show();
        QCOMPARE(child<QLabel>(&tab, QStringLiteral("billingCreditLimit"))->text(),
                 QStringLiteral("$500.00"));
        QCOMPARE(child<QLabel>(&tab, QStringLiteral("billingBalance"))->text(),
                 QStringLiteral("$412.50"));
        QCOMPARE(child<QLabel>(&tab, QStringLiteral("billingLimitUsed"))->text(),
                 QStringLiteral("82.5%"));
        QVERIFY(child<QLabel>(&tab, QStringLiteral("nearLimitChip"))->isVisible());

        customer.balanceCents = 39999; // 79.998 %: cut, never rounded up to 80
        tab.setCustomer(cached(customer), kToday);
        QCOMPARE(child<QLabel>(&tab, QStringLiteral("billingLimitUsed"))->text(),
                 QStringLiteral("79.9%"));
        QVERIFY(!child<QLabel>(&tab, QStringLiteral("nearLimitChip"))->isVisible());
    }

    void eachAchReasonIsShown_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("lastIssue");
        QTest::addColumn<bool>("manual");
        QTest::addColumn<AchReason>("reason");
        QTest::addColumn<QString>("mustSay"); // in the checklist, beside the verdict

        const QDate old(2020, 1, 1);
        QTest::newRow("outside_us") << QStringLiteral("CA") << true << old << QDate() << false
                                    << AchReason::OutsideUs << QStringLiteral("US customers only");
        QTest::newRow("master_agent")
            << QStringLiteral("US") << true << kToday.addDays(-10) << QDate() << false
            << AchReason::MasterAgent << QStringLiteral("Customer-level master agent: Mia Master");
        QTest::newRow("manual") << QStringLiteral("US") << false << kToday.addDays(-10) << QDate()
                                << true << AchReason::Manual
                                << QStringLiteral("Enabled manually by Sam Support");
        QTest::newRow("good_standing, 91 clean days")
            << QStringLiteral("US") << false << old << kToday.addDays(-91) << false
            << AchReason::GoodStanding << QStringLiteral("More than 90 days: met");
        QTest::newRow("recent_payment_issue, 90 days")
            << QStringLiteral("US") << false << old << kToday.addDays(-90) << false
            << AchReason::RecentPaymentIssue << QStringLiteral("eligible on 11/26/26");
        QTest::newRow("new_customer, 30 days")
            << QStringLiteral("US") << false << kToday.addDays(-30) << QDate() << false
            << AchReason::NewCustomer << QStringLiteral("eligible on 1/25/27");
    }
    void eachAchReasonIsShown()
    {
        QFETCH(QString, country);
        QFETCH(bool, masterAgent);
        QFETCH(QDate, since);
        QFETCH(QDate, lastIssue);
        QFETCH(bool, manual);
        QFETCH(AchReason, reason);
        QFETCH(QString, mustSay);

        Customer customer = test::uiCustomer(1);
        customer.country = country;
        if (masterAgent)
            customer.masterAgent = PersonRef {9, QStringLiteral("Mia Master")};
        customer.customerSince = since;
        if (lastIssue.isValid())
            customer.lastPaymentIssueOn = lastIssue;
        std::optional<ManualAchEnable> enable;
        if (manual)
            enable = ManualAchEnable {{1, QStringLiteral("Sam Support")},
                                      QDateTime(kToday.addDays(-2), QTime(9, 30), Qt::UTC),
                                      QStringLiteral("pays by wire for years")};
        // The state the portal computes, with the shared rule.
        customer.ach
            = AchEligibility::evaluate(AchEligibility::factsOf(customer, false, enable), kToday);
        QCOMPARE(customer.ach.reason, reason);

        AchChecklistWidget checklist;
        checklist.setCustomer(customer, kToday);
        checklist.show();
        QCOMPARE(child<QLabel>(&checklist, QStringLiteral("achVerdict"))->text(),
                 AchEligibility::explain(customer.ach, QLocale()));
        QStringList lines;
        for (const QString &name : {QStringLiteral("country"), QStringLiteral("masterAgent"),
                                    QStringLiteral("paymentHistory"), QStringLiteral("manual")})
            lines << child<QLabel>(&checklist, QStringLiteral("achCheck_") + name)->text();
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(mustSay), qPrintable(all));

        using Mark = AchChecklistWidget::Mark;
        QCOMPARE(checklist.mark(QStringLiteral("country")),
                 country == QLatin1String("US") ? Mark::Met : Mark::NotMet);
        QCOMPARE(checklist.mark(QStringLiteral("masterAgent")),
                 masterAgent ? Mark::Met : Mark::Neutral);
        QCOMPARE(checklist.mark(QStringLiteral("manual")), manual ? Mark::Met : Mark::Neutral);
        const bool clean = reason == AchReason::GoodStanding
            || (since.daysTo(kToday) > AchEligibility::CleanDaysRequired && !lastIssue.isValid());
        QCOMPARE(checklist.mark(QStringLiteral("paymentHistory")),
                 clean ? Mark::Met : Mark::NotMet);

        // Adding a bank account follows the verdict.
        BillingTab tab(Role::Agent);
        tab.setCustomer(cached(customer), kToday);
        auto *add = child<QPushButton>(&tab, QStringLiteral("addAchAccountButton"));
        const std::optional<FieldError> refusal = AchEligibility::canAddMethod(customer.ach);
        QCOMPARE(add->isEnabled(), !refusal.has_value());
        if (refusal)
            QCOMPARE(add->toolTip(), refusal->message);
    }

    void enableAchManuallyIsSupportOnly_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("agent") << Role::Agent << false;
        QTest::newRow("master agent") << Role::MasterAgent << false;
        QTest::newRow("support") << Role::Support << true;
    }
    void enableAchManuallyIsSupportOnly()
    {
        QFETCH(Role, role);
        QFETCH(bool, enabled);
        Customer customer = test::uiCustomer(1);
        customer.customerSince = kToday.addDays(-20);
        customer.ach = {AchStatus::NotEligible, AchReason::NewCustomer, kToday.addDays(71), {}};
        BillingTab tab(role);
        tab.setCustomer(cached(customer), kToday);
        auto *button = child<QPushButton>(&tab, QStringLiteral("manualAchButton"));
        QCOMPARE(button->isEnabled(), enabled);
        if (!enabled) {
            QCOMPARE(button->toolTip(), Permissions::whoMay(Action::EnableAchManually));
            QCOMPARE(button->toolTip(),
                     QStringLiteral("Only support staff can enable ACH manually."));
        }
        // Every role may ask to move to Net 15 or add an account when the rules allow.
        QVERIFY(child<QPushButton>(&tab, QStringLiteral("changeTermsButton"))->isEnabled());

        // Support, too, cannot enable what needs no enabling, nor outside the US.
        customer.ach = {AchStatus::Eligible, AchReason::GoodStanding, {}, {}};
        tab.setCustomer(cached(customer), kToday);
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());
    }

    void theBankAccountDialogChecksTheRoutingNumber()
    {
        Customer customer = test::uiCustomer(1, QStringLiteral("Acme"));
        AddAchAccountDialog dialog(customer);
        dialog.show();
        auto *routing = child<QLineEdit>(&dialog, QStringLiteral("achRouting"));
        auto *account = child<QLineEdit>(&dialog, QStringLiteral("achAccount"));
        auto *type = child<QComboBox>(&dialog, QStringLiteral("achAccountType"));
        auto *routingError = child<QLabel>(&dialog, QStringLiteral("achError_routing_number"));
        auto *buttons = child<QDialogButtonBox>(&dialog, QStringLiteral("achButtons"));
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        QTest::keyClicks(routing, QStringLiteral("123456789")); // checksum fails
        QVERIFY(routingError->isVisible());
        QCOMPARE(routingError->text(),
                 AchBankDetails::validateRoutingNumber(u"123456789")->message);
        routing->clear();
        QTest::keyClicks(routing, QStringLiteral("12-34")); // the dash never gets in
        QCOMPARE(routing->text(), QStringLiteral("1234"));
        routing->clear();
        QTest::keyClicks(routing, QStringLiteral("021000021")); // a valid ABA number
        QVERIFY(!routingError->isVisible());

        QTest::keyClicks(account, QStringLiteral("000123456789"));
        type->setCurrentIndex(1);
        emit type->activated(1);
        QVERIFY(ok->isEnabled());
        QSignalSpy submitted(&dialog, &AddAchAccountDialog::submitRequested);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const auto details = submitted.at(0).at(1).value<AchBankDetails>();
        QCOMPARE(details.routingNumber, QStringLiteral("021000021"));
        QCOMPARE(details.last4(), QStringLiteral("6789"));
        QCOMPARE(details.accountType, AchAccountType::Checking);

        // The portal's refusal goes beside the field it names.
        AchMethodResult refused;
        refused.status = AchMethodResult::Status::Invalid;
        refused.errors = {{QStringLiteral("account_number"), QStringLiteral("invalid_format"),
                           QStringLiteral("refused")}};
        dialog.setResult(refused);
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("achError_account_number"))->text(),
                 QStringLiteral("refused"));
        QVERIFY(dialog.isVisible());
    }

    void manualEnableNeedsAReason()
    {
        Customer customer = test::uiCustomer(1);
        customer.ach = {AchStatus::NotEligible, AchReason::NewCustomer, {}, {}};
        ManualAchDialog dialog(customer);
        dialog.show();
        auto *reason = child<QPlainTextEdit>(&dialog, QStringLiteral("manualAchReason"));
        QPushButton *ok = child<QDialogButtonBox>(&dialog, QStringLiteral("manualAchButtons"))
                              ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(reason, QStringLiteral("Long-time customer, pays by wire"));
        QVERIFY(ok->isEnabled());
        reason->clear();
        QVERIFY(!ok->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("manualAchError"))->text(),
                 AchEligibility::canEnableManually(AchEligibility::factsOf(customer, false, {}),
                                                   QString())
                     ->message);
        QTest::keyClicks(reason, QStringLiteral("Approved by finance"));
        QSignalSpy asked(&dialog, &ManualAchDialog::enableRequested);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("Approved by finance"));
    }
};

QTEST_MAIN(TestBilling)
#include "tst_ui_billing.moc"
