#pragma once

#include "models/FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>

class QDebug;

namespace pac {

enum class AchAccountType { Checking, Savings };

// Wire names "checking" / "savings".
QString toWire(AchAccountType type);
std::optional<AchAccountType> achAccountTypeFromWire(QStringView text);

// The bank account of an ACH payment method as typed by the user (billing rule 4). It lives
// only in memory and in the request body: only last4() is ever shown, stored or cached, and
// the full account number is never logged (operator<< prints the masked form).
struct AchBankDetails
{
    Q_DECLARE_TR_FUNCTIONS(pac::AchBankDetails)

public:
    static constexpr int RoutingDigits = 9;
    static constexpr int MinAccountDigits = 4;
    static constexpr int MaxAccountDigits = 17;
    static constexpr int MaxHolderNameLength = 100;

    QString routingNumber;
    QString accountNumber;
    QString holderName;
    std::optional<AchAccountType> accountType; // nullopt: not chosen yet

    // Every problem, with the JSON field names: routing_number (required, invalid_format:
    // not 9 digits, invalid_checksum), account_number (required, invalid_format: not 4–17
    // digits), holder_name (required after trimming, too_long), account_type (required).
    // Values are checked trimmed; digits only, no spaces or dashes inside.
    QList<FieldError> validate() const;

    // One field each, for inline messages as the user types.
    static std::optional<FieldError> validateRoutingNumber(QStringView routingNumber);
    static std::optional<FieldError> validateAccountNumber(QStringView accountNumber);
    static std::optional<FieldError> validateHolderName(QStringView holderName);

    // The ABA checksum: 9 digits d1..d9 with 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10.
    static bool isValidRoutingNumber(QStringView routingNumber);

    // The last (up to) 4 digits of the trimmed account number, and "••••6789".
    QString last4() const;
    QString maskedAccount() const;

    // Request body of `POST /customers/{id}/payment-methods`:
    // {type:"ach", routing_number, account_number, holder_name, account_type}.
    QJsonObject toJson() const;
    // Reads that body; a member that is missing or not a string stays empty (validate()
    // then says `required`); an unknown account_type is reported as invalid_format in
    // *errors. Call validate() on the result for the rest.
    static AchBankDetails fromJson(const QJsonObject &object, QList<FieldError> *errors = nullptr);
};

// Prints routing number, masked account, holder and type; never the full account number.
QDebug operator<<(QDebug debug, const AchBankDetails &details);

} // namespace pac
