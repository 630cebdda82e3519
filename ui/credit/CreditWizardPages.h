#pragma once

#include "models/Customer.h"
#include "ui/credit/CreditWizardPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

namespace pac {

// The pages of the credit application wizard before the trade references and the review
// (DESIGN.md rule 3), in order.

// Legal name, DBA, EIN, entity type, years in business, billing address.
class BusinessIdentityPage : public CreditWizardPage
{
    Q_OBJECT

public:
    BusinessIdentityPage(CreditApplicationForm &form, QWidget *parent = nullptr);

protected:
    void loadControls() override;

private:
    QComboBox *m_entityType;
};

// The accounts-payable contact: name, email, phone.
class ApContactPage : public CreditWizardPage
{
    Q_OBJECT

public:
    ApContactPage(CreditApplicationForm &form, QWidget *parent = nullptr);
};

// The bank reference: bank, contact, phone.
class BankReferencePage : public CreditWizardPage
{
    Q_OBJECT

public:
    BankReferencePage(CreditApplicationForm &form, QWidget *parent = nullptr);
};

// The requested limit (above the current one, which is shown) and the expected monthly
// spend, typed as money ("2500", "2,500.00", "$2,500.00").
class CreditRequestPage : public CreditWizardPage
{
    Q_OBJECT

public:
    CreditRequestPage(CreditApplicationForm &form, const Customer &customer,
                      QWidget *parent = nullptr);

protected:
    void loadControls() override;

private:
    QLabel *m_currentLimit;
};

// The optional personal guarantor: name, home address, phone, email; checked only when the
// box says there is one.
class GuarantorPage : public CreditWizardPage
{
    Q_OBJECT

public:
    GuarantorPage(CreditApplicationForm &form, QWidget *parent = nullptr);

protected:
    bool isChecked(const Binding &binding) const override;
    void loadControls() override;

private:
    void setGuarantor(bool on);

    QCheckBox *m_hasGuarantor;
    QGroupBox *m_details;
};

} // namespace pac
