#pragma once

#include "models/FieldError.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pac {

// Where a new ACH method stands before its first debit (billing rule 4c). Wire names
// "pending", "verified", "failed".
enum class AchVerificationState { Pending, Verified, Failed };

QString toWire(AchVerificationState state);
std::optional<AchVerificationState> achVerificationStateFromWire(QStringView text);

// The micro-deposit check: the portal sends two small deposits (1–99 cents each) to the new
// account; the customer reads them off the statement and the agent enters them. Three tries,
// then the method is `failed` and a new one is needed. The amounts are compared by the portal
// only and never kept by a client.
class AchVerification
{
    Q_DECLARE_TR_FUNCTIONS(pac::AchVerification)

public:
    static constexpr int MaxTries = 3;
    static constexpr int MinDepositCents = 1;
    static constexpr int MaxDepositCents = 99;

    // Two amounts, each 1–99 cents: field "amounts_cents", code too_few / too_many (not two)
    // or invalid_format (out of range).
    static std::optional<FieldError> validateAmounts(const QList<qint64> &cents);

    // "0.32,0.45" or "0.32 0.45" or "$0.32, $0.45" (dollars, as a customer reads them) →
    // {32, 45}. A value that is not a dollar amount under $1 with at most 2 decimals gives
    // field "amounts", code invalid_format, naming it; the count is validateAmounts'.
    static QList<qint64> parseDollars(const QString &text, std::optional<FieldError> *problem);

    // Only a verified method may become the default payment method; one not verified is
    // refused with field "verification", code not_verified.
    static std::optional<FieldError> canBeDefault(AchVerificationState state, bool revoked);
};

} // namespace pac
