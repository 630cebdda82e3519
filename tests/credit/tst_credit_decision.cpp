// Deciding credit applications, against the real reference portal, with one console per demo
// user: who sees and who may decide what (agent, master agent, support), the decision queue
// with what a decision needs, an approval that sets the customer's limit and shows in its
// history, and a decline whose reason the agent sees.
#include "CreditTestSupport.h"
#include "models/BillingText.h"
#include "models/Money.h"
#include "models/PaymentBehaviour.h"
#include "models/PaymentTerms.h"
#include "models/Permissions.h"
#include "ui/DialogPresenter.h"
#include "ui/credit/CreditApplicationListModel.h"
#include "ui/credit/CreditApplicationsWindow.h"
#include "ui/credit/CreditDecisionFacts.h"
#include "ui/credit/CreditDecisionPanel.h"
#include "ui/credit/CreditDecisionQueueModel.h"
#include "ui/credit/CreditPdfExporter.h"
#include "ui/credit/CustomerCreditTab.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace pac;
using namespace pac::test;

class TestCreditDecision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentSubmitsForTheirOwnCustomerOnly();
    void agentAndMasterAgentCannotDecide();
    void visibilityFollowsOwnership();
    void supportApprovesFromTheQueue();
    void supportDeclinesWithAReason();

private:
    std::unique_ptr<TestSession> session(const QString &user);
    qint64 submit(const Customer &customer);
    static QString money(qint64 cents) { return Money::fromCents(cents).format(QLocale()); }
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    TestPortal m_portal;
    DialogPresenter m_presenter;
    CreditPdfExporter m_pdf {m_presenter};
    std::unique_ptr<TestSession> m_agent1;
    std::unique_ptr<TestSession> m_agent2;
    std::unique_ptr<TestSession> m_master1;
    std::unique_ptr<TestSession> m_support;
    Customer m_customer; // agent1's, with application m_applicationId
    qint64 m_applicationId = 0;
};

std::unique_ptr<TestSession> TestCreditDecision::session(const QString &user)
{
    auto s = std::make_unique<TestSession>(m_network, m_portal.origin(),
                                           m_dir.filePath(user + QStringLiteral(".sqlite")));
    return s->signIn(user) ? std::move(s) : nullptr;
}

qint64 TestCreditDecision::submit(const Customer &customer)
{
    const EditResult result
        = m_agent1->edits().submitCreditApplication(customer.id, applicationFor(customer));
    if (result.status != EditResult::Status::Saved || !m_agent1->outboxDrained())
        return 0;
    const auto records = m_agent1->cache().creditApplications().listFor(customer.id);
    qint64 id = 0;
    for (const CreditApplicationRecord &record : records.value())
        id = std::max(id, record.id);
    return id;
}

void TestCreditDecision::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_portal.start(40, &error), qPrintable(error));
    m_agent1 = session(QStringLiteral("agent1"));
    m_agent2 = session(QStringLiteral("agent2"));
    m_master1 = session(QStringLiteral("master1"));
    m_support = session(QStringLiteral("support1"));
    QVERIFY(m_agent1 && m_agent2 && m_master1 && m_support);
    QCOMPARE(m_support->role(), Role::Support);
    QCOMPARE(m_master1->role(), Role::MasterAgent);
}

void TestCreditDecision::agentSubmitsForTheirOwnCustomerOnly()
{
    const auto own = m_agent1->customer([](const Customer &c) {
        return c.status == CustomerStatus::Active && c.lastPaymentIssueOn.has_value();
    });
    QVERIFY(own);
    m_customer = *own;
    m_applicationId = submit(m_customer);
    QVERIFY(m_applicationId > 0);
    const auto record = m_agent1->cache().creditApplications().find(m_applicationId);
    QCOMPARE((*record)->status, CreditApplicationStatus::Submitted);

    // A customer agent1 does not own: not in their list, and the portal does not reveal it.
    const auto other = m_support->customer([this](const Customer &c) {
        return c.agent.id != m_agent1->session().user.id && !m_agent1->customer(c.id);
    });
    QVERIFY(other);
    const EditResult refused
        = m_agent1->edits().submitCreditApplication(other->id, applicationFor(*other));
    QCOMPARE(refused.status, EditResult::Status::NotFound);
    std::optional<PortalResult<CreditApplication>> direct;
    QObject context;
    m_agent1->client().createCreditApplication(
        other->id, applicationFor(*other), ChangeGuard {other->etag(), QUuid::createUuid()},
        &context, [&](const PortalResult<CreditApplication> &r) { direct = r; });
    QVERIFY(QTest::qWaitFor([&] { return direct.has_value(); }, kWaitMs));
    QVERIFY(!direct->ok());
    QCOMPARE(direct->error().kind, PortalError::Kind::NotFound);
}

void TestCreditDecision::agentAndMasterAgentCannotDecide()
{
    QVERIFY(m_applicationId > 0);
    const CreditDecisionRequest approve {true, m_customer.creditLimitCents + 100000, {}};
    for (TestSession *s : {m_agent1.get(), m_master1.get()}) {
        QVERIFY(s->sync());
        const EditResult result = s->edits().decideCreditApplication(m_applicationId, approve);
        QCOMPARE(result.status, EditResult::Status::NotAllowed);
        QCOMPARE(result.errors.value(0).code, QString(errorcode::Forbidden));
    }

    // The portal refuses it too, whatever the console does.
    const auto record = m_agent1->cache().creditApplications().find(m_applicationId);
    std::optional<PortalResult<CreditApplication>> direct;
    QObject context;
    m_agent1->client().decideCreditApplication(
        m_applicationId, approve, ChangeGuard {(*record)->etag, QUuid::createUuid()}, &context,
        [&](const PortalResult<CreditApplication> &r) { direct = r; });
    QVERIFY(QTest::qWaitFor([&] { return direct.has_value(); }, kWaitMs));
    QCOMPARE(direct->error().kind, PortalError::Kind::Forbidden);

    // In the agent's Credit tab the decision controls are there, disabled, saying who may.
    CustomerCreditTab tab(Role::Agent, m_agent1->client(), m_agent1->cache(), m_agent1->edits(),
                          m_pdf, m_presenter);
    tab.setCustomer(m_customer);
    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(tab.decisionPanel()->applicationId(), m_applicationId);
    auto *approveButton = child<QPushButton>(&tab, QStringLiteral("approveButton"));
    QVERIFY(approveButton);
    QVERIFY(!approveButton->isEnabled());
    QCOMPARE(approveButton->toolTip(), Permissions::whoMay(Action::DecideCreditApplication));
    QVERIFY(!child<QPushButton>(&tab, QStringLiteral("declineButton"))->isEnabled());
}

void TestCreditDecision::visibilityFollowsOwnership()
{
    QVERIFY(m_applicationId > 0);
    // agent2 works under the same master agent, but does not own the customer.
    QVERIFY(m_agent2->sync());
    QVERIFY(!m_agent2->cache().creditApplications().find(m_applicationId)->has_value());
    std::optional<PortalResult<CreditApplication>> direct;
    QObject context;
    m_agent2->client().getCreditApplication(
        m_applicationId, &context, [&](const PortalResult<CreditApplication> &r) { direct = r; });
    QVERIFY(QTest::qWaitFor([&] { return direct.has_value(); }, kWaitMs));
    QCOMPARE(direct->error().kind, PortalError::Kind::NotFound);

    // master1, agent1's master agent, sees it among their agents' applications.
    CreditApplicationsWindow window(Role::MasterAgent, m_master1->client(), m_master1->cache(),
                                    m_master1->edits(), m_pdf);
    QCOMPARE(window.filter(), CreditApplicationsWindow::Filter::All);
    QVERIFY(window.model()->rowOf(m_applicationId) >= 0);
    QVERIFY(window.selectApplication(m_applicationId));
    QCOMPARE(window.decisionPanel()->applicationId(), m_applicationId);
    QVERIFY(!child<QPushButton>(&window, QStringLiteral("approveButton"))->isEnabled());
    // Every application master1 sees belongs to a customer of theirs.
    for (int row = 0; row < window.model()->rowCount(); ++row) {
        const CreditApplicationItem *item = window.model()->item(row);
        QVERIFY2(m_master1->customer(item->application.customerId),
                 qPrintable(QString::number(item->application.id)));
    }
}

void TestCreditDecision::supportApprovesFromTheQueue()
{
    QVERIFY(m_applicationId > 0);
    QVERIFY(m_support->sync());
    CreditApplicationsWindow window(Role::Support, m_support->client(), m_support->cache(),
                                    m_support->edits(), m_pdf);
    window.setToday(kToday);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.filter(), CreditApplicationsWindow::Filter::AwaitingDecision);
    for (int row = 0; row < window.model()->rowCount(); ++row)
        QCOMPARE(window.model()->item(row)->application.status, CreditApplicationStatus::Submitted);
    QVERIFY(window.selectApplication(m_applicationId));

    // What a decision needs, beside the decision.
    const Customer customer = *m_support->customer(m_customer.id);
    const CreditApplication requested = applicationFor(m_customer);
    const auto text
        = [&window](const QString &name) { return child<QLabel>(&window, name)->text(); };
    QCOMPARE(text(QStringLiteral("currentLimitValue")), money(customer.creditLimitCents));
    QCOMPARE(text(QStringLiteral("balanceValue")), money(customer.balanceCents));
    QCOMPARE(text(QStringLiteral("termsValue")), BillingText::termsName(customer.paymentTerms));
    QCOMPARE(text(QStringLiteral("customerForValue")),
             CreditDecisionFacts::daysAsCustomerText(customer, kToday));
    QCOMPARE(text(QStringLiteral("paymentIssuesValue")),
             CreditDecisionFacts::paymentIssuesText(customer, kToday));
    QVERIFY(text(QStringLiteral("paymentIssuesValue"))
                .contains(customer.lastPaymentIssueOn->toString(Qt::ISODate))
            || customer.lastPaymentIssueOn < kToday.addYears(-1));
    QCOMPARE(text(QStringLiteral("requestedLimitValue")), money(requested.requestedLimitCents));
    QCOMPARE(text(QStringLiteral("monthlySpendValue")), money(requested.expectedMonthlySpendCents));

    // The payment record (billing rule 7e), from the portal's invoice and payment records:
    // fetched when the application is selected, kept in the cache, counted by the rule, and
    // the same in the queue's column.
    QTRY_VERIFY_WITH_TIMEOUT(
        text(QStringLiteral("paymentRecordState")).startsWith(QStringLiteral("From the portal")),
        kWaitMs);
    const auto billing = m_support->cache().invoices().find(m_customer.id);
    QVERIFY(billing && billing->has_value());
    QVERIFY(!(*billing)->invoices.isEmpty()); // the demo bills every customer monthly
    const PaymentBehaviour::Result record
        = PaymentBehaviour::compute((*billing)->invoices, (*billing)->payments, kToday);
    QVERIFY(record.invoices > 0);
    QCOMPARE(text(QStringLiteral("paymentRecordInvoices")), QLocale().toString(record.invoices));
    QCOMPARE(text(QStringLiteral("paymentRecordPaidLate")), PaymentBehaviour::paidLateText(record));
    QCOMPARE(text(QStringLiteral("paymentRecordDaysToPay")),
             PaymentBehaviour::averageDaysToPayText(record));
    QCOMPARE(text(QStringLiteral("paymentRecordFailed")),
             PaymentBehaviour::failedPaymentsText(record, money(record.failedCents)));
    const int row = window.model()->rowOf(m_applicationId);
    QCOMPARE(window.model()
                 ->data(window.model()->index(row, CreditDecisionQueueModel::PaymentRecord))
                 .toString(),
             PaymentBehaviour::summary(record));
    // The customer chosen has a payment issue on record: the records show it.
    QVERIFY(record.paidLate + record.stillPastDue + record.failedPayments > 0
            || customer.lastPaymentIssueOn < kToday.addYears(-1));

    auto *limit = child<QLineEdit>(&window, QStringLiteral("approveLimitEdit"));
    QCOMPARE(limit->text(), money(requested.requestedLimitCents)); // the offer to start from
    auto *approveButton = child<QPushButton>(&window, QStringLiteral("approveButton"));
    QVERIFY(approveButton->isEnabled());

    // More than asked, or no increase: refused beside the amount, nothing queued.
    limit->selectAll();
    QTest::keyClicks(limit, money(requested.requestedLimitCents + 1));
    QVERIFY(text(QStringLiteral("approveLimitMessage")).contains(QStringLiteral("is above the")));
    QTest::mouseClick(approveButton, Qt::LeftButton);
    limit->selectAll();
    QTest::keyClicks(limit, money(customer.creditLimitCents));
    QVERIFY(text(QStringLiteral("approveLimitMessage")).contains(QStringLiteral("is not above")));
    QTest::mouseClick(approveButton, Qt::LeftButton);
    QCOMPARE(m_support->cache().outbox().counts()->total(), 0);

    // Support grants less than asked.
    const qint64 approved = customer.creditLimitCents + 150000;
    limit->selectAll();
    QTest::keyClicks(limit, money(approved));
    QCOMPARE(text(QStringLiteral("approveLimitMessage")), QString());
    QSignalSpy decided(&window, &CreditApplicationsWindow::decided);
    QTest::mouseClick(approveButton, Qt::LeftButton);
    QCOMPARE(decided.count(), 1);
    QVERIFY(m_support->outboxDrained());

    // The customer's limit is the approved one, the application approved, and the history
    // says who did it.
    QCOMPARE(m_support->customer(m_customer.id)->creditLimitCents, approved);
    window.setFilter(CreditApplicationsWindow::Filter::All);
    QVERIFY(window.selectApplication(m_applicationId));
    QCOMPARE(window.model()->item(window.model()->rowOf(m_applicationId))->application.status,
             CreditApplicationStatus::Approved);
    QVERIFY(!approveButton->isEnabled());
    std::optional<PortalResult<HistoryPage>> history;
    QObject context;
    m_support->client().history(m_customer.id, {}, &context,
                                [&](const PortalResult<HistoryPage> &r) { history = r; });
    QVERIFY(QTest::qWaitFor([&] { return history.has_value(); }, kWaitMs));
    QVERIFY(history->ok());
    const auto entry = std::find_if(
        history->value().items.cbegin(), history->value().items.cend(),
        [](const HistoryEntry &e) { return e.action == QLatin1String("credit_decision"); });
    QVERIFY(entry != history->value().items.cend());
    QCOMPARE(entry->field, QStringLiteral("credit_limit_cents"));
    QCOMPARE(entry->before.toInteger(), customer.creditLimitCents);
    QCOMPARE(entry->after.toInteger(), approved);
    QCOMPARE(entry->actor.id, m_support->session().user.id);
    QCOMPARE(entry->actorRole, Role::Support);

    // agent1 follows it: approved, with the limit, and the customer's new limit.
    QVERIFY(m_agent1->sync());
    CustomerCreditTab tab(Role::Agent, m_agent1->client(), m_agent1->cache(), m_agent1->edits(),
                          m_pdf, m_presenter);
    tab.setCustomer(*m_agent1->customer(m_customer.id));
    QCOMPARE(m_agent1->customer(m_customer.id)->creditLimitCents, approved);
    QCOMPARE(
        tab.model()->data(tab.model()->index(0, CreditApplicationListModel::Status)).toString(),
        QStringLiteral("Approved"));
    QCOMPARE(
        tab.model()->data(tab.model()->index(0, CreditApplicationListModel::Outcome)).toString(),
        QStringLiteral("Approved limit %1").arg(money(approved)));
}

void TestCreditDecision::supportDeclinesWithAReason()
{
    const auto customer = m_agent1->customer([this](const Customer &c) {
        return c.status == CustomerStatus::Active && c.id != m_customer.id;
    });
    QVERIFY(customer);
    const qint64 id = submit(*customer);
    QVERIFY(id > 0);
    QVERIFY(m_support->sync());

    // Support decides in the customer's Credit tab (the view "awaiting decision" shows it).
    CustomerCreditTab tab(Role::Support, m_support->client(), m_support->cache(),
                          m_support->edits(), m_pdf, m_presenter);
    tab.setCustomer(*m_support->customer(customer->id));
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QCOMPARE(tab.decisionPanel()->applicationId(), id);
    auto *reason = child<QLineEdit>(&tab, QStringLiteral("declineReasonEdit"));
    auto *declineButton = child<QPushButton>(&tab, QStringLiteral("declineButton"));
    QTest::mouseClick(declineButton, Qt::LeftButton);
    QCOMPARE(child<QLabel>(&tab, QStringLiteral("declineReasonMessage"))->text(),
             QStringLiteral("Say why the application is declined."));
    QCOMPARE(m_support->cache().outbox().counts()->total(), 0);
    QTest::keyClicks(reason, QStringLiteral("Two returned payments this year"));
    QTest::mouseClick(declineButton, Qt::LeftButton);
    QVERIFY(m_support->outboxDrained());
    tab.reload();
    QCOMPARE(tab.model()->item(0)->application.status, CreditApplicationStatus::Declined);

    QVERIFY(m_agent1->sync());
    CustomerCreditTab agentTab(Role::Agent, m_agent1->client(), m_agent1->cache(),
                               m_agent1->edits(), m_pdf, m_presenter);
    agentTab.setCustomer(*m_agent1->customer(customer->id));
    QCOMPARE(agentTab.model()
                 ->data(agentTab.model()->index(0, CreditApplicationListModel::Outcome))
                 .toString(),
             QStringLiteral("Declined: Two returned payments this year"));
    QCOMPARE(m_agent1->customer(customer->id)->creditLimitCents, customer->creditLimitCents);
}

QTEST_MAIN(TestCreditDecision)
#include "tst_credit_decision.moc"
