#include "ui/ach/BankAccountsPanel.h"

#include "models/AchVerification.h"
#include "presentation/PaymentMethodTableModel.h"
#include "presentation/PaymentMethodText.h"
#include "ui/ControlAccess.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

BankAccountsPanel::BankAccountsPanel(Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_model(new PaymentMethodTableModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_nextStep(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify deposits…"), this))
    , m_makeDefault(new QPushButton(tr("Make de&fault"), this))
    , m_savePdf(new QPushButton(tr("Save authori&zation PDF…"), this))
    , m_remove(new QPushButton(tr("Re&move bank account…"), this))
{
    setObjectName(QStringLiteral("bankAccountsPanel"));
    m_table->setObjectName(QStringLiteral("bankAccountsTable"));
    m_status->setObjectName(QStringLiteral("bankAccountsStatus"));
    m_nextStep->setObjectName(QStringLiteral("bankAccountNextStep"));
    m_verify->setObjectName(QStringLiteral("verifyDepositsButton"));
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultAchButton"));
    m_savePdf->setObjectName(QStringLiteral("saveAchAuthorizationButton"));
    m_remove->setObjectName(QStringLiteral("removeAchButton"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Bank accounts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(150);
    m_status->setWordWrap(true);
    m_nextStep->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_verify, m_makeDefault, m_savePdf, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addWidget(m_nextStep);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BankAccountsPanel::updateActions);
    const auto forSelected = [this](auto signal) {
        return [this, signal]() {
            if (const PaymentMethod *method = selectedMethod())
                emit(this->*signal)(m_customerId, *method);
        };
    };
    connect(m_verify, &QPushButton::clicked, this,
            forSelected(&BankAccountsPanel::verifyRequested));
    connect(m_makeDefault, &QPushButton::clicked, this,
            forSelected(&BankAccountsPanel::makeDefaultRequested));
    connect(m_savePdf, &QPushButton::clicked, this,
            forSelected(&BankAccountsPanel::saveAuthorizationRequested));
    connect(m_remove, &QPushButton::clicked, this,
            forSelected(&BankAccountsPanel::removeRequested));
    setCustomer(0);
}

void BankAccountsPanel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_model->setMethods({});
    m_status->setText(customerId ? tr("Loading the bank accounts from the portal…") : QString());
    m_status->setVisible(customerId != 0);
    m_table->hide();
    updateActions();
}

void BankAccountsPanel::setMethods(qint64 customerId, const QList<PaymentMethod> &methods)
{
    if (customerId != m_customerId)
        return;
    const qint64 selected = selectedMethod() ? selectedMethod()->id : 0;
    m_model->setMethods(methods);
    m_table->setVisible(!methods.isEmpty());
    m_table->resizeColumnsToContents();
    m_status->setText(methods.isEmpty() ? tr("No bank account on file.") : QString());
    m_status->setVisible(methods.isEmpty());
    // Keep the selection; otherwise the account that needs the user, else the newest.
    int row = m_model->rowOf(selected);
    for (int r = 0; row < 0 && r < methods.size(); ++r) {
        if (m_model->data(m_model->index(r, 0), PaymentMethodTableModel::AttentionRole).toBool())
            row = r;
    }
    if (row < 0)
        row = int(methods.size()) - 1;
    if (row >= 0)
        m_table->selectRow(row);
    updateActions();
}

void BankAccountsPanel::setLoadFailed(qint64 customerId, const QString &message)
{
    if (customerId != m_customerId)
        return;
    m_model->setMethods({});
    m_table->hide();
    m_status->setText(
        tr("The bank accounts are kept only at the portal and could not be loaded: %1")
            .arg(message));
    m_status->show();
    updateActions();
}

const PaymentMethod *BankAccountsPanel::selectedMethod() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->methodAt(current.row()) : nullptr;
}

void BankAccountsPanel::selectMethod(qint64 methodId)
{
    const int row = m_model->rowOf(methodId);
    if (row >= 0)
        m_table->selectRow(row);
}

void BankAccountsPanel::updateActions()
{
    const PaymentMethod *method = selectedMethod();
    m_nextStep->setText(method ? PaymentMethodText::nextStep(*method) : QString());
    m_nextStep->setVisible(method != nullptr);
    const auto refusal = [method](std::optional<QString> reason) -> std::optional<QString> {
        if (!method)
            return tr("Select a bank account first.");
        return reason;
    };
    std::optional<QString> verifyRefusal;
    std::optional<QString> defaultRefusal;
    std::optional<QString> removeRefusal;
    if (method) {
        if (method->revoked)
            verifyRefusal = tr("This bank account was removed.");
        else if (method->verification == AchVerificationState::Verified)
            verifyRefusal = tr("This bank account is already verified.");
        else if (method->verification == AchVerificationState::Failed)
            verifyRefusal = tr("No tries are left: remove the account and add it again.");
        if (const auto problem
            = AchVerification::canBeDefault(method->verification, bool(method->revoked)))
            defaultRefusal = problem->message;
        else if (method->isDefault)
            defaultRefusal = tr("This bank account is already the default payment method.");
        if (method->revoked)
            removeRefusal = tr("This bank account was already removed.");
    }
    ControlAccess::apply(m_verify, m_role, Action::AddAchMethod, refusal(verifyRefusal));
    ControlAccess::apply(m_makeDefault, m_role, Action::AddAchMethod, refusal(defaultRefusal));
    std::optional<QString> pdfRefusal;
    if (method && !method->authorization)
        pdfRefusal = tr("No authorization was recorded for this older bank account.");
    ControlAccess::apply(m_savePdf, m_role, Action::ViewCustomer, refusal(pdfRefusal));
    ControlAccess::apply(m_remove, m_role, Action::AddAchMethod, refusal(removeRefusal));
}

} // namespace pac
