#pragma once

#include "models/Customer.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pac {

// What support weighs when deciding a credit application, from the customer as the cache
// holds it (DESIGN.md rule 3 and the decision queue).
//
// Payment issues: the Customer resource says only when the LAST one was
// (`last_payment_issue_on`), not how many there were. So "in the last 12 months" is either
// none (no issue, or the last one is older) or at least one (the last one falls inside) —
// never an invented count.
class CreditDecisionFacts
{
    Q_DECLARE_TR_FUNCTIONS(pac::CreditDecisionFacts)

public:
    enum class PaymentIssues { None, AtLeastOne };

    // Whole days since customer_since (0 on the first day; 0 when unknown).
    static qint64 daysAsCustomer(const Customer &customer, QDate today);
    // Within the 12 months before `today` (the same day a year ago included).
    static PaymentIssues paymentIssuesLast12Months(const Customer &customer, QDate today);

    // "412 days (since 2025-01-30)"
    static QString daysAsCustomerText(const Customer &customer, QDate today);
    // "None" or "At least one — the last on 2026-02-03"
    static QString paymentIssuesText(const Customer &customer, QDate today);
    // For a table column: "None" or "Last on 2026-02-03"
    static QString paymentIssuesShortText(const Customer &customer, QDate today);
};

} // namespace pac
