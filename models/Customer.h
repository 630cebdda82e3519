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
std::optional<Role> roleFromWire(QStringView);
std::optional<CustomerStatus> customerStatusFromWire(QStringView);
std::optional<PaymentTermsKind> paymentTermsFromWire(QStringView);
std::optional<AchStatus> achStatusFromWire(QStringView);
std::optional<AchReason> achReasonFromWire(QStringView);

} // namespace pac
