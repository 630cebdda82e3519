#include "ui/invoices/InvoiceResendDialog.h"

#include "models/BillingText.h"
#include "presentation/UiText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

namespace {

QLabel *addressList(const QStringList &addresses, const QString &none, const QString &name,
                    QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (addresses.isEmpty()) {
        label->setText(none);
        label->setForegroundRole(QPalette::PlaceholderText);
    } else {
        // Plain text, one address a line: exactly the addresses, nothing made of them.
        label->setTextFormat(Qt::PlainText);
        label->setText(addresses.join(QLatin1Char('\n')));
    }
    return label;
}

} // namespace

InvoiceResendDialog::InvoiceResendDialog(const InvoiceResendPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_invoiceId(preview.invoice.id)
    , m_send(nullptr)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("invoiceResendDialog"));
    setWindowTitle(tr("Resend invoice %1").arg(preview.invoice.number));

    auto *intro = new QLabel(
        tr("Send invoice <b>%1</b> (issued %2, %3, %4) again to the recipients of <b>%5</b>:")
            .arg(preview.invoice.number.toHtmlEscaped(), UiText::date(preview.invoice.issuedOn),
                 UiText::money(preview.invoice.amountCents),
                 BillingText::invoiceStatusName(preview.invoice.status),
                 preview.customer.name.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("resendIntro"));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("To:"),
                 addressList(preview.recipients.to, tr("No billing contact with an email address"),
                             QStringLiteral("resendTo"), this));
    form->addRow(
        tr("CC:"),
        addressList(preview.recipients.cc, tr("Nobody in CC"), QStringLiteral("resendCc"), this));

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("resendNote"));
    note->setWordWrap(true);
    if (preview.hasRecipients()) {
        note->setText(tr("It waits in the outbox until the portal can be reached, and is sent "
                         "once."));
        note->setForegroundRole(QPalette::PlaceholderText);
    } else {
        note->setText(tr("There is nobody to send it to. Add an Additional Invoice Email on the "
                         "Invoice recipients tab, or a billing contact on the portal, first."));
    }

    m_error->setObjectName(QStringLiteral("resendError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;")); // as the conflict dialog
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send again"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("resendSendButton"));
    m_send->setEnabled(preview.hasRecipients());
    m_send->setDefault(preview.hasRecipients());
    buttons->addButton(QDialogButtonBox::Cancel);
    // The caller closes the dialog once the resend is queued (or shows why not).
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(m_invoiceId); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void InvoiceResendDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace pac
