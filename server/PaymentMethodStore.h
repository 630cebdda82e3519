#pragma once

#include "models/AchBankDetails.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pac::server {

class Store;

// A customer's payment methods. Of a bank account only the last 4 digits are stored; the
// routing and full account numbers live in the request and nowhere else.
class PaymentMethodStore
{
public:
    explicit PaymentMethodStore(Store &store);

    QJsonArray list(qint64 customerId); // [{id, type, last4, account_type}], oldest first
    // The new method as {id, type: "ach", last4, account_type}; nullopt on a store error.
    std::optional<QJsonObject> addAch(qint64 customerId, const AchBankDetails &details,
                                      const QDateTime &at);

private:
    Store &m_store;
};

} // namespace pac::server
