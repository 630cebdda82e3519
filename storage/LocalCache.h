#pragma once

#include "storage/BulkBatchStore.h"
#include "storage/CacheConnection.h"
#include "storage/CreditApplicationStore.h"
#include "storage/CustomerStore.h"
#include "storage/DraftStore.h"
#include "storage/HistoryStore.h"
#include "storage/InvoiceStore.h"
#include "storage/MetaStore.h"
#include "storage/OutboxStore.h"
#include "storage/Profile.h"

#include <memory>

namespace pac {

// The local cache of one profile (one SQLite file): opens and migrates it, recovers outbox
// entries interrupted by a crash, and hands out the stores. Lives on the thread that opened
// it; the stores do small synchronous writes (one edit, one draft). Large writes (sync pages)
// go through CacheWriter, which has its own connection on its own thread.
class LocalCache
{
public:
    static StorageResult<std::unique_ptr<LocalCache>> open(const QString &path);
    // A second connection to a cache another LocalCache has open, for reading on another
    // thread (it belongs to the thread that opens it; destroy it there): no migration (the
    // owner did it) and no recovery of interrupted outbox entries (the owner's to do: this one
    // would put entries being sent back to pending). WAL lets it read while the owner writes.
    static StorageResult<std::unique_ptr<LocalCache>> openReader(const QString &path);
    // Creates the profile folder (0700) if needed and opens its cache.sqlite.
    static StorageResult<std::unique_ptr<LocalCache>> open(const Profile &profile);

    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    CacheConnection &connection() { return *m_connection; }
    QString path() const { return m_connection->path(); }

    CustomerStore &customers() { return m_customers; }
    OutboxStore &outbox() { return m_outbox; }
    DraftStore &drafts() { return m_drafts; }
    MetaStore &meta() { return m_meta; }
    HistoryStore &history() { return m_history; }
    InvoiceStore &invoices() { return m_invoices; }
    CreditApplicationStore &creditApplications() { return m_creditApplications; }
    BulkBatchStore &bulkBatches() { return m_bulkBatches; }

    // How many `sending` entries went back to `pending` when the cache was opened.
    int recoveredOnOpen() const { return m_recoveredOnOpen; }

    // `PRAGMA integrity_check` ("ok" when sound).
    StorageResult<QString> integrityCheck() const { return m_connection->integrityCheck(); }

private:
    explicit LocalCache(std::unique_ptr<CacheConnection> connection);

    std::unique_ptr<CacheConnection> m_connection;
    CustomerStore m_customers;
    OutboxStore m_outbox;
    DraftStore m_drafts;
    MetaStore m_meta;
    HistoryStore m_history;
    InvoiceStore m_invoices;
    CreditApplicationStore m_creditApplications;
    BulkBatchStore m_bulkBatches;
    int m_recoveredOnOpen = 0;
};

} // namespace pac
