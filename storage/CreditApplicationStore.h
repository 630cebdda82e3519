#pragma once

#include "models/CreditApplication.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace pac {

class CacheConnection;

// A credit application as the portal last sent it (submitted, approved, declined), for status
// following and the support queue. The JSON is the portal's; `id`, `customer_id` and `status`
// are read from it and indexed.
struct CreditApplicationRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    CreditApplicationStatus status = CreditApplicationStatus::Submitted; // never Draft
    QJsonObject json;
    QByteArray etag;
    QDateTime storedAt; // UTC
};

class CreditApplicationStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::CreditApplicationStore)

public:
    explicit CreditApplicationStore(CacheConnection &connection);

    // Stores (inserts or replaces) applications, in one transaction. Build records from the
    // portal's JSON with recordFromJson().
    StorageStatus store(const QList<CreditApplicationRecord> &records);

    StorageResult<std::optional<CreditApplicationRecord>> find(qint64 id) const;
    StorageResult<QList<CreditApplicationRecord>> listFor(qint64 customerId) const;
    // By status (Submitted for the support queue); nullopt = all. Oldest id first.
    StorageResult<QList<CreditApplicationRecord>>
    listByStatus(std::optional<CreditApplicationStatus> status = std::nullopt) const;
    // The ids of the applications in `status` of these customers, oldest first, without
    // reading their JSON (a delta sync follows the submitted ones of the changed customers).
    StorageResult<QList<qint64>> idsWithStatus(CreditApplicationStatus status,
                                               const QSet<qint64> &customerIds) const;

    // A record of an application object as the portal sent it (with its ETag, if any):
    // nullopt, and *badField set to the JSON name, unless it has an integer `id` and
    // `customer_id` and a string `status`.
    static std::optional<CreditApplicationRecord> recordFromJson(const QJsonObject &json,
                                                                 const QByteArray &etag = {},
                                                                 QString *badField = nullptr);

private:
    CacheConnection &m_connection;
};

} // namespace pac
