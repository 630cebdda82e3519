#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace pac {

class CacheConnection;

// The audit history of a customer as last fetched (GET /customers/{id}/history), for the
// History tab offline.
struct CachedHistory
{
    QJsonArray entries; // [{at, actor:{id,name,role}, action, field, before, after}], as sent
    QDateTime fetchedAt; // UTC
};

class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::HistoryStore)

public:
    explicit HistoryStore(CacheConnection &connection);

    StorageStatus store(qint64 customerId, const QJsonArray &entries, const QDateTime &fetchedAt);
    StorageResult<std::optional<CachedHistory>> find(qint64 customerId) const;

private:
    CacheConnection &m_connection;
};

} // namespace pac
