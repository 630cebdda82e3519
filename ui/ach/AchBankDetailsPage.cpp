#include "ui/ach/AchBankDetailsPage.h"

#include "models/RoutingNumberInfo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pac {

namespace {

const QString kRouting = QStringLiteral("routing_number");
const QString kAccount = QStringLiteral("account_number");
const QString kHolder = QStringLiteral("holder_name");
const QString kType = QStringLiteral("account_type");

} // namespace

AchBankDetailsPage::AchBankDetailsPage(const Customer &customer, QWidget *parent)
    : QWizardPage(parent)
    , m_routing(new QLineEdit(this))
    , m_routingInfo(new QLabel(this))
    , m_account(new QLineEdit(this))
    , m_holder(new QLineEdit(this))
    , m_type(new QComboBox(this))
{
    setObjectName(QStringLiteral("achBankPage"));
    setTitle(tr("Bank account"));
    setSubTitle(tr("The account of %1 (%2) to debit. Only its last 4 digits are kept; the "
                   "account number goes to the portal and nowhere else.")
                    .arg(customer.name, customer.accountNumber));
    m_routing->setObjectName(QStringLiteral("achRouting"));
    m_routingInfo->setObjectName(QStringLiteral("achRoutingInfo"));
    m_account->setObjectName(QStringLiteral("achAccount"));
    m_holder->setObjectName(QStringLiteral("achHolder"));
    m_type->setObjectName(QStringLiteral("achAccountType"));

    // Digits only, so a stray space or dash never reaches the rule as a puzzle.
    auto *digits
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), this);
    m_routing->setValidator(digits);
    m_routing->setMaxLength(AchBankDetails::RoutingDigits);
    m_routing->setPlaceholderText(tr("9 digits"));
    m_routingInfo->setWordWrap(true);
    m_routingInfo->hide();
    m_account->setValidator(digits);
    m_account->setMaxLength(AchBankDetails::MaxAccountDigits);
    m_account->setPlaceholderText(tr("4 to 17 digits"));
    // Shown as dots once typed, like a password: screenshots and onlookers see nothing.
    m_account->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_holder->setMaxLength(AchBankDetails::MaxHolderNameLength);
    m_holder->setText(customer.name);
    m_type->addItem(tr("Choose…"));
    m_type->addItem(tr("Checking"), QVariant::fromValue(int(AchAccountType::Checking)));
    m_type->addItem(tr("Savings"), QVariant::fromValue(int(AchAccountType::Savings)));

    auto *form = new QFormLayout(this);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto addField
        = [&](const QString &label, QWidget *field, const QString &name, QWidget *extra = nullptr) {
              auto *box = new QVBoxLayout;
              box->setSpacing(2);
              box->addWidget(field);
              if (extra)
                  box->addWidget(extra);
              box->addWidget(errorLabel(name));
              auto *buddy = new QLabel(label, this);
              buddy->setBuddy(field);
              form->addRow(buddy, box);
          };
    addField(tr("&Routing number"), m_routing, kRouting, m_routingInfo);
    addField(tr("A&ccount number"), m_account, kAccount);
    addField(tr("Account &holder"), m_holder, kHolder);
    addField(tr("Account &type"), m_type, kType);

    connect(m_routing, &QLineEdit::textEdited, this, [this]() { fieldEdited(kRouting); });
    connect(m_account, &QLineEdit::textEdited, this, [this]() { fieldEdited(kAccount); });
    connect(m_holder, &QLineEdit::textEdited, this, [this]() { fieldEdited(kHolder); });
    connect(m_type, &QComboBox::activated, this, [this]() { fieldEdited(kType); });
    // A field's message appears once the user leaves it, not at the first key.
    connect(m_routing, &QLineEdit::editingFinished, this, [this]() {
        m_touched[kRouting] = !m_routing->text().isEmpty() || m_touched.value(kRouting);
        revalidate();
    });
    connect(m_account, &QLineEdit::editingFinished, this, [this]() {
        m_touched[kAccount] = !m_account->text().isEmpty() || m_touched.value(kAccount);
        revalidate();
    });
    revalidate();
}

AchBankDetailsPage::~AchBankDetailsPage()
{
    forgetAccountNumber();
}

void AchBankDetailsPage::forgetAccountNumber()
{
    m_account->clear();
}

QLabel *AchBankDetailsPage::errorLabel(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("achError_") + name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    m_errors.insert(name, label);
    return label;
}

AchBankDetails AchBankDetailsPage::details() const
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

bool AchBankDetailsPage::isComplete() const
{
    return details().validate().isEmpty();
}

void AchBankDetailsPage::fieldEdited(const QString &field)
{
    // A routing number is judged as soon as it has all its digits.
    if (field == kRouting && m_routing->text().size() == AchBankDetails::RoutingDigits)
        m_touched[kRouting] = true;
    if (field == kHolder || field == kType)
        m_touched[field] = true;
    revalidate();
}

void AchBankDetailsPage::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QList<FieldError> AchBankDetailsPage::showErrors(const QList<FieldError> &errors)
{
    QList<FieldError> others;
    for (const FieldError &error : errors) {
        if (m_errors.contains(error.field))
            showFieldError(error.field, error.message);
        else
            others.append(error);
    }
    return others;
}

void AchBankDetailsPage::setFieldsEnabled(bool enabled)
{
    for (QWidget *field : {static_cast<QWidget *>(m_routing), static_cast<QWidget *>(m_account),
                           static_cast<QWidget *>(m_holder), static_cast<QWidget *>(m_type)})
        field->setEnabled(enabled);
}

void AchBankDetailsPage::revalidate()
{
    const AchBankDetails typed = details();
    const QList<FieldError> errors = typed.validate();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const FieldError *error = findError(errors, it.key());
        showFieldError(it.key(), error && m_touched.value(it.key()) ? error->message : QString());
    }
    const bool routingValid = !findError(errors, kRouting);
    const auto info = routingValid ? RoutingNumberInfo::of(typed.routingNumber) : std::nullopt;
    m_routingInfo->setText(info ? info->describe() : QString());
    m_routingInfo->setVisible(bool(info));
    emit completeChanged();
}

} // namespace pac
