#include "ui/credit/CreditWizardPages.h"

#include "models/BillingText.h"
#include "models/Money.h"
#include "models/PaymentTerms.h"
#include "ui/credit/CreditApplicationForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pac {

namespace {

QFormLayout *formLayout(QWidget *parent)
{
    auto *layout = new QFormLayout(parent);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return layout;
}

constexpr EntityType kEntityTypes[]
    = {EntityType::SoleProprietorship, EntityType::Partnership, EntityType::Llc,
       EntityType::Corporation,        EntityType::Nonprofit,   EntityType::Other};

} // namespace

BusinessIdentityPage::BusinessIdentityPage(CreditApplicationForm &form, QWidget *parent)
    : CreditWizardPage(form, parent)
    , m_entityType(new QComboBox(this))
{
    setTitle(tr("Business identity"));
    setSubTitle(tr("The business that asks for credit, as registered."));

    auto *identity = new QWidget(this);
    QFormLayout *fields = formLayout(identity);
    fields->setContentsMargins(0, 0, 0, 0);
    addField(fields, QStringLiteral("legal_name"), tr("Legal name"));
    addField(fields, QStringLiteral("dba"), tr("DBA (optional)"), tr("Doing business as"));
    addField(fields, QStringLiteral("ein"), tr("EIN"), QStringLiteral("12-3456789"));
    m_entityType->addItem(tr("Choose…"));
    for (const EntityType type : kEntityTypes)
        m_entityType->addItem(CreditApplication::displayName(type), toWire(type));
    addEditor(fields, QStringLiteral("entity_type"), tr("Entity type"), m_entityType);
    connect(m_entityType, &QComboBox::activated, this, [this](int index) {
        const QString wire = m_entityType->itemData(index).toString();
        if (this->form().setEntityType(wire.isEmpty() ? std::nullopt : entityTypeFromWire(wire)))
            edited(QStringLiteral("entity_type"));
    });
    addField(fields, QStringLiteral("years_in_business"), tr("Years in business"));

    // One form for both parts, so that every field lines up.
    auto *heading = new QLabel(tr("Billing address"), identity);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    fields->addRow(heading);
    addField(fields, QStringLiteral("billing_address.line1"), tr("Street"));
    addField(fields, QStringLiteral("billing_address.line2"), tr("Suite, floor (optional)"));
    addField(fields, QStringLiteral("billing_address.city"), tr("City"));
    addField(fields, QStringLiteral("billing_address.state"), tr("State"), QStringLiteral("NY"));
    addField(fields, QStringLiteral("billing_address.zip"), tr("ZIP code"),
             QStringLiteral("10001"));

    contentLayout()->addWidget(identity);
    contentLayout()->addStretch(1);
}

void BusinessIdentityPage::loadControls()
{
    const std::optional<EntityType> type = form().entityType();
    m_entityType->setCurrentIndex(type ? m_entityType->findData(toWire(*type)) : 0);
}

ApContactPage::ApContactPage(CreditApplicationForm &form, QWidget *parent)
    : CreditWizardPage(form, parent)
{
    setTitle(tr("Accounts payable contact"));
    setSubTitle(tr("Who pays the invoices at the business."));
    auto *fields = new QWidget(this);
    QFormLayout *layout = formLayout(fields);
    addField(layout, QStringLiteral("ap_contact.name"), tr("Name"));
    addField(layout, QStringLiteral("ap_contact.email"), tr("Email"),
             QStringLiteral("ap@example.com"));
    addField(layout, QStringLiteral("ap_contact.phone"), tr("Phone"),
             QStringLiteral("(212) 555-0100"));
    contentLayout()->addWidget(fields);
    contentLayout()->addStretch(1);
}

BankReferencePage::BankReferencePage(CreditApplicationForm &form, QWidget *parent)
    : CreditWizardPage(form, parent)
{
    setTitle(tr("Bank reference"));
    setSubTitle(tr("The bank that holds the business's main account, and whom to ask there."));
    auto *fields = new QWidget(this);
    QFormLayout *layout = formLayout(fields);
    addField(layout, QStringLiteral("bank_reference.bank_name"), tr("Bank"));
    addField(layout, QStringLiteral("bank_reference.contact_name"), tr("Contact"),
             tr("Account officer or branch contact"));
    addField(layout, QStringLiteral("bank_reference.phone"), tr("Phone"),
             QStringLiteral("(212) 555-0100"));
    contentLayout()->addWidget(fields);
    contentLayout()->addStretch(1);
}

CreditRequestPage::CreditRequestPage(CreditApplicationForm &form, const Customer &customer,
                                     QWidget *parent)
    : CreditWizardPage(form, parent)
    , m_currentLimit(new QLabel(this))
{
    setTitle(tr("Credit request"));
    setSubTitle(tr("The credit limit the customer asks for, above the one it has now."));
    auto *fields = new QWidget(this);
    QFormLayout *layout = formLayout(fields);
    m_currentLimit->setObjectName(QStringLiteral("currentLimitValue"));
    layout->addRow(tr("Current limit"), m_currentLimit);
    auto *terms = new QLabel(BillingText::termsName(customer.paymentTerms), this);
    terms->setObjectName(QStringLiteral("paymentTermsValue"));
    layout->addRow(tr("Payment terms"), terms);
    addField(layout, QStringLiteral("requested_limit_cents"), tr("Requested limit"),
             QStringLiteral("$2,500.00"));
    addField(layout, QStringLiteral("expected_monthly_spend_cents"), tr("Expected monthly spend"),
             QStringLiteral("$1,200.00"));
    contentLayout()->addWidget(fields);
    if (customer.paymentTerms != PaymentTermsKind::Net15) {
        auto *note = new QLabel(tr("The customer pays on receipt now: the limit applies once it "
                                   "is on Net 15 terms."),
                                this);
        note->setObjectName(QStringLiteral("termsNote"));
        note->setWordWrap(true);
        contentLayout()->addWidget(note);
    }
    contentLayout()->addStretch(1);
}

void CreditRequestPage::loadControls()
{
    m_currentLimit->setText(Money::fromCents(form().currentLimitCents()).format(form().locale()));
}

GuarantorPage::GuarantorPage(CreditApplicationForm &form, QWidget *parent)
    : CreditWizardPage(form, parent)
    , m_hasGuarantor(new QCheckBox(tr("A person guarantees the credit personally"), this))
    , m_details(new QGroupBox(tr("Personal guarantor"), this))
{
    setTitle(tr("Personal guarantor (optional)"));
    setSubTitle(tr("An owner or officer who answers for the debt if the business does not."));
    m_hasGuarantor->setObjectName(QStringLiteral("hasGuarantorCheck"));
    connect(m_hasGuarantor, &QCheckBox::toggled, this, &GuarantorPage::setGuarantor);

    QFormLayout *layout = formLayout(m_details);
    addField(layout, QStringLiteral("guarantor.name"), tr("Name"));
    addField(layout, QStringLiteral("guarantor.home_address.line1"), tr("Home street"));
    addField(layout, QStringLiteral("guarantor.home_address.line2"), tr("Apartment (optional)"));
    addField(layout, QStringLiteral("guarantor.home_address.city"), tr("City"));
    addField(layout, QStringLiteral("guarantor.home_address.state"), tr("State"),
             QStringLiteral("NY"));
    addField(layout, QStringLiteral("guarantor.home_address.zip"), tr("ZIP code"),
             QStringLiteral("10001"));
    addField(layout, QStringLiteral("guarantor.phone"), tr("Phone"),
             QStringLiteral("(212) 555-0100"));
    addField(layout, QStringLiteral("guarantor.email"), tr("Email (optional)"));
    m_details->setEnabled(false);

    contentLayout()->addWidget(m_hasGuarantor);
    contentLayout()->addWidget(m_details);
    contentLayout()->addStretch(1);
}

bool GuarantorPage::isChecked(const Binding &) const
{
    return form().hasGuarantor();
}

void GuarantorPage::loadControls()
{
    m_hasGuarantor->setChecked(form().hasGuarantor());
    m_details->setEnabled(form().hasGuarantor());
}

void GuarantorPage::setGuarantor(bool on)
{
    m_details->setEnabled(on);
    if (!form().setHasGuarantor(on))
        return;
    refreshMessages();
    emit formEdited();
}

} // namespace pac
