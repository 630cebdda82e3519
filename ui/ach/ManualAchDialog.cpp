#include "ui/ach/ManualAchDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

ManualAchDialog::ManualAchDialog(const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_customerId(customer.id)
    , m_facts(AchEligibility::factsOf(customer))
    , m_reason(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("manualAchDialog"));
    setWindowTitle(tr("Enable ACH manually"));
    m_reason->setObjectName(QStringLiteral("manualAchReason"));
    m_counter->setObjectName(QStringLiteral("manualAchCounter"));
    m_error->setObjectName(QStringLiteral("manualAchError"));
    m_buttons->setObjectName(QStringLiteral("manualAchButtons"));

    // A customer eligible by itself may be enabled too: say what the manual enable adds.
    const QString what = customer.ach.status == AchStatus::NotEligible
        ? tr("Enable ACH for <b>%1</b> (%2) although it does not qualify by itself.")
        : tr("ACH is already available to <b>%1</b> (%2); a manual enable keeps it available "
             "if that changes.");
    auto *intro = new QLabel(
        what.arg(customer.name.toHtmlEscaped(), customer.accountNumber.toHtmlEscaped()) + u' '
            + tr("Your name, the time and the reason are kept in the customer's history."),
        this);
    intro->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why may this customer pay by ACH? (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enable ACH"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Reason"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_counter);
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
            emit enableRequested(m_customerId, reason());
    });
    revalidate();
}

QString ManualAchDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ManualAchDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ManualAchDialog::revalidate()
{
    const std::optional<FieldError> error = AchEligibility::canEnableManually(m_facts, reason());
    m_counter->setText(tr("%1 / %2").arg(reason().size()).arg(AchEligibility::MaxReasonLength));
    // "Required" is not news before the user typed anything; every other refusal is.
    const bool show = error && (m_touched || error->field != QLatin1String("reason"));
    showError(show ? error->message : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!error);
}

} // namespace pac
