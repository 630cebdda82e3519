#include "storage/LocalCache.h"

#include "storage/Log.h"

namespace pac {

LocalCache::LocalCache(std::unique_ptr<CacheConnection> connection)
    : m_connection(std::move(connection))
    , m_customers(*m_connection)
    , m_outbox(*m_connection)
    , m_drafts(*m_connection)
    , m_meta(*m_connection)
    , m_history(*m_connection)
    , m_invoices(*m_connection)
    , m_creditApplications(*m_connection)
    , m_bulkBatches(*m_connection)
{ }

StorageResult<std::unique_ptr<LocalCache>> LocalCache::open(const QString &path)
{
    auto connection = CacheConnection::open(path);
    if (!connection)
        return connection.error();
    std::unique_ptr<LocalCache> cache(new LocalCache(std::move(connection).value()));
    // A crash while sending leaves entries in `sending`: they go out again, with the same
    // idempotency key, so the portal replays its first answer instead of applying twice.
    const auto recovered = cache->m_outbox.recoverInterrupted();
    if (!recovered)
        return recovered.error();
    cache->m_recoveredOnOpen = recovered.value();
    qCDebug(lcStorage) << "opened local cache" << path;
    return cache;
}

StorageResult<std::unique_ptr<LocalCache>> LocalCache::openReader(const QString &path)
{
    auto connection = CacheConnection::openUnmigrated(path);
    if (!connection)
        return connection.error();
    return std::unique_ptr<LocalCache>(new LocalCache(std::move(connection).value()));
}

StorageResult<std::unique_ptr<LocalCache>> LocalCache::open(const Profile &profile)
{
    if (StorageStatus exists = profile.ensureExists(); !exists)
        return exists.error();
    return open(profile.cachePath());
}

} // namespace pac
