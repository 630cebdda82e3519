#pragma once

#include "models/AchAuthorization.h"
#include "models/AchBankDetails.h"
#include "models/AchVerification.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pac::server {

class Store;

// Who revoked a method's authorization, when and why (billing rule 8).
struct PaymentMethodRevocation
{
    QDateTime at;
    QString by; // the display name of the user who revoked it
    QString reason;
};

// One payment method as the store keeps it. Of a bank account only the last 4 digits.
struct PaymentMethodRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString type; // "ach" or "card"
    QString last4;
    std::optional<QString> accountType; // checking / savings; none for a card
    QString holderName;
    AchVerificationState verification = AchVerificationState::Verified;
    int triesLeft = AchVerification::MaxTries;
    bool isDefault = false;
    QDateTime createdAt;
    // With its text as accepted and who recorded it; none for a method stored before the
    // portal kept authorizations (schema 6) and for cards.
    std::optional<AchAuthorization> authorization;
    std::optional<PaymentMethodRevocation> revoked;

    bool isAch() const { return type == QLatin1String("ach"); }
    // {id, type, last4, account_type, holder_name, bank_name: null, verification, tries_left,
    //  default, created_at, authorization | null, revoked: {at, by, reason} | null}
    QJsonObject toJson() const;
    // What history entries name a method by: {id, last4}.
    QJsonObject reference() const;
};

// A customer's payment methods. The routing and full account numbers live in the request and
// nowhere else; the micro-deposit amounts are never stored (server/MicroDeposits.h).
class PaymentMethodStore
{
public:
    explicit PaymentMethodStore(Store &store);

    QJsonArray list(qint64 customerId); // PaymentMethodRecord::toJson() of each, oldest first
    std::optional<PaymentMethodRecord> find(qint64 methodId);
    // The new method: pending, MaxTries tries, not the default, with `authorization` as
    // given (its text and recorded_by filled by the caller). nullopt on a store error.
    std::optional<PaymentMethodRecord> addAch(qint64 customerId, const AchBankDetails &details,
                                              const AchAuthorization &authorization,
                                              const QDateTime &at);
    bool setVerification(qint64 methodId, AchVerificationState state, int triesLeft);
    // The method becomes the customer's default, every other method of it not.
    bool makeDefault(qint64 customerId, qint64 methodId);
    // Revoked, and no longer the default.
    bool revoke(qint64 methodId, const PaymentMethodRevocation &revocation);
    // The customer's default method, if any.
    std::optional<PaymentMethodRecord> defaultOf(qint64 customerId);

private:
    Store &m_store;
};

} // namespace pac::server
