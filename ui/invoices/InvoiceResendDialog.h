#pragma once

#include "portal/CustomerEditService.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace pac {

// "Resend invoice…": shows exactly who the invoice will go to before it goes — To the billing
// contacts, CC the Additional Invoice Emails, as the console shows the customer now (edits
// not sent yet included; they reach the portal before the resend does). With nobody to send
// to it says so and offers no way to send. The dialog asks (sendRequested); the caller queues
// the resend through the edit service and closes it, or shows the refusal (showError).
class InvoiceResendDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InvoiceResendDialog(const InvoiceResendPreview &preview, QWidget *parent = nullptr);

    qint64 invoiceId() const { return m_invoiceId; }
    QPushButton *sendButton() const { return m_send; }
    void showError(const QString &message);

signals:
    void sendRequested(qint64 invoiceId);

private:
    qint64 m_invoiceId;
    QPushButton *m_send;
    QLabel *m_error;
};

} // namespace pac
