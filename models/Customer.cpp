#include "models/Customer.h"

#include <array>
#include <utility>

namespace pac {

namespace {

template<typename Enum, std::size_t N>
using WireTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr WireTable<Role, 3> kRoles{{
    {Role::Agent, u"agent"},
    {Role::MasterAgent, u"master_agent"},
    {Role::Support, u"support"},
}};
constexpr WireTable<CustomerStatus, 3> kStatuses{{
    {CustomerStatus::Active, u"active"},
    {CustomerStatus::Suspended, u"suspended"},
    {CustomerStatus::Closed, u"closed"},
}};
constexpr WireTable<PaymentTermsKind, 2> kTerms{{
    {PaymentTermsKind::DueOnReceipt, u"due_on_receipt"},
    {PaymentTermsKind::Net15, u"net15"},
}};
constexpr WireTable<AchStatus, 3> kAchStatuses{{
    {AchStatus::Enabled, u"enabled"},
    {AchStatus::Eligible, u"eligible"},
    {AchStatus::NotEligible, u"not_eligible"},
}};
constexpr WireTable<AchReason, 6> kAchReasons{{
    {AchReason::MasterAgent, u"master_agent"},
    {AchReason::GoodStanding, u"good_standing"},
    {AchReason::Manual, u"manual"},
    {AchReason::OutsideUs, u"outside_us"},
    {AchReason::RecentPaymentIssue, u"recent_payment_issue"},
    {AchReason::NewCustomer, u"new_customer"},
}};

template<typename Enum, std::size_t N>
QString wireName(const WireTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromWireName(const WireTable<Enum, N> &table, QStringView text)
{
    for (const auto &[e, name] : table) {
        if (text == QStringView(name))
            return e;
    }
    return std::nullopt;
}

} // namespace

QByteArray Customer::etag() const
{
    return '"' + QByteArray::number(version) + '"';
}

QString toWire(Role v) { return wireName(kRoles, v); }
QString toWire(CustomerStatus v) { return wireName(kStatuses, v); }
QString toWire(PaymentTermsKind v) { return wireName(kTerms, v); }
QString toWire(AchStatus v) { return wireName(kAchStatuses, v); }
QString toWire(AchReason v) { return wireName(kAchReasons, v); }
std::optional<Role> roleFromWire(QStringView t) { return fromWireName(kRoles, t); }
std::optional<CustomerStatus> customerStatusFromWire(QStringView t)
{
    return fromWireName(kStatuses, t);
}
std::optional<PaymentTermsKind> paymentTermsFromWire(QStringView t)
{
    return fromWireName(kTerms, t);
}
std::optional<AchStatus> achStatusFromWire(QStringView t) { return fromWireName(kAchStatuses, t); }
std::optional<AchReason> achReasonFromWire(QStringView t) { return fromWireName(kAchReasons, t); }

} // namespace pac
