#include "server/InvoiceStore.h"

#include "models/CustomerJson.h"
#include "models/InvoiceRules.h"
#include "server/InvoiceRows.h"
#include "server/Log.h"
#include "server/PaymentIssueBasis.h"
#include "server/ServerClock.h"
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

// The columns of an invoice: its row and its lines (the deliveries come by attachDeliveries).
QString invoiceSelect()
{
    return QStringLiteral("SELECT ") + invoicerows::kInvoiceColumns
        + QStringLiteral(", i.lines FROM invoices i");
}

constexpr int kLinesColumn = invoicerows::kInvoiceColumnCount;

// The invoice of the row, its stored status replaced by the rule's for today.
Invoice invoiceOn(const QSqlQuery &row, const QDate &today)
{
    Invoice invoice = invoicerows::invoiceFromRow(row);
    invoice.status = InvoiceRules::statusOn(invoice, today);
    return invoice;
}

QVariant textOrNull(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

bool InvoiceStore::attachDeliveries(QList<Invoice> &invoices)
{
    if (invoices.isEmpty())
        return true;
    // One query for the page's invoices: a correlated subquery per invoice, as JSON, was a
    // large part of a page (bench/README.md).
    auto deliveries = m_queries.use(
        QStringLiteral("SELECT ") + invoicerows::kDeliveryColumns
        + QStringLiteral(" FROM invoice_deliveries d JOIN recipient_lists r"
                         " ON r.id = d.recipients_id WHERE d.invoice_id"
                         " IN (SELECT value FROM json_each(:ids)) ORDER BY d.invoice_id, d.id"));
    if (!deliveries)
        return false;
    QHash<qint64, Invoice *> byId;
    QByteArray ids = "[";
    for (Invoice &invoice : invoices) {
        byId.insert(invoice.id, &invoice);
        ids += (ids.size() > 1 ? "," : "") + QByteArray::number(invoice.id);
    }
    deliveries->bindValue(QStringLiteral(":ids"), QString::fromLatin1(ids + ']'));
    if (!execOrWarn(*deliveries, "reading deliveries"))
        return false;
    while (deliveries->next()) {
        if (Invoice *invoice = byId.value(deliveries->value(0).toLongLong()))
            invoice->deliveries.append(invoicerows::deliveryFromRow(*deliveries));
    }
    return true;
}

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
    auto prepared = m_queries.use(invoiceSelect() + QStringLiteral(" WHERE i.id = :id"));
    if (!prepared)
        return std::nullopt;
    QSqlQuery &query = *prepared;
    query.bindValue(QStringLiteral(":id"), invoiceId);
    if (!execOrWarn(query, "reading an invoice") || !query.next())
        return std::nullopt;
    InvoiceRecord record;
    record.invoice = invoiceOn(query, m_clock.today());
    record.version = invoicerows::invoiceVersion(query);
    record.invoice.lines = invoicerows::linesFromJson(query.value(kLinesColumn).toByteArray());
    query.finish();
    QList<Invoice> one {std::move(record.invoice)};
    if (!attachDeliveries(one))
        return std::nullopt;
    record.invoice = std::move(one.first());
    return record;
}

InvoiceStore::InvoicePage InvoiceStore::list(const InvoiceQuery &request)
{
    QString sql = invoiceSelect() + QStringLiteral(" WHERE i.customer_id = :customer");
    if (request.after) {
        sql += QStringLiteral(" AND (i.issued_on < :after_key"
                              " OR (i.issued_on = :after_key AND i.id < :after_id))");
    }
    sql += QStringLiteral(" ORDER BY i.issued_on DESC, i.id DESC");
    // A status is the rule's answer for today, not a column: the rows are read in order and
    // the rule picks (a customer has a few hundred invoices at most); without one, SQL stops.
    if (!request.status)
        sql += QStringLiteral(" LIMIT :limit");

    auto prepared = m_queries.use(sql);
    if (!prepared)
        return {};
    QSqlQuery &query = *prepared;
    query.bindValue(QStringLiteral(":customer"), request.customerId);
    if (request.after) {
        query.bindValue(QStringLiteral(":after_key"), request.after->sortKey);
        query.bindValue(QStringLiteral(":after_id"), request.after->id);
    }
    if (!request.status)
        query.bindValue(QStringLiteral(":limit"), request.limit + 1);

    InvoicePage page;
    if (!execOrWarn(query, "listing invoices"))
        return page;
    const QDate today = m_clock.today();
    page.items.reserve(std::min(request.limit, 128));
    while (query.next()) {
        Invoice invoice = invoiceOn(query, today);
        if (request.status && invoice.status != *request.status)
            continue;
        if (page.items.size() == request.limit) {
            const Invoice &last = page.items.constLast();
            page.next = CursorPosition {last.id, {}, toIsoDate(last.issuedOn)};
            break;
        }
        invoice.lines = invoicerows::linesFromJson(query.value(kLinesColumn).toByteArray());
        page.items.append(std::move(invoice));
    }
    query.finish();
    if (!attachDeliveries(page.items))
        return {};
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
