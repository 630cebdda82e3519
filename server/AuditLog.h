#pragma once

#include "server/Actor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace pac::server {

class Store;

// One change of a customer, as kept in its history (billing rule 6).
struct AuditChange
{
    QString action; // e.g. "invoice_emails_changed", "credit_decision"
    QString field; // the customer field that changed, e.g. "credit_limit_cents"
    QJsonValue before;
    QJsonValue after;
};

// The audit trail: append-only entries per customer, written in the transaction of the
// change they describe; read newest first.
class AuditLog
{
public:
    explicit AuditLog(Store &store);

    bool append(qint64 customerId, const Actor &actor, const QDateTime &at,
                const AuditChange &change);

    struct Page
    {
        QJsonArray items; // {id, at, actor:{id,name,role}, action, field, before, after}
        std::optional<qint64> lastId; // set when older entries remain
    };
    // Entries with id < beforeId (all when nullopt), newest first.
    Page list(qint64 customerId, std::optional<qint64> beforeId, int limit);

private:
    Store &m_store;
};

} // namespace pac::server
