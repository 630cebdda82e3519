#include "ui/billing/BillingTab.h"

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerView.h"
#include "models/AchEligibility.h"
#include "models/BillingText.h"
#include "models/PaymentTerms.h"
#include "models/Permissions.h"
#include "presentation/UiText.h"
#include "ui/ControlAccess.h"
#include "ui/StatusChip.h"
#include "ui/ach/AchChecklistWidget.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pac {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BillingTab::BillingTab(Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_termsValue(valueLabel(QStringLiteral("billingTerms"), this))
    , m_pending(new StatusChip(this))
    , m_changeTerms(new QPushButton(this))
    , m_limitValue(valueLabel(QStringLiteral("billingCreditLimit"), this))
    , m_balanceValue(valueLabel(QStringLiteral("billingBalance"), this))
    , m_usedValue(valueLabel(QStringLiteral("billingLimitUsed"), this))
    , m_usedBar(new QProgressBar(this))
    , m_nearLimit(new StatusChip(this))
    , m_checklist(new AchChecklistWidget(this))
    , m_addAch(new QPushButton(tr("Add ACH bank account…"), this))
    , m_manualAch(new QPushButton(tr("Enable ACH manually…"), this))
    , m_achSection(new QVBoxLayout)
{
    setObjectName(QStringLiteral("billingTab"));
    m_pending->setObjectName(QStringLiteral("billingPendingChip"));
    m_changeTerms->setObjectName(QStringLiteral("changeTermsButton"));
    m_usedBar->setObjectName(QStringLiteral("limitUsedBar"));
    m_nearLimit->setObjectName(QStringLiteral("nearLimitChip"));
    m_addAch->setObjectName(QStringLiteral("addAchAccountButton"));
    m_manualAch->setObjectName(QStringLiteral("manualAchButton"));

    m_usedBar->setRange(0, 100);
    m_usedBar->setTextVisible(false);
    m_usedBar->setFixedWidth(120);
    m_usedBar->setFixedHeight(8);

    auto *termsLine = new QHBoxLayout;
    termsLine->addWidget(m_termsValue);
    termsLine->addWidget(m_pending);
    termsLine->addStretch(1);
    termsLine->addWidget(m_changeTerms);

    auto *usedLine = new QHBoxLayout;
    usedLine->addWidget(m_usedValue);
    usedLine->addWidget(m_usedBar);
    usedLine->addWidget(m_nearLimit);
    usedLine->addStretch(1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(tr("Payment terms"), termsLine);
    form->addRow(tr("Credit limit"), m_limitValue);
    form->addRow(tr("Balance"), m_balanceValue);
    form->addRow(tr("Limit used"), usedLine);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *achButtons = new QHBoxLayout;
    achButtons->addWidget(m_addAch);
    achButtons->addWidget(m_manualAch);
    achButtons->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(sectionTitle(tr("Terms and credit"), content));
    layout->addLayout(form);
    layout->addWidget(line);
    layout->addWidget(sectionTitle(tr("ACH bank payment"), content));
    layout->addWidget(m_checklist);
    layout->addLayout(achButtons);
    layout->addLayout(m_achSection);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_changeTerms, &QPushButton::clicked, this, [this]() {
        const PaymentTermsKind target = m_terms == PaymentTermsKind::Net15
            ? PaymentTermsKind::DueOnReceipt
            : PaymentTermsKind::Net15;
        emit paymentTermsChangeRequested(m_customerId, target);
    });
    connect(m_addAch, &QPushButton::clicked, this,
            [this]() { emit addAchAccountRequested(m_customerId); });
    connect(m_manualAch, &QPushButton::clicked, this,
            [this]() { emit manualAchRequested(m_customerId); });
    clear();
}

void BillingTab::setCustomer(const CachedCustomer &cached, QDate today)
{
    const Customer &customer = cached.shown();
    m_customerId = customer.id;
    m_terms = customer.paymentTerms;
    m_termsValue->setText(BillingText::termsName(customer.paymentTerms));
    if (cached.flags.conflict)
        m_pending->showState(tr("Conflict"), StatusChip::Tone::Bad);
    else if (cached.flags.hasPendingEdit())
        m_pending->showState(tr("Not sent yet"), StatusChip::Tone::Warning);
    else
        m_pending->showState({}, StatusChip::Tone::Neutral);
    m_pending->setToolTip(cached.flags.hasPendingEdit() || cached.flags.conflict
                              ? tr("What is shown includes your changes that the portal has "
                                   "not accepted yet.")
                              : QString());

    m_limitValue->setText(UiText::money(customer.creditLimitCents));
    m_balanceValue->setText(UiText::money(customer.balanceCents));
    CustomerFacts facts;
    facts.balanceCents = customer.balanceCents;
    facts.creditLimitCents = customer.creditLimitCents;
    const std::optional<qint64> basisPoints = CustomerColumns::limitUsedBasisPoints(facts);
    const QString used = BillingText::limitUsed(basisPoints, QLocale());
    if (basisPoints) {
        m_usedValue->setText(used);
        m_usedBar->setValue(int(qBound(qint64(0), *basisPoints / 100, qint64(100))));
        m_usedBar->show();
    } else {
        m_usedValue->setText(tr("No credit limit"));
        m_usedBar->hide();
    }
    const bool near = CustomerViews::matches(CustomerView::NearCreditLimit, facts, today);
    m_nearLimit->showState(near ? tr("Near the limit") : QString(), StatusChip::Tone::Warning);

    m_checklist->setCustomer(customer, today);
    updateActions(customer);
    setEnabled(true);
}

void BillingTab::updateActions(const Customer &customer)
{
    // Payment terms: any role may; the rule refuses customers that are not active.
    const PaymentTermsKind target = customer.paymentTerms == PaymentTermsKind::Net15
        ? PaymentTermsKind::DueOnReceipt
        : PaymentTermsKind::Net15;
    m_changeTerms->setText(target == PaymentTermsKind::Net15 ? tr("Move to Net 15…")
                                                             : tr("Move to due on receipt…"));
    const PaymentTerms::Change change = PaymentTerms::change(customer, target);
    ControlAccess::apply(m_changeTerms, m_role, Action::ChangePaymentTerms,
                         change.error ? std::optional<QString>(change.error->message)
                                      : std::nullopt);

    // Adding a bank account: any role may; the rule needs an eligible customer.
    const std::optional<FieldError> addRefusal = AchEligibility::canAddMethod(customer.ach);
    ControlAccess::apply(m_addAch, m_role, Action::AddAchMethod,
                         addRefusal ? std::optional<QString>(addRefusal->message) : std::nullopt);

    // Manual enable: support only, and the rule's answer for this customer (US only; an
    // eligible customer may be enabled too, which keeps ACH if the other reason lapses).
    const std::optional<FieldError> blocked
        = AchEligibility::manualEnableBlocked(AchEligibility::factsOf(customer));
    const std::optional<QString> manualRefusal
        = blocked ? std::optional<QString>(blocked->message) : std::nullopt;
    ControlAccess::apply(m_manualAch, m_role, Action::EnableAchManually, manualRefusal);
}

void BillingTab::setBankAccountsPanel(QWidget *panel)
{
    auto *title = new QLabel(tr("Bank accounts"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_achSection->addWidget(title);
    m_achSection->addWidget(panel);
}

void BillingTab::clear()
{
    m_customerId = 0;
    m_termsValue->clear();
    m_pending->showState({}, StatusChip::Tone::Neutral);
    m_limitValue->clear();
    m_balanceValue->clear();
    m_usedValue->clear();
    m_usedBar->hide();
    m_nearLimit->showState({}, StatusChip::Tone::Neutral);
    m_checklist->clear();
    m_changeTerms->setText(tr("Move to Net 15…"));
    setEnabled(false);
}

} // namespace pac
