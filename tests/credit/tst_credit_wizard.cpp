// The credit application wizard, offscreen, against the real reference portal: every page
// with invalid then valid input, the PDF from the review page, submitting; the draft saved as
// typed and resumed after the console was closed (and as a crash leaves it); submitting while
// the portal is out of reach, then syncing.
#include "CreditTestSupport.h"
#include "PdfText.h"
#include "WizardDriver.h"
#include "models/CreditApplicationJson.h"
#include "models/Money.h"
#include "ui/DialogPresenter.h"
#include "ui/credit/CreditApplicationListModel.h"
#include "ui/credit/CreditDraftAutosave.h"
#include "ui/credit/CreditPdfExporter.h"
#include "ui/credit/CustomerCreditTab.h"
#include "ui/credit/TradeReferenceTableModel.h"
#include "ui/credit/TradeReferencesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace pac;
using namespace pac::test;

class TestCreditWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageInvalidThenValid();
    void draftSavedAsTypedAndResumedAfterClose();
    void submitWhileOfflineThenSync();

private:
    std::unique_ptr<CreditWizard> wizardFor(TestSession &session, const Customer &customer,
                                            const CreditApplicationForm &form,
                                            const QString &draftId = {});
    static QString money(qint64 cents) { return Money::fromCents(cents).format(QLocale()); }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    TestPortal m_portal;
    std::unique_ptr<TestSession> m_agent;
    DialogPresenter m_presenter;
    CreditPdfExporter m_pdf {m_presenter};
    QList<qint64> m_used; // customers a test took already
};

void TestCreditWizard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_portal.start(40, &error), qPrintable(error));
    m_agent = std::make_unique<TestSession>(m_network, m_portal.origin(),
                                            m_dir.filePath(QStringLiteral("agent1.sqlite")));
    QVERIFY(m_agent->signIn(QStringLiteral("agent1")));
}

std::unique_ptr<CreditWizard> TestCreditWizard::wizardFor(TestSession &session,
                                                          const Customer &customer,
                                                          const CreditApplicationForm &form,
                                                          const QString &draftId)
{
    auto wizard = std::make_unique<CreditWizard>(
        customer, form, draftId,
        CreditWizard::Collaborators {session.cache().drafts(), session.edits(), m_pdf}, kToday);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

void TestCreditWizard::everyPageInvalidThenValid()
{
    const auto customer = m_agent->customer([](const Customer &c) {
        return c.status == CustomerStatus::Active && c.paymentTerms == PaymentTermsKind::Net15;
    });
    QVERIFY(customer);
    m_used.append(customer->id);
    auto wizard = wizardFor(*m_agent, *customer, CreditApplicationForm(QLocale()));
    QVERIFY(wizard);
    WizardDriver ui(*wizard);

    // 1. Business identity.
    QCOMPARE(wizard->currentId(), int(CreditWizard::BusinessId));
    QVERIFY(ui.type(QStringLiteral("ein"), QStringLiteral("12-345")));
    QCOMPARE(ui.message(QStringLiteral("ein")),
             QStringLiteral("“12-345” is not an EIN; write it as NN-NNNNNNN."));
    QVERIFY(!ui.next());
    QCOMPARE(ui.message(QStringLiteral("legalName")), QStringLiteral("Legal name is required."));
    QCOMPARE(ui.message(QStringLiteral("entityType")), QStringLiteral("Entity type is required."));
    QCOMPARE(ui.message(QStringLiteral("dba")), QString()); // optional
    QVERIFY(ui.type(QStringLiteral("legalName"), QStringLiteral("Acme VoIP Holdings LLC")));
    QVERIFY(ui.type(QStringLiteral("ein"), QStringLiteral("12-3456789")));
    QCOMPARE(ui.message(QStringLiteral("ein")), QString());
    auto *entity = ui.find<QComboBox>(QStringLiteral("entityTypeEdit"));
    QVERIFY(entity);
    entity->setFocus();
    QTest::keyClick(entity, Qt::Key_Down); // "Sole proprietorship"
    QTest::keyClick(entity, Qt::Key_Down);
    QTest::keyClick(entity, Qt::Key_Down); // "LLC"
    QCOMPARE(wizard->form().entityType(), std::optional(EntityType::Llc));
    QCOMPARE(ui.message(QStringLiteral("entityType")), QString());
    QVERIFY(ui.type(QStringLiteral("yearsInBusiness"), QStringLiteral("seven")));
    QCOMPARE(ui.message(QStringLiteral("yearsInBusiness")),
             QStringLiteral("“seven” is not a whole number of years."));
    QVERIFY(ui.type(QStringLiteral("yearsInBusiness"), QStringLiteral("7")));
    QVERIFY(ui.type(QStringLiteral("billingAddressLine1"), QStringLiteral("1 Main St")));
    QVERIFY(ui.type(QStringLiteral("billingAddressCity"), QStringLiteral("Boston")));
    QVERIFY(ui.type(QStringLiteral("billingAddressState"), QStringLiteral("ZZ")));
    QCOMPARE(ui.message(QStringLiteral("billingAddressState")),
             QStringLiteral("“ZZ” is not a US state code such as NY or CA."));
    QVERIFY(ui.type(QStringLiteral("billingAddressState"), QStringLiteral("MA")));
    QVERIFY(ui.type(QStringLiteral("billingAddressZip"), QStringLiteral("0213")));
    QCOMPARE(ui.message(QStringLiteral("billingAddressZip")),
             QStringLiteral("“0213” is not a ZIP code; write NNNNN or NNNNN-NNNN."));
    QVERIFY(!ui.next());
    QVERIFY(ui.type(QStringLiteral("billingAddressZip"), QStringLiteral("02139")));
    QVERIFY(ui.next());

    // 2. Accounts payable contact.
    QCOMPARE(wizard->currentId(), int(CreditWizard::ApContactId));
    QVERIFY(ui.type(QStringLiteral("apContactName"), QStringLiteral("Pat Payable")));
    QVERIFY(ui.type(QStringLiteral("apContactEmail"), QStringLiteral("ap@")));
    QCOMPARE(ui.message(QStringLiteral("apContactEmail")),
             QStringLiteral("“ap@” is not a valid email address."));
    QVERIFY(ui.type(QStringLiteral("apContactPhone"), QStringLiteral("555-0100")));
    QCOMPARE(ui.message(QStringLiteral("apContactPhone")),
             QStringLiteral("“555-0100” is not a US phone number."));
    QVERIFY(!ui.next());
    QVERIFY(ui.type(QStringLiteral("apContactEmail"), QStringLiteral("ap@acme.example")));
    QVERIFY(ui.type(QStringLiteral("apContactPhone"), QStringLiteral("(617) 555-0100")));
    QVERIFY(ui.next());

    // 3. Bank reference: nothing typed, Next names every field.
    QCOMPARE(wizard->currentId(), int(CreditWizard::BankId));
    QVERIFY(!ui.next());
    QCOMPARE(ui.message(QStringLiteral("bankReferenceBankName")),
             QStringLiteral("Bank name is required."));
    QCOMPARE(ui.message(QStringLiteral("bankReferencePhone")),
             QStringLiteral("Bank phone is required."));
    QVERIFY(ui.type(QStringLiteral("bankReferenceBankName"), QStringLiteral("First Bank")));
    QVERIFY(ui.type(QStringLiteral("bankReferenceContactName"), QStringLiteral("Olive Officer")));
    QVERIFY(ui.type(QStringLiteral("bankReferencePhone"), QStringLiteral("617-555-0101")));
    QVERIFY(ui.next());

    // 4. Trade references: two rows to start with, one of them wrong, then one too few.
    QCOMPARE(wizard->currentId(), int(CreditWizard::TradeId));
    auto *tradePage = qobject_cast<TradeReferencesPage *>(wizard->currentPage());
    QVERIFY(tradePage);
    TradeReferenceTableModel *trades = tradePage->model();
    QCOMPARE(trades->rowCount(), 2);
    const auto setRow = [trades](int row, const QStringList &cells) {
        for (int column = 0; column < cells.size(); ++column)
            trades->setData(trades->index(row, column), cells.at(column));
    };
    setRow(0,
           {QStringLiteral("Trunk Supply Co"), QStringLiteral("Tom Trade"),
            QStringLiteral("212-555-0102"), QStringLiteral("tom@trunk.example")});
    setRow(1,
           {QStringLiteral("Wire Works"), QStringLiteral("Wanda Wire"),
            QStringLiteral("212-555-0103"), QStringLiteral("wanda@")});
    auto *tradeMessage = ui.find<QLabel>(QStringLiteral("tradeReferencesMessage"));
    QCOMPARE(tradeMessage->text(),
             QStringLiteral("Row 2, Email: “wanda@” is not a valid email address."));
    QVERIFY(!ui.next());
    tradePage->table()->setCurrentIndex(trades->index(1, 0));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("removeReferenceButton")),
                      Qt::LeftButton);
    QCOMPARE(trades->rowCount(), 1);
    QVERIFY(!ui.next());
    QVERIFY2(tradeMessage->text().startsWith(
                 QCoreApplication::translate("pac::CreditApplication",
                                             "At least %n trade reference(s) are needed; there "
                                             "are %1.",
                                             nullptr, 2)
                     .arg(1)),
             qPrintable(tradeMessage->text()));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("addReferenceButton")), Qt::LeftButton);
    QCOMPARE(trades->rowCount(), 2);
    setRow(1,
           {QStringLiteral("Wire Works"), QStringLiteral("Wanda Wire"),
            QStringLiteral("212-555-0103"), QStringLiteral("wanda@wire.example")});
    QCOMPARE(tradeMessage->text(), QString());
    QVERIFY(ui.next());

    // 5. Credit request: the current limit is shown and the request must exceed it.
    QCOMPARE(wizard->currentId(), int(CreditWizard::RequestId));
    const QString current = money(customer->creditLimitCents);
    QCOMPARE(ui.find<QLabel>(QStringLiteral("currentLimitValue"))->text(), current);
    QVERIFY(ui.type(QStringLiteral("requestedLimitCents"), current));
    QCOMPARE(ui.message(QStringLiteral("requestedLimitCents")),
             QStringLiteral("A limit of %1 is not above the current limit of %1.").arg(current));
    QVERIFY(ui.type(QStringLiteral("expectedMonthlySpendCents"), QStringLiteral("12,34")));
    QCOMPARE(ui.message(QStringLiteral("expectedMonthlySpendCents")),
             Money::errorMessage(Money::ParseError::MisplacedSeparator, u"12,34"));
    QVERIFY(!ui.next());
    const qint64 requested = customer->creditLimitCents + 250000;
    QVERIFY(ui.type(QStringLiteral("requestedLimitCents"), money(requested)));
    QVERIFY(ui.type(QStringLiteral("expectedMonthlySpendCents"), QStringLiteral("1,200")));
    QCOMPARE(ui.message(QStringLiteral("requestedLimitCents")), QString());
    QVERIFY(ui.next());

    // 6. Guarantor: checked, it must be complete; unchecked, it is skipped.
    QCOMPARE(wizard->currentId(), int(CreditWizard::GuarantorId));
    auto *hasGuarantor = ui.find<QCheckBox>(QStringLiteral("hasGuarantorCheck"));
    hasGuarantor->setFocus();
    QTest::keyClick(hasGuarantor, Qt::Key_Space);
    QVERIFY(hasGuarantor->isChecked());
    QVERIFY(!ui.next());
    QCOMPARE(ui.message(QStringLiteral("guarantorName")),
             QStringLiteral("Guarantor name is required."));
    hasGuarantor->setFocus();
    QTest::keyClick(hasGuarantor, Qt::Key_Space);
    QCOMPARE(ui.message(QStringLiteral("guarantorName")), QString());
    QVERIFY(ui.next());

    // 7. Review and sign.
    QCOMPARE(wizard->currentId(), int(CreditWizard::ReviewId));
    const QString preview = ui.find<QTextBrowser>(QStringLiteral("reviewPreview"))->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("Acme VoIP Holdings LLC")));
    QVERIFY(preview.contains(QStringLiteral("12-3456789")));
    QVERIFY(preview.contains(money(requested)));
    QCOMPARE(ui.find<QDateEdit>(QStringLiteral("signedOnEdit"))->date(), kToday);
    QVERIFY(ui.type(QStringLiteral("signerName"), QStringLiteral("Ann Example")));
    QVERIFY(ui.type(QStringLiteral("signerTitle"), QStringLiteral("CFO")));
    QVERIFY(ui.type(QStringLiteral("typedSignature"), QStringLiteral("Ann Exampel")));
    QCOMPARE(ui.message(QStringLiteral("typedSignature")),
             QStringLiteral("The signature “Ann Exampel” does not match the signer's name “Ann "
                            "Example”."));
    ui.click(QWizard::FinishButton);
    QVERIFY(wizard->isVisible());
    QCOMPARE(ui.message(QStringLiteral("consent")),
             QStringLiteral("The customer must consent to the credit check and the terms."));
    QVERIFY(ui.type(QStringLiteral("typedSignature"), QStringLiteral("ann example")));
    auto *consent = ui.find<QCheckBox>(QStringLiteral("consentEdit"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QCOMPARE(ui.message(QStringLiteral("consent")), QString());

    // The PDF of the review page, through the (non-blocking) file dialog.
    const QString pdfPath = m_dir.filePath(QStringLiteral("review.pdf"));
    QMetaObject::Connection answer
        = connect(&m_presenter, &DialogPresenter::presented, this, [pdfPath](QDialog *dialog) {
              auto *files = qobject_cast<QFileDialog *>(dialog);
              if (!files)
                  return;
              files->selectFile(pdfPath);
              dialog->accept(); // as the Save button does
          });
    QSignalSpy written(&m_pdf, &CreditPdfExporter::written);
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QVERIFY(written.wait(kWaitMs));
    disconnect(answer);
    QCOMPARE(written.constFirst().constFirst().toString(), pdfPath);
    QString error;
    const QString text = simplifiedLines(pdfText(pdfPath, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    for (const QString &expected :
         {QStringLiteral("Legal name Acme VoIP Holdings LLC"), QStringLiteral("EIN 12-3456789"),
          QString(QStringLiteral("Requested credit limit ") + money(requested)),
          QStringLiteral("1 Trunk Supply Co Tom Trade"), QStringLiteral("2 Wire Works Wanda Wire"),
          QStringLiteral("Status Draft")})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));

    // Submit: queued in the outbox with the draft removed, then on the portal.
    QSignalSpy submitted(wizard.get(), &CreditWizard::submitted);
    const QString draftId = wizard->draftId();
    QVERIFY(!draftId.isEmpty());
    ui.click(QWizard::FinishButton);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    QVERIFY(!m_agent->cache().drafts().find(draftId)->has_value());
    QVERIFY(m_agent->outboxDrained());
    const auto records = m_agent->cache().creditApplications().listFor(customer->id);
    QVERIFY(records);
    const auto submittedApp = std::find_if(records->cbegin(), records->cend(), [](const auto &r) {
        return r.json.value(QStringLiteral("legal_name")).toString()
            == QLatin1String("Acme VoIP Holdings LLC");
    });
    QVERIFY(submittedApp != records->cend());
    QCOMPARE(submittedApp->status, CreditApplicationStatus::Submitted);
    QCOMPARE(submittedApp->json.value(QStringLiteral("requested_limit_cents")).toInteger(),
             requested);
}

void TestCreditWizard::draftSavedAsTypedAndResumedAfterClose()
{
    const QString path = m_dir.filePath(QStringLiteral("resume.sqlite"));
    auto console = std::make_unique<TestSession>(m_network, m_portal.origin(), path);
    QVERIFY(console->signIn(QStringLiteral("agent1")));
    const QList<qint64> used = m_used;
    const auto customer = console->customer([&used](const Customer &c) {
        return c.status == CustomerStatus::Active && !used.contains(c.id);
    });
    QVERIFY(customer);
    m_used.append(customer->id);

    auto wizard = wizardFor(*console, *customer, CreditApplicationForm(QLocale()));
    QVERIFY(wizard);
    WizardDriver ui(*wizard);
    QSignalSpy saved(&wizard->autosave(), &CreditDraftAutosave::saved);
    QVERIFY(ui.type(QStringLiteral("legalName"), QStringLiteral("Resume Me Inc")));
    QVERIFY(saved.isEmpty()); // debounced: not on every key
    QVERIFY(saved.wait(kWaitMs));
    QVERIFY(ui.find<QLabel>(QStringLiteral("draftSaveState"))
                ->text()
                .startsWith(QStringLiteral("Draft saved")));

    // As a crash would leave it: another connection (a new process) reads the committed draft
    // while this one is still open.
    {
        auto reopened = LocalCache::open(path);
        QVERIFY(reopened);
        const auto drafts = (*reopened)->drafts().listFor(customer->id);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->constFirst().content.value(QStringLiteral("legal_name")).toString(),
                 QStringLiteral("Resume Me Inc"));
    }

    // More typing, then the console closes (wizard, cache and all) without waiting.
    QVERIFY(ui.type(QStringLiteral("ein"), QStringLiteral("12-34")));
    QVERIFY(ui.type(QStringLiteral("yearsInBusiness"), QStringLiteral("twelve")));
    const QString draftId = wizard->draftId();
    wizard.reset();
    console.reset();

    // The console starts again (signing in keeps the drafts): the customer's Credit tab lists
    // the draft, and Resume opens it as it was typed.
    console = std::make_unique<TestSession>(m_network, m_portal.origin(), path);
    QVERIFY(console->signIn(QStringLiteral("agent1")));
    CustomerCreditTab tab(Role::Agent, console->client(), console->cache(), console->edits(), m_pdf,
                          m_presenter);
    tab.setCustomer(*customer);
    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(
        tab.model()->data(tab.model()->index(0, CreditApplicationListModel::Status)).toString(),
        QStringLiteral("Draft"));
    QCOMPARE(tab.model()
                 ->data(tab.model()->index(0, CreditApplicationListModel::Application))
                 .toString(),
             QStringLiteral("Resume Me Inc"));
    QSignalSpy resume(&tab, &CustomerCreditTab::resumeRequested);
    tab.table()->selectRow(0);
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("resumeDraftButton")),
                      Qt::LeftButton);
    QCOMPARE(resume.count(), 1);
    QCOMPARE(resume.constFirst().constFirst().toString(), draftId);

    const auto draft = console->cache().drafts().find(draftId);
    QVERIFY(draft && draft->has_value());
    const auto form = CreditApplicationForm::fromDraftContent((*draft)->content, QLocale());
    QVERIFY(form);
    wizard = wizardFor(*console, *customer, *form, draftId);
    QVERIFY(wizard);
    WizardDriver resumed(*wizard);
    QCOMPARE(resumed.find<QLineEdit>(QStringLiteral("legalNameEdit"))->text(),
             QStringLiteral("Resume Me Inc"));
    QCOMPARE(resumed.find<QLineEdit>(QStringLiteral("einEdit"))->text(), QStringLiteral("12-34"));
    QCOMPARE(resumed.find<QLineEdit>(QStringLiteral("yearsInBusinessEdit"))->text(),
             QStringLiteral("twelve"));
    // What was wrong is said again at once.
    QCOMPARE(resumed.message(QStringLiteral("ein")),
             QStringLiteral("“12-34” is not an EIN; write it as NN-NNNNNNN."));
    QCOMPARE(resumed.find<QLabel>(QStringLiteral("draftSaveState"))->text(),
             QStringLiteral("Resumed draft"));

    // Closing keeps the same draft (no second one).
    QVERIFY(resumed.type(QStringLiteral("ein"), QStringLiteral("12-3456789")));
    wizard->reject();
    const auto drafts = console->cache().drafts().listFor(customer->id);
    QVERIFY(drafts);
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->constFirst().content.value(QStringLiteral("ein")).toString(),
             QStringLiteral("12-3456789"));
}

void TestCreditWizard::submitWhileOfflineThenSync()
{
    const QList<qint64> used = m_used;
    const auto customer = m_agent->customer([&used](const Customer &c) {
        return c.status == CustomerStatus::Active && !used.contains(c.id);
    });
    QVERIFY(customer);
    m_used.append(customer->id);
    const CreditApplication application = applicationFor(*customer);

    // The portal goes out of reach (nothing listens on port 1).
    const QUrl portal = m_agent->client().origin();
    m_agent->client().setOrigin(QUrl(QStringLiteral("http://127.0.0.1:1")));
    auto wizard = wizardFor(*m_agent, *customer,
                            CreditApplicationForm::fromApplication(application, QLocale()));
    QVERIFY(wizard);
    WizardDriver ui(*wizard);
    for (int page = CreditWizard::BusinessId; page < CreditWizard::ReviewId; ++page)
        QVERIFY2(ui.next(), qPrintable(QStringLiteral("stopped on page %1").arg(page)));
    QSignalSpy deferred(&m_agent->engine(), &SyncEngine::editDeferred);
    QSignalSpy submitted(wizard.get(), &CreditWizard::submitted);
    ui.click(QWizard::FinishButton);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(deferred.wait(kWaitMs));
    const qint64 entryId = submitted.constFirst().at(1).toLongLong();

    // Kept in the outbox, shown as waiting in the customer's Credit tab.
    const auto entry = m_agent->cache().outbox().find(entryId);
    QVERIFY(entry && entry->has_value());
    QCOMPARE((*entry)->state, OutboxState::Pending);
    QCOMPARE((*entry)->kind, EditKind::CreditApplicationSubmit);
    CustomerCreditTab tab(Role::Agent, m_agent->client(), m_agent->cache(), m_agent->edits(), m_pdf,
                          m_presenter);
    tab.setCustomer(*customer);
    QCOMPARE(tab.model()->rowCount(), 1);
    QCOMPARE(
        tab.model()->data(tab.model()->index(0, CreditApplicationListModel::Status)).toString(),
        QStringLiteral("Waiting to be sent"));

    // Back online: the next sync sends it once, and the application is followed from there.
    m_agent->client().setOrigin(portal);
    QVERIFY(m_agent->sync());
    QVERIFY(m_agent->outboxDrained());
    tab.reload();
    QCOMPARE(tab.model()->rowCount(), 1);
    const CreditApplicationItem *item = tab.model()->item(0);
    QCOMPARE(item->kind, CreditApplicationItem::Kind::Known);
    QCOMPARE(item->application.status, CreditApplicationStatus::Submitted);
    QCOMPARE(item->application.legalName, application.legalName);
    QVERIFY(item->application.id > 0);
    QCOMPARE(
        tab.model()->data(tab.model()->index(0, CreditApplicationListModel::Status)).toString(),
        QStringLiteral("Submitted"));
}

QTEST_MAIN(TestCreditWizard)
#include "tst_credit_wizard.moc"
