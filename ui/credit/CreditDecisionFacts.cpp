#include "ui/credit/CreditDecisionFacts.h"

namespace pac {

qint64 CreditDecisionFacts::daysAsCustomer(const Customer &customer, QDate today)
{
    if (!customer.customerSince.isValid() || !today.isValid())
        return 0;
    return qMax<qint64>(0, customer.customerSince.daysTo(today));
}

CreditDecisionFacts::PaymentIssues
CreditDecisionFacts::paymentIssuesLast12Months(const Customer &customer, QDate today)
{
    if (!customer.lastPaymentIssueOn || !customer.lastPaymentIssueOn->isValid())
        return PaymentIssues::None;
    return *customer.lastPaymentIssueOn >= today.addYears(-1) ? PaymentIssues::AtLeastOne
                                                              : PaymentIssues::None;
}

QString CreditDecisionFacts::daysAsCustomerText(const Customer &customer, QDate today)
{
    if (!customer.customerSince.isValid())
        return tr("Unknown");
    return tr("%n day(s) (since %1)", nullptr, int(daysAsCustomer(customer, today)))
        .arg(customer.customerSince.toString(Qt::ISODate));
}

QString CreditDecisionFacts::paymentIssuesText(const Customer &customer, QDate today)
{
    if (paymentIssuesLast12Months(customer, today) == PaymentIssues::None)
        return tr("None");
    return tr("At least one — the last on %1")
        .arg(customer.lastPaymentIssueOn->toString(Qt::ISODate));
}

QString CreditDecisionFacts::paymentIssuesShortText(const Customer &customer, QDate today)
{
    if (paymentIssuesLast12Months(customer, today) == PaymentIssues::None)
        return tr("None");
    return tr("Last on %1").arg(customer.lastPaymentIssueOn->toString(Qt::ISODate));
}

} // namespace pac
