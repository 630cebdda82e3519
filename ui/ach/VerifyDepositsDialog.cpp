#include "ui/ach/VerifyDepositsDialog.h"

#include "models/AchVerification.h"
#include "portal/EditResult.h"
#include "presentation/PaymentMethodText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

VerifyDepositsDialog::VerifyDepositsDialog(qint64 customerId, const PaymentMethod &method,
                                           QWidget *parent)
    : QDialog(parent)
    , m_customerId(customerId)
    , m_methodId(method.id)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_triesLeft(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("verifyDepositsDialog"));
    setWindowTitle(tr("Verify deposits"));
    m_first->setObjectName(QStringLiteral("depositAmount1"));
    m_second->setObjectName(QStringLiteral("depositAmount2"));
    m_triesLeft->setObjectName(QStringLiteral("depositTriesLeft"));
    m_error->setObjectName(QStringLiteral("depositError"));
    m_buttons->setObjectName(QStringLiteral("depositButtons"));

    auto *intro = new QLabel(tr("Two deposits of less than $1 each were sent to %1. Ask the "
                                "customer for both amounts as they appear on the bank "
                                "statement.")
                                 .arg(PaymentMethodText::account(method)),
                             this);
    intro->setWordWrap(true);
    for (QLineEdit *edit : {m_first, m_second}) {
        edit->setPlaceholderText(tr("0.00"));
        edit->setMaxLength(6);
        connect(edit, &QLineEdit::textChanged, this, &VerifyDepositsDialog::revalidate);
    }
    m_triesLeft->setText(tr("%n tries left.", nullptr, method.triesLeft));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Verify"));

    auto *form = new QFormLayout;
    auto *firstLabel = new QLabel(tr("&First deposit ($)"), this);
    firstLabel->setBuddy(m_first);
    auto *secondLabel = new QLabel(tr("&Second deposit ($)"), this);
    secondLabel->setBuddy(m_second);
    form->addRow(firstLabel, m_first);
    form->addRow(secondLabel, m_second);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_triesLeft);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        const QList<qint64> cents = amountsCents();
        if (!cents.isEmpty() && !m_busy && !m_done)
            emit verifyRequested(m_customerId, m_methodId, cents);
    });
    revalidate();
}

QList<qint64> VerifyDepositsDialog::amountsCents() const
{
    std::optional<FieldError> problem;
    const QList<qint64> cents = AchVerification::parseDollars(
        m_first->text() + QLatin1Char(' ') + m_second->text(), &problem);
    if (problem || AchVerification::validateAmounts(cents))
        return {};
    return cents;
}

void VerifyDepositsDialog::revalidate()
{
    std::optional<FieldError> problem;
    const QList<qint64> cents = AchVerification::parseDollars(
        m_first->text() + QLatin1Char(' ') + m_second->text(), &problem);
    // Only an amount that is there and wrong is worth a word; an empty field is just empty.
    if (problem)
        showError(problem->message);
    else if (cents.size() == 2)
        showError(AchVerification::validateAmounts(cents)
                      ? AchVerification::validateAmounts(cents)->message
                      : QString());
    else
        showError({});
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_done && !amountsCents().isEmpty());
}

void VerifyDepositsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void VerifyDepositsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_first->setEnabled(!busy && !m_done);
    m_second->setEnabled(!busy && !m_done);
    revalidate();
}

void VerifyDepositsDialog::setResult(const AchMethodResult &result)
{
    using Status = AchMethodResult::Status;
    if (result.status == Status::Verified) {
        setBusy(false);
        accept();
        return;
    }
    if (result.status == Status::VerificationFailed) {
        m_done = true;
        m_triesLeft->setText(tr("No tries left."));
    } else if (result.status == Status::WrongAmounts) {
        m_triesLeft->setText(tr("%n tries left.", nullptr, result.triesLeft));
        m_first->clear();
        m_second->clear();
    }
    setBusy(false);
    showError(result.message);
    if (m_done)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace pac
