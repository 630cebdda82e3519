#include "customerindex/CustomerRow.h"

#include <algorithm>

namespace pac {

QDateTime CustomerFacts::updatedAt() const
{
    if (updatedAtMsecs == kUnknownTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(updatedAtMsecs, Qt::UTC);
}

CustomerRow CustomerRow::fromCustomer(const Customer &customer)
{
    CustomerRow row;
    CustomerFacts &f = row.facts;
    f.id = customer.id;
    f.creditLimitCents = customer.creditLimitCents;
    f.balanceCents = customer.balanceCents;
    f.updatedAtMsecs = customer.updatedAt.isValid() ? customer.updatedAt.toMSecsSinceEpoch()
                                                    : CustomerFacts::kUnknownTime;
    f.lastPaymentIssueOn = customer.lastPaymentIssueOn.value_or(QDate());
    f.pastDueCents = customer.pastDueCents;
    f.terms = customer.paymentTerms;
    f.achStatus = customer.ach.status;
    f.achReason = customer.ach.reason;
    // The portal allows 10; the cap only keeps a malformed record from wrapping around.
    f.invoiceEmailCount = quint8(std::min<qsizetype>(customer.invoiceEmails.size(), 255));

    row.accountNumber = customer.accountNumber;
    row.name = customer.name;
    row.agentName = customer.agent.name;
    if (customer.masterAgent)
        row.masterAgentName = customer.masterAgent->name;
    row.emails.reserve(customer.invoiceEmails.size() + customer.billingContacts.size());
    row.emails += customer.invoiceEmails;
    for (const BillingContact &contact : customer.billingContacts)
        row.emails.append(contact.email);
    return row;
}

} // namespace pac
