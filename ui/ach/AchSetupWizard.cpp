#include "ui/ach/AchSetupWizard.h"

#include "models/AchEligibility.h"
#include "portal/EditResult.h"
#include "ui/ach/AchAuthorizationPage.h"
#include "ui/ach/AchBankDetailsPage.h"
#include "ui/ach/AchChecklistWidget.h"

#include <QAbstractButton>
#include <QLabel>
#include <QVBoxLayout>

namespace pac {

namespace {

// Page 1: why the customer may (or may not) pay by ACH; complete only when it may.
class AchEligibilityPage : public QWizardPage
{
public:
    AchEligibilityPage(const Customer &customer, QDate today, QWidget *parent)
        : QWizardPage(parent)
        , m_refusal(AchEligibility::canAddMethod(customer.ach))
    {
        setObjectName(QStringLiteral("achEligibilityPage"));
        setTitle(AchSetupWizard::tr("Eligibility"));
        setSubTitle(AchSetupWizard::tr("%1 (%2) and ACH bank payment.")
                        .arg(customer.name, customer.accountNumber));
        auto *checklist = new AchChecklistWidget(this);
        checklist->setCustomer(customer, today);
        auto *verdict = new QLabel(this);
        verdict->setObjectName(QStringLiteral("achEligibilityVerdict"));
        verdict->setWordWrap(true);
        verdict->setText(m_refusal ? m_refusal->message
                                   : AchSetupWizard::tr("The customer may pay by ACH. Next: the "
                                                        "bank account."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(checklist);
        layout->addWidget(verdict);
        layout->addStretch(1);
    }

    bool isComplete() const override { return !m_refusal; }

private:
    std::optional<FieldError> m_refusal;
};

} // namespace

AchSetupWizard::AchSetupWizard(const Customer &customer, QDate today, QWidget *parent)
    : QWizard(parent)
    , m_customerId(customer.id)
    , m_bank(new AchBankDetailsPage(customer, this))
    , m_authorization(new AchAuthorizationPage(this))
{
    setObjectName(QStringLiteral("achSetupWizard"));
    setWindowTitle(tr("Add ACH bank account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Add account"));
    setPage(EligibilityPage, new AchEligibilityPage(customer, today, this));
    setPage(BankPage, m_bank);
    setPage(AuthorizationPage, m_authorization);
    setMinimumSize(620, 560);
    connect(m_authorization, &AchAuthorizationPage::textRequested, this,
            [this](AchSecCode code, const QString &last4, const QString &accountType) {
                emit textRequested(m_customerId, code, last4, accountType);
            });
}

void AchSetupWizard::initializePage(int id)
{
    if (id == AuthorizationPage) {
        const AchBankDetails details = m_bank->details();
        m_authorization->setAccount(details.last4(),
                                    details.accountType ? toWire(*details.accountType) : QString());
        m_authorization->showMessage({}, false);
    }
    QWizard::initializePage(id);
}

void AchSetupWizard::accept()
{
    if (m_busy || currentId() != AuthorizationPage || !m_authorization->isComplete())
        return;
    setBusy(true);
    emit submitRequested(m_customerId, m_bank->details(), m_authorization->authorization());
}

void AchSetupWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_bank->setFieldsEnabled(!busy);
    m_authorization->setFieldsEnabled(!busy);
    for (const auto which : {QWizard::BackButton, QWizard::FinishButton})
        button(which)->setEnabled(!busy);
    if (busy)
        m_authorization->showMessage(tr("Adding the account at the portal…"), false);
}

void AchSetupWizard::setResult(const AchMethodResult &result)
{
    setBusy(false);
    if (result.ok()) {
        m_bank->forgetAccountNumber();
        QWizard::accept();
        return;
    }
    // Bank-field errors go beside their fields on the bank page; the rest (the portal's
    // refusal of the authorization, a stale text, the network) under the text.
    const QList<FieldError> others = m_bank->showErrors(result.errors);
    QStringList lines;
    for (const FieldError &error : others)
        lines.append(error.message);
    if (lines.isEmpty() && result.errors.isEmpty())
        lines.append(result.message);
    if (others.size() != result.errors.size())
        lines.append(tr("Go back to correct the bank account."));
    m_authorization->showMessage(lines.join(QLatin1Char('\n')), true);
    // A newer text on the portal: show it, so the customer can accept that one.
    for (const FieldError &error : others) {
        if (error.code == errorcode::StaleAuthorizationText)
            m_authorization->reloadText();
    }
}

} // namespace pac
