#include "ui/credit/ReviewSignPage.h"

#include "documents/CreditApplicationDocument.h"
#include "ui/credit/CreditApplicationForm.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pac {

namespace {

// Which page holds a field, for "fix it there" messages.
QString pageOf(const QString &field)
{
    if (field.startsWith(u"ap_contact"))
        return ReviewSignPage::tr("Accounts payable contact");
    if (field.startsWith(u"bank_reference"))
        return ReviewSignPage::tr("Bank reference");
    if (field.startsWith(u"trade_references"))
        return ReviewSignPage::tr("Trade references");
    if (field == u"requested_limit_cents" || field == u"expected_monthly_spend_cents")
        return ReviewSignPage::tr("Credit request");
    if (field.startsWith(u"guarantor"))
        return ReviewSignPage::tr("Personal guarantor");
    if (field.startsWith(u"signer") || field == u"typed_signature" || field == u"signed_on"
        || field == u"consent")
        return ReviewSignPage::tr("Review and sign");
    return ReviewSignPage::tr("Business identity");
}

} // namespace

ReviewSignPage::ReviewSignPage(CreditApplicationForm &form, QString customerName, QDate today,
                               QWidget *parent)
    : CreditWizardPage(form, parent)
    , m_customerName(std::move(customerName))
    , m_today(today)
    , m_preview(new QTextBrowser(this))
    , m_signedOn(new QDateEdit(this))
    , m_consent(new QCheckBox(tr("The customer gives this consent"), this))
    , m_savePdf(new QPushButton(tr("Save as PDF…"), this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Review and sign"));
    setSubTitle(tr("Read the application back to the customer, then sign it for them as they "
                   "say."));
    m_preview->setObjectName(QStringLiteral("reviewPreview"));
    m_preview->setMinimumHeight(200);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    connect(m_savePdf, &QPushButton::clicked, this, &ReviewSignPage::pdfRequested);

    auto *signer = new QWidget(this);
    auto *layout = new QFormLayout(signer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(layout, QStringLiteral("signer_name"), tr("Signer name"));
    addField(layout, QStringLiteral("signer_title"), tr("Signer title"), tr("Owner, CFO, …"));
    addField(layout, QStringLiteral("typed_signature"), tr("Signature"),
             tr("Type the signer's name"));
    m_signedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_signedOn->setCalendarPopup(true);
    addEditor(layout, QStringLiteral("signed_on"), tr("Date"), m_signedOn);
    connect(m_signedOn, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (this->form().setSignedOn(date))
            edited(QStringLiteral("signed_on"));
    });
    auto *statement = new QLabel(CreditApplicationDocument::consentStatement(), this);
    statement->setObjectName(QStringLiteral("consentStatement"));
    statement->setWordWrap(true);
    layout->addRow(QString(), statement);
    addEditor(layout, QStringLiteral("consent"), tr("Consent"), m_consent);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        if (this->form().setConsent(on))
            edited(QStringLiteral("consent"));
    });

    m_problems->setObjectName(QStringLiteral("submitProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problems->setPalette(palette);

    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview, 1);
    auto *previewButtons = new QVBoxLayout;
    previewButtons->addWidget(m_savePdf);
    previewButtons->addStretch(1);
    previewRow->addLayout(previewButtons);
    contentLayout()->addLayout(previewRow, 1);
    contentLayout()->addWidget(signer);
    contentLayout()->addWidget(m_problems);
    connect(this, &CreditWizardPage::formEdited, this, &ReviewSignPage::refreshPreview);
}

void ReviewSignPage::loadControls()
{
    // A new application is signed today unless the customer says otherwise.
    if (!form().signedOn().isValid() && form().setSignedOn(m_today))
        emit formEdited();
    m_signedOn->setDate(form().signedOn());
    m_consent->setChecked(form().consent());
    m_problems->clear();
    refreshPreview();
}

void ReviewSignPage::refreshPreview()
{
    CreditDocumentContext context;
    context.customerName = m_customerName;
    context.generatedAt = QDateTime::currentDateTimeUtc();
    context.locale = form().locale();
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(CreditApplicationDocument(form().application(), context).toHtml());
    m_preview->verticalScrollBar()->setValue(scroll);
}

bool ReviewSignPage::validatePage()
{
    if (!CreditWizardPage::validatePage()) {
        m_problems->clear();
        return false;
    }
    const CreditApplication application = form().application();
    QStringList problems;
    for (const FieldError &error : application.validateForSubmit(form().currentLimitCents()))
        problems.append(tr("%1: %2").arg(pageOf(error.field), error.message));
    if (problems.isEmpty())
        return true;
    showSubmitProblems(tr("Fix these before submitting:"), problems);
    return false;
}

void ReviewSignPage::showSubmitProblems(const QString &message, const QStringList &problems)
{
    QStringList lines {message};
    for (const QString &problem : problems)
        lines.append(QStringLiteral("• ") + problem);
    m_problems->setText(lines.join(u'\n'));
}

} // namespace pac
