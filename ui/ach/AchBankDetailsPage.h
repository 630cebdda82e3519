#pragma once

#include "models/AchBankDetails.h"
#include "models/Customer.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pac {

// The bank page of the ACH setup wizard (billing rule 4d, 8b): routing number (9 digits
// passing the ABA checksum, with what its prefix says about the bank — the Federal Reserve
// district, never an invented bank name), account number (4–17 digits), holder name and
// account type, each checked as the user types with the rule's message beside the field.
// The page is complete only when all of them pass. The full account number lives in the
// line edit only, cleared when the page is destroyed.
class AchBankDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AchBankDetailsPage(const Customer &customer, QWidget *parent = nullptr);
    ~AchBankDetailsPage() override;

    AchBankDetails details() const;
    bool isComplete() const override;

    // Errors the portal sent back for these fields go beside them; the others are returned.
    QList<FieldError> showErrors(const QList<FieldError> &errors);
    void setFieldsEnabled(bool enabled);
    // Forgets the account number (after the portal took it, or when the wizard closes).
    void forgetAccountNumber();

private:
    QLabel *errorLabel(const QString &name);
    void fieldEdited(const QString &field);
    void revalidate();
    void showFieldError(const QString &field, const QString &message);

    QLineEdit *m_routing;
    QLabel *m_routingInfo;
    QLineEdit *m_account;
    QLineEdit *m_holder;
    QComboBox *m_type;
    QHash<QString, QLabel *> m_errors; // by JSON field name
    QHash<QString, bool> m_touched;
};

} // namespace pac
