#pragma once

#include "customerindex/CustomerRow.h"
#include "storage/CachedCustomer.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace pac {

class CacheConnection;

// The customers of the cache. Each row keeps the server copy (JSON, version, ETag) and the
// local view while edits are pending; the searchable and sortable columns (name, account
// number, emails, ...) follow what is shown. Works on the thread of its connection.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::CustomerStore)

public:
    explicit CustomerStore(CacheConnection &connection);

    // Stores server copies in ONE transaction (a sync page). A copy older than the one stored
    // (lower version) is ignored. Customers with outbox entries get their local view
    // recomputed on top of the new server copy. `syncMark`, if not 0, is recorded as the last
    // full sync that saw the customer (see removeNotSeenSince()). Returns how many copies were
    // stored (older ones are not). If `cancelled` is given and returns true between rows, the page
    // is rolled back and Kind::Cancelled returned.
    StorageResult<int> storeServerCopies(const QList<Customer> &customers, qint64 syncMark = 0,
                                         const std::function<bool()> &cancelled = {});

    // After a full sync that stamped every visible customer with `syncMark`: removes the
    // customers it did not see (no longer visible to the user), except those with outbox
    // entries. Returns how many were removed.
    StorageResult<int> removeNotSeenSince(qint64 syncMark);

    StorageResult<std::optional<CachedCustomer>> find(qint64 id) const;
    StorageResult<qint64> count() const;

    // The table rows (as forEachRow() reads them, in id order) of the customers whose search
    // text contains `text` as the customer table's filter compares it: the cache keeps a copy
    // of each customer's CustomerIndex::searchTextOf() in `customer_search`, so only those
    // rows are read. Indexed and queried, they give exactly the rows the console's table
    // shows for the text in any view. An empty text (after normalising) reads every row.
    StorageResult<QList<CustomerRow>> rowsMatching(QStringView text) const;

    // Streams every customer (full objects, ordered by id) to `visit`; stop early by
    // returning false. Memory stays flat whatever the number of customers.
    StorageStatus forEachCustomer(const std::function<bool(const CachedCustomer &)> &visit) const;

    // The console's table rows, read from the cache's columns without decoding any JSON (the
    // fast path: 100,000 rows in well under a second), ordered by id. Row flags: PendingEdit
    // when an edit is pending, being sent or refused (it waits in the outbox for the user),
    // Conflict, CreditApplicationSubmitted. Repeated agent names share one string.
    StorageResult<QList<CustomerRow>> loadRows() const;
    StorageStatus forEachRow(const std::function<bool(const CustomerRow &)> &visit) const;
    // The rows of some customers (after a sync page or an edit), in id order; ids not in the
    // cache are skipped.
    StorageResult<QList<CustomerRow>> rows(const QList<qint64> &ids) const;

private:
    // Runs one of the row SELECTs of CustomerRows.cpp with `values` bound.
    StorageStatus visitRows(const QString &sql, const QVariantList &values,
                            const std::function<bool(const CustomerRow &)> &visit) const;

    CacheConnection &m_connection;
};

} // namespace pac
