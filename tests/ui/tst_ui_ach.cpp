// Setting up ACH the way the bank rules require, in the console, end to end on the real
// reference portal (the built-in demo portal, in process on 127.0.0.1): the wizard's pages
// and their refusals (nothing reaches the portal before the authorization is complete, the
// TEL script and its confirmation), then a bank account added, its deposits verified (a wrong
// pair uses a try), made the default, its authorization saved as a PDF (0600, the last 4
// only) and removed — with the customer's ACH state following, and the full account number
// nowhere in the profile.
#include "ConsoleFixture.h"
#include "customerindex/CustomerTableModel.h"
#include "models/AchAuthorizationText.h"
#include "presentation/PaymentMethodTableModel.h"
#include "server/MicroDeposits.h"
#include "storage/LocalCache.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/ach/AchAuthorizationPage.h"
#include "ui/ach/AchBankDetailsPage.h"
#include "ui/ach/AchFeature.h"
#include "ui/ach/AchSetupWizard.h"
#include "ui/ach/BankAccountsPanel.h"
#include "ui/ach/RemoveBankAccountDialog.h"
#include "ui/ach/VerifyDepositsDialog.h"
#include "ui/billing/BillingTab.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace pac;

namespace {
constexpr int kTimeout = 30000;
// Distinctive, so that the secrets scan cannot find it by chance.
const QString kAccount = QStringLiteral("73195286406789");
const QString kRouting = QStringLiteral("021000021");

using pac::test::child;

// Every log line of the run, for the secrets scan.
QStringList &logLines()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logLines().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

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

class TestUiAch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_fixture;
    qint64 m_eligible = 0;
    qint64 m_notEligible = 0;
    qint64 m_methodId = 0;

    ConsoleApplication &console() { return *m_fixture->console; }
    MainWindow *window() { return console().mainWindow(); }
    BankAccountsPanel *panel() { return window()->findChild<AchFeature *>()->panel(); }
    QPushButton *button(const QString &name) { return child<QPushButton>(panel(), name); }

    std::optional<Customer> cached(qint64 id)
    {
        const auto found = console().cache()->customers().find(id);
        if (!found.ok() || !found.value())
            return std::nullopt;
        return found.value()->shown();
    }

    AchSetupWizard *openWizard(qint64 customerId)
    {
        window()->showCustomer(customerId);
        DetailPanel *detail = window()->detailPanel();
        detail->tabs()->setCurrentWidget(detail->billingTab());
        m_fixture->lastDialog.clear();
        QTest::mouseClick(
            child<QPushButton>(detail->billingTab(), QStringLiteral("addAchAccountButton")),
            Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return bool(m_fixture->lastDialog); }, kTimeout))
            return nullptr;
        return qobject_cast<AchSetupWizard *>(m_fixture->lastDialog.data());
    }

    void fillBank(AchSetupWizard *wizard)
    {
        QWidget *page = wizard->bankPage();
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("achRouting")), kRouting);
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("achAccount")), kAccount);
        auto *type = child<QComboBox>(page, QStringLiteral("achAccountType"));
        type->setCurrentIndex(1);
        emit type->activated(1);
    }

    void fillAuthorization(AchSetupWizard *wizard)
    {
        QWidget *page = wizard->authorizationPage();
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("achAuthorizedByName")),
                         QStringLiteral("Dana Whitfield"));
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("achAuthorizedByTitle")),
                         QStringLiteral("Controller"));
    }

    static QAbstractButton *next(AchSetupWizard *w) { return w->button(QWizard::NextButton); }
    static QAbstractButton *finish(AchSetupWizard *w) { return w->button(QWizard::FinishButton); }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Debug lines too: a secret in a debug line is a secret in a support bundle.
        QLoggingCategory::setFilterRules(QStringLiteral("pac.*.debug=true"));
        previousHandler = qInstallMessageHandler(recordMessage);
        QVERIFY(m_dir.isValid());
        m_fixture
            = std::make_unique<test::ConsoleFixture>(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(m_fixture->start());
        QVERIFY(m_fixture->signInWithTheForm(QStringLiteral("agent1")));
        const CustomerTableModel *model = window()->tablePanel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto customer = cached(model->customerId(row));
            if (!customer)
                continue;
            if (!m_eligible && customer->ach.status == AchStatus::Eligible
                && customer->status == CustomerStatus::Active)
                m_eligible = customer->id;
            if (!m_notEligible && customer->ach.status == AchStatus::NotEligible)
                m_notEligible = customer->id;
        }
        QVERIFY2(m_eligible && m_notEligible, "the demo has eligible and not eligible customers");
    }
    void cleanupTestCase()
    {
        m_fixture.reset();
        qInstallMessageHandler(previousHandler);
    }

    void aCustomerNotEligibleStopsAtTheFirstPage()
    {
        window()->showCustomer(m_notEligible);
        auto *add = child<QPushButton>(window()->detailPanel()->billingTab(),
                                       QStringLiteral("addAchAccountButton"));
        // The tab already refuses; the wizard, if opened, would not let the user go on.
        QVERIFY(!add->isEnabled());
        AchSetupWizard wizard(*cached(m_notEligible), QDate::currentDate());
        wizard.show();
        QVERIFY(!next(&wizard)->isEnabled());
        QVERIFY(!child<QLabel>(&wizard, QStringLiteral("achEligibilityVerdict"))->text().isEmpty());
    }

    void eachPageRefusesUntilComplete()
    {
        AchSetupWizard *wizard = openWizard(m_eligible);
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AchSetupWizard::BankPage));
        QVERIFY(!next(wizard)->isEnabled());

        // A routing number with a wrong check digit is named; a good one tells the district
        // and never a bank's name.
        auto *routing = child<QLineEdit>(wizard->bankPage(), QStringLiteral("achRouting"));
        QTest::keyClicks(routing, QStringLiteral("021000022"));
        QTRY_VERIFY(child<QLabel>(wizard->bankPage(), QStringLiteral("achError_routing_number"))
                        ->isVisible());
        routing->clear();
        fillBank(wizard);
        auto *info = child<QLabel>(wizard->bankPage(), QStringLiteral("achRoutingInfo"));
        QVERIFY2(info->text().contains(QStringLiteral("New York")), qPrintable(info->text()));
        QVERIFY(info->text().contains(QStringLiteral("not known")));
        QTRY_VERIFY(next(wizard)->isEnabled());
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(AchSetupWizard::AuthorizationPage));

        QWidget *page = wizard->authorizationPage();
        auto *heading = child<QLabel>(page, QStringLiteral("achAuthorizationTextHeading"));
        auto *text = child<QPlainTextEdit>(page, QStringLiteral("achAuthorizationText"));
        QTRY_VERIFY_WITH_TIMEOUT(
            heading->text().contains(QLatin1String(AchAuthorizationText::CurrentVersion)),
            kTimeout);
        // The portal's text for this customer and this account.
        QVERIFY(text->toPlainText().contains(QStringLiteral("ending in 6789")));
        QVERIFY(text->toPlainText().contains(cached(m_eligible)->name));
        QVERIFY(!finish(wizard)->isEnabled());
        fillAuthorization(wizard);
        QVERIFY(!finish(wizard)->isEnabled()); // not accepted yet
        auto *accepted = child<QCheckBox>(page, QStringLiteral("achAuthorizationAccepted"));
        accepted->setChecked(true);
        QVERIFY(finish(wizard)->isEnabled());

        // TEL: the script to read aloud, and the call's confirmation is required.
        auto *secCode = child<QComboBox>(page, QStringLiteral("achSecCode"));
        auto *method = child<QComboBox>(page, QStringLiteral("achAuthorizationMethod"));
        auto *tel = child<QCheckBox>(page, QStringLiteral("achTelConfirmed"));
        secCode->setCurrentIndex(secCode->findData(int(AchSecCode::TEL)));
        QTRY_VERIFY_WITH_TIMEOUT(heading->text().contains(QStringLiteral("read aloud")), kTimeout);
        QVERIFY(text->toPlainText().contains(QStringLiteral("Read it aloud")));
        QCOMPARE(method->count(), 1);
        QVERIFY(tel->isVisible());
        QVERIFY(!accepted->isChecked()); // another text: accept it again
        accepted->setChecked(true);
        QVERIFY(!finish(wizard)->isEnabled());
        tel->setChecked(true);
        QVERIFY(finish(wizard)->isEnabled());
        // PPD allows a signed form only.
        secCode->setCurrentIndex(secCode->findData(int(AchSecCode::PPD)));
        QCOMPARE(method->count(), 1);
        QCOMPARE(method->currentData().toInt(), int(AchAuthorizationMethod::Written));
        QVERIFY(!tel->isVisible());

        // Nothing reached the portal: the customer still has no bank account.
        QTRY_VERIFY_WITH_TIMEOUT(panel()->customerId() == m_eligible
                                     && panel()->model().rowCount() == 0
                                     && child<QLabel>(panel(), QStringLiteral("bankAccountsStatus"))
                                            ->text()
                                            .contains(QStringLiteral("No bank account")),
                                 kTimeout);
        wizard->reject();
    }

    void addedAccountsStartPending()
    {
        AchSetupWizard *wizard = openWizard(m_eligible);
        QVERIFY(wizard);
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        fillBank(wizard);
        QTest::mouseClick(next(wizard), Qt::LeftButton);
        QWidget *page = wizard->authorizationPage();
        fillAuthorization(wizard);
        auto *accepted = child<QCheckBox>(page, QStringLiteral("achAuthorizationAccepted"));
        QTRY_VERIFY_WITH_TIMEOUT(accepted->isEnabled(), kTimeout);
        accepted->setChecked(true);
        QPointer<AchSetupWizard> guard(wizard);
        QTest::mouseClick(finish(wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kTimeout);

        QTRY_COMPARE_WITH_TIMEOUT(panel()->model().rowCount(), 1, kTimeout);
        const PaymentMethod method = panel()->model().methods().constFirst();
        m_methodId = method.id;
        QCOMPARE(method.last4, QStringLiteral("6789"));
        QCOMPARE(method.verification, AchVerificationState::Pending);
        QCOMPARE(method.triesLeft, 3);
        QVERIFY(method.authorization);
        QCOMPARE(method.authorization->secCode, AchSecCode::CCD);
        QCOMPARE(method.authorization->authorizedByName, QStringLiteral("Dana Whitfield"));
        QVERIFY(panel()->selectedMethod());
        QVERIFY(button(QStringLiteral("verifyDepositsButton"))->isEnabled());
        QVERIFY(!button(QStringLiteral("makeDefaultAchButton"))->isEnabled());
        QVERIFY(child<QLabel>(panel(), QStringLiteral("bankAccountNextStep"))
                    ->text()
                    .contains(QStringLiteral("deposits")));
        // Not enabled before the deposits are verified.
        QVERIFY(cached(m_eligible)->ach.status != AchStatus::Enabled);
    }

    void aWrongPairUsesATryThenTheRightOneVerifies()
    {
        QVERIFY(m_methodId);
        m_fixture->lastDialog.clear();
        QTest::mouseClick(button(QStringLiteral("verifyDepositsButton")), Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        auto *dialog = qobject_cast<VerifyDepositsDialog *>(m_fixture->lastDialog.data());
        QVERIFY(dialog);
        QPointer<VerifyDepositsDialog> guard(dialog);
        auto *first = child<QLineEdit>(dialog, QStringLiteral("depositAmount1"));
        auto *second = child<QLineEdit>(dialog, QStringLiteral("depositAmount2"));
        auto *ok = child<QDialogButtonBox>(dialog, QStringLiteral("depositButtons"))
                       ->button(QDialogButtonBox::Ok);
        const auto [a, b] = server::MicroDeposits::amountsFor(m_methodId);
        const auto dollars
            = [](int cents) { return QStringLiteral("0.%1").arg(cents, 2, 10, QLatin1Char('0')); };
        // A dollar is not a micro-deposit: refused before anything is sent.
        QTest::keyClicks(first, QStringLiteral("1.00"));
        QVERIFY(!ok->isEnabled());
        first->clear();
        const int wrong = a == 99 ? 98 : a + 1;
        QTest::keyClicks(first, dollars(wrong == b ? wrong % 99 + 1 : wrong));
        QTest::keyClicks(second, dollars(b));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *tries = child<QLabel>(dialog, QStringLiteral("depositTriesLeft"));
        QTRY_VERIFY_WITH_TIMEOUT(tries->text().contains(QStringLiteral("2 tries")), kTimeout);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->model().rowCount() == 1
                                     && panel()->model().methods().constFirst().triesLeft == 2,
                                 kTimeout);

        QTest::keyClicks(first, dollars(b)); // either order
        QTest::keyClicks(second, dollars(a));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->model().rowCount() == 1
                                     && panel()->model().methods().constFirst().verification
                                         == AchVerificationState::Verified,
                                 kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(cached(m_eligible)->ach.status, AchStatus::Enabled, kTimeout);
    }

    void aVerifiedAccountBecomesTheDefault()
    {
        QTRY_VERIFY(button(QStringLiteral("makeDefaultAchButton"))->isEnabled());
        QTest::mouseClick(button(QStringLiteral("makeDefaultAchButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->model().rowCount() == 1
                                     && panel()->model().methods().constFirst().isDefault,
                                 kTimeout);
        QVERIFY(!button(QStringLiteral("makeDefaultAchButton"))->isEnabled());
    }

    void theAuthorizationIsSavedAsAPdf()
    {
        m_fixture->lastDialog.clear();
        QTest::mouseClick(button(QStringLiteral("saveAchAuthorizationButton")), Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        auto *dialog = qobject_cast<QFileDialog *>(m_fixture->lastDialog.data());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("achAuthorizationFileDialog"));
        const QString path = m_dir.filePath(QStringLiteral("authorization.pdf"));
        QSignalSpy written(window()->findChild<AchFeature *>(), &AchFeature::authorizationWritten);
        emit dialog->fileSelected(path);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, kTimeout);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("CCD")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QLatin1String(AchAuthorizationText::CurrentVersion)));
        QVERIFY(text.contains(QStringLiteral("Dana Whitfield")));
        QVERIFY(text.contains(QStringLiteral("6789")));
        QVERIFY(!text.contains(kAccount));
    }

    void removingRevokesAndTheStateFollows()
    {
        m_fixture->lastDialog.clear();
        QTest::mouseClick(button(QStringLiteral("removeAchButton")), Qt::LeftButton);
        QTRY_VERIFY(m_fixture->lastDialog);
        auto *dialog = qobject_cast<RemoveBankAccountDialog *>(m_fixture->lastDialog.data());
        QVERIFY(dialog);
        QPointer<RemoveBankAccountDialog> guard(dialog);
        auto *ok = child<QDialogButtonBox>(dialog, QStringLiteral("removeAchButtons"))
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a reason is required
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("removeAchReason")),
                         QStringLiteral("Customer closed the account"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->model().rowCount() == 1
                                     && panel()->model().methods().constFirst().revoked,
                                 kTimeout);
        const PaymentMethod method = panel()->model().methods().constFirst();
        QCOMPARE(method.revoked->reason, QStringLiteral("Customer closed the account"));
        QVERIFY(!method.isDefault);
        QTRY_COMPARE_WITH_TIMEOUT(cached(m_eligible)->ach.status, AchStatus::Eligible, kTimeout);
        // The authorization stays on record.
        QVERIFY(button(QStringLiteral("saveAchAuthorizationButton"))->isEnabled());
        QVERIFY(!button(QStringLiteral("removeAchButton"))->isEnabled());
        QVERIFY(!button(QStringLiteral("verifyDepositsButton"))->isEnabled());
    }

    void theFullAccountNumberIsNowhereInTheProfile()
    {
        // Everything the console wrote: cache, outbox, settings, logs.
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kAccount.toLatin1()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(kAccount.toUtf8().toBase64()), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned > 0);
        // Nor in any log line of the console or of the portal it talked to.
        QVERIFY(logLines().size() > 10);
        for (const QString &line : std::as_const(logLines()))
            QVERIFY2(!line.contains(kAccount), qPrintable(line));
    }
};

QTEST_MAIN(TestUiAch)
#include "tst_ui_ach.moc"
