#include "server/CustomerRepository.h"

#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/PaymentIssueBasis.h"
#include "server/ServerClock.h"
#include "server/Store.h"
#include "server/VisibilityFilter.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

// One row per customer: its own columns, the names it refers to, and the facts of other
// tables gathered by correlated subqueries (each served by an index). The payment issue comes
// from the derived basis column: the few records that decide it (server/PaymentIssueBasis.h).
const QLatin1String kSelect(
    "SELECT c.id, c.account_number, c.name, c.country, c.status, c.agent_id, a.name,"
    " a.master_agent_id, c.master_agent_id, m.name, c.customer_since, c.payment_terms,"
    " c.credit_limit_cents, c.balance_cents, c.ach_manual_by, mb.name, c.ach_manual_at,"
    " c.ach_manual_reason, c.version, c.updated_at,"
    " c.payment_issue_basis,"
    // An ACH method is on file once verified, until revoked (billing rule 8).
    " EXISTS (SELECT 1 FROM payment_methods pm WHERE pm.customer_id = c.id AND pm.type = 'ach'"
    "   AND pm.verification = 'verified' AND pm.revoked_at IS NULL),"
    " (SELECT json_group_array(email) FROM (SELECT email FROM invoice_emails e"
    "   WHERE e.customer_id = c.id ORDER BY position)),"
    " (SELECT json_group_array(json_array(id, name, email)) FROM (SELECT id, name, email"
    "   FROM contacts k WHERE k.customer_id = c.id AND k.type = 'billing' ORDER BY id))"
    " FROM customers c JOIN users a ON a.id = c.agent_id"
    " LEFT JOIN users m ON m.id = c.master_agent_id"
    " LEFT JOIN users mb ON mb.id = c.ach_manual_by");

// q matches name, account number, invoice emails and contact emails (ASCII case folding).
const QLatin1String
    kSearch(" (instr(lower(c.name), lower(:q)) > 0 OR instr(lower(c.account_number), lower(:q)) > 0"
            " OR EXISTS (SELECT 1 FROM invoice_emails e WHERE e.customer_id = c.id"
            "   AND instr(lower(e.email), lower(:q)) > 0)"
            " OR EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id"
            "   AND instr(lower(k.email), lower(:q)) > 0))");

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

bool execOrWarn(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcServer) << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace

CustomerRepository::CustomerRepository(Store &store, ServerClock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_queries(store)
{ }

std::optional<CustomerRecord> CustomerRepository::recordFromRow(const QSqlQuery &row,
                                                                const QDate &today) const
{
    CustomerRecord record;
    Customer &c = record.customer;
    c.id = row.value(0).toLongLong();
    c.accountNumber = row.value(1).toString();
    c.name = row.value(2).toString();
    c.country = row.value(3).toString();
    const auto status = customerStatusFromWire(row.value(4).toString());
    const auto terms = paymentTermsFromWire(row.value(11).toString());
    if (!status || !terms)
        return std::nullopt;
    c.status = *status;
    c.agent = {row.value(5).toLongLong(), row.value(6).toString()};
    if (const auto master = optionalId(row.value(8)))
        c.masterAgent = PersonRef {*master, row.value(9).toString()};
    c.customerSince = QDate::fromString(row.value(10).toString(), Qt::ISODate);
    c.paymentTerms = *terms;
    c.creditLimitCents = row.value(12).toLongLong();
    c.balanceCents = row.value(13).toLongLong();
    c.version = row.value(18).toLongLong();
    c.updatedAt = fromRfc3339(row.value(19).toString());
    // Billing rule 7c, for today, over the records that decide it; both fields together,
    // before the ACH facts are taken from the customer.
    const issuebasis::DerivedPaymentFacts derived
        = issuebasis::derive(row.value(20).toByteArray(), today);
    c.lastPaymentIssue = derived.lastIssue;
    c.pastDueCents = derived.pastDueCents;
    if (c.lastPaymentIssue)
        c.lastPaymentIssueOn = c.lastPaymentIssue->on;

    const QJsonArray emails = QJsonDocument::fromJson(row.value(22).toByteArray()).array();
    c.invoiceEmails.reserve(emails.size());
    for (const QJsonValue &email : emails)
        c.invoiceEmails.append(email.toString());
    const QJsonArray contacts = QJsonDocument::fromJson(row.value(23).toByteArray()).array();
    c.billingContacts.reserve(contacts.size());
    for (const QJsonValue &contact : contacts) {
        const QJsonArray fields = contact.toArray();
        c.billingContacts.append(
            {fields.at(0).toInteger(), fields.at(1).toString(), fields.at(2).toString()});
    }

    std::optional<ManualAchEnable> manual;
    if (const auto by = optionalId(row.value(14))) {
        manual = ManualAchEnable {{*by, row.value(15).toString()},
                                  fromRfc3339(row.value(16).toString()),
                                  row.value(17).toString()};
    }
    record.achFacts = AchEligibility::factsOf(c, row.value(21).toBool(), manual);
    c.ach = AchEligibility::evaluate(record.achFacts, today);
    record.ownership = Permissions::ownershipOf(c, optionalId(row.value(7)));
    return record;
}

std::optional<CustomerRecord> CustomerRepository::find(qint64 id)
{
    // Prepared once: preparing this statement was most of a GET /customers/{id} (docs/server.md).
    auto prepared = m_queries.use(kSelect + QLatin1String(" WHERE c.id = :id"));
    if (!prepared)
        return std::nullopt;
    QSqlQuery &query = *prepared;
    query.bindValue(QStringLiteral(":id"), id);
    if (!execOrWarn(query, "reading a customer") || !query.next())
        return std::nullopt;
    return recordFromRow(query, m_clock.today());
}

std::optional<CustomerOwnership> CustomerRepository::ownership(qint64 id)
{
    auto prepared = m_queries.use(
        QStringLiteral("SELECT c.agent_id, a.master_agent_id, c.master_agent_id"
                       " FROM customers c JOIN users a ON a.id = c.agent_id WHERE c.id = :id"));
    if (!prepared)
        return std::nullopt;
    QSqlQuery &query = *prepared;
    query.bindValue(QStringLiteral(":id"), id);
    if (!execOrWarn(query, "reading a customer's ownership") || !query.next())
        return std::nullopt;
    return CustomerOwnership {query.value(0).toLongLong(), optionalId(query.value(1)),
                              optionalId(query.value(2))};
}

CustomerRepository::ListPage CustomerRepository::list(const ListQuery &request)
{
    QString sql = kSelect + QLatin1String(" WHERE ") + visibility::candidateCondition();
    if (!request.search.isEmpty())
        sql += QLatin1String(" AND") + kSearch;
    if (request.updatedSince) {
        // Changed since, or derived fields changed since: an unpaid invoice fell past due
        // (the day after its due_on) on a day after the client's last sync, up to today —
        // past_due_cents and last_payment_issue moved without a record changing.
        sql += QLatin1String(" AND (c.updated_at >= :since OR c.id IN (SELECT customer_id"
                             " FROM invoices WHERE void = 0 AND paid_cents < amount_cents"
                             " AND due_on >= :since_day AND due_on < :today))");
        if (request.after)
            sql += QLatin1String(" AND (c.updated_at > :after_at"
                                 " OR (c.updated_at = :after_at AND c.id > :after_id))");
        sql += QLatin1String(" ORDER BY c.updated_at, c.id");
    } else {
        if (request.after)
            sql += QLatin1String(" AND c.id > :after_id");
        sql += QLatin1String(" ORDER BY c.id");
    }
    sql += QLatin1String(" LIMIT :limit");

    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    visibility::bindCandidates(query, request.viewer);
    if (!request.search.isEmpty())
        query.bindValue(QStringLiteral(":q"), request.search);
    const QDate today = m_clock.today();
    if (request.updatedSince) {
        query.bindValue(QStringLiteral(":since"), toRfc3339(*request.updatedSince));
        // An invoice due on D is past due from D + 1: it changed since `since` when D + 1 is
        // after the day of `since`, i.e. D >= that day.
        query.bindValue(QStringLiteral(":since_day"),
                        request.updatedSince->toUTC().date().toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    }
    if (request.after) {
        query.bindValue(QStringLiteral(":after_id"), request.after->id);
        if (request.updatedSince)
            query.bindValue(QStringLiteral(":after_at"), request.after->updatedAt);
    }
    query.bindValue(QStringLiteral(":limit"), request.limit + 1);

    ListPage page;
    page.items.reserve(request.limit);
    if (!execOrWarn(query, "listing customers"))
        return page;
    int rows = 0;
    CursorPosition last;
    while (query.next()) {
        if (rows == request.limit) {
            page.next = last;
            break;
        }
        ++rows;
        last.id = query.value(0).toLongLong();
        if (request.updatedSince)
            last.updatedAt = query.value(19).toString();
        auto record = recordFromRow(query, today);
        if (record && Permissions::canSee(request.viewer, record->ownership))
            page.items.append(std::move(record->customer));
    }
    return page;
}

bool CustomerRepository::setInvoiceEmails(qint64 id, const QStringList &emails, const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM invoice_emails WHERE customer_id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!execOrWarn(query, "clearing invoice emails"))
        return false;
    query.prepare(QStringLiteral(
        "INSERT INTO invoice_emails (customer_id, position, email) VALUES (:id, :pos, :email)"));
    for (qsizetype i = 0; i < emails.size(); ++i) {
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":pos"), int(i));
        query.bindValue(QStringLiteral(":email"), emails.at(i));
        if (!execOrWarn(query, "storing an invoice email"))
            return false;
    }
    return markChanged(id, at);
}

bool CustomerRepository::setTermsAndLimit(qint64 id, PaymentTermsKind terms,
                                          qint64 creditLimitCents, const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE customers SET payment_terms = :terms, credit_limit_cents = :limit,"
                       " version = version + 1, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":terms"), toWire(terms));
    query.bindValue(QStringLiteral(":limit"), creditLimitCents);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":id"), id);
    return execOrWarn(query, "changing payment terms") && query.numRowsAffected() == 1;
}

bool CustomerRepository::setCreditLimit(qint64 id, qint64 creditLimitCents, const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE customers SET credit_limit_cents = :limit, version = version + 1,"
                       " updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":limit"), creditLimitCents);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":id"), id);
    return execOrWarn(query, "changing a credit limit") && query.numRowsAffected() == 1;
}

bool CustomerRepository::setManualAchEnable(qint64 id, const ManualAchEnable &enable,
                                            const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE customers SET ach_manual_by = :by, ach_manual_at = :when,"
        " ach_manual_reason = :reason, version = version + 1, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":by"), enable.by.id);
    query.bindValue(QStringLiteral(":when"), toRfc3339(enable.at));
    query.bindValue(QStringLiteral(":reason"), enable.reason);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":id"), id);
    return execOrWarn(query, "enabling ACH") && query.numRowsAffected() == 1;
}

bool CustomerRepository::markChanged(qint64 id, const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE customers SET version = version + 1, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":id"), id);
    return execOrWarn(query, "recording a change") && query.numRowsAffected() == 1;
}

} // namespace pac::server
