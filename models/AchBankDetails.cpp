#include "models/AchBankDetails.h"

#include <QDebug>

namespace pac {

QString toWire(AchAccountType type)
{
    return type == AchAccountType::Savings ? QStringLiteral("savings") : QStringLiteral("checking");
}

std::optional<AchAccountType> achAccountTypeFromWire(QStringView text)
{
    if (text == u"checking")
        return AchAccountType::Checking;
    if (text == u"savings")
        return AchAccountType::Savings;
    return std::nullopt;
}

QList<FieldError> AchBankDetails::validate() const
{
    return {};
}

std::optional<FieldError> AchBankDetails::validateRoutingNumber(QStringView routingNumber)
{
    Q_UNUSED(routingNumber)
    return std::nullopt;
}

std::optional<FieldError> AchBankDetails::validateAccountNumber(QStringView accountNumber)
{
    Q_UNUSED(accountNumber)
    return std::nullopt;
}

std::optional<FieldError> AchBankDetails::validateHolderName(QStringView holderName)
{
    Q_UNUSED(holderName)
    return std::nullopt;
}

bool AchBankDetails::isValidRoutingNumber(QStringView routingNumber)
{
    return routingNumber.size() == RoutingDigits;
}

QString AchBankDetails::last4() const
{
    return accountNumber.right(4);
}

QString AchBankDetails::maskedAccount() const
{
    return QStringLiteral("••••") + last4();
}

QJsonObject AchBankDetails::toJson() const
{
    return {};
}

AchBankDetails AchBankDetails::fromJson(const QJsonObject &object, QList<FieldError> *errors)
{
    Q_UNUSED(object)
    Q_UNUSED(errors)
    return {};
}

QDebug operator<<(QDebug debug, const AchBankDetails &details)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "AchBankDetails(" << details.maskedAccount() << ')';
    return debug;
}

} // namespace pac
