#pragma once

#include "models/Customer.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace pac {

class StatusChip;

// Why a customer may or may not pay by ACH (billing rule 4), as a checklist: the verdict the
// portal computed (with the date it becomes eligible), then each condition with a mark:
// US customer? customer-level master agent? days without a payment issue (more than 90
// needed)? enabled manually by whom, when and why?
class AchChecklistWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mark { Met, NotMet, Neutral };

    explicit AchChecklistWidget(QWidget *parent = nullptr);

    // `today` is the day the clean period is counted to.
    void setCustomer(const Customer &customer, QDate today);
    void clear();

    // For tests and accessibility: the mark of a condition row ("country", "masterAgent",
    // "paymentHistory", "manual").
    Mark mark(const QString &condition) const;

private:
    struct Row
    {
        QLabel *icon;
        QLabel *text;
        Mark mark = Mark::Neutral;
    };
    Row makeRow(const QString &name);
    void setRow(Row &row, Mark mark, const QString &text);

    StatusChip *m_status;
    QLabel *m_verdict;
    Row m_country;
    Row m_masterAgent;
    Row m_paymentHistory;
    Row m_manual;
};

} // namespace pac
