#pragma once

#include "models/Customer.h"
#include "models/NetFifteenWhatIf.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace pac {

// Confirms a change of payment terms before it is saved (billing rule 2). Moving to Net 15
// says which credit limit the customer will have: $500.00, or the approved limit when that
// is higher; moving back says the approved limit stays on record. Accepting only closes
// the dialog; the caller saves the change (accepted()).
class PaymentTermsDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentTermsDialog(const Customer &customer, PaymentTermsKind target,
                       QWidget *parent = nullptr);

    PaymentTermsKind target() const { return m_target; }
    qint64 customerId() const { return m_customerId; }
    // The limit the customer will have on the new terms.
    qint64 resultingLimitCents() const { return m_limitCents; }

    // Moving to Net 15: what it means from the customer's recent invoices (billing rule 7d),
    // shown above the buttons; above the limit, "Start a credit application…" is offered.
    // Until called, the dialog says the invoices are being looked at.
    void showWhatIf(const NetFifteenWhatIf::Result &whatIf);
    // The invoices could not be had (offline, never fetched): says so; nothing is estimated.
    void showWhatIfUnavailable(const QString &why);

signals:
    // "Start a credit application…": the suggested limit of the what-if.
    void creditApplicationRequested(qint64 customerId, qint64 suggestedLimitCents);

private:
    void fitText();
    qint64 m_customerId;
    PaymentTermsKind m_target;
    qint64 m_limitCents;
    QLabel *m_whatIf = nullptr;
    QPushButton *m_apply = nullptr;
    qint64 m_suggestedLimitCents = 0;
};

} // namespace pac
