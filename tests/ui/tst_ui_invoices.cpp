// An invoice's PDF from the console, end to end on the real reference portal (the built-in
// demo portal, in process on 127.0.0.1): Save PDF… asks for the file and writes the portal's
// PDF whole (its text holds the invoice number and total), Open shows it in the console's
// QPdfView, and a portal that cannot be reached is reported without writing anything.
#include "ConsoleFixture.h"
#include "customerindex/CustomerTableModel.h"
#include "models/Money.h"
#include "presentation/InvoiceTableModel.h"
#include "storage/LocalCache.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/invoices/InvoiceFeature.h"
#include "ui/invoices/InvoicePdfActions.h"
#include "ui/invoices/InvoicePdfWindow.h"
#include "ui/invoices/InvoicesTab.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace pac;

namespace {
constexpr int kTimeout = 30000;

using pac::test::child;

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(20000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
} // namespace

class TestUiInvoices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_fixture;
    Invoice m_invoice;

    ConsoleApplication &console() { return *m_fixture->console; }
    MainWindow *window() { return console().mainWindow(); }
    InvoicesTab *tab() { return child<InvoicesTab>(window(), QStringLiteral("invoicesTab")); }
    InvoicePdfActions &pdf() { return window()->findChild<InvoiceFeature *>()->pdfActions(); }

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

    void theButtonsWaitForAnInvoice()
    {
        const qint64 id = window()->tablePanel()->model()->customerId(0);
        window()->showCustomer(id);
        DetailPanel *detail = window()->detailPanel();
        QVERIFY(tab());
        detail->tabs()->setCurrentWidget(tab());
        QTRY_VERIFY_WITH_TIMEOUT(tab()->model()->rowCount() >= 12, kTimeout);
        auto *save = child<QPushButton>(tab(), QStringLiteral("saveInvoicePdfButton"));
        auto *open = child<QPushButton>(tab(), QStringLiteral("openInvoicePdfButton"));
        QVERIFY(!save->isEnabled() && !open->isEnabled());
        tab()->view()->selectRow(0);
        QVERIFY(save->isEnabled() && open->isEnabled());
        m_invoice = *tab()->currentInvoice();
    }

    void savePdfWritesThePortalsPdf()
    {
        QVERIFY(m_invoice.id > 0);
        QTest::mouseClick(child<QPushButton>(tab(), QStringLiteral("saveInvoicePdfButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        auto *dialog = qobject_cast<QFileDialog *>(m_fixture->lastDialog.data());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("invoicePdfFileDialog"));
        // The invoice's number is the name offered.
        QVERIFY(
            dialog->selectedFiles().value(0).endsWith(m_invoice.number + QStringLiteral(".pdf")));
        const QString path = m_dir.filePath(QStringLiteral("saved.pdf"));
        QSignalSpy written(&pdf(), &InvoicePdfActions::written);
        emit dialog->fileSelected(path);
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, kTimeout);
        QCOMPARE(written.at(0).at(0).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // It names the customer and its addresses: readable by the user only.
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(m_invoice.number), qPrintable(text.left(400)));
        QVERIFY2(text.contains(Money::fromCents(m_invoice.amountCents).format(QLocale())),
                 qPrintable(text.left(800)));
    }

    void openShowsItInTheConsole()
    {
        QSignalSpy opened(&pdf(), &InvoicePdfActions::opened);
        QTest::mouseClick(child<QPushButton>(tab(), QStringLiteral("openInvoicePdfButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeout);
        InvoicePdfWindow *shown = pdf().window();
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->invoice().id, m_invoice.id);
        QVERIFY(shown->windowTitle().contains(m_invoice.number));
        QTRY_COMPARE_WITH_TIMEOUT(shown->document()->status(), QPdfDocument::Status::Ready,
                                  kTimeout);
        QVERIFY(shown->document()->pageCount() >= 1);
        QVERIFY(child<QLabel>(shown, QStringLiteral("invoicePdfMessage"))
                    ->text()
                    .contains(QStringLiteral("page")));
        // The system viewer gets a private copy of the same bytes.
        const QString copy = shown->writeViewerCopy();
        QVERIFY(!copy.isEmpty());
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QVERIFY(copied.readAll().startsWith("%PDF-"));
        QVERIFY(copied.permissions() & QFileDevice::ReadOwner);
        // Its Save PDF… asks for the file like the tab's.
        m_fixture->lastDialog.clear();
        QTest::mouseClick(child<QPushButton>(shown, QStringLiteral("invoicePdfSaveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        QCOMPARE(m_fixture->lastDialog->objectName(), QStringLiteral("invoicePdfFileDialog"));
        m_fixture->lastDialog->close();
        shown->close();
        QTRY_VERIFY(!pdf().window());
        QVERIFY(!QFile::exists(copy)); // the copy goes with the window
    }

    void anInvoiceThePortalDoesNotKnowIsReported()
    {
        Invoice unknown = m_invoice;
        unknown.id = 987654321;
        unknown.number = QStringLiteral("INV-0000-0000");
        const QString path = m_dir.filePath(QStringLiteral("unknown.pdf"));
        QSignalSpy failed(&pdf(), &InvoicePdfActions::failed);
        pdf().writeTo(unknown, path);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(failed.at(0).at(0).toString().contains(unknown.number));
        QVERIFY(!QFile::exists(path)); // nothing written, not even an empty file
        QCOMPARE(pdf().pending(), 0);
    }
};

QTEST_MAIN(TestUiInvoices)
#include "tst_ui_invoices.moc"
