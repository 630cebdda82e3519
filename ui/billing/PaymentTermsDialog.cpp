#include "ui/billing/PaymentTermsDialog.h"

#include "models/PaymentTerms.h"
#include "presentation/UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

PaymentTermsDialog::PaymentTermsDialog(const Customer &customer, PaymentTermsKind target,
                                       QWidget *parent)
    : QDialog(parent)
    , m_customerId(customer.id)
    , m_target(target)
    , m_limitCents(PaymentTerms::limitOn(target, customer.creditLimitCents))
{
    setObjectName(QStringLiteral("paymentTermsDialog"));
    const bool toNet15 = target == PaymentTermsKind::Net15;
    setWindowTitle(toNet15 ? tr("Move to Net 15") : tr("Move to due on receipt"));

    auto *question = new QLabel(this);
    question->setObjectName(QStringLiteral("termsQuestion"));
    question->setWordWrap(true);
    question->setText(
        toNet15 ? tr("Move <b>%1</b> (%2) to Net 15 payment terms?")
                      .arg(customer.name.toHtmlEscaped(), customer.accountNumber.toHtmlEscaped())
                : tr("Move <b>%1</b> (%2) back to due on receipt?")
                      .arg(customer.name.toHtmlEscaped(), customer.accountNumber.toHtmlEscaped()));

    auto *effect = new QLabel(this);
    effect->setObjectName(QStringLiteral("termsEffect"));
    effect->setWordWrap(true);
    if (toNet15) {
        const QString limit = UiText::money(m_limitCents);
        if (m_limitCents > customer.creditLimitCents)
            effect->setText(tr("Invoices will be due 15 days after they are issued. The "
                               "customer's credit limit will be <b>%1</b> (now %2).")
                                .arg(limit, UiText::money(customer.creditLimitCents)));
        else
            effect->setText(tr("Invoices will be due 15 days after they are issued. The "
                               "customer keeps its approved credit limit of <b>%1</b>.")
                                .arg(limit));
    } else {
        effect->setText(tr("Invoices will be charged when issued (card or ACH autopay). The "
                           "approved credit limit of <b>%1</b> stays on record.")
                            .arg(UiText::money(customer.creditLimitCents)));
    }

    if (toNet15) {
        m_whatIf = new QLabel(tr("Looking at the customer's recent invoices…"), this);
        m_whatIf->setObjectName(QStringLiteral("termsWhatIf"));
        m_whatIf->setWordWrap(true);
        m_whatIf->setTextFormat(Qt::PlainText);
        m_apply = new QPushButton(tr("Start a credit &application…"), this);
        m_apply->setObjectName(QStringLiteral("termsCreditApplication"));
        m_apply->setToolTip(tr("Request a limit that covers what the customer typically owes"));
        m_apply->hide();
        connect(m_apply, &QPushButton::clicked, this, [this] {
            emit creditApplicationRequested(m_customerId, m_suggestedLimitCents);
            reject();
        });
    }

    auto *note = new QLabel(tr("The change is saved at once and sent to the portal; it shows as "
                               "pending until the portal accepts it."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("termsButtons"));
    buttons->button(QDialogButtonBox::Ok)
        ->setText(toNet15 ? tr("Move to Net 15") : tr("Move to due on receipt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(question);
    layout->addWidget(effect);
    if (m_whatIf) {
        layout->addWidget(m_whatIf);
        layout->addWidget(m_apply, 0, Qt::AlignLeft);
    }
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void PaymentTermsDialog::showWhatIf(const NetFifteenWhatIf::Result &whatIf)
{
    if (!m_whatIf)
        return;
    const QStringList lines = NetFifteenWhatIf::describe(whatIf, &UiText::money, &UiText::date);
    m_whatIf->setText(lines.join(QLatin1Char('\n')));
    m_suggestedLimitCents = whatIf.suggestedLimitCents;
    m_apply->setVisible(whatIf.exceedsLimit);
    fitText();
}

void PaymentTermsDialog::showWhatIfUnavailable(const QString &why)
{
    if (!m_whatIf)
        return;
    m_whatIf->setText(tr("What Net 15 would mean cannot be estimated now: %1").arg(why));
    m_apply->hide();
    fitText();
}

void PaymentTermsDialog::fitText()
{
    // The what-if arrives after the dialog opened: grow to its wrapped lines, never clip them.
    if (QLayout *box = layout())
        box->activate();
    adjustSize();
}

} // namespace pac
