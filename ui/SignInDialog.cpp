#include "ui/SignInDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pac {

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_demo(new QRadioButton(tr("&Built-in demo portal"), this))
    , m_custom(new QRadioButton(tr("&Portal URL:"), this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — Portal Agent Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agent-console.svg")));
    m_demo->setObjectName(QStringLiteral("demoPortalOption"));
    m_custom->setObjectName(QStringLiteral("customPortalOption"));
    m_url->setObjectName(QStringLiteral("portalUrl"));
    m_user->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));

    auto *group = new QButtonGroup(this);
    group->addButton(m_demo);
    group->addButton(m_custom);
    m_demo->setChecked(true);
    m_url->setPlaceholderText(QStringLiteral("https://portal.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setToolTip(tr("Keeps the sign-in token in the system keychain (never the "
                              "password), so the console opens without asking next time."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("The demo portal runs inside the console with generated customers. Sign "
                       "in as agent1, agent2, master1 or support1; the password is “demo”."));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_signIn->setDefault(true);

    auto *title = new QLabel(tr("<h2>Portal Agent Console</h2>"), this);
    auto *subtitle = new QLabel(tr("Sign in to see and manage your customers' billing."), this);
    subtitle->setWordWrap(true);

    auto *urlLine = new QHBoxLayout;
    urlLine->addWidget(m_custom);
    urlLine->addWidget(m_url, 1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    auto *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_demo);
    layout->addLayout(urlLine);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_demo, &QRadioButton::toggled, this, &SignInDialog::updateControls);
    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::updateControls);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateControls);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateControls);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateControls();
}

void SignInDialog::setRequest(const SignInRequest &request)
{
    (request.demo ? m_demo : m_custom)->setChecked(true);
    m_url->setText(request.portal.toString());
    m_user->setText(request.userName);
    m_remember->setChecked(request.remember);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    updateControls();
}

SignInRequest SignInDialog::request() const
{
    SignInRequest request;
    request.demo = m_demo->isChecked();
    request.portal = QUrl::fromUserInput(m_url->text().trimmed());
    request.userName = m_user->text().trimmed();
    request.password = m_password->text();
    request.remember = m_remember->isChecked();
    return request;
}

void SignInDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_status->setText(message);
    m_status->setVisible(busy && !message.isEmpty());
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    updateControls();
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::updateControls()
{
    const bool demo = m_demo->isChecked();
    m_url->setEnabled(!m_busy && !demo);
    m_demo->setEnabled(!m_busy);
    m_custom->setEnabled(!m_busy);
    m_user->setEnabled(!m_busy);
    m_password->setEnabled(!m_busy);
    m_remember->setEnabled(!m_busy);
    m_hint->setVisible(demo);
    const bool complete = !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()
        && (demo || !m_url->text().trimmed().isEmpty());
    m_signIn->setEnabled(!m_busy && complete);
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    emit signInRequested(request());
}

} // namespace pac
