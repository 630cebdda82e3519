#pragma once

#include "models/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <limits>

namespace pac {

// State the cache and sync layer keeps beside a customer (not part of the API resource).
enum class CustomerRowFlag : quint8 {
    PendingEdit = 0x1, // an edit of this customer waits in the outbox
    Conflict = 0x2, // an edit was refused with 412 and waits for the user
    CreditApplicationSubmitted = 0x4, // a submitted credit application awaits a decision
};
Q_DECLARE_FLAGS(CustomerRowFlags, CustomerRowFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(CustomerRowFlags)

// The fixed-size part of a customer row: what the views and the numeric columns need.
struct CustomerFacts
{
    // updatedAtMsecs when the time is unknown; it sorts last.
    static constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();

    qint64 id = 0;
    qint64 creditLimitCents = 0;
    qint64 balanceCents = 0;
    qint64 updatedAtMsecs = kUnknownTime; // UTC milliseconds since the epoch
    QDate lastPaymentIssueOn; // null: no payment issue on record
    PaymentTermsKind terms = PaymentTermsKind::DueOnReceipt;
    AchStatus achStatus = AchStatus::NotEligible;
    AchReason achReason = AchReason::NewCustomer;
    qint64 pastDueCents = 0; // the Customer's past_due_cents (billing rule 7b)
    quint8 invoiceEmailCount = 0;
    CustomerRowFlags flags;

    QDateTime updatedAt() const;
    bool operator==(const CustomerFacts &) const = default;
};

// One row of the customer table: what the table, the views and the filter need, and no more.
// The storage layer produces these from its cache; CustomerIndex keeps them compactly.
struct CustomerRow
{
    CustomerFacts facts;
    QString accountNumber;
    QString name;
    QString agentName;
    QString masterAgentName; // empty: no customer-level master agent
    QStringList emails; // searchable: the invoice emails, then the billing contacts' emails

    bool operator==(const CustomerRow &) const = default;

    // The row of a customer as the portal sent it; the flags start cleared.
    static CustomerRow fromCustomer(const Customer &customer);
};

} // namespace pac
