#include "storage/CustomerStore.h"

#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/Log.h"

#include <QSqlQuery>

namespace pac {

namespace {

// Customers with their outbox flags, for forEachCustomer: the flags of every customer at once,
// from one pass over the outbox and the submitted credit applications.
QString cachedCustomersSql(const QString &where, const QString &orderBy)
{
    return QStringLiteral(R"(
        SELECT c.id, d.server_json, d.local_json,
               coalesce(o.pending, 0), coalesce(o.conflicts, 0), coalesce(o.failed, 0),
               a.customer_id IS NOT NULL, coalesce(o.resends, 0)
        FROM customers c
        JOIN customer_documents d ON d.id = c.id
        LEFT JOIN (SELECT customer_id,
                          sum(state IN ('pending', 'sending')
                              AND kind <> 'invoice_resend') AS pending,
                          sum(state IN ('pending', 'sending')
                              AND kind = 'invoice_resend') AS resends,
                          max(state = 'conflict') AS conflicts,
                          max(state = 'failed') AS failed
                   FROM outbox GROUP BY customer_id) o ON o.customer_id = c.id
        LEFT JOIN (SELECT DISTINCT customer_id FROM credit_applications
                   WHERE status = 'submitted') a ON a.customer_id = c.id
        )")
        + where + QStringLiteral(" ORDER BY ") + orderBy;
}

// One customer with the same flags, looked up by the customer's index entries only: the pass
// over every outbox entry and submitted application above costs milliseconds once the outbox
// holds a thousand edits, and every edit reads its customer first.
const QString &oneCachedCustomerSql()
{
    static const QString sql = QStringLiteral(R"(
        SELECT c.id, d.server_json, d.local_json,
               (SELECT count(*) FROM outbox o
                WHERE o.customer_id = c.id AND o.state IN ('pending', 'sending')
                  AND o.kind <> 'invoice_resend'),
               EXISTS (SELECT 1 FROM outbox o WHERE o.customer_id = c.id AND o.state = 'conflict'),
               EXISTS (SELECT 1 FROM outbox o WHERE o.customer_id = c.id AND o.state = 'failed'),
               EXISTS (SELECT 1 FROM credit_applications a
                       WHERE a.customer_id = c.id AND a.status = 'submitted'),
               (SELECT count(*) FROM outbox o
                WHERE o.customer_id = c.id AND o.state IN ('pending', 'sending')
                  AND o.kind = 'invoice_resend')
        FROM customers c
        JOIN customer_documents d ON d.id = c.id
        WHERE c.id = ?)");
    return sql;
}

std::optional<CachedCustomer> cachedFromRow(const QSqlQuery &query)
{
    const auto server = CustomerRecords::fromJsonText(query.value(1).toString());
    if (!server) {
        qCWarning(lcStorage) << "damaged server copy of customer" << query.value(0).toLongLong();
        return std::nullopt;
    }
    CachedCustomer cached;
    cached.server = *server;
    if (!query.value(2).isNull())
        cached.local = CustomerRecords::fromJsonText(query.value(2).toString());
    cached.flags.pendingEdits = query.value(3).toInt();
    cached.flags.conflict = query.value(4).toInt() != 0;
    cached.flags.failed = query.value(5).toInt() != 0;
    cached.flags.submittedCreditApplication = query.value(6).toInt() != 0;
    cached.flags.pendingResends = query.value(7).toInt();
    return cached;
}

} // namespace

CustomerStore::CustomerStore(CacheConnection &connection)
    : m_connection(connection)
{ }

StorageResult<int> CustomerStore::storeServerCopies(const QList<Customer> &customers,
                                                    qint64 syncMark,
                                                    const std::function<bool()> &cancelled)
{
    SqlTransaction transaction(m_connection, QStringLiteral("customer page"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    CustomerRecords records(m_connection);
    // The outbox is small: one look tells which customers need their local view rebuilt.
    const auto withEntries = records.customersWithEntries();
    if (!withEntries)
        return withEntries.error();
    auto versions = records.storedVersions(customers);
    if (!versions)
        return versions.error();
    int written = 0;
    for (const Customer &customer : customers) {
        if (cancelled && cancelled()) {
            transaction.rollback();
            return StorageError::make(StorageError::Kind::Cancelled,
                                      tr("Saving customers was cancelled."));
        }
        // A copy older than the stored one (a stale page after an edit completed) is
        // ignored, though a full sync did see the customer.
        if (versions.value().value(customer.id, customer.version) > customer.version) {
            if (syncMark != 0) {
                if (StorageStatus seen = records.markSeen(customer.id, syncMark); !seen)
                    return seen.error();
            }
            continue;
        }
        std::optional<Customer> local;
        if (withEntries.value().contains(customer.id)) {
            const auto view = records.localViewFor(customer);
            if (!view)
                return view.error();
            local = view.value();
        }
        if (StorageStatus stored = records.write(customer, local, syncMark); !stored)
            return stored.error();
        versions.value().insert(customer.id, customer.version);
        ++written;
    }
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

StorageResult<int> CustomerStore::removeNotSeenSince(qint64 syncMark)
{
    SqlTransaction transaction(m_connection, QStringLiteral("remove unseen customers"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM customers WHERE last_seen_sync < ? "
                                 "AND id NOT IN (SELECT customer_id FROM outbox)"));
    query.addBindValue(syncMark);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    const int removed = query.numRowsAffected();
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    return removed;
}

StorageResult<std::optional<CachedCustomer>> CustomerStore::find(qint64 id) const
{
    PreparedQuery query = m_connection.prepared(oneCachedCustomerSql());
    query->addBindValue(id);
    if (!query->exec())
        return CustomerRecords::sqlError(*query);
    if (!query->next())
        return std::optional<CachedCustomer>();
    auto cached = cachedFromRow(*query);
    if (!cached) {
        return StorageError::make(StorageError::Kind::Sql,
                                  tr("The local copy of customer %1 is damaged.").arg(id));
    }
    return cached;
}

StorageResult<qint64> CustomerStore::count() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM customers")) || !query.next())
        return CustomerRecords::sqlError(query);
    return query.value(0).toLongLong();
}

StorageStatus
CustomerStore::forEachCustomer(const std::function<bool(const CachedCustomer &)> &visit) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(cachedCustomersSql({}, QStringLiteral("c.id"))))
        return CustomerRecords::sqlError(query);
    while (query.next()) {
        const auto cached = cachedFromRow(query);
        if (cached && !visit(*cached))
            break;
    }
    return {};
}

} // namespace pac
