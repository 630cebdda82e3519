#include "ui/credit/CreditDecisionPanel.h"

#include "models/BillingText.h"
#include "models/Money.h"
#include "models/PaymentTerms.h"
#include "models/Permissions.h"
#include "portal/CustomerEditService.h"
#include "ui/ControlAccess.h"
#include "ui/credit/CreditDecisionFacts.h"
#include "ui/credit/PaymentRecordBox.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pac {

namespace {

QLabel *value(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *message(const QString &name, QWidget *parent)
{
    QLabel *label = value(name, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    label->setPalette(palette);
    return label;
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).format(QLocale());
}

} // namespace

CreditDecisionPanel::CreditDecisionPanel(Role role, CustomerEditService &edits,
                                         InvoiceLoader &billing, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_edits(edits)
    , m_today(QDate::currentDate())
    , m_title(value(QStringLiteral("decisionTitle"), this))
    , m_status(value(QStringLiteral("decisionStatus"), this))
    , m_facts(new QGridLayout)
    , m_currentLimit(value(QStringLiteral("currentLimitValue"), this))
    , m_balance(value(QStringLiteral("balanceValue"), this))
    , m_terms(value(QStringLiteral("termsValue"), this))
    , m_customerFor(value(QStringLiteral("customerForValue"), this))
    , m_paymentIssues(value(QStringLiteral("paymentIssuesValue"), this))
    , m_requested(value(QStringLiteral("requestedLimitValue"), this))
    , m_monthlySpend(value(QStringLiteral("monthlySpendValue"), this))
    , m_submitted(value(QStringLiteral("submittedValue"), this))
    , m_paymentRecord(new PaymentRecordBox(billing, this))
    , m_decision(new QGroupBox(tr("Decision"), this))
    , m_approveLimit(new QLineEdit(this))
    , m_approveMessage(message(QStringLiteral("approveLimitMessage"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_declineReason(new QLineEdit(this))
    , m_declineMessage(message(QStringLiteral("declineReasonMessage"), this))
    , m_decline(new QPushButton(tr("Decline"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_result(value(QStringLiteral("decisionResult"), this))
{
    setObjectName(QStringLiteral("creditDecisionPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    const std::pair<QString, QLabel *> facts[] = {
        {tr("Current limit"), m_currentLimit},
        {tr("Balance"), m_balance},
        {tr("Terms"), m_terms},
        {tr("Customer for"), m_customerFor},
        {tr("Payment issues, last 12 months"), m_paymentIssues},
        {tr("Requested limit"), m_requested},
        {tr("Expected monthly spend"), m_monthlySpend},
        {tr("Submitted"), m_submitted},
    };
    for (const auto &[caption, label] : facts)
        m_factRows.append(std::make_pair(new QLabel(caption, this), label));
    m_facts->setHorizontalSpacing(12);
    setFactColumns(1);

    m_approveLimit->setObjectName(QStringLiteral("approveLimitEdit"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_declineReason->setObjectName(QStringLiteral("declineReasonEdit"));
    m_declineReason->setPlaceholderText(tr("Why the application is declined"));
    m_decline->setObjectName(QStringLiteral("declineButton"));
    m_pdf->setObjectName(QStringLiteral("applicationPdfButton"));
    auto *grid = new QGridLayout(m_decision);
    grid->addWidget(new QLabel(tr("Approve a limit of"), m_decision), 0, 0);
    grid->addWidget(m_approveLimit, 0, 1);
    grid->addWidget(m_approve, 0, 2);
    grid->addWidget(m_approveMessage, 1, 1, 1, 2);
    grid->addWidget(new QLabel(tr("or decline because"), m_decision), 2, 0);
    grid->addWidget(m_declineReason, 2, 1);
    grid->addWidget(m_decline, 2, 2);
    grid->addWidget(m_declineMessage, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addLayout(m_facts);
    layout->addWidget(m_paymentRecord);
    layout->addWidget(m_decision);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_approveLimit, &QLineEdit::textEdited, this,
            &CreditDecisionPanel::updateApproveMessage);
    connect(m_declineReason, &QLineEdit::textEdited, this, [this] { m_declineMessage->clear(); });
    connect(m_approve, &QPushButton::clicked, this, &CreditDecisionPanel::approve);
    connect(m_decline, &QPushButton::clicked, this, &CreditDecisionPanel::decline);
    connect(m_approveLimit, &QLineEdit::returnPressed, this, &CreditDecisionPanel::approve);
    connect(m_declineReason, &QLineEdit::returnPressed, this, &CreditDecisionPanel::decline);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (m_item)
            emit pdfRequested(*m_item);
    });
    clear();
}

void CreditDecisionPanel::setFactColumns(int columns)
{
    for (const auto &[caption, value] : std::as_const(m_factRows)) {
        m_facts->removeWidget(caption);
        m_facts->removeWidget(value);
    }
    // The customer's five facts first, then the request's three.
    constexpr int kCustomerFacts = 5;
    for (int i = 0; i < m_factRows.size(); ++i) {
        const bool second = columns > 1 && i >= kCustomerFacts;
        const int row = second ? i - kCustomerFacts : i;
        const int column = second ? 2 : 0;
        m_facts->addWidget(m_factRows.at(i).first, row, column, Qt::AlignTop);
        m_facts->addWidget(m_factRows.at(i).second, row, column + 1, Qt::AlignTop);
    }
    m_facts->setColumnStretch(1, 1);
    m_facts->setColumnStretch(3, columns > 1 ? 1 : 0);
}

void CreditDecisionPanel::setPdfButtonVisible(bool visible)
{
    m_pdf->setVisible(visible);
}

void CreditDecisionPanel::setToday(QDate today)
{
    m_today = today;
    m_paymentRecord->setToday(today);
    if (m_item)
        setItem(*m_item);
}

void CreditDecisionPanel::clear()
{
    m_item.reset();
    m_paymentRecord->setCustomer(0);
    m_paymentRecord->hide();
    m_title->setText(tr("No application selected"));
    for (QLabel *label :
         {m_status, m_currentLimit, m_balance, m_terms, m_customerFor, m_paymentIssues, m_requested,
          m_monthlySpend, m_submitted, m_result, m_approveMessage, m_declineMessage})
        label->clear();
    m_approveLimit->clear();
    m_declineReason->clear();
    updateControls();
}

void CreditDecisionPanel::setItem(const CreditApplicationItem &item)
{
    if (item.kind != CreditApplicationItem::Kind::Known) {
        clear();
        return;
    }
    const bool other = !m_item || m_item->application.id != item.application.id;
    m_item = item;
    const CreditApplication &a = item.application;
    m_title->setText(item.customer ? tr("Application %1 — %2").arg(a.id).arg(item.customer->name)
                                   : tr("Application %1").arg(a.id));
    QString status = tr("Status: %1").arg(item.statusText());
    if (const QString outcome = item.outcomeText(); !outcome.isEmpty())
        status = tr("%1 — %2").arg(status, outcome);
    m_status->setText(status);
    if (item.customer) {
        const Customer &c = *item.customer;
        m_currentLimit->setText(money(c.creditLimitCents));
        m_balance->setText(money(c.balanceCents));
        m_terms->setText(BillingText::termsName(c.paymentTerms));
        m_customerFor->setText(CreditDecisionFacts::daysAsCustomerText(c, m_today));
        m_paymentIssues->setText(CreditDecisionFacts::paymentIssuesText(c, m_today));
    } else {
        for (QLabel *label : {m_currentLimit, m_balance, m_terms, m_customerFor, m_paymentIssues})
            label->setText(tr("Not in your list (sync first?)"));
    }
    m_paymentRecord->setCustomer(a.customerId);
    m_paymentRecord->show();
    m_requested->setText(money(a.requestedLimitCents));
    m_monthlySpend->setText(money(a.expectedMonthlySpendCents));
    m_submitted->setText(
        a.submittedAt.isValid()
            ? tr("%1 by %2")
                  .arg(QLocale().toString(a.submittedAt.toLocalTime(), QLocale::ShortFormat),
                       a.submittedBy ? a.submittedBy->name : tr("unknown"))
            : QString());
    if (other) {
        // Support may grant less than asked, never more: the requested limit is the offer.
        m_approveLimit->setText(Money::fromCents(a.requestedLimitCents).format(QLocale()));
        m_declineReason->clear();
        m_approveMessage->clear();
        m_declineMessage->clear();
        m_result->clear();
    }
    updateControls();
}

void CreditDecisionPanel::updateControls()
{
    const bool decidable = m_item && m_item->isDecidable();
    std::optional<QString> refusal;
    if (!m_item)
        refusal = tr("Select an application.");
    else if (m_item->decisionPending)
        refusal = tr("Your decision is waiting to be sent.");
    else if (!decidable)
        refusal = tr("Only submitted applications are decided; this one is %1.")
                      .arg(m_item->statusText().toLower());
    for (QWidget *control :
         std::initializer_list<QWidget *> {m_approveLimit, m_approve, m_declineReason, m_decline})
        ControlAccess::apply(control, m_role, Action::DecideCreditApplication, refusal);
    m_decision->setVisible(m_item.has_value());
    m_pdf->setEnabled(m_item.has_value());
}

QString CreditDecisionPanel::approveProblem(const QString &text) const
{
    Money::ParseError error = Money::ParseError::None;
    const std::optional<Money> amount = Money::parse(text, QLocale(), &error);
    if (!amount)
        return Money::errorMessage(error, text);
    // The lifecycle rule decides on a copy, as the edit service and the portal will.
    CreditApplication copy = m_item->application;
    const QList<FieldError> errors = copy.approve(amount->cents(), {}, {}, QDateTime());
    return errors.isEmpty() ? QString() : errors.constFirst().message;
}

void CreditDecisionPanel::updateApproveMessage()
{
    m_approveMessage->setText(m_item ? approveProblem(m_approveLimit->text()) : QString());
}

void CreditDecisionPanel::approve()
{
    if (!m_item || !m_approve->isEnabled())
        return;
    if (const QString problem = approveProblem(m_approveLimit->text()); !problem.isEmpty()) {
        m_approveMessage->setText(problem);
        m_approveLimit->setFocus(Qt::OtherFocusReason);
        return;
    }
    CreditDecisionRequest request;
    request.approve = true;
    request.approvedLimitCents = Money::parse(m_approveLimit->text(), QLocale())->cents();
    const EditResult result = m_edits.decideCreditApplication(m_item->application.id, request);
    if (result.status == EditResult::Status::Saved) {
        showResult(tr("Approved with a limit of %1; the decision is on its way to the portal.")
                       .arg(money(request.approvedLimitCents)),
                   false);
        emit decided(m_item->application.id);
        return;
    }
    if (const FieldError *error = findError(result.errors, u"approved_limit_cents"))
        m_approveMessage->setText(error->message);
    else
        showResult(result.message, true);
}

void CreditDecisionPanel::decline()
{
    if (!m_item || !m_decline->isEnabled())
        return;
    CreditDecisionRequest request;
    request.approve = false;
    request.note = m_declineReason->text().trimmed();
    const EditResult result = m_edits.decideCreditApplication(m_item->application.id, request);
    if (result.status == EditResult::Status::Saved) {
        showResult(tr("Declined; the decision is on its way to the portal."), false);
        emit decided(m_item->application.id);
        return;
    }
    if (const FieldError *error = findError(result.errors, u"note")) {
        m_declineMessage->setText(error->message);
        m_declineReason->setFocus(Qt::OtherFocusReason);
    } else {
        showResult(result.message, true);
    }
}

void CreditDecisionPanel::showResult(const QString &text, bool failed)
{
    m_result->setText(text);
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_result->setPalette(palette);
}

} // namespace pac
