// The credit applications inside the real console (ConsoleApplication on the built-in demo
// portal, signed in as support staff): the Credit tab in the detail panel, the wizard behind
// "New credit application…", the applications window behind its menu action, the support
// view opening the Credit tab. Along the way it grabs a PNG of each wizard page, the tab and
// the queue — into PAC_SCREENSHOT_DIR when set (docs/screenshots/credit-*.png come from
// there), else into a temporary folder — and checks what each shows.
#include "CreditTestSupport.h"
#include "WizardDriver.h"
#include "customerindex/CustomerTableModel.h"
#include "demo/EmbeddedDemoPortal.h"
#include "models/Money.h"
#include "storage/InMemoryCredentialStore.h"
#include "ui/ConsoleApplication.h"
#include "ui/DetailPanel.h"
#include "ui/DialogPresenter.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/credit/CreditApplicationListModel.h"
#include "ui/credit/CreditApplicationsWindow.h"
#include "ui/credit/CreditDecisionQueueModel.h"
#include "ui/credit/CreditFeature.h"
#include "ui/credit/CustomerCreditTab.h"
#include "ui/credit/TradeReferenceTableModel.h"
#include "ui/credit/TradeReferencesPage.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/customers/ViewsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace pac;
using namespace pac::test;

class TestCreditScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void creditTabAndActionAreInTheWindow();
    void wizardPages();
    void queueWindow();
    void supportViewOpensTheCreditTab();

private:
    MainWindow *window() const { return m_console->mainWindow(); }
    bool grab(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QDir m_output;
    std::unique_ptr<ConsoleApplication> m_console;
    CreditFeature *m_feature = nullptr;
    qint64 m_customerId = 0;
};

bool TestCreditScreens::grab(QWidget *widget, const QString &name)
{
    // Layouts settle on posted events (a message that wraps makes its row taller).
    QCoreApplication::sendPostedEvents();
    const QPixmap image = widget->grab();
    const QString path = m_output.filePath(name);
    if (image.isNull() || !image.save(path))
        return false;
    qInfo().noquote() << "wrote" << path;
    return true;
}

void TestCreditScreens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString screenshots = qEnvironmentVariable("PAC_SCREENSHOT_DIR");
    m_output = QDir(screenshots.isEmpty() ? m_dir.filePath(QStringLiteral("png")) : screenshots);
    QVERIFY(m_output.mkpath(QStringLiteral(".")));

    ConsoleOptions options;
    options.demo = true;
    options.profile = m_dir.filePath(QStringLiteral("profile"));
    options.language = QStringLiteral("en");
    m_console = std::make_unique<ConsoleApplication>(options, demo::embeddedDemoPortals(),
                                                     std::make_unique<InMemoryCredentialStore>());
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    m_console->session().setDemoCustomers(120);
    SignInRequest request;
    request.userName = QStringLiteral("support1");
    request.password = QStringLiteral("demo");
    m_console->signIn(request);
    QVERIFY(QTest::qWaitFor([&] { return window() != nullptr; }, kWaitMs));
    window()->resize(1440, 880);
    CustomerTablePanel *table = window()->tablePanel();
    QVERIFY(QTest::qWaitFor(
        [table] { return table->model()->totalCount() > 0 && !table->isBusy(); }, kWaitMs));
    m_feature = window()->findChild<CreditFeature *>();
    QVERIFY2(m_feature, "the console composes CreditFeature into its main window");
}

void TestCreditScreens::cleanupTestCase()
{
    m_console.reset();
}

void TestCreditScreens::creditTabAndActionAreInTheWindow()
{
    QTabWidget *tabs = window()->detailPanel()->tabs();
    const int index = tabs->indexOf(m_feature->tab());
    QVERIFY(index >= 0);
    QCOMPARE(tabs->tabText(index), QStringLiteral("Credit"));

    // "Credit applications…" sits beside "New credit application…" in the same menu.
    QMenu *menu = nullptr;
    for (QAction *action : window()->menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(m_feature->applicationsAction()))
            menu = action->menu();
    }
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.indexOf(m_feature->applicationsAction()),
             actions.indexOf(window()->newCreditApplicationAction()) + 1);

    // Selecting a customer shows its applications in the tab.
    CustomerTableModel *model = window()->tablePanel()->model();
    m_customerId = model->customerId(0);
    window()->showCustomer(m_customerId);
    QTRY_COMPARE(m_feature->tab()->customerId(), m_customerId);
}

void TestCreditScreens::wizardPages()
{
    QVERIFY(m_customerId > 0);
    window()->newCreditApplicationAction()->trigger();
    CreditWizard *wizard = m_feature->wizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->customerId(), m_customerId);
    WizardDriver ui(*wizard);

    // Page 1 with a message beside a field, as the user sees it while typing.
    QVERIFY(ui.type(QStringLiteral("legalName"), QStringLiteral("Acme VoIP Holdings LLC")));
    QVERIFY(ui.type(QStringLiteral("dba"), QStringLiteral("Acme VoIP")));
    QVERIFY(ui.type(QStringLiteral("ein"), QStringLiteral("12-34567")));
    auto *entity = ui.find<QComboBox>(QStringLiteral("entityTypeEdit"));
    entity->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(entity, Qt::Key_Down);
    QVERIFY(ui.type(QStringLiteral("yearsInBusiness"), QStringLiteral("7")));
    QVERIFY(ui.type(QStringLiteral("billingAddressLine1"), QStringLiteral("1 Main St")));
    QVERIFY(ui.type(QStringLiteral("billingAddressLine2"), QStringLiteral("Suite 200")));
    QVERIFY(ui.type(QStringLiteral("billingAddressCity"), QStringLiteral("Boston")));
    QVERIFY(ui.type(QStringLiteral("billingAddressState"), QStringLiteral("MA")));
    QVERIFY(ui.type(QStringLiteral("billingAddressZip"), QStringLiteral("02139")));
    QVERIFY(!ui.message(QStringLiteral("ein")).isEmpty());
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-1-business.png")));
    QVERIFY(ui.type(QStringLiteral("ein"), QStringLiteral("12-3456789")));
    QVERIFY(ui.next());

    QVERIFY(ui.type(QStringLiteral("apContactName"), QStringLiteral("Pat Payable")));
    QVERIFY(ui.type(QStringLiteral("apContactEmail"), QStringLiteral("ap@acme.example")));
    QVERIFY(ui.type(QStringLiteral("apContactPhone"), QStringLiteral("(617) 555-0100")));
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-2-ap-contact.png")));
    QVERIFY(ui.next());

    QVERIFY(ui.type(QStringLiteral("bankReferenceBankName"), QStringLiteral("First Bank")));
    QVERIFY(ui.type(QStringLiteral("bankReferenceContactName"), QStringLiteral("Olive Officer")));
    QVERIFY(ui.type(QStringLiteral("bankReferencePhone"), QStringLiteral("617-555-0101")));
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-3-bank.png")));
    QVERIFY(ui.next());

    auto *trades = qobject_cast<TradeReferencesPage *>(wizard->currentPage())->model();
    const QStringList rows[]
        = {{QStringLiteral("Trunk Supply Co"), QStringLiteral("Tom Trade"),
            QStringLiteral("212-555-0102"), QStringLiteral("tom@trunk.example")},
           {QStringLiteral("Wire Works"), QStringLiteral("Wanda Wire"),
            QStringLiteral("212-555-0103"), QStringLiteral("wanda@")}};
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < rows[row].size(); ++column)
            trades->setData(trades->index(row, column), rows[row].at(column));
    }
    QVERIFY(!ui.find<QLabel>(QStringLiteral("tradeReferencesMessage"))->text().isEmpty());
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-4-trade-references.png")));
    trades->setData(trades->index(1, TradeReferenceTableModel::Email),
                    QStringLiteral("wanda@wire.example"));
    QVERIFY(ui.next());

    const auto cached = m_console->cache()->customers().find(m_customerId);
    QVERIFY(cached && cached->has_value());
    const Customer customer = (*cached)->shown();
    const auto money = [](qint64 cents) { return Money::fromCents(cents).format(QLocale()); };
    QVERIFY(
        ui.type(QStringLiteral("requestedLimitCents"), money(customer.creditLimitCents + 500000)));
    QVERIFY(ui.type(QStringLiteral("expectedMonthlySpendCents"), QStringLiteral("$3,200.00")));
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-5-request.png")));
    QVERIFY(ui.next());

    auto *hasGuarantor = ui.find<QCheckBox>(QStringLiteral("hasGuarantorCheck"));
    hasGuarantor->setFocus();
    QTest::keyClick(hasGuarantor, Qt::Key_Space);
    QVERIFY(ui.type(QStringLiteral("guarantorName"), QStringLiteral("Gus Guarantor")));
    QVERIFY(ui.type(QStringLiteral("guarantorHomeAddressLine1"), QStringLiteral("9 Elm St")));
    QVERIFY(ui.type(QStringLiteral("guarantorHomeAddressCity"), QStringLiteral("Cambridge")));
    QVERIFY(ui.type(QStringLiteral("guarantorHomeAddressState"), QStringLiteral("MA")));
    QVERIFY(ui.type(QStringLiteral("guarantorHomeAddressZip"), QStringLiteral("02138")));
    QVERIFY(ui.type(QStringLiteral("guarantorPhone"), QStringLiteral("617-555-0104")));
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-6-guarantor.png")));
    QVERIFY(ui.next());

    QCOMPARE(wizard->currentId(), int(CreditWizard::ReviewId));
    QVERIFY(ui.type(QStringLiteral("signerName"), QStringLiteral("Ann Example")));
    QVERIFY(ui.type(QStringLiteral("signerTitle"), QStringLiteral("CFO")));
    QVERIFY(ui.type(QStringLiteral("typedSignature"), QStringLiteral("Ann Example")));
    auto *consent = ui.find<QCheckBox>(QStringLiteral("consentEdit"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(grab(wizard, QStringLiteral("credit-wizard-7-review.png")));

    // Submitted from the console: the Credit tab follows it to the portal.
    ui.click(QWizard::FinishButton);
    QTRY_VERIFY(!m_feature->wizard());
    CustomerCreditTab *tab = m_feature->tab();
    QCOMPARE(window()->detailPanel()->tabs()->currentWidget(), tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0
                                 && tab->model()->item(0)->kind
                                     == CreditApplicationItem::Kind::Known,
                             kWaitMs);
    QCOMPARE(tab->model()->item(0)->application.legalName,
             QStringLiteral("Acme VoIP Holdings LLC"));
    QCOMPARE(tab->model()->item(0)->application.status, CreditApplicationStatus::Submitted);
    QVERIFY(grab(window(), QStringLiteral("credit-tab.png")));
}

void TestCreditScreens::queueWindow()
{
    m_feature->applicationsAction()->trigger();
    CreditApplicationsWindow *queue = m_feature->applicationsWindow();
    QVERIFY(queue);
    QVERIFY(QTest::qWaitForWindowExposed(queue));
    QCOMPARE(queue->filter(), CreditApplicationsWindow::Filter::AwaitingDecision);
    QVERIFY(queue->model()->rowCount() > 0);
    // The one just submitted is in it, with its customer's facts.
    int row = -1;
    for (int r = 0; r < queue->model()->rowCount(); ++r) {
        if (queue->model()->item(r)->application.customerId == m_customerId)
            row = r;
    }
    QVERIFY(row >= 0);
    const qint64 applicationId = queue->model()->item(row)->application.id;
    QVERIFY(queue->selectApplication(applicationId));
    QVERIFY(queue->model()->item(row)->customer.has_value());
    QVERIFY(!queue->model()
                 ->data(queue->model()->index(row, CreditDecisionQueueModel::CurrentLimit))
                 .toString()
                 .isEmpty());
    QVERIFY(grab(queue, QStringLiteral("credit-queue.png")));
}

void TestCreditScreens::supportViewOpensTheCreditTab()
{
    QTabWidget *tabs = window()->detailPanel()->tabs();
    tabs->setCurrentIndex(0);
    QVERIFY(tabs->currentWidget() != m_feature->tab());
    QVERIFY(
        window()->viewsPanel()->setCurrentView(CustomerView::CreditApplicationsAwaitingDecision));
    QCOMPARE(tabs->currentWidget(), m_feature->tab());
}

QTEST_MAIN(TestCreditScreens)
#include "tst_credit_screens.moc"
