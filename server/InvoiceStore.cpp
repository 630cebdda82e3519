#include "server/InvoiceStore.h"

#include "models/CustomerJson.h"
#include "models/InvoiceRules.h"
#include "server/InvoiceRows.h"
#include "server/Log.h"
#include "server/PaymentIssueBasis.h"
#include "server/ServerClock.h"
#include "server/SqliteStatement.h"
#include "server/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

bool execOrWarn(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcServer) << what << "failed:" << query.lastError().text();
    return false;
}

// The rows of invoices and their deliveries, by one statement of SQLite's own (a page of
// invoices read through QtSql, its deliveries by a second query, cost several times more:
// docs/server.md): the invoices `where` picks, newest first, each with its lines, joined with
// its deliveries in the order they were made — one row per delivery, one with null delivery
// columns for an invoice never sent. No LIMIT: the rows come in the order of the indexes
// (invoices_customer, invoice_deliveries_invoice), without a sort, and the reader stops
// stepping once it has its page.
QByteArray invoicesWithDeliveries(const char *where)
{
    return QByteArray("SELECT ") + invoicerows::kInvoiceColumns.data() + ", i.lines, "
        + invoicerows::kDeliveryColumns.data()
        + " FROM invoices i LEFT JOIN invoice_deliveries d ON d.invoice_id = i.id"
          " LEFT JOIN recipient_lists r ON r.id = d.recipients_id WHERE "
        + where + " ORDER BY i.issued_on DESC, i.id DESC, d.id";
}

constexpr int kLinesColumn = invoicerows::kInvoiceColumnCount;
constexpr int kDeliveryColumn = kLinesColumn + 1; // d.invoice_id: null without a delivery

// The invoice of the row, its stored status replaced by the rule's for today.
Invoice invoiceOn(const SqliteStatement &row, const QDate &today)
{
    Invoice invoice = invoicerows::invoiceFromRow(row);
    invoice.status = InvoiceRules::statusOn(invoice, today);
    return invoice;
}

QList<InvoiceLine> linesOf(const SqliteStatement &row)
{
    const QByteArrayView json = row.bytes(kLinesColumn);
    return invoicerows::linesFromJson(QByteArray::fromRawData(json.data(), json.size()));
}

QVariant textOrNull(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QByteArray InvoiceRecord::etag() const
{
    return '"' + QByteArray::number(version) + '-' + toWire(invoice.status).toLatin1() + '"';
}

InvoiceStore::InvoiceStore(Store &store, ServerClock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_queries(store)
{ }

InvoiceStore::~InvoiceStore() = default;

std::optional<InvoiceRecord> InvoiceStore::find(qint64 invoiceId)
{
    auto statement = m_queries.useDirect(invoicesWithDeliveries("i.id = ?1"));
    if (!statement)
        return std::nullopt;
    statement->bindInt(1, invoiceId);
    std::optional<InvoiceRecord> record;
    invoicerows::RecipientsMemo recipients;
    while (statement->next()) {
        if (!record) {
            record.emplace();
            record->invoice = invoiceOn(*statement, m_clock.today());
            record->version = invoicerows::invoiceVersion(*statement);
            record->invoice.lines = linesOf(*statement);
        }
        if (!statement->isNull(kDeliveryColumn)) {
            record->invoice.deliveries.append(
                invoicerows::deliveryFromRow(*statement, kDeliveryColumn, recipients));
        }
    }
    if (statement->failed()) {
        qCWarning(lcServer) << "reading an invoice failed:" << statement->errorText();
        return std::nullopt;
    }
    return record;
}

InvoiceStore::InvoicePage InvoiceStore::list(const InvoiceQuery &request)
{
    // A status is the rule's answer for today, not a column: the rows are read in order and
    // the rule picks (a customer has a few hundred invoices at most). Either way the reading
    // stops at the first invoice past the page, which tells there is more.
    auto statement = m_queries.useDirect(
        invoicesWithDeliveries(request.after ? "i.customer_id = ?1 AND (i.issued_on < ?2"
                                               " OR (i.issued_on = ?2 AND i.id < ?3))"
                                             : "i.customer_id = ?1"));
    if (!statement)
        return {};
    statement->bindInt(1, request.customerId);
    if (request.after) {
        statement->bindText(2, request.after->sortKey);
        statement->bindInt(3, request.after->id);
    }

    InvoicePage page;
    const QDate today = m_clock.today();
    page.items.reserve(std::min(request.limit, 128));
    invoicerows::RecipientsMemo recipients;
    qint64 invoiceId = 0; // of the current row's invoice
    bool onPage = false; // whether that invoice is the page's last item
    while (statement->next()) {
        if (const qint64 id = statement->intValue(0); id != invoiceId) {
            invoiceId = id;
            Invoice invoice = invoiceOn(*statement, today);
            onPage = !request.status || invoice.status == *request.status;
            if (!onPage)
                continue;
            if (page.items.size() == request.limit) {
                const Invoice &last = page.items.constLast();
                page.next = CursorPosition {last.id, {}, toIsoDate(last.issuedOn)};
                break;
            }
            invoice.lines = linesOf(*statement);
            page.items.append(std::move(invoice));
        }
        if (onPage && !statement->isNull(kDeliveryColumn)) {
            page.items.last().deliveries.append(
                invoicerows::deliveryFromRow(*statement, kDeliveryColumn, recipients));
        }
    }
    if (statement->failed()) {
        qCWarning(lcServer) << "listing invoices failed:" << statement->errorText();
        return {};
    }
    return page;
}

InvoiceStore::PaymentPage InvoiceStore::listPayments(const PaymentQuery &request)
{
    QString sql = QStringLiteral("SELECT ") + invoicerows::kPaymentColumns
        + QStringLiteral(" FROM payments p JOIN invoices i ON i.id = p.invoice_id"
                         " WHERE i.customer_id = :customer");
    if (request.after)
        sql += QStringLiteral(
            " AND (p.at < :after_key OR (p.at = :after_key AND p.id < :after_id))");
    sql += QStringLiteral(" ORDER BY p.at DESC, p.id DESC LIMIT :limit");
    auto prepared = m_queries.use(sql);
    if (!prepared)
        return {};
    QSqlQuery &query = *prepared;
    query.bindValue(QStringLiteral(":customer"), request.customerId);
    if (request.after) {
        query.bindValue(QStringLiteral(":after_key"), request.after->sortKey);
        query.bindValue(QStringLiteral(":after_id"), request.after->id);
    }
    query.bindValue(QStringLiteral(":limit"), request.limit + 1);

    PaymentPage page;
    if (!execOrWarn(query, "listing payments"))
        return page;
    QString lastAt;
    while (query.next()) {
        if (page.items.size() == request.limit) {
            page.next = CursorPosition {page.items.constLast().id, {}, lastAt};
            break;
        }
        lastAt = query.value(2).toString();
        page.items.append(invoicerows::paymentFromRow(query));
    }
    return page;
}

std::optional<InvoiceDelivery> InvoiceStore::addDelivery(qint64 invoiceId, const QDateTime &at,
                                                         const std::optional<InvoiceSender> &by,
                                                         const QStringList &to,
                                                         const QStringList &cc)
{
    // The recipients as a list kept once (the same To and CC as last month's run, mostly).
    const QString toJson = QString::fromUtf8(invoicerows::addressesJson(to));
    const QString ccJson = QString::fromUtf8(invoicerows::addressesJson(cc));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO recipient_lists (to_json, cc_json) VALUES (:to, :cc)"
                                 " ON CONFLICT (to_json, cc_json) DO NOTHING"));
    query.bindValue(QStringLiteral(":to"), toJson);
    query.bindValue(QStringLiteral(":cc"), ccJson);
    if (!execOrWarn(query, "recording a delivery"))
        return std::nullopt;
    query.prepare(
        QStringLiteral("SELECT id FROM recipient_lists WHERE to_json = :to AND cc_json = :cc"));
    query.bindValue(QStringLiteral(":to"), toJson);
    query.bindValue(QStringLiteral(":cc"), ccJson);
    if (!execOrWarn(query, "recording a delivery") || !query.next())
        return std::nullopt;
    const qint64 recipients = query.value(0).toLongLong();
    query.prepare(QStringLiteral(
        "INSERT INTO invoice_deliveries (invoice_id, at, by_id, by_name, by_role, recipients_id)"
        " VALUES (:invoice, :at, :by_id, :by_name, :by_role, :recipients)"));
    query.bindValue(QStringLiteral(":invoice"), invoiceId);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":by_id"),
                    by ? QVariant(by->person.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":by_name"),
                    textOrNull(by ? std::optional(by->person.name) : std::nullopt));
    query.bindValue(QStringLiteral(":by_role"),
                    textOrNull(by ? std::optional(toWire(by->role)) : std::nullopt));
    query.bindValue(QStringLiteral(":recipients"), recipients);
    if (!execOrWarn(query, "recording a delivery"))
        return std::nullopt;
    InvoiceDelivery delivery;
    delivery.id = query.lastInsertId().toLongLong();
    delivery.at = fromRfc3339(toRfc3339(at)); // as stored: milliseconds, UTC
    delivery.by = by;
    delivery.to = to;
    delivery.cc = cc;
    query.prepare(QStringLiteral("UPDATE invoices SET version = version + 1 WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), invoiceId);
    if (!execOrWarn(query, "recording a delivery") || query.numRowsAffected() != 1)
        return std::nullopt;
    return delivery;
}

std::optional<qint64> InvoiceStore::addInvoice(const Invoice &invoice, const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO invoices (id, customer_id, number, period_start, period_end, issued_on,"
        " due_on, amount_cents, paid_cents, void, lines)"
        " VALUES (:id, :customer, :number, :start, :end, :issued, :due, :amount, :paid, :void,"
        " :lines)"));
    query.bindValue(QStringLiteral(":id"),
                    invoice.id > 0 ? QVariant(invoice.id)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":customer"), invoice.customerId);
    query.bindValue(QStringLiteral(":number"), invoice.number);
    query.bindValue(QStringLiteral(":start"), toIsoDate(invoice.periodStart));
    query.bindValue(QStringLiteral(":end"), toIsoDate(invoice.periodEnd));
    query.bindValue(QStringLiteral(":issued"), toIsoDate(invoice.issuedOn));
    query.bindValue(QStringLiteral(":due"), toIsoDate(invoice.dueOn));
    query.bindValue(QStringLiteral(":amount"), invoice.amountCents);
    query.bindValue(QStringLiteral(":paid"), invoice.paidCents);
    query.bindValue(QStringLiteral(":void"), invoice.status == InvoiceStatus::Void ? 1 : 0);
    query.bindValue(QStringLiteral(":lines"), invoicerows::linesJson(invoice.lines));
    if (!execOrWarn(query, "storing an invoice"))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!refreshCustomer(invoice.customerId, at))
        return std::nullopt;
    return id;
}

std::optional<qint64> InvoiceStore::addPayment(const Payment &payment, const QDateTime &at)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT customer_id FROM invoices WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), payment.invoiceId);
    if (!execOrWarn(query, "reading an invoice") || !query.next())
        return std::nullopt;
    const qint64 customerId = query.value(0).toLongLong();
    query.prepare(QStringLiteral(
        "INSERT INTO payments (id, invoice_id, at, method, amount_cents, outcome,"
        " failure_reason) VALUES (:id, :invoice, :at, :method, :amount, :outcome, :reason)"));
    query.bindValue(QStringLiteral(":id"),
                    payment.id > 0 ? QVariant(payment.id)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":invoice"), payment.invoiceId);
    query.bindValue(QStringLiteral(":at"), toRfc3339(payment.at));
    query.bindValue(QStringLiteral(":method"), toWire(payment.method));
    query.bindValue(QStringLiteral(":amount"), payment.amountCents);
    query.bindValue(QStringLiteral(":outcome"), toWire(payment.outcome));
    query.bindValue(QStringLiteral(":reason"), textOrNull(payment.failureReason));
    if (!execOrWarn(query, "storing a payment"))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!refreshCustomer(customerId, at))
        return std::nullopt;
    return id;
}

bool InvoiceStore::refreshCustomer(qint64 customerId, const QDateTime &at)
{
    bool changed = false;
    if (!issuebasis::refresh(m_store.database(), customerId, &changed))
        return false;
    if (!changed)
        return true;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE customers SET version = version + 1, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":id"), customerId);
    return execOrWarn(query, "recording a change") && query.numRowsAffected() == 1;
}

} // namespace pac::server
