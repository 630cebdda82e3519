#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

class QDebug;

namespace pac {

// The one validation error value of the project. On the server it becomes an entry of the
// problem+json `errors[]` array; in the console an inline message beside the offending field.
//  - field:   the JSON name of the offending field, with an index where it is a list element
//             ("emails[3]", "ein", "trade_references", "billing_address.zip").
//  - code:    the machine code (see errorcode below); clients branch on it, never on message.
//  - message: human text, translated where it is made, naming the offending value
//             ("“bob@@x” is not a valid email address").
struct FieldError
{
    QString field;
    QString code;
    QString message;

    bool operator==(const FieldError &) const = default;
};

// The machine codes used by the rules of models/ (API.md lists the wire names). Add new ones
// here so that server, client and console share the spelling.
namespace errorcode {
inline constexpr QLatin1String Required {"required"};
inline constexpr QLatin1String InvalidFormat {"invalid_format"};
inline constexpr QLatin1String InvalidEmail {"invalid_email"};
inline constexpr QLatin1String Duplicate {"duplicate"};
inline constexpr QLatin1String TooMany {"too_many"};
inline constexpr QLatin1String TooFew {"too_few"};
inline constexpr QLatin1String TooLow {"too_low"};
inline constexpr QLatin1String TooHigh {"too_high"};
inline constexpr QLatin1String TooLong {"too_long"};
inline constexpr QLatin1String Negative {"negative"};
inline constexpr QLatin1String TooManyDecimals {"too_many_decimals"};
inline constexpr QLatin1String MisplacedSeparator {"misplaced_separator"};
inline constexpr QLatin1String TooLarge {"too_large"};
inline constexpr QLatin1String InvalidChecksum {"invalid_checksum"};
inline constexpr QLatin1String Mismatch {"mismatch"};
inline constexpr QLatin1String NotActive {"not_active"};
inline constexpr QLatin1String OutsideUs {"outside_us"};
inline constexpr QLatin1String AchNotEligible {"ach_not_eligible"};
inline constexpr QLatin1String InvalidTransition {"invalid_transition"};
inline constexpr QLatin1String Forbidden {"forbidden"};
inline constexpr QLatin1String NoRecipients {"no_recipients"}; // an invoice with nobody to go to
// ACH authorization and verification (billing rule 8)
inline constexpr QLatin1String AuthorizationRequired {"authorization_required"};
inline constexpr QLatin1String StaleAuthorizationText {"stale_authorization_text"};
inline constexpr QLatin1String NotVerified {"not_verified"};
inline constexpr QLatin1String VerificationFailed {"verification_failed"}; // no tries left
inline constexpr QLatin1String WrongAmounts {"wrong_amounts"}; // a try that did not match
inline constexpr QLatin1String Revoked {"revoked"}; // the method's authorization is revoked
} // namespace errorcode

// JSON form of one error ({field, code, message}) and of the `errors[]` array.
QJsonObject toJson(const FieldError &error);
QJsonArray toJson(const QList<FieldError> &errors);

// Decodes an `errors[]` entry; nullopt when it is not an object with three string members.
std::optional<FieldError> fieldErrorFromJson(const QJsonValue &value);
// Decodes an `errors[]` array, skipping malformed entries (a client must not fail on them).
QList<FieldError> fieldErrorsFromJson(const QJsonArray &array);

// The first error about `field` in `errors`, or nullptr.
const FieldError *findError(const QList<FieldError> &errors, QStringView field);

// "field: code (message)", for test failure output and debug logs.
QDebug operator<<(QDebug debug, const FieldError &error);

} // namespace pac
