#include "ui/recipients/InvoiceEmailRow.h"

#include "ui/StatusChip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pac {

InvoiceEmailRow::InvoiceEmailRow(int position, const QString &address, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(address, this))
    , m_redundant(new StatusChip(tr("Billing contact"), StatusChip::Tone::Info, this))
    , m_remove(new QToolButton(this))
    , m_error(new QLabel(this))
{
    m_edit->setClearButtonEnabled(false);
    m_redundant->setToolTip(tr("This address is also a billing contact: it already receives "
                               "every invoice (To:), so CC'ing it adds nothing."));
    m_redundant->hide();
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this address"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_edit, 1);
    line->addWidget(m_redundant);
    line->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_error);

    setPosition(position);
    connect(m_edit, &QLineEdit::textEdited, this, &InvoiceEmailRow::edited);
    connect(m_remove, &QToolButton::clicked, this, [this]() { emit removeRequested(this); });
}

void InvoiceEmailRow::setPosition(int position)
{
    const QString n = QString::number(position);
    setObjectName(QStringLiteral("invoiceEmailRow_") + n);
    m_edit->setObjectName(QStringLiteral("invoiceEmail_") + n);
    m_remove->setObjectName(QStringLiteral("removeEmail_") + n);
    m_error->setObjectName(QStringLiteral("invoiceEmailError_") + n);
    m_redundant->setObjectName(QStringLiteral("invoiceEmailRedundant_") + n);
    m_edit->setAccessibleName(tr("Invoice email %1").arg(position + 1));
}

QString InvoiceEmailRow::address() const
{
    return m_edit->text().trimmed();
}

void InvoiceEmailRow::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_remove->setVisible(!readOnly);
}

void InvoiceEmailRow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // The field is outlined while it holds a refused address.
    m_edit->setStyleSheet(message.isEmpty() ? QString()
                                            : QStringLiteral("QLineEdit { border: 1px solid "
                                                             "#b3261e; border-radius: 3px; "
                                                             "padding: 2px; }"));
}

QString InvoiceEmailRow::error() const
{
    return m_error->text();
}

void InvoiceEmailRow::setRedundant(bool redundant)
{
    m_redundant->setVisible(redundant);
}

bool InvoiceEmailRow::isRedundant() const
{
    return !m_redundant->isHidden();
}

} // namespace pac
