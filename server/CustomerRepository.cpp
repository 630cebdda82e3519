#include "server/CustomerRepository.h"

#include "models/CustomerJson.h"
#include "server/InvoiceRows.h"
#include "server/Log.h"
#include "server/PaymentIssueBasis.h"
#include "server/ServerClock.h"
#include "server/SqliteStatement.h"
#include "server/Store.h"
#include "server/VisibilityFilter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

// One row per customer: its own columns, the names it refers to, and the facts of other
// tables gathered by correlated subqueries (each served by an index). The payment issue comes
// from the derived basis column: the few records that decide it (server/PaymentIssueBasis.h).
// Read through SQLite's own API (SqliteStatement): through QtSql every column of a page of
// 1,000 became a QVariant and a UTF-16 copy, more than half of reading it (docs/server.md).
// The invoice emails and billing contacts come as JSON arrays, read by hand (customerrows::
// emailsFromJson(), contactsFromJson()) rather than by QJsonDocument (over a quarter of
// decoding a row).
const char kSelect[]
    = "SELECT c.id, c.account_number, c.name, c.country, c.status, c.agent_id, a.name,"
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
      " LEFT JOIN users mb ON mb.id = c.ach_manual_by";

// q matches name, account number, invoice emails and contact emails (ASCII case folding).
const char kSearch[]
    = " (instr(lower(c.name), lower(:q)) > 0 OR instr(lower(c.account_number), lower(:q)) > 0"
      " OR EXISTS (SELECT 1 FROM invoice_emails e WHERE e.customer_id = c.id"
      "   AND instr(lower(e.email), lower(:q)) > 0)"
      " OR EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id"
      "   AND instr(lower(k.email), lower(:q)) > 0))";

constexpr int kIdColumn = 0;
constexpr int kUpdatedAtColumn = 19;

std::optional<qint64> optionalId(const SqliteStatement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.intValue(column));
}

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

QByteArray bytesOf(QByteArrayView view)
{
    return QByteArray::fromRawData(view.data(), view.size());
}

} // namespace

namespace customerrows {

namespace {

// A reader of the JSON text SQLite's json_group_array() writes: compact, strings escaped by
// JSON's rules (SQLite escapes '"', '\\' and control characters; non-ASCII stays UTF-8).
// Every escape JSON has is decoded, so the text is read exactly whatever wrote it.
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView text)
        : m_text(text)
    { }

    bool take(char c)
    {
        if (m_at < m_text.size() && m_text.at(m_at) == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    // A string (or null: empty, as QJsonValue::toString() gives).
    bool string(QString *out)
    {
        if (m_text.sliced(m_at).startsWith("null")) {
            m_at += 4;
            out->clear();
            return true;
        }
        if (!take('"'))
            return false;
        qsizetype from = m_at;
        bool escaped = false;
        QString text;
        while (m_at < m_text.size()) {
            const char c = m_text.at(m_at);
            if (c == '"') {
                if (!escaped)
                    *out = QString::fromUtf8(m_text.sliced(from, m_at - from));
                else
                    *out = text + QString::fromUtf8(m_text.sliced(from, m_at - from));
                ++m_at;
                return true;
            }
            if (c != '\\') {
                ++m_at;
                continue;
            }
            escaped = true;
            text += QString::fromUtf8(m_text.sliced(from, m_at - from));
            if (++m_at >= m_text.size())
                return false;
            const char e = m_text.at(m_at++);
            switch (e) {
            case '"':
            case '\\':
            case '/':
                text += QLatin1Char(e);
                break;
            case 'b':
                text += u'\b';
                break;
            case 'f':
                text += u'\f';
                break;
            case 'n':
                text += u'\n';
                break;
            case 'r':
                text += u'\r';
                break;
            case 't':
                text += u'\t';
                break;
            case 'u': {
                if (m_at + 4 > m_text.size())
                    return false;
                bool ok = false;
                const uint unit = QByteArray::fromRawData(m_text.data() + m_at, 4).toUInt(&ok, 16);
                if (!ok)
                    return false;
                text += QChar(char16_t(unit)); // a surrogate pair is two escapes, two units
                m_at += 4;
                break;
            }
            default:
                return false;
            }
            from = m_at;
        }
        return false;
    }

    bool integer(qint64 *out)
    {
        const qsizetype from = m_at;
        if (m_at < m_text.size() && m_text.at(m_at) == '-')
            ++m_at;
        while (m_at < m_text.size() && m_text.at(m_at) >= '0' && m_text.at(m_at) <= '9')
            ++m_at;
        bool ok = false;
        *out = QByteArray::fromRawData(m_text.data() + from, m_at - from).toLongLong(&ok);
        return ok;
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

QStringList emailsFromJson(QByteArrayView json)
{
    QStringList emails;
    JsonCursor in(json);
    if (!in.take('[') || in.take(']'))
        return emails;
    QString email;
    do {
        if (!in.string(&email))
            break;
        emails.append(email);
    } while (in.take(','));
    return emails;
}

QList<BillingContact> contactsFromJson(QByteArrayView json)
{
    QList<BillingContact> contacts;
    JsonCursor in(json);
    if (!in.take('[') || in.take(']'))
        return contacts;
    do {
        BillingContact contact;
        if (!in.take('[') || !in.integer(&contact.id) || !in.take(',') || !in.string(&contact.name)
            || !in.take(',') || !in.string(&contact.email) || !in.take(']')) {
            break;
        }
        contacts.append(std::move(contact));
    } while (in.take(','));
    return contacts;
}

} // namespace customerrows

CustomerRepository::CustomerRepository(Store &store, ServerClock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_queries(store)
{ }

std::optional<CustomerRecord> CustomerRepository::recordFromRow(const SqliteStatement &row,
                                                                const QDate &today) const
{
    CustomerRecord record;
    Customer &c = record.customer;
    c.id = row.intValue(kIdColumn);
    c.accountNumber = row.text(1);
    c.name = row.text(2);
    c.country = row.text(3);
    const auto status = customerStatusFromWire(row.text(4));
    const auto terms = paymentTermsFromWire(row.text(11));
    if (!status || !terms)
        return std::nullopt;
    c.status = *status;
    c.agent = {row.intValue(5), row.text(6)};
    if (const auto master = optionalId(row, 8))
        c.masterAgent = PersonRef {*master, row.text(9)};
    c.customerSince = invoicerows::dateFromIso(row.bytes(10));
    c.paymentTerms = *terms;
    c.creditLimitCents = row.intValue(12);
    c.balanceCents = row.intValue(13);
    c.version = row.intValue(18);
    c.updatedAt = invoicerows::timeFromRfc3339(row.bytes(kUpdatedAtColumn));
    // Billing rule 7c, for today, over the records that decide it; both fields together,
    // before the ACH facts are taken from the customer.
    const issuebasis::DerivedPaymentFacts derived
        = issuebasis::derive(bytesOf(row.bytes(20)), today);
    c.lastPaymentIssue = derived.lastIssue;
    c.pastDueCents = derived.pastDueCents;
    if (c.lastPaymentIssue)
        c.lastPaymentIssueOn = c.lastPaymentIssue->on;

    c.invoiceEmails = customerrows::emailsFromJson(row.bytes(22));
    c.billingContacts = customerrows::contactsFromJson(row.bytes(23));

    std::optional<ManualAchEnable> manual;
    if (const auto by = optionalId(row, 14)) {
        manual = ManualAchEnable {
            {*by, row.text(15)}, invoicerows::timeFromRfc3339(row.bytes(16)), row.text(17)};
    }
    record.achFacts = AchEligibility::factsOf(c, row.intValue(21) != 0, manual);
    c.ach = AchEligibility::evaluate(record.achFacts, today);
    record.ownership = Permissions::ownershipOf(c, optionalId(row, 7));
    return record;
}

std::optional<CustomerRecord> CustomerRepository::find(qint64 id)
{
    // Prepared once: preparing this statement was most of a GET /customers/{id} (docs/server.md).
    auto statement = m_queries.useDirect(QByteArray(kSelect) + " WHERE c.id = ?1");
    if (!statement)
        return std::nullopt;
    statement->bindInt(1, id);
    if (!statement->next()) {
        if (statement->failed())
            qCWarning(lcServer) << "reading a customer failed:" << statement->errorText();
        return std::nullopt;
    }
    return recordFromRow(*statement, m_clock.today());
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
    QByteArray sql = QByteArray(kSelect) + " WHERE " + visibility::candidateCondition().toLatin1();
    if (!request.search.isEmpty())
        sql += QByteArray(" AND") + kSearch;
    if (request.updatedSince) {
        // Changed since, or derived fields changed since: an unpaid invoice fell past due
        // (the day after its due_on) on a day after the client's last sync, up to today —
        // past_due_cents and last_payment_issue moved without a record changing.
        sql += " AND (c.updated_at >= :since OR c.id IN (SELECT customer_id"
               " FROM invoices WHERE void = 0 AND paid_cents < amount_cents"
               " AND due_on >= :since_day AND due_on < :today))";
        if (request.after)
            sql += " AND (c.updated_at > :after_at"
                   " OR (c.updated_at = :after_at AND c.id > :after_id))";
        sql += " ORDER BY c.updated_at, c.id";
    } else {
        if (request.after)
            sql += " AND c.id > :after_id";
        sql += " ORDER BY c.id";
    }
    sql += " LIMIT :limit";

    ListPage page;
    // Prepared once per shape of the listing (search, delta, cursor: a few texts).
    auto statement = m_queries.useDirect(sql);
    if (!statement)
        return page;
    SqliteStatement &query = *statement;
    visibility::bindCandidates(query, request.viewer);
    if (!request.search.isEmpty())
        query.bindText(query.parameterIndex(":q"), request.search);
    const QDate today = m_clock.today();
    if (request.updatedSince) {
        query.bindText(query.parameterIndex(":since"), toRfc3339(*request.updatedSince));
        // An invoice due on D is past due from D + 1: it changed since `since` when D + 1 is
        // after the day of `since`, i.e. D >= that day.
        query.bindText(query.parameterIndex(":since_day"),
                       request.updatedSince->toUTC().date().toString(Qt::ISODate));
        query.bindText(query.parameterIndex(":today"), today.toString(Qt::ISODate));
    }
    if (request.after) {
        query.bindInt(query.parameterIndex(":after_id"), request.after->id);
        if (request.updatedSince)
            query.bindText(query.parameterIndex(":after_at"), request.after->updatedAt);
    }
    query.bindInt(query.parameterIndex(":limit"), request.limit + 1);

    page.items.reserve(request.limit);
    int rows = 0;
    CursorPosition last;
    while (query.next()) {
        if (rows == request.limit) {
            page.next = last;
            break;
        }
        ++rows;
        last.id = query.intValue(kIdColumn);
        if (request.updatedSince)
            last.updatedAt = query.text(kUpdatedAtColumn);
        auto record = recordFromRow(query, today);
        if (record && Permissions::canSee(request.viewer, record->ownership))
            page.items.append(std::move(record->customer));
    }
    if (query.failed())
        qCWarning(lcServer) << "listing customers failed:" << query.errorText();
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
