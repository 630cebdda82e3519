#include "ui/bulk/BulkActionForm.h"

#include "models/InvoiceEmailList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace pac {

BulkActionForm::BulkActionForm(Role role, QWidget *parent)
    : QWidget(parent)
    , m_action(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_replacementLabel(new QLabel(tr("&New address:"), this))
    , m_replacement(new QLineEdit(this))
    , m_reasonLabel(new QLabel(tr("&Reason:"), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkActionForm"));
    m_action->setObjectName(QStringLiteral("bulkAction"));
    m_address->setObjectName(QStringLiteral("bulkAddress"));
    m_replacement->setObjectName(QStringLiteral("bulkReplacement"));
    m_reason->setObjectName(QStringLiteral("bulkReason"));
    m_problem->setObjectName(QStringLiteral("bulkProblem"));

    m_action->addItem(tr("Add an invoice email address"), int(Kind::AddEmail));
    m_action->addItem(tr("Remove an invoice email address everywhere"), int(Kind::RemoveEmail));
    m_action->addItem(tr("Replace an invoice email address with another"), int(Kind::ReplaceEmail));
    m_action->addItem(tr("Move to Net 15"), int(Kind::Net15));
    m_action->addItem(tr("Move to due on receipt"), int(Kind::DueOnReceipt));
    // Enabling ACH by hand is support's (billing rule 8): the action is not offered to others.
    if (role == Role::Support)
        m_action->addItem(tr("Enable ACH manually"), int(Kind::EnableAch));
    m_action->setAccessibleName(tr("Bulk action"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_replacement->setAccessibleName(tr("New address"));
    m_replacement->setPlaceholderText(tr("name@example.com"));
    m_reason->setAccessibleName(tr("Reason for enabling ACH"));
    m_reason->setPlaceholderText(tr("Why ACH is enabled without the bank checks"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setAccessibleName(tr("What is missing"));

    auto *actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    m_addressLabel->setBuddy(m_address);
    m_replacementLabel->setBuddy(m_replacement);
    m_reasonLabel->setBuddy(m_reason);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(actionLabel, m_action);
    layout->addRow(m_addressLabel, m_address);
    layout->addRow(m_replacementLabel, m_replacement);
    layout->addRow(m_reasonLabel, m_reason);
    layout->addRow(m_problem);

    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        update();
        emit changed();
    });
    for (QLineEdit *edit : {m_address, m_replacement, m_reason}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            update();
            emit changed();
        });
    }
    update();
}

bool BulkActionForm::setKind(Kind kind)
{
    const int index = m_action->findData(int(kind));
    if (index < 0)
        return false;
    m_action->setCurrentIndex(index);
    return true;
}

BulkActionForm::Kind BulkActionForm::kind() const
{
    return Kind(m_action->currentData().toInt());
}

QString BulkActionForm::problem() const
{
    const QString address = m_address->text().trimmed();
    const QString replacement = m_replacement->text().trimmed();
    switch (kind()) {
    case Kind::AddEmail:
    case Kind::RemoveEmail:
    case Kind::ReplaceEmail:
        if (address.isEmpty())
            return tr("Enter the address.");
        if (!InvoiceEmailList::isValidAddress(address))
            return InvoiceEmailList::invalidMessage(address);
        if (kind() != Kind::ReplaceEmail)
            return {};
        if (replacement.isEmpty())
            return tr("Enter the new address.");
        if (!InvoiceEmailList::isValidAddress(replacement))
            return InvoiceEmailList::invalidMessage(replacement);
        if (InvoiceEmailList::sameAddress(address, replacement))
            return tr("The new address is the same as the old one.");
        return {};
    case Kind::EnableAch:
        if (m_reason->text().trimmed().isEmpty())
            return tr("Enter why ACH is enabled manually; it is kept with who and when.");
        return {};
    case Kind::Net15:
    case Kind::DueOnReceipt:
        return {};
    }
    return {};
}

std::optional<BulkChange> BulkActionForm::change() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    switch (kind()) {
    case Kind::AddEmail:
        return BulkChange::addEmail(m_address->text().trimmed());
    case Kind::RemoveEmail:
        return BulkChange::removeEmail(m_address->text().trimmed());
    case Kind::ReplaceEmail:
        return BulkChange::replaceEmail(m_address->text().trimmed(),
                                        m_replacement->text().trimmed());
    case Kind::Net15:
        return BulkChange::setTerms(PaymentTermsKind::Net15);
    case Kind::DueOnReceipt:
        return BulkChange::setTerms(PaymentTermsKind::DueOnReceipt);
    case Kind::EnableAch:
        return BulkChange::enableAch(m_reason->text().trimmed());
    }
    return std::nullopt;
}

void BulkActionForm::update()
{
    const Kind current = kind();
    const bool address = current == Kind::AddEmail || current == Kind::RemoveEmail
        || current == Kind::ReplaceEmail;
    m_addressLabel->setText(current == Kind::ReplaceEmail ? tr("&Old address:") : tr("A&ddress:"));
    m_addressLabel->setVisible(address);
    m_address->setVisible(address);
    m_replacementLabel->setVisible(current == Kind::ReplaceEmail);
    m_replacement->setVisible(current == Kind::ReplaceEmail);
    m_reasonLabel->setVisible(current == Kind::EnableAch);
    m_reason->setVisible(current == Kind::EnableAch);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
}

} // namespace pac
