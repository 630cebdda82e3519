#include "ui/AchChecklistWidget.h"

#include "models/AchEligibility.h"
#include "models/CustomerColumn.h"
#include "ui/StatusChip.h"
#include "ui/UiText.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace pac {

AchChecklistWidget::AchChecklistWidget(QWidget *parent)
    : QWidget(parent)
    , m_status(new StatusChip(this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("achChecklist"));
    m_status->setObjectName(QStringLiteral("achStatusChip"));
    m_verdict->setObjectName(QStringLiteral("achVerdict"));
    m_verdict->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 0, Qt::AlignTop);
    top->addWidget(m_verdict, 1);

    // One line per condition: its mark, then its sentence (which wraps in a narrow panel).
    auto *rows = new QVBoxLayout;
    rows->setSpacing(6);
    m_country = makeRow(QStringLiteral("country"));
    m_masterAgent = makeRow(QStringLiteral("masterAgent"));
    m_paymentHistory = makeRow(QStringLiteral("paymentHistory"));
    m_manual = makeRow(QStringLiteral("manual"));
    for (const Row *row : {&m_country, &m_masterAgent, &m_paymentHistory, &m_manual}) {
        auto *line = new QHBoxLayout;
        line->setSpacing(8);
        line->addWidget(row->icon, 0, Qt::AlignTop);
        line->addWidget(row->text, 1);
        rows->addLayout(line);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(rows);
    clear();
}

AchChecklistWidget::Row AchChecklistWidget::makeRow(const QString &name)
{
    Row row {new QLabel(this), new QLabel(this)};
    row.icon->setObjectName(QStringLiteral("achMark_") + name);
    row.text->setObjectName(QStringLiteral("achCheck_") + name);
    row.text->setWordWrap(true);
    row.icon->setFixedSize(16, 16);
    return row;
}

void AchChecklistWidget::setRow(Row &row, Mark mark, const QString &text)
{
    row.mark = mark;
    row.text->setText(text);
    QString icon;
    QString tip;
    switch (mark) {
    case Mark::Met:
        icon = QStringLiteral(":/icons/check.svg");
        tip = tr("Met");
        break;
    case Mark::NotMet:
        icon = QStringLiteral(":/icons/cross.svg");
        tip = tr("Not met");
        break;
    case Mark::Neutral:
        icon = QStringLiteral(":/icons/dash.svg");
        tip = tr("Does not apply");
        break;
    }
    row.icon->setPixmap(QIcon(icon).pixmap(16, 16));
    row.icon->setToolTip(tip);
    row.icon->setAccessibleName(tip);
}

void AchChecklistWidget::setCustomer(const Customer &customer, QDate today)
{
    const AchState &ach = customer.ach;
    switch (ach.status) {
    case AchStatus::Enabled:
        m_status->showState(CustomerColumns::achStatusText(ach.status), StatusChip::Tone::Good);
        break;
    case AchStatus::Eligible:
        m_status->showState(CustomerColumns::achStatusText(ach.status), StatusChip::Tone::Info);
        break;
    case AchStatus::NotEligible:
        m_status->showState(CustomerColumns::achStatusText(ach.status), StatusChip::Tone::Warning);
        break;
    }
    m_verdict->setText(AchEligibility::explain(ach, QLocale()));

    const bool us = customer.country == QLatin1String("US");
    setRow(m_country, us ? Mark::Met : Mark::NotMet,
           us ? tr("The customer is in the US.")
              : tr("The customer is in %1: ACH is for US customers only.")
                    .arg(customer.country.isEmpty() ? tr("an unknown country") : customer.country));

    if (customer.masterAgent)
        setRow(m_masterAgent, Mark::Met,
               tr("Customer-level master agent: %1.").arg(customer.masterAgent->name));
    else
        setRow(m_masterAgent, Mark::Neutral, tr("No customer-level master agent."));

    // The clean period starts at the last payment issue, or when the customer joined.
    const QDate start = customer.lastPaymentIssueOn.value_or(customer.customerSince);
    if (!start.isValid()) {
        setRow(m_paymentHistory, Mark::NotMet, tr("The customer's start date is unknown."));
    } else {
        const qint64 days = qMax<qint64>(0, start.daysTo(today));
        const bool clean = days > AchEligibility::CleanDaysRequired;
        const QString since = customer.lastPaymentIssueOn
            ? tr("Last payment issue on %1: %n day(s) without one.", "", int(days))
                  .arg(UiText::date(start))
            : tr("No payment issue since joining on %1: %n day(s).", "", int(days))
                  .arg(UiText::date(start));
        const QDate eligibleOn
            = ach.eligibleOn.value_or(start.addDays(AchEligibility::CleanDaysRequired + 1));
        const QString need = clean
            ? tr("More than %1 days: met.").arg(AchEligibility::CleanDaysRequired)
            : tr("More than %1 days are needed: eligible on %2.")
                  .arg(AchEligibility::CleanDaysRequired)
                  .arg(UiText::date(eligibleOn));
        setRow(
            m_paymentHistory, clean ? Mark::Met : Mark::NotMet,
            tr("%1 %2", "two sentences: the payment history, then what it means").arg(since, need));
    }

    if (ach.enabledBy) {
        const ManualAchEnable &manual = *ach.enabledBy;
        setRow(m_manual, Mark::Met,
               tr("Enabled manually by %1 on %2: “%3”.")
                   .arg(manual.by.name, UiText::dateTime(manual.at), manual.reason));
    } else {
        setRow(m_manual, Mark::Neutral, tr("Not enabled manually by support."));
    }
}

void AchChecklistWidget::clear()
{
    m_status->showState({}, StatusChip::Tone::Neutral);
    m_verdict->clear();
    for (Row *row : {&m_country, &m_masterAgent, &m_paymentHistory, &m_manual})
        setRow(*row, Mark::Neutral, {});
}

AchChecklistWidget::Mark AchChecklistWidget::mark(const QString &condition) const
{
    if (condition == QLatin1String("country"))
        return m_country.mark;
    if (condition == QLatin1String("masterAgent"))
        return m_masterAgent.mark;
    if (condition == QLatin1String("paymentHistory"))
        return m_paymentHistory.mark;
    return m_manual.mark;
}

} // namespace pac
