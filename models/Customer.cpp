#include "models/Customer.h"

#include "models/WireTable.h"

namespace pac {

namespace {

constexpr wire::Table<Role, 3> kRoles {{
    {Role::Agent, u"agent"},
    {Role::MasterAgent, u"master_agent"},
    {Role::Support, u"support"},
}};
constexpr wire::Table<CustomerStatus, 3> kStatuses {{
    {CustomerStatus::Active, u"active"},
    {CustomerStatus::Suspended, u"suspended"},
    {CustomerStatus::Closed, u"closed"},
}};
constexpr wire::Table<PaymentTermsKind, 2> kTerms {{
    {PaymentTermsKind::DueOnReceipt, u"due_on_receipt"},
    {PaymentTermsKind::Net15, u"net15"},
}};
constexpr wire::Table<AchStatus, 3> kAchStatuses {{
    {AchStatus::Enabled, u"enabled"},
    {AchStatus::Eligible, u"eligible"},
    {AchStatus::NotEligible, u"not_eligible"},
}};
constexpr wire::Table<AchReason, 6> kAchReasons {{
    {AchReason::MasterAgent, u"master_agent"},
    {AchReason::GoodStanding, u"good_standing"},
    {AchReason::Manual, u"manual"},
    {AchReason::OutsideUs, u"outside_us"},
    {AchReason::RecentPaymentIssue, u"recent_payment_issue"},
    {AchReason::NewCustomer, u"new_customer"},
}};
constexpr wire::Table<PaymentIssueKind, 2> kPaymentIssueKinds {{
    {PaymentIssueKind::FailedPayment, u"failed_payment"},
    {PaymentIssueKind::PastDue, u"past_due"},
}};

} // namespace

QByteArray Customer::etag() const
{
    return '"' + QByteArray::number(version) + '"';
}

QString toWire(Role v)
{
    return wire::nameOf(kRoles, v);
}
QString toWire(CustomerStatus v)
{
    return wire::nameOf(kStatuses, v);
}
QString toWire(PaymentTermsKind v)
{
    return wire::nameOf(kTerms, v);
}
QString toWire(AchStatus v)
{
    return wire::nameOf(kAchStatuses, v);
}
QString toWire(AchReason v)
{
    return wire::nameOf(kAchReasons, v);
}
QString toWire(PaymentIssueKind v)
{
    return wire::nameOf(kPaymentIssueKinds, v);
}
std::optional<Role> roleFromWire(QStringView t)
{
    return wire::valueOf(kRoles, t);
}
std::optional<CustomerStatus> customerStatusFromWire(QStringView t)
{
    return wire::valueOf(kStatuses, t);
}
std::optional<PaymentTermsKind> paymentTermsFromWire(QStringView t)
{
    return wire::valueOf(kTerms, t);
}
std::optional<AchStatus> achStatusFromWire(QStringView t)
{
    return wire::valueOf(kAchStatuses, t);
}
std::optional<AchReason> achReasonFromWire(QStringView t)
{
    return wire::valueOf(kAchReasons, t);
}
std::optional<PaymentIssueKind> paymentIssueKindFromWire(QStringView t)
{
    return wire::valueOf(kPaymentIssueKinds, t);
}

} // namespace pac
