// The console end to end on the real reference portal (the built-in demo portal, in
// process on 127.0.0.1): sign in with the form, the table fills from the first sync, filter
// as you type, open a customer, move it to Net 15 and see the $500 limit, save invoice
// emails through the outbox, resolve a real conflict, sign out.
#include "ConsoleFixture.h"
#include "customerindex/CustomerTableModel.h"
#include "models/InvoiceEmailList.h"
#include "portal/CustomerEditService.h"
#include "portal/SyncEngine.h"
#include "presentation/InvoiceTableModel.h"
#include "server/EmbeddedPortal.h"
#include "storage/LocalCache.h"
#include "ui/ConsoleSettings.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/PortalSideEdit.h"
#include "ui/SessionController.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusBar.h"
#include "ui/billing/BillingTab.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/recipients/InvoiceEmailEditor.h"
#include "ui/recipients/InvoiceRecipientsTab.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace pac;

namespace {
constexpr int kTimeout = 30000;

using pac::test::child;
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_fixture;

    ConsoleApplication &console() { return *m_fixture->console; }
    MainWindow *window() { return console().mainWindow(); }
    std::optional<CachedCustomer> cached(qint64 id)
    {
        auto found = console().cache()->customers().find(id);
        return found.ok() ? found.value() : std::nullopt;
    }
    // The first customer in the table that `accept` takes.
    qint64 findCustomer(const std::function<bool(const Customer &)> &accept)
    {
        CustomerTableModel *model = window()->tablePanel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto c = cached(model->customerId(row));
            if (c && accept(c->shown()))
                return c->shown().id;
        }
        return 0;
    }
    bool settled(qint64 id)
    {
        const auto c = cached(id);
        return c && !c->flags.hasPendingEdit() && !c->flags.conflict;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture
            = std::make_unique<test::ConsoleFixture>(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(m_fixture->start());
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void signInWithTheForm()
    {
        SignInDialog *form = console().signInDialog();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        QVERIFY(
            child<QWidget>(form, QStringLiteral("demoPortalOption"))->property("checked").toBool());
        auto *user = child<QLineEdit>(form, QStringLiteral("userName"));
        auto *password = child<QLineEdit>(form, QStringLiteral("password"));
        auto *button = child<QPushButton>(form, QStringLiteral("signInButton"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(user, QStringLiteral("master1"));
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *error = child<QLabel>(form, QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
        QCOMPARE(error->text(), QStringLiteral("The user name or password is not right."));
        QVERIFY(!window());

        password->clear();
        QTest::keyClicks(password, QStringLiteral("demo"));
        child<QCheckBox>(form, QStringLiteral("rememberMe"))->setChecked(true);
        QSignalSpy opened(&console(), &ConsoleApplication::mainWindowOpened);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeout);
        QVERIFY(window());
        QTRY_VERIFY(!console().signInDialog() || !console().signInDialog()->isVisible());
        // The token, never the password, is remembered for the next start.
        QVERIFY(m_fixture->credentials()->contains(SessionController::credentialKey(
            SessionController::demoPortalIdentity(), QStringLiteral("master1"))));
        // The portal's name of the user and their role.
        const auto meta = console().cache()->meta().read();
        QVERIFY(meta.ok() && meta.value().user);
        QCOMPARE(meta.value().user->role, Role::MasterAgent);
        QCOMPARE(child<QLabel>(window(), QStringLiteral("signedInUser"))->text(),
                 QStringLiteral("%1 · Master agent").arg(meta.value().user->name));
        QCOMPARE(console().settings().userName(), QStringLiteral("master1"));
    }

    void theTableFillsFromTheFirstSync()
    {
        CustomerTablePanel *table = window()->tablePanel();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->totalCount() > 0 && !table->isBusy(), kTimeout);
        QCOMPARE(table->model()->rowCount(), int(table->model()->totalCount()));
        // Only master1's customers came: every one has master1 or one of their agents.
        QVERIFY(table->model()->totalCount() < test::ConsoleFixture::kDemoCustomers);
        QVERIFY(child<QLabel>(window(), QStringLiteral("asOf"))
                    ->text()
                    .startsWith(QStringLiteral("As of")));
        QVERIFY(child<QLabel>(window(), QStringLiteral("matchCount"))
                    ->text()
                    .contains(QStringLiteral(" of ")));
    }

    void filterAsYouType()
    {
        CustomerTablePanel *table = window()->tablePanel();
        const qint64 total = table->model()->totalCount();
        const auto target = cached(table->model()->customerId(total / 2));
        QVERIFY(target);
        // A piece of the account number, typed key by key.
        const QString piece = target->shown().accountNumber.right(5);
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(table->filterEdit()->hasFocus());
        QTest::keyClicks(table->filterEdit(), piece);
        QTRY_VERIFY_WITH_TIMEOUT(!table->isBusy() && table->spec().text == piece, kTimeout);
        const int rows = table->model()->rowCount();
        QVERIFY(rows >= 1);
        QVERIFY(rows < total);
        for (int row = 0; row < rows; ++row) {
            const auto c = cached(table->model()->customerId(row));
            const QString haystack = c->shown().name + c->shown().accountNumber
                + c->shown().invoiceEmails.join(QLatin1Char(' '));
            bool inContacts = false;
            for (const BillingContact &contact : c->shown().billingContacts)
                inContacts = inContacts || contact.email.contains(piece, Qt::CaseInsensitive);
            QVERIFY2(haystack.contains(piece, Qt::CaseInsensitive) || inContacts,
                     qPrintable(c->shown().name));
        }
        QVERIFY(table->model()->rowOfCustomer(target->shown().id) >= 0);

        // Nothing matches: the table says so.
        table->filterEdit()->setText(QStringLiteral("no such customer zzzz"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kTimeout);
        QTRY_VERIFY(child<QLabel>(table, QStringLiteral("customerEmptyState"))->isVisible());
        QTest::keyClick(table->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(table->model()->rowCount()), total, kTimeout);
    }

    void openACustomer()
    {
        CustomerTablePanel *table = window()->tablePanel();
        QTableView *view = table->tableView();
        view->setFocus();
        view->selectRow(2);
        const qint64 id = table->model()->customerId(2);
        QCOMPARE(table->currentCustomerId(), id);
        DetailPanel *detail = window()->detailPanel();
        QCOMPARE(detail->customerId(), id);
        QCOMPARE(child<QLabel>(detail, QStringLiteral("detailName"))->text(),
                 cached(id)->shown().name);
        // The arrow keys move on through the customers.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(detail->customerId(), table->model()->customerId(3));
    }

    void theInvoicesTabListsAndDetailsTheInvoices()
    {
        CustomerTablePanel *table = window()->tablePanel();
        const qint64 id = table->model()->customerId(1);
        window()->showCustomer(id);
        DetailPanel *detail = window()->detailPanel();
        auto *tab = child<InvoicesTab>(detail, QStringLiteral("invoicesTab"));
        QVERIFY(tab);
        QCOMPARE(tab->customerId(), id);
        // Nothing is asked of the portal until the tab is shown.
        QCOMPARE(tab->model()->rowCount(), 0);
        detail->tabs()->setCurrentWidget(tab);
        // Twelve months of monthly invoices at least, newest first.
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() >= 12, kTimeout);
        QVERIFY(child<QLabel>(tab, QStringLiteral("invoicesState"))
                    ->text()
                    .contains(QStringLiteral("newest first")));
        const Invoice newest = *tab->model()->invoiceAt(0);
        QVERIFY(newest.issuedOn >= tab->model()->invoiceAt(1)->issuedOn);
        QCOMPARE(newest.customerId, id);
        tab->view()->selectRow(0);
        auto *details = child<QTextBrowser>(tab, QStringLiteral("invoiceDetail"));
        QVERIFY(details->toPlainText().contains(newest.number));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Total")));
        // Kept on this computer for the next open (and offline).
        const auto cachedBilling = console().cache()->invoices().find(id);
        QVERIFY(cachedBilling.ok() && cachedBilling.value().has_value());
        QCOMPARE(cachedBilling.value()->invoices.size(), tab->model()->rowCount());
        detail->tabs()->setCurrentWidget(detail->billingTab());
    }

    void moveToNet15AndSeeTheLimit()
    {
        const qint64 id = findCustomer([](const Customer &c) {
            return c.status == CustomerStatus::Active
                && c.paymentTerms == PaymentTermsKind::DueOnReceipt && c.creditLimitCents < 50000;
        });
        QVERIFY(id);
        window()->showCustomer(id);
        DetailPanel *detail = window()->detailPanel();
        QCOMPARE(detail->customerId(), id);
        detail->tabs()->setCurrentWidget(detail->billingTab());
        QTest::mouseClick(child<QPushButton>(detail, QStringLiteral("changeTermsButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        QDialog *dialog = m_fixture->lastDialog;
        QCOMPARE(dialog->objectName(), QStringLiteral("paymentTermsDialog"));
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("termsEffect"))
                    ->text()
                    .contains(QStringLiteral("<b>$500.00</b>")));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, QStringLiteral("termsButtons"))
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);

        // Shown at once (pending), then accepted by the portal.
        QCOMPARE(child<QLabel>(detail, QStringLiteral("billingTerms"))->text(),
                 QStringLiteral("Net 15"));
        QCOMPARE(child<QLabel>(detail, QStringLiteral("billingCreditLimit"))->text(),
                 QStringLiteral("$500.00"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(id), kTimeout);
        QCOMPARE(cached(id)->server.paymentTerms, PaymentTermsKind::Net15);
        QCOMPARE(cached(id)->server.creditLimitCents, 50000);
        QTRY_VERIFY(!child<QLabel>(detail, QStringLiteral("billingPendingChip"))->isVisible());
        QCOMPARE(child<QLabel>(detail, QStringLiteral("billingCreditLimit"))->text(),
                 QStringLiteral("$500.00"));
    }

    void saveInvoiceEmailsThroughTheOutbox()
    {
        const qint64 id
            = findCustomer([](const Customer &c) { return c.invoiceEmails.size() < 8; });
        QVERIFY(id);
        window()->showCustomer(id);
        DetailPanel *detail = window()->detailPanel();
        detail->tabs()->setCurrentWidget(detail->recipientsTab());
        InvoiceEmailEditor *editor = detail->recipientsTab()->editor();
        const QStringList before = cached(id)->shown().invoiceEmails;
        editor->addText(QStringLiteral("Payables <payables@tests.example>, ops@tests.example"));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("saveInvoiceEmails")),
                          Qt::LeftButton);
        const QStringList expected = before
            + QStringList {QStringLiteral("payables@tests.example"),
                           QStringLiteral("ops@tests.example")};
        QCOMPARE(cached(id)->shown().invoiceEmails, expected);
        QVERIFY(!editor->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(settled(id), kTimeout);
        QCOMPARE(cached(id)->server.invoiceEmails, expected);
        QTRY_COMPARE(child<QLabel>(window(), QStringLiteral("pendingEdits"))->text(),
                     QStringLiteral("All edits sent"));
    }

    void aConflictIsResolvedWithTheMergedList()
    {
        const qint64 id
            = findCustomer([](const Customer &c) { return c.invoiceEmails.size() <= 5; });
        QVERIFY(id);
        window()->showCustomer(id);
        const QStringList base = cached(id)->shown().invoiceEmails;

        // A colleague changes the list on the portal; this console has not synced since, so
        // my edit is based on the version before theirs.
        PortalSideEdit colleague(console().session().demoPortal()->baseUrl());
        bool changed = false;
        colleague.changeInvoiceEmails(
            QStringLiteral("master1"), QStringLiteral("demo"), id,
            [](QStringList emails) { return emails << QStringLiteral("theirs@tests.example"); },
            [&changed](bool ok, const QString &error) {
                QVERIFY2(ok, qPrintable(error));
                changed = ok;
            });
        QTRY_VERIFY_WITH_TIMEOUT(changed, kTimeout);
        const EditResult mine = console().edits()->setInvoiceEmails(
            id, base + QStringList {QStringLiteral("mine@tests.example")});
        QVERIFY2(mine.ok(), qPrintable(mine.message));
        DetailPanel *detail = window()->detailPanel();
        QTRY_VERIFY_WITH_TIMEOUT(cached(id)->flags.conflict, kTimeout);
        QTRY_VERIFY(child<QWidget>(detail, QStringLiteral("detailBanner"))->isVisible());

        m_fixture->lastDialog.clear();
        QTest::mouseClick(child<QPushButton>(detail, QStringLiteral("detailBannerAction")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        QDialog *dialog = m_fixture->lastDialog;
        QCOMPARE(dialog->objectName(), QStringLiteral("conflictDialog"));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("conflictMine"))
                    ->text()
                    .contains(QStringLiteral("mine@tests.example")));
        QVERIFY(child<QLabel>(dialog, QStringLiteral("conflictTheirs"))
                    ->text()
                    .contains(QStringLiteral("theirs@tests.example")));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("useMerged")), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        console().engine()->push();
        QTRY_VERIFY_WITH_TIMEOUT(settled(id), kTimeout);
        const QStringList server = cached(id)->server.invoiceEmails;
        QVERIFY(server.contains(QStringLiteral("mine@tests.example")));
        QVERIFY(server.contains(QStringLiteral("theirs@tests.example")));
        QTRY_VERIFY(!child<QWidget>(detail, QStringLiteral("detailBanner"))->isVisible());
    }

    void signOutForgetsTheToken()
    {
        QSignalSpy destroyed(window(), &QObject::destroyed);
        console().signOut();
        QTRY_COMPARE(destroyed.count(), 1);
        QVERIFY(!window());
        QTRY_VERIFY(console().signInDialog() && console().signInDialog()->isVisible());
        QTRY_VERIFY(!m_fixture->credentials()->contains(SessionController::credentialKey(
            SessionController::demoPortalIdentity(), QStringLiteral("master1"))));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_ui_console.moc"
