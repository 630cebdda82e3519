#pragma once

#include "models/AchEligibility.h"
#include "models/Customer.h"
#include "models/Permissions.h"
#include "server/Cursor.h"
#include "server/PreparedQueries.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace pac::server {

class ServerClock;
class SqliteStatement;
class Store;

// How the listing's row carries a customer's invoice emails and billing contacts: the JSON
// arrays of SQLite's json_group_array(), read by hand (exact for any JSON string: escapes,
// \uXXXX, non-ASCII) without building a QJsonDocument. Reading stops at a malformed item.
namespace customerrows {
// ["email", …], in position order.
QStringList emailsFromJson(QByteArrayView json);
// [[id, "name", "email"], …], in id order.
QList<BillingContact> contactsFromJson(QByteArrayView json);
} // namespace customerrows

// A customer as the store holds it: the API resource (its `ach` computed by AchEligibility
// for today from the stored facts) plus what the rules need beside it.
struct CustomerRecord
{
    Customer customer;
    CustomerOwnership ownership;
    AchFacts achFacts;
};

// Reads and writes customers. Reads build the resource from one query; every write bumps
// the customer's version and updated_at (its ETag and the delta order).
class CustomerRepository
{
public:
    CustomerRepository(Store &store, ServerClock &clock);

    std::optional<CustomerRecord> find(qint64 id);
    // Only who the customer belongs to (visibility of what hangs off it: invoices,
    // payments), without building the resource.
    std::optional<CustomerOwnership> ownership(qint64 id);

    struct ListQuery
    {
        Viewer viewer;
        int limit = 100;
        std::optional<CursorPosition> after;
        std::optional<QDateTime> updatedSince; // set: a delta ordered by (updated_at, id)
        QString search; // q: case-insensitive substring, may be empty
    };
    struct ListPage
    {
        QList<Customer> items; // visible to the viewer only
        std::optional<CursorPosition> next;
    };
    ListPage list(const ListQuery &query);

    bool setInvoiceEmails(qint64 id, const QStringList &emails, const QDateTime &at);
    bool setTermsAndLimit(qint64 id, PaymentTermsKind terms, qint64 creditLimitCents,
                          const QDateTime &at);
    bool setCreditLimit(qint64 id, qint64 creditLimitCents, const QDateTime &at);
    bool setManualAchEnable(qint64 id, const ManualAchEnable &enable, const QDateTime &at);
    // A change that lives in another table (an ACH method added): new version, same fields.
    bool markChanged(qint64 id, const QDateTime &at);

private:
    // The one decoding of kSelect's row (find() and list()).
    std::optional<CustomerRecord> recordFromRow(const SqliteStatement &row,
                                                const QDate &today) const;

    Store &m_store;
    ServerClock &m_clock;
    PreparedQueries m_queries;
};

} // namespace pac::server
