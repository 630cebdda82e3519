#include "ui/recipients/InvoiceRecipientsTab.h"

#include "models/InvoiceEmailList.h"
#include "presentation/UiText.h"
#include "ui/recipients/InvoiceEmailEditor.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pac {

namespace {

QString escapedLines(const QStringList &lines)
{
    QStringList escaped;
    escaped.reserve(lines.size());
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace

InvoiceRecipientsTab::InvoiceRecipientsTab(QWidget *parent)
    : QWidget(parent)
    , m_to(new QLabel(this))
    , m_cc(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_editor(new InvoiceEmailEditor(this))
{
    setObjectName(QStringLiteral("invoiceRecipientsTab"));
    m_to->setObjectName(QStringLiteral("recipientsTo"));
    m_cc->setObjectName(QStringLiteral("recipientsCc"));
    m_pending->setObjectName(QStringLiteral("recipientsPending"));
    for (QLabel *label : {m_to, m_cc}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_pending->setWordWrap(true);
    m_pending->setForegroundRole(QPalette::PlaceholderText);
    m_pending->setText(tr("Includes changes not yet accepted by the portal."));
    m_pending->hide();

    auto *next = new QFrame(this);
    next->setObjectName(QStringLiteral("nextInvoiceBox"));
    next->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("CC:"), m_cc);
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->addWidget(new QLabel(tr("<b>The next invoice goes to</b>"), next));
    nextLayout->addLayout(form);
    nextLayout->addWidget(m_pending);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(next);
    contentLayout->addWidget(m_editor);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_editor, &InvoiceEmailEditor::saveRequested, this,
            [this](const QStringList &emails) { emit saveRequested(m_customerId, emails); });
    clear();
}

void InvoiceRecipientsTab::setCustomer(const Customer &customer, bool pendingEdit)
{
    m_customerId = customer.id;
    const InvoiceEmailList::Recipients recipients
        = InvoiceEmailList::recipients(customer.billingContacts, customer.invoiceEmails);
    QStringList to;
    for (const QString &email : recipients.to) {
        QString name;
        for (const BillingContact &contact : customer.billingContacts) {
            if (InvoiceEmailList::sameAddress(contact.email.trimmed(), email)) {
                name = contact.name;
                break;
            }
        }
        to.append(UiText::mailbox(name, email));
    }
    m_to->setText(to.isEmpty() ? tr("<i>No billing contact with an email address</i>")
                               : escapedLines(to));
    m_cc->setText(recipients.cc.isEmpty() ? tr("<i>Nobody in CC</i>")
                                          : escapedLines(recipients.cc));
    m_pending->setVisible(pendingEdit);
    m_editor->setCustomer(customer.id, customer.invoiceEmails, customer.billingContacts);
}

void InvoiceRecipientsTab::clear()
{
    m_customerId = 0;
    m_to->clear();
    m_cc->clear();
    m_pending->hide();
    m_editor->clear();
}

} // namespace pac
