#pragma once

#include "storage/CachedCustomer.h"
#include "storage/LocalEdits.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace pac {

class CacheConnection;

// Internal to storage/: reads and writes a customer (its row in `customers`, its JSON in
// `customer_documents`, its search text in `customer_search`) inside a caller's transaction,
// shared by CustomerStore (sync pages) and OutboxStore (edits), so the server copy, the
// local view and the shown columns are always derived the same way.
class CustomerRecords
{
    Q_DECLARE_TR_FUNCTIONS(pac::CustomerRecords)

public:
    struct Stored
    {
        Customer server;
        std::optional<Customer> local;
    };

    // Runs its statements from the connection's prepared statements.
    explicit CustomerRecords(CacheConnection &connection);

    StorageResult<std::optional<Stored>> load(qint64 id);

    // The versions stored for these customers (absent: not in the cache).
    StorageResult<QHash<qint64, qint64>> storedVersions(const QList<Customer> &customers);
    // Writes the server copy with its local view, the shown columns and the search text,
    // replacing what is stored whatever its version (callers check with storedVersions()),
    // and marks it seen by `syncMark` (0 = no mark).
    StorageStatus write(const Customer &server, const std::optional<Customer> &local,
                        qint64 syncMark);
    // A full sync saw the customer but brought an older copy than the stored one.
    StorageStatus markSeen(qint64 id, qint64 syncMark);
    // Stores a server copy the portal just returned, unless a newer one is stored already
    // (false then); the local view is cleared (callers recompute it).
    StorageResult<bool> storeServerCopy(const Customer &server);
    // The same, with the local view computed at once from the customer's outbox entries as
    // they are now (one write of the row instead of a write and a recompute).
    StorageResult<bool> storeServerCopyWithLocalView(const Customer &server);
    // Replaces the local view (and the shown columns) of a stored customer.
    StorageStatus setLocalView(const Customer &server, const std::optional<Customer> &local);

    // The local view of `server` with the customer's pending, sending and conflicting outbox
    // entries applied in order; nullopt when there are none (resends do not count:
    // LocalEdits::changesCustomer()).
    StorageResult<std::optional<Customer>> localViewFor(const Customer &server);
    // Recomputes and stores the local view of a stored customer from its outbox entries.
    StorageStatus refreshLocalView(qint64 id);
    // The same, given its stored server copy (read already by the caller).
    StorageStatus refreshLocalView(const Customer &server);

    // Ids of the customers that have outbox entries (any state).
    StorageResult<QSet<qint64>> customersWithEntries();

    static QString toJsonText(const Customer &customer);
    static std::optional<Customer> fromJsonText(const QString &text);
    static StorageError sqlError(const QSqlQuery &query);
    // For NOT NULL text columns: Qt binds a null QString (an empty join, a missing name) as
    // NULL, so bind "" instead.
    static QString notNull(const QString &text);
    // The `emails` column (one address a line) as a row's list of emails.
    static QStringList emailsOfColumn(const QString &emails);
    // What `customer_search` holds for a customer: CustomerIndex::searchTextOf() of the
    // row the table reads from these columns, so both always find the same customers.
    static QByteArray searchTextOfColumns(const QString &name, const QString &accountNumber,
                                          const QString &emails);

private:
    static StorageStatus run(QSqlQuery &query);
    StorageStatus writeSearchText(qint64 id, const Customer &shown);
    const LocalEdits::Context &editContext();

    CacheConnection &m_connection;
    std::optional<LocalEdits::Context> m_context;
};

} // namespace pac
