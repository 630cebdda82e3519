#pragma once

#include "models/AchEligibility.h"
#include "models/Customer.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace pac {

class StatusChip;

// Why a customer may or may not pay by ACH (billing rule 4), as a checklist: the verdict
// (with the date it becomes eligible), then each condition with a mark: US customer?
// customer-level master agent? days without a payment issue (more than 90 needed)? enabled
// manually by whom, when and why? All of it is AchEligibility::checklist(), presented.
class AchChecklistWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AchChecklistWidget(QWidget *parent = nullptr);

    // `today` is the day the clean period is counted to.
    void setCustomer(const Customer &customer, QDate today);
    void clear();

    // For tests and accessibility: the mark of a condition row ("country", "masterAgent",
    // "paymentHistory", "manual").
    AchCheckMark mark(const QString &condition) const;

private:
    struct Row
    {
        QLabel *icon;
        QLabel *text;
        AchCheckMark mark = AchCheckMark::DoesNotApply;
    };
    Row makeRow(const QString &name);
    void setRow(Row &row, AchCheckMark mark, const QString &text);
    Row &rowOf(AchCondition condition);

    StatusChip *m_status;
    QLabel *m_verdict;
    Row m_country;
    Row m_masterAgent;
    Row m_paymentHistory;
    Row m_manual;
};

} // namespace pac
