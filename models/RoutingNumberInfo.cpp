#include "models/RoutingNumberInfo.h"

#include <array>

namespace pac {

std::optional<RoutingNumberInfo> RoutingNumberInfo::of(QStringView routingNumber)
{
    const QStringView digits = routingNumber.trimmed();
    if (digits.size() != 9)
        return std::nullopt;
    for (const QChar ch : digits) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
    }
    const int prefix = (digits.at(0).unicode() - u'0') * 10 + (digits.at(1).unicode() - u'0');
    RoutingNumberInfo info;
    if (prefix == 0) {
        info.kind = Kind::Government;
    } else if (prefix >= 1 && prefix <= 12) {
        info.kind = Kind::Bank;
        info.district = prefix;
    } else if (prefix >= 21 && prefix <= 32) {
        info.kind = Kind::Thrift;
        info.district = prefix - 20;
    } else if (prefix >= 61 && prefix <= 72) {
        info.kind = Kind::Electronic;
        info.district = prefix - 60;
    } else if (prefix == 80) {
        info.kind = Kind::TravelersCheques;
    } else {
        return std::nullopt;
    }
    return info;
}

QString RoutingNumberInfo::districtCity() const
{
    static constexpr std::array<const char *, 12> cities {
        "Boston",  "New York",  "Philadelphia", "Cleveland",   "Richmond", "Atlanta",
        "Chicago", "St. Louis", "Minneapolis",  "Kansas City", "Dallas",   "San Francisco"};
    if (district < 1 || district > 12)
        return {};
    return QString::fromLatin1(cities.at(district - 1));
}

QString RoutingNumberInfo::describe() const
{
    const QString unknownName = tr("The bank's name is not known from the routing number alone.");
    switch (kind) {
    case Kind::Government:
        return tr("A routing number of the United States government. %1").arg(unknownName);
    case Kind::TravelersCheques:
        return tr("A routing number for traveler's cheques, not for a bank account. %1")
            .arg(unknownName);
    case Kind::Bank:
        return tr("Federal Reserve district %1 (%2), a bank. %3")
            .arg(district)
            .arg(districtCity(), unknownName);
    case Kind::Thrift:
        return tr("Federal Reserve district %1 (%2), a thrift institution. %3")
            .arg(district)
            .arg(districtCity(), unknownName);
    case Kind::Electronic:
        return tr("Federal Reserve district %1 (%2), an electronic-payments routing number. %3")
            .arg(district)
            .arg(districtCity(), unknownName);
    }
    return {};
}

} // namespace pac
