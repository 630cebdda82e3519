#include "ui/ach/AddAchAccountDialog.h"

#include "portal/EditResult.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pac {

namespace {

const QString kRouting = QStringLiteral("routing_number");
const QString kAccount = QStringLiteral("account_number");
const QString kHolder = QStringLiteral("holder_name");
const QString kType = QStringLiteral("account_type");

} // namespace

AddAchAccountDialog::AddAchAccountDialog(const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_customerId(customer.id)
    , m_routing(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_holder(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addAchAccountDialog"));
    setWindowTitle(tr("Add ACH bank account"));
    m_routing->setObjectName(QStringLiteral("achRouting"));
    m_account->setObjectName(QStringLiteral("achAccount"));
    m_holder->setObjectName(QStringLiteral("achHolder"));
    m_type->setObjectName(QStringLiteral("achAccountType"));
    m_message->setObjectName(QStringLiteral("achMessage"));
    m_buttons->setObjectName(QStringLiteral("achButtons"));

    // Digits only, so a stray space or dash never reaches the rule as a puzzle.
    auto *digits
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), this);
    m_routing->setValidator(digits);
    m_routing->setMaxLength(AchBankDetails::RoutingDigits);
    m_routing->setPlaceholderText(tr("9 digits"));
    m_account->setValidator(digits);
    m_account->setMaxLength(AchBankDetails::MaxAccountDigits);
    m_account->setPlaceholderText(tr("4 to 17 digits"));
    m_holder->setMaxLength(AchBankDetails::MaxHolderNameLength);
    m_holder->setText(customer.name);
    m_type->addItem(tr("Choose…"));
    m_type->addItem(tr("Checking"), QVariant::fromValue(int(AchAccountType::Checking)));
    m_type->addItem(tr("Savings"), QVariant::fromValue(int(AchAccountType::Savings)));

    auto *intro = new QLabel(
        tr("Bank account of <b>%1</b> (%2) for ACH debit. Only the last 4 "
           "digits are kept; the account number goes to the portal and "
           "nowhere else.")
            .arg(customer.name.toHtmlEscaped(), customer.accountNumber.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto addField = [&](const QString &label, QWidget *field, const QString &name) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(errorLabel(name));
        form->addRow(label, box);
    };
    addField(tr("Routing number"), m_routing, kRouting);
    addField(tr("Account number"), m_account, kAccount);
    addField(tr("Account holder"), m_holder, kHolder);
    addField(tr("Account type"), m_type, kType);

    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add account"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_routing, &QLineEdit::textEdited, this, [this]() { fieldEdited(kRouting); });
    connect(m_account, &QLineEdit::textEdited, this, [this]() { fieldEdited(kAccount); });
    connect(m_holder, &QLineEdit::textEdited, this, [this]() { fieldEdited(kHolder); });
    connect(m_type, &QComboBox::activated, this, [this]() { fieldEdited(kType); });
    // A field's message appears once the user leaves it (or submits), not at the first key.
    connect(m_routing, &QLineEdit::editingFinished, this, [this]() {
        m_touched[kRouting] = !m_routing->text().isEmpty() || m_touched.value(kRouting);
        revalidate();
    });
    connect(m_account, &QLineEdit::editingFinished, this, [this]() {
        m_touched[kAccount] = !m_account->text().isEmpty() || m_touched.value(kAccount);
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        for (const QString &field : {kRouting, kAccount, kHolder, kType})
            m_touched[field] = true;
        revalidate();
        if (details().validate().isEmpty())
            emit submitRequested(m_customerId, details());
    });
    revalidate();
}

AddAchAccountDialog::~AddAchAccountDialog()
{
    // The full account number lives only as long as the dialog.
    m_account->clear();
}

QLabel *AddAchAccountDialog::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("achError_") + name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    m_errors.insert(name, label);
    return label;
}

AchBankDetails AddAchAccountDialog::details() const
{
    AchBankDetails details;
    details.routingNumber = m_routing->text().trimmed();
    details.accountNumber = m_account->text().trimmed();
    details.holderName = m_holder->text().trimmed();
    const QVariant type = m_type->currentData();
    if (type.isValid())
        details.accountType = AchAccountType(type.toInt());
    return details;
}

void AddAchAccountDialog::fieldEdited(const QString &field)
{
    // A routing number is judged as soon as it has all its digits.
    if (field == kRouting && m_routing->text().size() == AchBankDetails::RoutingDigits)
        m_touched[kRouting] = true;
    if (field == kHolder || field == kType)
        m_touched[field] = true;
    revalidate();
}

void AddAchAccountDialog::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void AddAchAccountDialog::revalidate()
{
    const QList<FieldError> errors = details().validate();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const FieldError *error = findError(errors, it.key());
        showFieldError(it.key(), error && m_touched.value(it.key()) ? error->message : QString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && errors.isEmpty());
}

void AddAchAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : {static_cast<QWidget *>(m_routing), static_cast<QWidget *>(m_account),
                           static_cast<QWidget *>(m_holder), static_cast<QWidget *>(m_type)})
        field->setEnabled(!busy);
    if (busy) {
        m_message->setStyleSheet({});
        m_message->setText(tr("Adding the account at the portal…"));
        m_message->show();
    }
    revalidate();
}

void AddAchAccountDialog::setResult(const AchMethodResult &result)
{
    setBusy(false);
    if (result.ok()) {
        m_account->clear();
        accept();
        return;
    }
    QStringList general;
    for (const FieldError &error : result.errors) {
        if (m_errors.contains(error.field))
            showFieldError(error.field, error.message);
        else
            general.append(error.message);
    }
    if (general.isEmpty() && result.errors.isEmpty())
        general.append(result.message);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(general.join(QLatin1Char('\n')));
    m_message->setVisible(!general.isEmpty());
}

} // namespace pac
