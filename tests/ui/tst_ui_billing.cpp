// The Billing tab: the Net 15 confirmation and the limit it gives, every ACH reason on the
// checklist, the bank account dialog's routing checksum, the manual enable dialog, and the
// role-aware actions with the tooltip that says who can.
#include "UiTestSupport.h"
#include "models/AchBankDetails.h"
#include "models/AchEligibility.h"
#include "models/PaymentTerms.h"
#include "models/Permissions.h"
#include "models/RoutingNumberInfo.h"
#include "portal/EditResult.h"
#include "ui/ach/AchBankDetailsPage.h"
#include "ui/ach/AchChecklistWidget.h"
#include "ui/ach/ManualAchDialog.h"
#include "ui/billing/BillingTab.h"
#include "ui/billing/PaymentTermsDialog.h"

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

    // What the checklist says, pinned with literal values (en_US, today 11/25/26): the verdict,
    // the mark of each condition (country, master agent, clean period, manual: + met, - not
    // met, . does not apply) and its sentence.
    void eachAchReasonIsShown_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("lastIssue");
        QTest::addColumn<bool>("manual");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("marks");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("canAdd");

        const QDate old(2020, 1, 1);
        const QString usLine = QStringLiteral("The customer is in the US.");
        const QString noMaster = QStringLiteral("No customer-level master agent.");
        const QString noManual = QStringLiteral("Not enabled manually by support.");
        const QString mia = QStringLiteral("Customer-level master agent: Mia Master.");
        QTest::newRow("outside_us")
            << QStringLiteral("CA") << true << old << QDate() << false
            << QStringLiteral("Not eligible for ACH: only customers in the US can pay by ACH.")
            << QStringLiteral("-++.")
            << QStringList {QStringLiteral("The customer is in CA: ACH is for US customers only."),
                            mia,
                            QStringLiteral("No payment issue since joining on 1/1/20: 2520 day(s). "
                                           "More than 90 days: met."),
                            noManual}
            << false;
        QTest::newRow("master_agent")
            << QStringLiteral("US") << true << kToday.addDays(-10) << QDate() << false
            << QStringLiteral("Eligible for ACH: the customer has a master agent.")
            << QStringLiteral("++-.")
            << QStringList {usLine, mia,
                            QStringLiteral("No payment issue since joining on 11/15/26: 10 day(s). "
                                           "More than 90 days are needed: met on 2/14/27."),
                            noManual}
            << true;
        QTest::newRow("manual")
            << QStringLiteral("US") << false << kToday.addDays(-10) << QDate() << true
            << QStringLiteral("Eligible for ACH: enabled manually by Sam Support on 11/23/26 "
                              "(“pays by wire for years”).")
            << QStringLiteral("+.-+")
            << QStringList {usLine, noMaster,
                            QStringLiteral("No payment issue since joining on 11/15/26: 10 day(s). "
                                           "More than 90 days are needed: met on 2/14/27."),
                            QStringLiteral("Enabled manually by Sam Support on 11/23/26 9:30 AM: "
                                           "“pays by wire for years”.")}
            << true;
        QTest::newRow("good_standing, 91 clean days")
            << QStringLiteral("US") << false << old << kToday.addDays(-91) << false
            << QStringLiteral("Eligible for ACH: no payment issue for more than 90 day(s).")
            << QStringLiteral("+.+.")
            << QStringList {usLine, noMaster,
                            QStringLiteral("Last payment issue on 8/26/26: 91 day(s) without one. "
                                           "More than 90 days: met."),
                            noManual}
            << true;
        QTest::newRow("recent_payment_issue, 90 days")
            << QStringLiteral("US") << false << old << kToday.addDays(-90) << false
            << QStringLiteral("Not eligible for ACH: a payment issue in the last 90 day(s); "
                              "eligible from 11/26/26.")
            << QStringLiteral("+.-.")
            << QStringList {usLine, noMaster,
                            QStringLiteral("Last payment issue on 8/27/26: 90 day(s) without one. "
                                           "More than 90 days are needed: met on 11/26/26."),
                            noManual}
            << false;
        QTest::newRow("new_customer, 30 days")
            << QStringLiteral("US") << false << kToday.addDays(-30) << QDate() << false
            << QStringLiteral("Not eligible for ACH: a customer for 90 day(s) or less; eligible "
                              "from 1/25/27.")
            << QStringLiteral("+.-.")
            << QStringList {usLine, noMaster,
                            QStringLiteral("No payment issue since joining on 10/26/26: 30 day(s). "
                                           "More than 90 days are needed: met on 1/25/27."),
                            noManual}
            << false;
        // The old checklist counted from this issue and said "not met" beside an eligible
        // verdict; the rule ignores an issue from before joining, and so does the checklist.
        QTest::newRow("issue before joining")
            << QStringLiteral("US") << false << QDate(2026, 7, 1) << QDate(2026, 6, 20) << false
            << QStringLiteral("Eligible for ACH: no payment issue for more than 90 day(s).")
            << QStringLiteral("+.+.")
            << QStringList {usLine, noMaster,
                            QStringLiteral("No payment issue since joining on 7/1/26 (the one on "
                                           "6/20/26 was before): 147 day(s). More than 90 days: "
                                           "met."),
                            noManual}
            << true;
        // The old checklist compared the country with == "US" and said "not in the US".
        QTest::newRow("country written loosely")
            << QStringLiteral(" us") << false << old << QDate() << false
            << QStringLiteral("Eligible for ACH: no payment issue for more than 90 day(s).")
            << QStringLiteral("+.+.")
            << QStringList {usLine, noMaster,
                            QStringLiteral("No payment issue since joining on 1/1/20: 2520 day(s). "
                                           "More than 90 days: met."),
                            noManual}
            << true;
    }
    void eachAchReasonIsShown()
    {
        QFETCH(QString, country);
        QFETCH(bool, masterAgent);
        QFETCH(QDate, since);
        QFETCH(QDate, lastIssue);
        QFETCH(bool, manual);
        QFETCH(QString, verdict);
        QFETCH(QString, marks);
        QFETCH(QStringList, lines);
        QFETCH(bool, canAdd);

        Customer customer = test::uiCustomer(1);
        customer.country = country;
        if (masterAgent)
            customer.masterAgent = PersonRef {9, QStringLiteral("Mia Master")};
        customer.customerSince = since;
        if (lastIssue.isValid())
            customer.lastPaymentIssueOn = lastIssue;
        std::optional<ManualAchEnable> enable;
        if (manual) // local time, so the expected text does not depend on the time zone
            enable = ManualAchEnable {{1, QStringLiteral("Sam Support")},
                                      QDateTime(kToday.addDays(-2), QTime(9, 30)),
                                      QStringLiteral("pays by wire for years")};
        // Set up as the portal sends it (its `ach` from the shared rule).
        customer.ach
            = AchEligibility::evaluate(AchEligibility::factsOf(customer, false, enable), kToday);

        AchChecklistWidget checklist;
        checklist.setCustomer(customer, kToday);
        checklist.show();
        QCOMPARE(child<QLabel>(&checklist, QStringLiteral("achVerdict"))->text(), verdict);
        QStringList shown;
        QString shownMarks;
        for (const QString &name : {QStringLiteral("country"), QStringLiteral("masterAgent"),
                                    QStringLiteral("paymentHistory"), QStringLiteral("manual")}) {
            shown << child<QLabel>(&checklist, QStringLiteral("achCheck_") + name)->text();
            const AchCheckMark mark = checklist.mark(name);
            shownMarks += mark == AchCheckMark::Met ? u'+'
                : mark == AchCheckMark::NotMet      ? u'-'
                                                    : u'.';
        }
        QCOMPARE(shown, lines);
        QCOMPARE(shownMarks, marks);

        // Adding a bank account follows the verdict; a refusal says why in the tooltip.
        BillingTab tab(Role::Agent);
        tab.setCustomer(cached(customer), kToday);
        auto *add = child<QPushButton>(&tab, QStringLiteral("addAchAccountButton"));
        QCOMPARE(add->isEnabled(), canAdd);
        if (!canAdd)
            QCOMPARE(add->toolTip(), verdict);
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

        // An eligible customer may be enabled by support too (it keeps ACH if the reason
        // lapses), as the edit service and agentctl allow; outside the US nobody may.
        customer.ach = {AchStatus::Eligible, AchReason::GoodStanding, {}, {}};
        tab.setCustomer(cached(customer), kToday);
        QCOMPARE(button->isEnabled(), enabled);
        customer.country = QStringLiteral("CA");
        customer.ach = {AchStatus::NotEligible, AchReason::OutsideUs, {}, {}};
        tab.setCustomer(cached(customer), kToday);
        QVERIFY(!button->isEnabled());
        if (role == Role::Support)
            QCOMPARE(button->toolTip(),
                     QStringLiteral("ACH is only available to customers in the US; this "
                                    "customer's country is “CA”."));
    }

    void theBankAccountPageChecksTheRoutingNumber()
    {
        Customer customer = test::uiCustomer(1, QStringLiteral("Acme"));
        AchBankDetailsPage page(customer);
        page.show();
        auto *routing = child<QLineEdit>(&page, QStringLiteral("achRouting"));
        auto *account = child<QLineEdit>(&page, QStringLiteral("achAccount"));
        auto *type = child<QComboBox>(&page, QStringLiteral("achAccountType"));
        auto *routingError = child<QLabel>(&page, QStringLiteral("achError_routing_number"));
        auto *routingInfo = child<QLabel>(&page, QStringLiteral("achRoutingInfo"));
        QVERIFY(!page.isComplete());

        QTest::keyClicks(routing, QStringLiteral("123456789")); // checksum fails
        QVERIFY(routingError->isVisible());
        QCOMPARE(routingError->text(),
                 AchBankDetails::validateRoutingNumber(u"123456789")->message);
        QVERIFY(!routingInfo->isVisible());
        routing->clear();
        QTest::keyClicks(routing, QStringLiteral("12-34")); // the dash never gets in
        QCOMPARE(routing->text(), QStringLiteral("1234"));
        routing->clear();
        QTest::keyClicks(routing, QStringLiteral("021000021")); // a valid ABA number
        QVERIFY(!routingError->isVisible());
        // What the prefix says, and only that: no bank name is made up.
        QVERIFY(routingInfo->isVisible());
        QCOMPARE(routingInfo->text(), RoutingNumberInfo::of(u"021000021")->describe());

        QSignalSpy changed(&page, &QWizardPage::completeChanged);
        QTest::keyClicks(account, QStringLiteral("000123456789"));
        QVERIFY(!page.isComplete()); // no account type yet
        type->setCurrentIndex(1);
        emit type->activated(1);
        QVERIFY(page.isComplete());
        QVERIFY(changed.count() > 0);
        const AchBankDetails details = page.details();
        QCOMPARE(details.routingNumber, QStringLiteral("021000021"));
        QCOMPARE(details.last4(), QStringLiteral("6789"));
        QCOMPARE(details.accountType, AchAccountType::Checking);
        // The account number is not shown in clear once typed.
        QCOMPARE(account->echoMode(), QLineEdit::PasswordEchoOnEdit);

        // The portal's refusal goes beside the field it names; the others are handed back.
        const QList<FieldError> others = page.showErrors(
            {{QStringLiteral("account_number"), QStringLiteral("invalid_format"),
              QStringLiteral("refused")},
             {QStringLiteral("authorization"), QStringLiteral("authorization_required"),
              QStringLiteral("no authorization")}});
        QCOMPARE(child<QLabel>(&page, QStringLiteral("achError_account_number"))->text(),
                 QStringLiteral("refused"));
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().field, QStringLiteral("authorization"));
        page.forgetAccountNumber();
        QVERIFY(account->text().isEmpty());
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
