#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pac {

// The Customer resource of the portal API (docs/portal-api.yaml). Field names follow the JSON
// names; money is integer cents.

enum class Role { Agent, MasterAgent, Support };
enum class CustomerStatus { Active, Suspended, Closed };
enum class PaymentTermsKind { DueOnReceipt, Net15 };
enum class AchStatus { Enabled, Eligible, NotEligible };
enum class AchReason {
    MasterAgent,
    GoodStanding,
    Manual,
    OutsideUs,
    RecentPaymentIssue,
    NewCustomer
};

struct PersonRef
{
    qint64 id = 0;
    QString name;
    bool operator==(const PersonRef &) const = default;
};

struct BillingContact
{
    qint64 id = 0;
    QString name;
    QString email;
    bool operator==(const BillingContact &) const = default;
};

// Who enabled ACH by hand, when and why (billing rule 4c).
struct ManualAchEnable
{
    PersonRef by;
    QDateTime at;
    QString reason;
    bool operator==(const ManualAchEnable &) const = default;
};

struct AchState
{
    AchStatus status = AchStatus::NotEligible;
    AchReason reason = AchReason::NewCustomer;
    std::optional<QDate> eligibleOn;
    std::optional<ManualAchEnable> enabledBy;
    bool operator==(const AchState &) const = default;
};

// What the Customer's `last_payment_issue` says (billing rule 7c): the issue behind
// `last_payment_issue_on`, as InvoiceRules::lastPaymentIssue() derives it from the customer's
// invoices and payments. `on` always equals the customer's lastPaymentIssueOn.
enum class PaymentIssueKind { FailedPayment, PastDue };

struct PaymentIssue
{
    PaymentIssueKind kind = PaymentIssueKind::FailedPayment;
    QString invoiceNumber; // "INV-2026-0142"; empty when the payment names no known invoice
    // The latest day the issue existed: a failed payment's day; for an invoice paid late the
    // day it was paid; for one still past due the portal's today (billing rule 7c).
    QDate on;
    // The failed payment's amount, or the past-due invoice's amount_cents.
    qint64 amountCents = 0;
    std::optional<QString> failureReason; // a failed payment's reason, as the processor said
    // An invoice that is past due and still unpaid: `on` is only the day the portal derived it
    // (its today), the 90 clean days have not started and ACH `eligible_on` is null. Without
    // this a client reading the issue a day later could not tell it from one paid yesterday.
    bool stillPastDue = false;
    bool operator==(const PaymentIssue &) const = default;
};

struct Customer
{
    qint64 id = 0;
    QString accountNumber;
    QString name;
    QString country; // ISO 3166-1 alpha-2, "US"
    CustomerStatus status = CustomerStatus::Active;
    PersonRef agent;
    std::optional<PersonRef> masterAgent;
    QDate customerSince;
    PaymentTermsKind paymentTerms = PaymentTermsKind::DueOnReceipt;
    qint64 creditLimitCents = 0;
    qint64 balanceCents = 0;
    QStringList invoiceEmails;
    QList<BillingContact> billingContacts;
    AchState ach;
    std::optional<QDate> lastPaymentIssueOn;
    // The issue behind lastPaymentIssueOn (its `on` is that date); nullopt from a portal or a
    // cache copy that predates it, or when there was no issue.
    std::optional<PaymentIssue> lastPaymentIssue;
    // Owed on invoices past their due date, unpaid, on the portal's today (billing rule 7b:
    // InvoiceRules::pastDueCents); 0 from a portal or a cache copy that predates it.
    qint64 pastDueCents = 0;
    qint64 version = 0;
    QDateTime updatedAt;

    bool operator==(const Customer &) const = default;

    // The strong entity tag of this version: "<version>" with the quotes (API.md: ETag).
    QByteArray etag() const;
};

// Wire names of the enums ("net15", "master_agent", ...). fromWire returns nullopt for
// anything else, so a decoder can name the bad field.
QString toWire(Role);
QString toWire(CustomerStatus);
QString toWire(PaymentTermsKind);
QString toWire(AchStatus);
QString toWire(AchReason);
QString toWire(PaymentIssueKind);
std::optional<Role> roleFromWire(QStringView);
std::optional<CustomerStatus> customerStatusFromWire(QStringView);
std::optional<PaymentTermsKind> paymentTermsFromWire(QStringView);
std::optional<AchStatus> achStatusFromWire(QStringView);
std::optional<AchReason> achReasonFromWire(QStringView);
std::optional<PaymentIssueKind> paymentIssueKindFromWire(QStringView);

} // namespace pac
