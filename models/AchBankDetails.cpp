#include "models/AchBankDetails.h"

#include <QDebug>

namespace pac {

namespace {

bool allAsciiDigits(QStringView text)
{
    for (const QChar ch : text) {
        if (ch < u'0' || ch > u'9')
            return false;
    }
    return true;
}

FieldError error(const char16_t *field, QLatin1String code, const QString &message)
{
    return {QString::fromUtf16(field), QString(code), message};
}

QString readString(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

} // namespace

QString toWire(AchAccountType type)
{
    switch (type) {
    case AchAccountType::Checking:
        return QStringLiteral("checking");
    case AchAccountType::Savings:
        return QStringLiteral("savings");
    }
    return {};
}

std::optional<AchAccountType> achAccountTypeFromWire(QStringView text)
{
    if (text == u"checking")
        return AchAccountType::Checking;
    if (text == u"savings")
        return AchAccountType::Savings;
    return std::nullopt;
}

bool AchBankDetails::isValidRoutingNumber(QStringView routingNumber)
{
    if (routingNumber.size() != RoutingDigits || !allAsciiDigits(routingNumber))
        return false;
    static constexpr int weights[RoutingDigits] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
    int sum = 0;
    for (int i = 0; i < RoutingDigits; ++i)
        sum += weights[i] * (routingNumber.at(i).unicode() - u'0');
    return sum % 10 == 0;
}

std::optional<FieldError> AchBankDetails::validateRoutingNumber(QStringView routingNumber)
{
    const QStringView value = routingNumber.trimmed();
    if (value.isEmpty())
        return error(u"routing_number", errorcode::Required, tr("Enter the routing number."));
    if (value.size() != RoutingDigits || !allAsciiDigits(value)) {
        return error(u"routing_number", errorcode::InvalidFormat,
                     tr("“%1” is not a routing number: a routing number has %n digit(s).", nullptr,
                        RoutingDigits)
                         .arg(value));
    }
    if (!isValidRoutingNumber(value)) {
        return error(
            u"routing_number", errorcode::InvalidChecksum,
            tr("“%1” is not a valid routing number: its check digit is wrong.").arg(value));
    }
    return std::nullopt;
}

std::optional<FieldError> AchBankDetails::validateAccountNumber(QStringView accountNumber)
{
    // The message never repeats the account number: it may end up in logs or screenshots.
    const QStringView value = accountNumber.trimmed();
    if (value.isEmpty())
        return error(u"account_number", errorcode::Required, tr("Enter the account number."));
    if (value.size() < MinAccountDigits || value.size() > MaxAccountDigits
        || !allAsciiDigits(value)) {
        return error(u"account_number", errorcode::InvalidFormat,
                     tr("An account number has %1 to %2 digits and nothing else.")
                         .arg(MinAccountDigits)
                         .arg(MaxAccountDigits));
    }
    return std::nullopt;
}

std::optional<FieldError> AchBankDetails::validateHolderName(QStringView holderName)
{
    const QStringView value = holderName.trimmed();
    if (value.isEmpty()) {
        return error(u"holder_name", errorcode::Required,
                     tr("Enter the name of the account holder."));
    }
    if (value.size() > MaxHolderNameLength) {
        return error(u"holder_name", errorcode::TooLong,
                     tr("The holder name has %1 characters; at most %2 are allowed.")
                         .arg(value.size())
                         .arg(MaxHolderNameLength));
    }
    return std::nullopt;
}

QList<FieldError> AchBankDetails::validate() const
{
    QList<FieldError> errors;
    for (const auto &check :
         {validateRoutingNumber(routingNumber), validateAccountNumber(accountNumber),
          validateHolderName(holderName)}) {
        if (check)
            errors.append(*check);
    }
    if (!accountType) {
        errors.append(
            error(u"account_type", errorcode::Required, tr("Choose checking or savings.")));
    }
    return errors;
}

QString AchBankDetails::last4() const
{
    return accountNumber.trimmed().right(4);
}

QString AchBankDetails::maskedAccount() const
{
    return QStringLiteral("••••") + last4();
}

QJsonObject AchBankDetails::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("ach")},
            {QStringLiteral("routing_number"), routingNumber.trimmed()},
            {QStringLiteral("account_number"), accountNumber.trimmed()},
            {QStringLiteral("holder_name"), holderName.trimmed()},
            {QStringLiteral("account_type"),
             accountType ? QJsonValue(toWire(*accountType)) : QJsonValue(QJsonValue::Null)}};
}

AchBankDetails AchBankDetails::fromJson(const QJsonObject &object, QList<FieldError> *errors)
{
    AchBankDetails details;
    details.routingNumber = readString(object, QStringLiteral("routing_number"));
    details.accountNumber = readString(object, QStringLiteral("account_number"));
    details.holderName = readString(object, QStringLiteral("holder_name"));
    const QJsonValue type = object.value(QStringLiteral("account_type"));
    details.accountType = achAccountTypeFromWire(type.toString());
    const bool given
        = type.isString() ? !type.toString().isEmpty() : !type.isNull() && !type.isUndefined();
    if (!details.accountType && given && errors) {
        const QString shown = type.isString() ? type.toString() : QStringLiteral("?");
        errors->append(
            error(u"account_type", errorcode::InvalidFormat,
                  tr("“%1” is not an account type; use checking or savings.").arg(shown)));
    }
    return details;
}

QDebug operator<<(QDebug debug, const AchBankDetails &details)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "AchBankDetails(routing " << details.routingNumber << ", account "
                    << details.maskedAccount() << ", holder " << details.holderName << ", "
                    << (details.accountType ? toWire(*details.accountType) : QStringLiteral("?"))
                    << ')';
    return debug;
}

} // namespace pac
