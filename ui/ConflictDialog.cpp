#include "ui/ConflictDialog.h"

#include "models/AchEligibility.h"
#include "models/BillingText.h"
#include "models/PaymentTerms.h"
#include "presentation/UiText.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

namespace {

// What the edit is about, as each version has it.
QString describe(EditKind kind, const Customer &customer)
{
    switch (kind) {
    case EditKind::InvoiceEmails:
        return customer.invoiceEmails.isEmpty()
            ? ConflictDialog::tr("(no additional invoice emails)")
            : customer.invoiceEmails.join(QLatin1Char('\n'));
    case EditKind::PaymentTerms:
        return ConflictDialog::tr("%1\nCredit limit %2")
            .arg(BillingText::termsName(customer.paymentTerms),
                 UiText::money(customer.creditLimitCents));
    case EditKind::AchManualEnable:
        return AchEligibility::explain(customer.ach, QLocale());
    case EditKind::CreditApplicationSubmit:
    case EditKind::CreditDecision:
        return ConflictDialog::tr("Credit limit %1").arg(UiText::money(customer.creditLimitCents));
    case EditKind::InvoiceResend: // takes no If-Match, so it never comes into conflict
        return {};
    }
    return {};
}

QString subject(EditKind kind)
{
    switch (kind) {
    case EditKind::InvoiceEmails:
        return ConflictDialog::tr("the additional invoice emails");
    case EditKind::PaymentTerms:
        return ConflictDialog::tr("the payment terms");
    case EditKind::AchManualEnable:
        return ConflictDialog::tr("ACH");
    case EditKind::CreditApplicationSubmit:
    case EditKind::CreditDecision:
        return ConflictDialog::tr("credit");
    case EditKind::InvoiceResend:
        return ConflictDialog::tr("an invoice sent again");
    }
    return {};
}

} // namespace

ConflictDialog::ConflictDialog(const EditConflict &conflict, const QString &customerName,
                               QWidget *parent)
    : QDialog(parent)
    , m_customerId(conflict.entry.customerId)
    , m_canMerge(conflict.canMerge)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve a conflict"));
    const EditKind kind = conflict.entry.kind;

    auto *intro = new QLabel(tr("<b>%1</b> was changed on the portal after you edited %2. Choose "
                                "the version to keep.")
                                 .arg(customerName.toHtmlEscaped(), subject(kind)),
                             this);
    intro->setWordWrap(true);

    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(12);
    columns->addWidget(versionBox(tr("Mine (not sent)"), describe(kind, conflict.mine),
                                  QStringLiteral("conflictMine")),
                       0, 0);
    columns->addWidget(versionBox(tr("Theirs (on the portal now)"), describe(kind, conflict.theirs),
                                  QStringLiteral("conflictTheirs")),
                       0, 1);
    if (m_canMerge) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(tr("<b>Merged</b> (one address a line)"), box));
        m_merged = new QPlainTextEdit(conflict.mergedEmails.join(QLatin1Char('\n')), box);
        m_merged->setObjectName(QStringLiteral("conflictMerged"));
        m_merged->setTabChangesFocus(true);
        boxLayout->addWidget(m_merged, 1);
        m_mergeError = new QLabel(box);
        m_mergeError->setObjectName(QStringLiteral("conflictMergeError"));
        m_mergeError->setWordWrap(true);
        m_mergeError->setStyleSheet(QStringLiteral("color: #b3261e;"));
        boxLayout->addWidget(m_mergeError);
        if (!conflict.mergeLeftOut.isEmpty()) {
            QStringList left;
            for (const InvoiceEmailList::Refusal &refusal : conflict.mergeLeftOut)
                left << refusal.error.message;
            auto *leftOut
                = new QLabel(tr("Left out of the merge: %1").arg(left.join(QLatin1Char(' '))), box);
            leftOut->setObjectName(QStringLiteral("conflictLeftOut"));
            leftOut->setWordWrap(true);
            boxLayout->addWidget(leftOut);
        }
        columns->addWidget(box, 0, 2);
        connect(m_merged, &QPlainTextEdit::textChanged, this, &ConflictDialog::revalidateMerge);
    }

    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    auto *keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    keepMine->setToolTip(tr("Send my edit again, on top of the portal's version"));
    auto *keepTheirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::DestructiveRole);
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    keepTheirs->setToolTip(tr("Drop my edit and keep what the portal has"));
    if (m_canMerge) {
        m_useMerged = buttons->addButton(tr("Use merged"), QDialogButtonBox::AcceptRole);
        m_useMerged->setObjectName(QStringLiteral("useMerged"));
        m_useMerged->setDefault(true);
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(keepMine, &QPushButton::clicked, this,
            [this]() { emit resolveRequested(m_customerId, ConflictChoice::Mine, {}); });
    connect(keepTheirs, &QPushButton::clicked, this,
            [this]() { emit resolveRequested(m_customerId, ConflictChoice::Theirs, {}); });
    if (m_useMerged)
        connect(m_useMerged, &QPushButton::clicked, this, [this]() {
            emit resolveRequested(m_customerId, ConflictChoice::Merge, mergedEmails());
        });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(m_canMerge ? 840 : 560);
    revalidateMerge();
}

QWidget *ConflictDialog::versionBox(const QString &title, const QString &text, const QString &name)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(box);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    auto *body = new QLabel(text, box);
    body->setObjectName(name);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    return box;
}

QStringList ConflictDialog::mergedEmails() const
{
    if (!m_merged)
        return {};
    return InvoiceEmailList::parsePasted(m_merged->toPlainText());
}

void ConflictDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConflictDialog::revalidateMerge()
{
    if (!m_merged)
        return;
    const InvoiceEmailList::Validation validation = InvoiceEmailList::validate(mergedEmails());
    QStringList messages;
    for (const FieldError &error : validation.errors)
        messages << error.message;
    m_mergeError->setText(messages.join(QLatin1Char('\n')));
    m_mergeError->setVisible(!messages.isEmpty());
    m_useMerged->setEnabled(validation.ok());
}

} // namespace pac
