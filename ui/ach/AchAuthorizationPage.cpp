#include "ui/ach/AchAuthorizationPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace pac {

namespace {

QString secCodeLabel(AchSecCode code)
{
    switch (code) {
    case AchSecCode::CCD:
        return AchAuthorizationPage::tr("CCD — business account (our customers' usual case)");
    case AchSecCode::PPD:
        return AchAuthorizationPage::tr("PPD — consumer account, signed form");
    case AchSecCode::TEL:
        return AchAuthorizationPage::tr("TEL — consumer account, on a recorded call");
    case AchSecCode::WEB:
        return AchAuthorizationPage::tr("WEB — consumer account, online");
    }
    return {};
}

QString methodLabel(AchAuthorizationMethod method)
{
    switch (method) {
    case AchAuthorizationMethod::Written:
        return AchAuthorizationPage::tr("Signed form");
    case AchAuthorizationMethod::RecordedCall:
        return AchAuthorizationPage::tr("Recorded call");
    case AchAuthorizationMethod::Online:
        return AchAuthorizationPage::tr("Online");
    }
    return {};
}

} // namespace

AchAuthorizationPage::AchAuthorizationPage(QWidget *parent)
    : QWizardPage(parent)
    , m_secCode(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_textHeading(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_telConfirmed(new QCheckBox(this))
    , m_accepted(new QCheckBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("achAuthorizationPage"));
    setTitle(tr("Authorization"));
    setSubTitle(tr("The bank rules need the customer's authorization of the debits before the "
                   "account is added. Show or read the text below, exactly as it is."));
    m_secCode->setObjectName(QStringLiteral("achSecCode"));
    m_method->setObjectName(QStringLiteral("achAuthorizationMethod"));
    m_name->setObjectName(QStringLiteral("achAuthorizedByName"));
    m_title->setObjectName(QStringLiteral("achAuthorizedByTitle"));
    m_textHeading->setObjectName(QStringLiteral("achAuthorizationTextHeading"));
    m_text->setObjectName(QStringLiteral("achAuthorizationText"));
    m_telConfirmed->setObjectName(QStringLiteral("achTelConfirmed"));
    m_accepted->setObjectName(QStringLiteral("achAuthorizationAccepted"));
    m_status->setObjectName(QStringLiteral("achAuthorizationStatus"));

    for (const auto code : {AchSecCode::CCD, AchSecCode::PPD, AchSecCode::TEL, AchSecCode::WEB})
        m_secCode->addItem(secCodeLabel(code), int(code));
    m_name->setMaxLength(AchAuthorization::MaxNameLength);
    m_name->setPlaceholderText(tr("Who authorized the debits"));
    m_title->setMaxLength(AchAuthorization::MaxTitleLength);
    m_title->setPlaceholderText(tr("For example: Controller"));
    m_text->setReadOnly(true);
    m_text->setMinimumHeight(150);
    m_text->setAccessibleName(tr("Authorization text"));
    m_telConfirmed->setText(tr("The call is &recorded, or written notice of this authorization "
                               "will be sent to the customer before the first debit"));
    m_accepted->setText(tr("The customer &accepted this text"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        form->addRow(buddy, field);
    };
    addRow(tr("&Entry class"), m_secCode);
    addRow(tr("Authorized &how"), m_method);
    addRow(tr("Authorized by (&name)"), m_name);
    addRow(tr("Their t&itle"), m_title);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_textHeading);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_telConfirmed);
    layout->addWidget(m_accepted);
    layout->addWidget(m_status);

    connect(m_secCode, &QComboBox::currentIndexChanged, this,
            &AchAuthorizationPage::secCodeChanged);
    for (QLineEdit *edit : {m_name, m_title})
        connect(edit, &QLineEdit::textChanged, this, &AchAuthorizationPage::completeChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this,
            &AchAuthorizationPage::completeChanged);
    for (QCheckBox *box : {m_telConfirmed, m_accepted})
        connect(box, &QCheckBox::toggled, this, &AchAuthorizationPage::completeChanged);
    secCodeChanged();
}

AchSecCode AchAuthorizationPage::secCode() const
{
    return AchSecCode(m_secCode->currentData().toInt());
}

void AchAuthorizationPage::secCodeChanged()
{
    const AchSecCode code = secCode();
    m_method->clear();
    for (const AchAuthorizationMethod method : AchAuthorization::methodsFor(code))
        m_method->addItem(methodLabel(method), int(method));
    m_method->setCurrentIndex(m_method->findData(int(AchAuthorization::defaultMethodFor(code))));
    m_telConfirmed->setVisible(code == AchSecCode::TEL);
    m_telConfirmed->setChecked(false);
    // A different text: what was accepted before was another one.
    m_accepted->setChecked(false);
    requestText();
}

void AchAuthorizationPage::setAccount(const QString &last4, const QString &accountType)
{
    if (last4 == m_last4 && accountType == m_accountType && !m_version.isEmpty())
        return;
    m_last4 = last4;
    m_accountType = accountType;
    m_accepted->setChecked(false);
    requestText();
}

void AchAuthorizationPage::reloadText()
{
    m_accepted->setChecked(false);
    requestText();
}

void AchAuthorizationPage::requestText()
{
    m_version.clear();
    m_text->clear();
    m_textHeading->setText(tr("Loading the authorization text from the portal…"));
    m_accepted->setEnabled(false);
    emit completeChanged();
    emit textRequested(secCode(), m_last4, m_accountType);
}

void AchAuthorizationPage::setText(AchSecCode code, const QString &version, const QString &text)
{
    if (code != secCode())
        return;
    m_version = version;
    m_text->setPlainText(text);
    m_textHeading->setText(
        code == AchSecCode::TEL
            ? tr("Script to read aloud on the call (version %1):").arg(version)
            : tr("Authorization text to show the customer (version %1):").arg(version));
    m_accepted->setEnabled(true);
    emit completeChanged();
}

void AchAuthorizationPage::textFailed(AchSecCode code, const QString &message)
{
    if (code != secCode())
        return;
    m_version.clear();
    m_textHeading->setText(
        tr("The authorization text could not be loaded, so the account cannot be added yet: %1")
            .arg(message));
    m_accepted->setEnabled(false);
    emit completeChanged();
}

void AchAuthorizationPage::showMessage(const QString &message, bool isError)
{
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void AchAuthorizationPage::setFieldsEnabled(bool enabled)
{
    for (QWidget *field :
         {static_cast<QWidget *>(m_secCode), static_cast<QWidget *>(m_method),
          static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_title),
          static_cast<QWidget *>(m_telConfirmed), static_cast<QWidget *>(m_accepted)})
        field->setEnabled(enabled);
}

AchAuthorization AchAuthorizationPage::authorization() const
{
    AchAuthorization authorization;
    authorization.secCode = secCode();
    const QVariant method = m_method->currentData();
    if (method.isValid())
        authorization.method = AchAuthorizationMethod(method.toInt());
    authorization.authorizedByName = m_name->text().trimmed();
    authorization.authorizedByTitle = m_title->text().trimmed();
    authorization.textVersion = m_version;
    authorization.acceptedAt = QDateTime::currentDateTimeUtc();
    return authorization;
}

bool AchAuthorizationPage::isComplete() const
{
    if (m_version.isEmpty() || !m_accepted->isChecked())
        return false;
    if (secCode() == AchSecCode::TEL && !m_telConfirmed->isChecked())
        return false;
    return authorization().validate().isEmpty();
}

} // namespace pac
