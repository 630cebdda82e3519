#include "ui/ach/AchChecklistWidget.h"

#include "customerindex/CustomerColumn.h"
#include "models/BillingText.h"
#include "presentation/UiText.h"
#include "ui/StatusChip.h"

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

void AchChecklistWidget::setRow(Row &row, AchCheckMark mark, const QString &text)
{
    row.mark = mark;
    row.text->setText(text);
    QString icon;
    QString tip;
    switch (mark) {
    case AchCheckMark::Met:
        icon = QStringLiteral(":/icons/check.svg");
        tip = tr("Met");
        break;
    case AchCheckMark::NotMet:
        icon = QStringLiteral(":/icons/cross.svg");
        tip = tr("Not met");
        break;
    case AchCheckMark::DoesNotApply:
        icon = QStringLiteral(":/icons/dash.svg");
        tip = tr("Does not apply");
        break;
    }
    row.icon->setPixmap(QIcon(icon).pixmap(16, 16));
    row.icon->setToolTip(tip);
    row.icon->setAccessibleName(tip);
}

AchChecklistWidget::Row &AchChecklistWidget::rowOf(AchCondition condition)
{
    switch (condition) {
    case AchCondition::Country:
        return m_country;
    case AchCondition::MasterAgent:
        return m_masterAgent;
    case AchCondition::CleanPeriod:
        return m_paymentHistory;
    case AchCondition::ManualEnable:
        break;
    }
    return m_manual;
}

void AchChecklistWidget::setCustomer(const Customer &customer, QDate today)
{
    const AchChecklist checklist
        = AchEligibility::checklist(AchEligibility::factsOf(customer), today);
    const AchState &ach = checklist.verdict;
    switch (ach.status) {
    case AchStatus::Enabled:
        m_status->showState(BillingText::achStatusName(ach.status), StatusChip::Tone::Good);
        break;
    case AchStatus::Eligible:
        m_status->showState(BillingText::achStatusName(ach.status), StatusChip::Tone::Info);
        break;
    case AchStatus::NotEligible:
        m_status->showState(BillingText::achStatusName(ach.status), StatusChip::Tone::Warning);
        break;
    }
    m_verdict->setText(AchEligibility::explain(ach, QLocale()));
    const QList<AchCheckLine> lines
        = AchEligibility::describe(checklist, &UiText::date, &UiText::dateTime);
    for (const AchCheckLine &line : lines)
        setRow(rowOf(line.condition), line.mark, line.text);
}

void AchChecklistWidget::clear()
{
    m_status->showState({}, StatusChip::Tone::Neutral);
    m_verdict->clear();
    for (Row *row : {&m_country, &m_masterAgent, &m_paymentHistory, &m_manual})
        setRow(*row, AchCheckMark::DoesNotApply, {});
}

AchCheckMark AchChecklistWidget::mark(const QString &condition) const
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
