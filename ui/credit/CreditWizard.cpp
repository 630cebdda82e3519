#include "ui/credit/CreditWizard.h"

#include "portal/CustomerEditService.h"
#include "ui/Log.h"
#include "ui/credit/CreditDraftAutosave.h"
#include "ui/credit/CreditPdfExporter.h"
#include "ui/credit/CreditWizardPages.h"
#include "ui/credit/ReviewSignPage.h"
#include "ui/credit/TradeReferencesPage.h"

#include <QAbstractButton>
#include <QLocale>

namespace pac {

CreditWizard::CreditWizard(const Customer &customer, CreditApplicationForm form,
                           const QString &draftId, const Collaborators &collaborators, QDate today,
                           QWidget *parent)
    : QWizard(parent)
    , m_customer(customer)
    , m_form(std::move(form))
    , m_collaborators(collaborators)
    , m_autosave(new CreditDraftAutosave(
          collaborators.drafts, customer.id, draftId, [this] { return m_form.draftContent(); },
          this))
{
    setObjectName(QStringLiteral("creditWizard"));
    setWindowTitle(tr("Credit application — %1").arg(customer.name));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Submit"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("The draft is kept: resume it from the customer's Credit tab."));
    resize(900, 720);

    m_form.setCurrentLimitCents(customer.creditLimitCents);
    addPage(BusinessId, new BusinessIdentityPage(m_form, this));
    addPage(ApContactId, new ApContactPage(m_form, this));
    addPage(BankId, new BankReferencePage(m_form, this));
    addPage(TradeId, new TradeReferencesPage(m_form, this));
    addPage(RequestId, new CreditRequestPage(m_form, customer, this));
    addPage(GuarantorId, new GuarantorPage(m_form, this));
    m_review = new ReviewSignPage(m_form, customer.name, today, this);
    addPage(ReviewId, m_review);

    connect(m_review, &ReviewSignPage::pdfRequested, this, [this] {
        CreditDocumentContext context;
        context.customerName = m_customer.name;
        context.generatedAt = QDateTime::currentDateTimeUtc();
        context.locale = m_form.locale();
        m_collaborators.pdf.exportPdf(m_form.application(), context, this);
    });
    connect(this, &QWizard::currentIdChanged, m_autosave, &CreditDraftAutosave::saveNow);
    connect(m_autosave, &CreditDraftAutosave::saved, this,
            [this](const QString &id, const QDateTime &at) {
                showSaveState(
                    tr("Draft saved %1")
                        .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
                    false);
                emit draftSaved(m_customer.id, id);
            });
    connect(m_autosave, &CreditDraftAutosave::saveFailed, this, [this](const QString &message) {
        showSaveState(tr("The draft could not be saved: %1").arg(message), true);
    });
    if (!draftId.isEmpty())
        showSaveState(tr("Resumed draft"), false);
}

CreditWizard::~CreditWizard()
{
    // Whatever way the wizard goes, typed text is not lost.
    m_autosave->saveNow();
}

void CreditWizard::addPage(int id, CreditWizardPage *page)
{
    setPage(id, page);
    m_pages.append(page);
    connect(page, &CreditWizardPage::formEdited, m_autosave, &CreditDraftAutosave::changed);
}

QString CreditWizard::draftId() const
{
    return m_autosave->draftId();
}

void CreditWizard::showSaveState(const QString &text, bool failed)
{
    for (CreditWizardPage *page : std::as_const(m_pages))
        page->setSaveState(text, failed);
}

void CreditWizard::reject()
{
    m_autosave->saveNow();
    QWizard::reject();
}

bool CreditWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != ReviewId || submit();
}

bool CreditWizard::submit()
{
    // The draft holds exactly what is on screen before the service reads it.
    m_autosave->changed();
    if (!m_autosave->saveNow()) {
        m_review->showSubmitProblems(tr("The application was not submitted:"),
                                     {tr("the draft could not be saved first.")});
        return false;
    }
    const EditResult result = m_collaborators.edits.submitCreditApplication(draftId());
    if (result.status == EditResult::Status::Saved) {
        qCInfo(lcUi) << "credit application of customer" << m_customer.id << "queued as edit"
                     << result.entry->id;
        emit submitted(m_customer.id, result.entry->id);
        return true;
    }
    QStringList problems;
    for (const FieldError &error : result.errors)
        problems.append(error.message);
    if (problems.isEmpty())
        problems.append(result.message);
    m_review->showSubmitProblems(tr("The application was not submitted:"), problems);
    return false;
}

} // namespace pac
