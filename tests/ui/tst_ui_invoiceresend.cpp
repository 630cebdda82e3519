// "Resend invoice…" in the console, end to end on the built-in demo portal (the reference
// portal in process, on 127.0.0.1), offscreen: the button waits for a selected invoice; the
// confirmation shows exactly who will receive it — To the billing contacts, CC the Additional
// Invoice Emails as the console shows them now (an edit just made included); Send queues it
// in the outbox, the status says queued, then sent, and the delivery appears in the invoice's
// log; Cancel queues nothing; with nobody to send to the dialog says so and cannot send.
#include "ConsoleFixture.h"
#include "customerindex/CustomerTableModel.h"
#include "portal/CustomerEditService.h"
#include "presentation/InvoiceTableModel.h"
#include "storage/LocalCache.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/invoices/InvoiceResendDialog.h"
#include "ui/invoices/InvoicesTab.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace pac;

namespace {
constexpr int kTimeout = 30000;

using pac::test::child;
} // namespace

class TestUiInvoiceResend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_fixture;
    qint64 m_customerId = 0;
    Invoice m_invoice;

    ConsoleApplication &console() { return *m_fixture->console; }
    MainWindow *window() { return console().mainWindow(); }
    InvoicesTab *tab() { return child<InvoicesTab>(window(), QStringLiteral("invoicesTab")); }
    QPushButton *resendButton()
    {
        return child<QPushButton>(tab(), QStringLiteral("resendInvoiceButton"));
    }
    int outboxSize() { return console().cache()->outbox().counts()->total(); }
    qsizetype cachedDeliveries()
    {
        const auto found = console().cache()->invoices().findInvoice(m_invoice.id);
        return found && found->has_value() ? (*found)->invoice.deliveries.size() : -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_fixture
            = std::make_unique<test::ConsoleFixture>(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(m_fixture->start());
        QVERIFY(m_fixture->signInWithTheForm(QStringLiteral("agent1")));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void theButtonWaitsForAnInvoice()
    {
        m_customerId = window()->tablePanel()->model()->customerId(0);
        window()->showCustomer(m_customerId);
        window()->detailPanel()->tabs()->setCurrentWidget(tab());
        QTRY_VERIFY_WITH_TIMEOUT(tab()->model()->rowCount() >= 1, kTimeout);
        // Loaded from the portal (and so kept in the cache), not only from the cache.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(tab(), QStringLiteral("invoicesState"))
                                     ->text()
                                     .contains(QStringLiteral("newest first")),
                                 kTimeout);
        QVERIFY(resendButton());
        QVERIFY(!resendButton()->isEnabled());
        tab()->view()->selectRow(0);
        QVERIFY(resendButton()->isEnabled());
        m_invoice = *tab()->currentInvoice();
    }

    void confirmationShowsWhoAndQueues()
    {
        QVERIFY(m_invoice.id > 0);
        // The additional emails as they are now in the console: an edit just made counts.
        const EditResult edited = console().edits()->setInvoiceEmails(
            m_customerId, {QStringLiteral("resend-cc@example.com")});
        QCOMPARE(edited.status, EditResult::Status::Saved);
        const auto cached = console().cache()->customers().find(m_customerId);
        QStringList to;
        for (const BillingContact &contact : (*cached)->server.billingContacts)
            to.append(contact.email);
        QVERIFY(!to.isEmpty());
        const qsizetype before = cachedDeliveries();
        QVERIFY(before >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(outboxSize(), 0, kTimeout); // the edit went on its way

        m_fixture->lastDialog.clear();
        QTest::mouseClick(resendButton(), Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        auto *dialog = qobject_cast<InvoiceResendDialog *>(m_fixture->lastDialog.data());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("invoiceResendDialog"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Resend invoice %1").arg(m_invoice.number));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("resendTo"))->text(), to.join(u'\n'));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("resendCc"))->text(),
                 QStringLiteral("resend-cc@example.com"));
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("resendNote"))->text(),
                 QStringLiteral("It waits in the outbox until the portal can be reached, and is "
                                "sent once."));
        auto *send = child<QPushButton>(dialog, QStringLiteral("resendSendButton"));
        QVERIFY(send->isEnabled());

        QTest::mouseClick(send, Qt::LeftButton);
        // Queued at once (the status says so), the dialog closed.
        QLabel *status = child<QLabel>(tab(), QStringLiteral("invoiceResendStatus"));
        QCOMPARE(status->text(),
                 QStringLiteral("Invoice %1 is queued to be sent again.").arg(m_invoice.number));
        QVERIFY(status->isVisible());
        QTRY_VERIFY(!m_fixture->lastDialog || !m_fixture->lastDialog->isVisible());
        // The normal push sends it; the delivery is in the cache and in the invoice's log.
        QTRY_COMPARE_WITH_TIMEOUT(
            status->text(), QStringLiteral("Invoice %1 was sent again.").arg(m_invoice.number),
            kTimeout);
        QCOMPARE(outboxSize(), 0);
        QCOMPARE(cachedDeliveries(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(tab(), QStringLiteral("invoiceDetail"))
                                     ->toPlainText()
                                     .contains(QStringLiteral("resent by Alex Agent (Agent) to %1; "
                                                              "CC resend-cc@example.com")
                                                   .arg(to.join(QStringLiteral(", ")))),
                                 kTimeout);
    }

    void cancelQueuesNothing()
    {
        tab()->view()->selectRow(0);
        m_fixture->lastDialog.clear();
        QTest::mouseClick(resendButton(), Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        QCOMPARE(m_fixture->lastDialog->objectName(), QStringLiteral("invoiceResendDialog"));
        m_fixture->lastDialog->reject();
        QTRY_VERIFY(!m_fixture->lastDialog);
        QCOMPARE(outboxSize(), 0);
    }

    void nobodyToSendToCannotBeSent()
    {
        InvoiceResendPreview preview;
        preview.invoice = m_invoice;
        preview.customer.id = m_customerId;
        preview.customer.name = QStringLiteral("Nobody Ltd");
        InvoiceResendDialog dialog(preview);
        dialog.show();
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("resendTo"))->text(),
                 QStringLiteral("No billing contact with an email address"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("resendCc"))->text(),
                 QStringLiteral("Nobody in CC"));
        QCOMPARE(child<QLabel>(&dialog, QStringLiteral("resendNote"))->text(),
                 QStringLiteral("There is nobody to send it to. Add an Additional Invoice Email on "
                                "the Invoice recipients tab, or a billing contact on the portal, "
                                "first."));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("resendSendButton"))->isEnabled());
    }
};

QTEST_MAIN(TestUiInvoiceResend)
#include "tst_ui_invoiceresend.moc"
