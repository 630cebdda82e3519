#pragma once

#include "models/Customer.h"

#include <QDialog>

class QLabel;

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

private:
    qint64 m_customerId;
    PaymentTermsKind m_target;
    qint64 m_limitCents;
};

} // namespace pac
