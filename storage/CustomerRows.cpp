// CustomerStore: the console's table rows, read straight from the columns (no JSON).

#include "customerindex/CustomerIndex.h"
#include "storage/CacheConnection.h"
#include "storage/CustomerRecords.h"
#include "storage/CustomerStore.h"

#include <QHash>
#include <QSqlQuery>

namespace pac {

namespace {

// The table's columns of the customers; the flags of all of them from one pass over the
// outbox and the submitted credit applications.
QString rowsSql(const QString &where)
{
    return QStringLiteral(R"(
        SELECT c.id, c.credit_limit_cents, c.balance_cents, c.updated_at,
               c.last_payment_issue_on, c.payment_terms, c.ach_status, c.ach_reason,
               c.invoice_email_count, c.account_number, c.name, c.agent_name,
               c.master_agent_name, c.emails,
               coalesce(o.waiting, 0), coalesce(o.conflicts, 0), a.customer_id IS NOT NULL,
               c.past_due_cents
        FROM customers c
        LEFT JOIN (SELECT customer_id,
                          sum(state IN ('pending', 'sending', 'failed')) AS waiting,
                          max(state = 'conflict') AS conflicts
                   FROM outbox GROUP BY customer_id) o ON o.customer_id = c.id
        LEFT JOIN (SELECT DISTINCT customer_id FROM credit_applications
                   WHERE status = 'submitted') a ON a.customer_id = c.id
        )")
        + where + QStringLiteral(" ORDER BY c.id");
}

// The same for a few customers (a sync page, an edit): their flags by index lookups, instead
// of a pass over the whole outbox and every submitted application per call.
QString someRowsSql(const QString &where)
{
    return QStringLiteral(R"(
        SELECT c.id, c.credit_limit_cents, c.balance_cents, c.updated_at,
               c.last_payment_issue_on, c.payment_terms, c.ach_status, c.ach_reason,
               c.invoice_email_count, c.account_number, c.name, c.agent_name,
               c.master_agent_name, c.emails,
               (SELECT count(*) FROM outbox o
                WHERE o.customer_id = c.id AND o.state IN ('pending', 'sending', 'failed')),
               EXISTS (SELECT 1 FROM outbox o WHERE o.customer_id = c.id AND o.state = 'conflict'),
               EXISTS (SELECT 1 FROM credit_applications a
                       WHERE a.customer_id = c.id AND a.status = 'submitted'),
               c.past_due_cents
        FROM customers c
        )")
        + where + QStringLiteral(" ORDER BY c.id");
}

// Agent names repeat across thousands of rows: keep one shared copy of each.
class StringPool
{
public:
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return {};
        auto it = m_strings.constFind(text);
        if (it == m_strings.constEnd())
            it = m_strings.insert(text, text);
        return *it;
    }

private:
    QHash<QString, QString> m_strings;
};

} // namespace

StorageStatus CustomerStore::visitRows(const QString &sql, const QVariantList &values,
                                       const std::function<bool(const CustomerRow &)> &visit) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return CustomerRecords::sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    StringPool pool;
    CustomerRow row;
    while (query.next()) {
        CustomerFacts &f = row.facts;
        f.id = query.value(0).toLongLong();
        f.creditLimitCents = query.value(1).toLongLong();
        f.balanceCents = query.value(2).toLongLong();
        f.updatedAtMsecs = query.value(3).toLongLong();
        f.lastPaymentIssueOn = query.value(4).isNull()
            ? QDate()
            : QDate::fromString(query.value(4).toString(), Qt::ISODate);
        f.terms = paymentTermsFromWire(query.value(5).toString())
                      .value_or(PaymentTermsKind::DueOnReceipt);
        f.achStatus = achStatusFromWire(query.value(6).toString()).value_or(AchStatus::NotEligible);
        f.achReason = achReasonFromWire(query.value(7).toString()).value_or(AchReason::NewCustomer);
        f.invoiceEmailCount = quint8(std::clamp(query.value(8).toInt(), 0, 255));
        f.pastDueCents = query.value(17).toLongLong();
        f.flags = {};
        if (query.value(14).toInt() > 0)
            f.flags |= CustomerRowFlag::PendingEdit;
        if (query.value(15).toInt() != 0)
            f.flags |= CustomerRowFlag::Conflict;
        if (query.value(16).toInt() != 0)
            f.flags |= CustomerRowFlag::CreditApplicationSubmitted;
        row.accountNumber = query.value(9).toString();
        row.name = query.value(10).toString();
        row.agentName = pool.intern(query.value(11).toString());
        row.masterAgentName = pool.intern(query.value(12).toString());
        row.emails = CustomerRecords::emailsOfColumn(query.value(13).toString());
        if (!visit(row))
            break;
    }
    return {};
}

StorageStatus CustomerStore::forEachRow(const std::function<bool(const CustomerRow &)> &visit) const
{
    return visitRows(rowsSql({}), {}, visit);
}

StorageResult<QList<CustomerRow>> CustomerStore::loadRows() const
{
    QList<CustomerRow> rows;
    if (const auto total = count(); total)
        rows.reserve(total.value());
    const StorageStatus read = forEachRow([&rows](const CustomerRow &row) {
        rows.append(row);
        return true;
    });
    if (!read)
        return read.error();
    return rows;
}

StorageResult<QList<CustomerRow>> CustomerStore::rowsMatching(QStringView text) const
{
    const QByteArray needle = CustomerIndex::normalizedNeedle(text);
    QList<CustomerRow> found;
    auto collect = [&found](const CustomerRow &row) {
        found.append(row);
        return true;
    };
    // instr() of two BLOBs compares bytes, as CustomerIndex::matchesNeedle does. The narrow
    // search table is scanned; only the matches are looked up for their row. Their flags come
    // from one pass over the outbox, not rows(ids)'s lookups per row: a filter may match
    // thousands of customers.
    const StorageStatus read = needle.isEmpty()
        ? visitRows(rowsSql({}), {}, collect)
        : visitRows(rowsSql(QStringLiteral("WHERE c.id IN (SELECT id FROM customer_search "
                                           "WHERE instr(text, ?) > 0)")),
                    {QVariant(needle)}, collect);
    if (!read)
        return read.error();
    return found;
}

StorageResult<QList<CustomerRow>> CustomerStore::rows(const QList<qint64> &ids) const
{
    QList<CustomerRow> found;
    // Bounded statements: SQLite limits the number of parameters of one statement.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QVariantList values;
        values.reserve(chunk.size());
        for (qint64 id : chunk)
            values.append(id);
        const QString where = QStringLiteral("WHERE c.id IN (?")
            + QStringLiteral(", ?").repeated(chunk.size() - 1) + u')';
        const StorageStatus read
            = visitRows(someRowsSql(where), values, [&found](const CustomerRow &row) {
                  found.append(row);
                  return true;
              });
        if (!read)
            return read.error();
    }
    std::sort(found.begin(), found.end(),
              [](const CustomerRow &a, const CustomerRow &b) { return a.facts.id < b.facts.id; });
    return found;
}

} // namespace pac
