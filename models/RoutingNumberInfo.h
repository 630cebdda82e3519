#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pac {

// What a routing number alone says about the bank (billing rule 4b): its first two digits
// name the Federal Reserve district that serves it and the kind of institution. It does not
// name the bank: that needs the Federal Reserve's directory, which we do not have, and we
// never invent a name.
struct RoutingNumberInfo
{
    Q_DECLARE_TR_FUNCTIONS(pac::RoutingNumberInfo)

public:
    enum class Kind { Government, Bank, Thrift, Electronic, TravelersCheques };

    int district = 0; // 1–12; 0 for the government and traveler's cheques prefixes
    Kind kind = Kind::Bank;

    // From the 9 digits (the checksum is AchBankDetails'): prefix 00 government, 01–12 banks,
    // 21–32 thrift institutions, 61–72 electronic transactions, 80 traveler's cheques;
    // nullopt for any other prefix or anything but 9 digits.
    static std::optional<RoutingNumberInfo> of(QStringView routingNumber);

    // The district's city ("Boston" … "San Francisco"), untranslated: a proper name.
    QString districtCity() const;
    // One translated sentence: "Federal Reserve district 2 (New York), a bank. The bank's
    // name is not known from the routing number alone."
    QString describe() const;
};

} // namespace pac
