#include "models/InvoiceJson.h"

#include "models/CustomerJsonWriter.h"

#include <QJsonArray>

namespace pac {

namespace {

// Writes `value` as `width` digits, zero-padded, at `out`.
void digits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

void writeDate(char16_t *out, const QDate &date)
{
    digits(out, date.year(), 4);
    out[4] = u'-';
    digits(out + 5, date.month(), 2);
    out[7] = u'-';
    digits(out + 8, date.day(), 2);
}

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

InvoiceDelivery readDelivery(JsonFieldReader &r, const QJsonObject &o, const QString &prefix)
{
    InvoiceDelivery d;
    d.id = r.integer(o, QStringLiteral("id"), prefix + QStringLiteral("id"));
    d.at = r.time(o, QStringLiteral("at"), prefix + QStringLiteral("at"));
    // null: sent by the portal's own monthly run, not by a person.
    if (const QJsonValue by = o.value(QStringLiteral("by")); by.isObject()) {
        const QJsonObject bo = by.toObject();
        const QString path = prefix + QStringLiteral("by");
        InvoiceSender sender;
        sender.person = r.person(bo, path);
        sender.role = r.enumeration(bo, QStringLiteral("role"), path + QStringLiteral(".role"),
                                    roleFromWire, Role::Agent);
        d.by = sender;
    } else if (!by.isNull()) {
        r.fail(prefix + QStringLiteral("by"));
    }
    d.to = r.strings(o, QStringLiteral("to"), prefix + QStringLiteral("to"));
    d.cc = r.strings(o, QStringLiteral("cc"), prefix + QStringLiteral("cc"));
    return d;
}

void writeDelivery(JsonBytesWriter &w, const InvoiceDelivery &d)
{
    w.open('{');
    w.key("id").number(d.id);
    w.key("at").string(invoiceTimeText(d.at));
    w.key("by");
    if (d.by) {
        w.open('{');
        w.key("id").number(d.by->person.id);
        w.key("name").string(d.by->person.name);
        w.key("role").string(toWire(d.by->role));
        w.close('}');
    } else {
        w.null();
    }
    w.key("to").strings(d.to);
    w.key("cc").strings(d.cc);
    w.close('}');
}

} // namespace

std::optional<Invoice> invoiceFromJson(const QJsonObject &o, QString *badField)
{
    JsonFieldReader r(badField);
    Invoice inv;
    inv.id = r.integer(o, QStringLiteral("id"), QStringLiteral("id"));
    inv.number = r.string(o, QStringLiteral("number"), QStringLiteral("number"));
    inv.customerId = r.integer(o, QStringLiteral("customer_id"), QStringLiteral("customer_id"));
    inv.periodStart = r.date(o, QStringLiteral("period_start"), QStringLiteral("period_start"));
    inv.periodEnd = r.date(o, QStringLiteral("period_end"), QStringLiteral("period_end"));
    inv.issuedOn = r.date(o, QStringLiteral("issued_on"), QStringLiteral("issued_on"));
    inv.dueOn = r.date(o, QStringLiteral("due_on"), QStringLiteral("due_on"));
    inv.amountCents = r.integer(o, QStringLiteral("amount_cents"), QStringLiteral("amount_cents"));
    inv.paidCents = r.integer(o, QStringLiteral("paid_cents"), QStringLiteral("paid_cents"));
    inv.status
        = r.enumeration(o, QStringLiteral("status"), invoiceStatusFromWire, InvoiceStatus::Open);

    const QJsonValue lines = o.value(QStringLiteral("lines"));
    if (!lines.isArray())
        r.fail(QStringLiteral("lines"));
    const QJsonArray lineArray = lines.toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        const QString path = indexed(QStringLiteral("lines"), i);
        if (!lineArray.at(i).isObject()) {
            r.fail(path);
            continue;
        }
        const QJsonObject lo = lineArray.at(i).toObject();
        InvoiceLine line;
        line.description
            = r.string(lo, QStringLiteral("description"), path + QStringLiteral(".description"));
        line.quantity
            = r.integer(lo, QStringLiteral("quantity"), path + QStringLiteral(".quantity"));
        line.unitCents
            = r.integer(lo, QStringLiteral("unit_cents"), path + QStringLiteral(".unit_cents"));
        line.amountCents
            = r.integer(lo, QStringLiteral("amount_cents"), path + QStringLiteral(".amount_cents"));
        inv.lines.append(line);
    }

    const QJsonValue deliveries = o.value(QStringLiteral("deliveries"));
    if (!deliveries.isArray())
        r.fail(QStringLiteral("deliveries"));
    const QJsonArray deliveryArray = deliveries.toArray();
    for (qsizetype i = 0; i < deliveryArray.size(); ++i) {
        const QString path = indexed(QStringLiteral("deliveries"), i);
        if (!deliveryArray.at(i).isObject()) {
            r.fail(path);
            continue;
        }
        inv.deliveries.append(readDelivery(r, deliveryArray.at(i).toObject(), path + u'.'));
    }

    if (!r.ok())
        return std::nullopt;
    return inv;
}

std::optional<InvoiceDelivery> deliveryFromJson(const QJsonObject &o, QString *badField)
{
    JsonFieldReader r(badField);
    InvoiceDelivery d = readDelivery(r, o, QString());
    if (!r.ok())
        return std::nullopt;
    return d;
}

std::optional<Payment> paymentFromJson(const QJsonObject &o, QString *badField)
{
    JsonFieldReader r(badField);
    Payment p;
    p.id = r.integer(o, QStringLiteral("id"), QStringLiteral("id"));
    p.invoiceId = r.integer(o, QStringLiteral("invoice_id"), QStringLiteral("invoice_id"));
    p.at = r.time(o, QStringLiteral("at"), QStringLiteral("at"));
    p.method = r.enumeration(o, QStringLiteral("method"), paymentMethodKindFromWire,
                             PaymentMethodKind::Card);
    p.amountCents = r.integer(o, QStringLiteral("amount_cents"), QStringLiteral("amount_cents"));
    p.outcome = r.enumeration(o, QStringLiteral("outcome"), paymentOutcomeFromWire,
                              PaymentOutcome::Succeeded);
    p.failureReason
        = r.optionalString(o, QStringLiteral("failure_reason"), QStringLiteral("failure_reason"));
    if (!r.ok())
        return std::nullopt;
    return p;
}

QByteArray invoiceJsonBytes(const Invoice &invoice)
{
    QByteArray out;
    out.reserve(512 + 128 * (invoice.lines.size() + invoice.deliveries.size()));
    appendInvoiceJson(out, invoice);
    return out;
}

void appendInvoiceJson(QByteArray &out, const Invoice &inv)
{
    JsonBytesWriter w(out);
    w.open('{');
    w.key("id").number(inv.id);
    w.key("number").string(inv.number);
    w.key("customer_id").number(inv.customerId);
    w.key("period_start").string(invoiceDateText(inv.periodStart));
    w.key("period_end").string(invoiceDateText(inv.periodEnd));
    w.key("issued_on").string(invoiceDateText(inv.issuedOn));
    w.key("due_on").string(invoiceDateText(inv.dueOn));
    w.key("amount_cents").number(inv.amountCents);
    w.key("paid_cents").number(inv.paidCents);
    w.key("status").string(toWire(inv.status));
    w.key("lines").open('[');
    for (const InvoiceLine &line : inv.lines) {
        w.open('{');
        w.key("description").string(line.description);
        w.key("quantity").number(line.quantity);
        w.key("unit_cents").number(line.unitCents);
        w.key("amount_cents").number(line.amountCents);
        w.close('}');
    }
    w.close(']');
    w.key("deliveries").open('[');
    for (const InvoiceDelivery &delivery : inv.deliveries)
        writeDelivery(w, delivery);
    w.close(']');
    w.close('}');
}

QByteArray deliveryJsonBytes(const InvoiceDelivery &delivery)
{
    QByteArray out;
    appendDeliveryJson(out, delivery);
    return out;
}

void appendDeliveryJson(QByteArray &out, const InvoiceDelivery &delivery)
{
    JsonBytesWriter w(out);
    writeDelivery(w, delivery);
}

QByteArray paymentJsonBytes(const Payment &payment)
{
    QByteArray out;
    appendPaymentJson(out, payment);
    return out;
}

void appendPaymentJson(QByteArray &out, const Payment &p)
{
    JsonBytesWriter w(out);
    w.open('{');
    w.key("id").number(p.id);
    w.key("invoice_id").number(p.invoiceId);
    w.key("at").string(invoiceTimeText(p.at));
    w.key("method").string(toWire(p.method));
    w.key("amount_cents").number(p.amountCents);
    w.key("outcome").string(toWire(p.outcome));
    w.key("failure_reason").optionalString(p.failureReason);
    w.close('}');
}

QString invoiceDateText(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return toIsoDate(date);
    QString out(10, Qt::Uninitialized); // yyyy-MM-dd
    writeDate(reinterpret_cast<char16_t *>(out.data()), date);
    return out;
}

QString invoiceTimeText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || date.year() < 0 || date.year() > 9999)
        return toRfc3339(time);
    const QTime t = utc.time();
    QString out(24, Qt::Uninitialized); // yyyy-MM-ddTHH:mm:ss.zzzZ
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    writeDate(d, date);
    d[10] = u'T';
    digits(d + 11, t.hour(), 2);
    d[13] = u':';
    digits(d + 14, t.minute(), 2);
    d[16] = u':';
    digits(d + 17, t.second(), 2);
    d[19] = u'.';
    digits(d + 20, t.msec(), 3);
    d[23] = u'Z';
    return out;
}

} // namespace pac
