#include "ui/ach/RemoveBankAccountDialog.h"

#include "models/AchAuthorization.h"
#include "presentation/PaymentMethodText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

RemoveBankAccountDialog::RemoveBankAccountDialog(qint64 customerId, const PaymentMethod &method,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_customerId(customerId)
    , m_methodId(method.id)
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("removeBankAccountDialog"));
    setWindowTitle(tr("Remove bank account"));
    m_reason->setObjectName(QStringLiteral("removeAchReason"));
    m_error->setObjectName(QStringLiteral("removeAchError"));
    m_buttons->setObjectName(QStringLiteral("removeAchButtons"));

    auto *intro = new QLabel(
        tr("Remove %1 and revoke its authorization of ACH debits. No invoice is debited from "
           "it any more. The authorization stays on record, with your name, the time and the "
           "reason.")
            .arg(PaymentMethodText::account(method)),
        this);
    intro->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why is it removed? (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Remove account"));

    auto *label = new QLabel(tr("&Reason"), this);
    label->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_reason, &QPlainTextEdit::textChanged, this, [this]() {
        m_touched = true;
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        m_touched = true;
        revalidate();
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            emit removeRequested(m_customerId, m_methodId, reason());
    });
    revalidate();
}

QString RemoveBankAccountDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RemoveBankAccountDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RemoveBankAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reason->setEnabled(!busy);
    if (busy)
        showError({});
    revalidate();
}

void RemoveBankAccountDialog::revalidate()
{
    const auto error = AchAuthorization::validateRevocationReason(reason());
    if (m_touched && !m_busy)
        showError(error ? error->message : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!error && !m_busy);
}

} // namespace pac
