#include "server/PaymentIssueBasis.h"

#include "models/InvoiceRules.h"
#include "server/InvoiceRows.h"
#include "server/Log.h"

#include <QDataStream>
#include <QIODevice>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace pac::server::issuebasis {

namespace {

// The day of a payment, as rule 7 counts it: the UTC date of its time.
QDate dayOf(const Payment &payment)
{
    return payment.at.toUTC().date();
}

// A day on which no unpaid invoice is past due yet (the rule's status of an invoice is
// past_due only after its due_on): the earliest due_on, or any day without invoices.
QDate beforeAnyFallsDue(const BillingRecords &all)
{
    QDate earliest;
    for (const Invoice &invoice : all.invoices) {
        if (!earliest.isValid() || invoice.dueOn < earliest)
            earliest = invoice.dueOn;
    }
    if (earliest.isValid())
        return earliest;
    for (const Payment &payment : all.payments) {
        if (!earliest.isValid() || dayOf(payment) < earliest)
            earliest = dayOf(payment);
    }
    return earliest;
}

bool execOrWarn(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcServer) << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace

BillingRecords of(const BillingRecords &all)
{
    BillingRecords basis;
    if (all.isEmpty())
        return basis;
    QSet<qint64> keptInvoices;
    for (const Invoice &invoice : all.invoices) {
        // On its due day an invoice is open exactly when it is unpaid and not void (rule
        // 7b): the invoices that may fall past due on some later day.
        if (InvoiceRules::statusOn(invoice, invoice.dueOn) == InvoiceStatus::Open)
            keptInvoices.insert(invoice.id);
    }
    QSet<qint64> knownInvoices;
    for (const Invoice &invoice : all.invoices)
        knownInvoices.insert(invoice.id);

    QSet<qint64> keptOrphans; // failed payments of the issue's day naming no known invoice
    const auto settled
        = InvoiceRules::lastPaymentIssue(all.invoices, all.payments, beforeAnyFallsDue(all));
    if (settled) {
        for (const Payment &payment : all.payments) {
            if (dayOf(payment) != settled->on)
                continue;
            if (knownInvoices.contains(payment.invoiceId))
                keptInvoices.insert(payment.invoiceId);
            else if (payment.outcome == PaymentOutcome::Failed)
                keptOrphans.insert(payment.id);
        }
    }

    for (const Invoice &invoice : all.invoices) {
        if (!keptInvoices.contains(invoice.id))
            continue;
        Invoice kept = invoice;
        kept.lines.clear(); // the rule reads neither
        kept.deliveries.clear();
        basis.invoices.append(std::move(kept));
    }
    for (const Payment &payment : all.payments) {
        // An invoice's payments go with it whole: its paid-on day depends on all of them.
        if (keptInvoices.contains(payment.invoiceId) || keptOrphans.contains(payment.id))
            basis.payments.append(payment);
    }
    return basis;
}

namespace {

// The stored form: a format tag, then the invoices and the payments, each field in a fixed
// order, with QDataStream (dates as Julian days, times as UTC milliseconds). Reading it back
// costs a small fraction of parsing JSON, and a listing reads one per customer.
constexpr quint32 kFormat = 0x50494231; // "PIB1"
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

} // namespace

QByteArray encode(const BillingRecords &basis)
{
    if (basis.isEmpty())
        return {};
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(kStreamVersion);
    stream << kFormat << quint32(basis.invoices.size());
    for (const Invoice &i : basis.invoices) {
        stream << qint64(i.id) << i.number << qint64(i.customerId) << i.issuedOn.toJulianDay()
               << i.dueOn.toJulianDay() << qint64(i.amountCents) << qint64(i.paidCents)
               << (i.status == InvoiceStatus::Void);
    }
    stream << quint32(basis.payments.size());
    for (const Payment &p : basis.payments) {
        stream << qint64(p.id) << qint64(p.invoiceId) << p.at.toMSecsSinceEpoch()
               << (p.method == PaymentMethodKind::Ach) << qint64(p.amountCents)
               << (p.outcome == PaymentOutcome::Failed) << bool(p.failureReason)
               << p.failureReason.value_or(QString());
    }
    return out;
}

namespace {

// Reads what encode()'s QDataStream wrote (version Qt_6_4: big-endian integers, a bool as one
// byte, a QString as its byte count — 0xffffffff for a null one — then UTF-16 big-endian),
// by hand: through QDataStream and its QBuffer a basis cost more to read than the rule over
// it, once per customer of a listing (docs/server.md). Any short or odd text fails.
class BasisReader
{
public:
    explicit BasisReader(const QByteArray &text)
        : m_data(reinterpret_cast<const uchar *>(text.constData()))
        , m_size(text.size())
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_size; }

    quint64 bigEndian(int bytes)
    {
        if (!m_ok || m_size - m_at < bytes) {
            m_ok = false;
            return 0;
        }
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | m_data[m_at + i];
        m_at += bytes;
        return value;
    }
    quint32 u32() { return quint32(bigEndian(4)); }
    qint64 i64() { return qint64(bigEndian(8)); }
    bool boolean() { return bigEndian(1) != 0; }

    QString string()
    {
        const quint32 bytes = u32();
        if (!m_ok || bytes == 0xffffffffu)
            return {};
        if ((bytes & 1) || m_size - m_at < qsizetype(bytes)) {
            m_ok = false;
            return {};
        }
        QString text(qsizetype(bytes / 2), Qt::Uninitialized);
        char16_t *to = reinterpret_cast<char16_t *>(text.data());
        for (quint32 i = 0; i < bytes / 2; ++i)
            to[i] = char16_t((m_data[m_at + 2 * i] << 8) | m_data[m_at + 2 * i + 1]);
        m_at += bytes;
        return text;
    }

private:
    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_at = 0;
    bool m_ok = true;
};

} // namespace

std::optional<BillingRecords> decode(const QByteArray &text)
{
    BillingRecords basis;
    if (text.isEmpty())
        return basis;
    BasisReader in(text);
    const quint32 format = in.u32();
    quint32 count = in.u32();
    if (!in.ok() || format != kFormat || count > 100'000)
        return std::nullopt;
    basis.invoices.reserve(count);
    for (quint32 n = 0; n < count && in.ok(); ++n) {
        Invoice i;
        i.id = in.i64();
        i.number = in.string();
        i.customerId = in.i64();
        const qint64 issued = in.i64();
        const qint64 due = in.i64();
        i.amountCents = in.i64();
        i.paidCents = in.i64();
        const bool isVoid = in.boolean();
        i.issuedOn = QDate::fromJulianDay(issued);
        i.dueOn = QDate::fromJulianDay(due);
        i.status = isVoid ? InvoiceStatus::Void : InvoiceStatus::Open;
        basis.invoices.append(std::move(i));
    }
    count = in.u32();
    if (!in.ok() || count > 1'000'000)
        return std::nullopt;
    basis.payments.reserve(count);
    for (quint32 n = 0; n < count && in.ok(); ++n) {
        Payment p;
        p.id = in.i64();
        p.invoiceId = in.i64();
        const qint64 at = in.i64();
        const bool ach = in.boolean();
        p.amountCents = in.i64();
        const bool failed = in.boolean();
        const bool hasReason = in.boolean();
        QString reason = in.string();
        p.at = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        p.method = ach ? PaymentMethodKind::Ach : PaymentMethodKind::Card;
        p.outcome = failed ? PaymentOutcome::Failed : PaymentOutcome::Succeeded;
        if (hasReason)
            p.failureReason = std::move(reason);
        basis.payments.append(std::move(p));
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return basis;
}

DerivedPaymentFacts derive(const QByteArray &storedBasis, const QDate &today)
{
    if (storedBasis.isEmpty())
        return {}; // no record could ever be an issue, nothing is unpaid
    const auto basis = decode(storedBasis);
    if (!basis) {
        qCWarning(lcServer, "a customer's payment issue basis is not readable");
        return {};
    }
    return {InvoiceRules::lastPaymentIssue(basis->invoices, basis->payments, today),
            InvoiceRules::pastDueCents(basis->invoices, today)};
}

std::optional<PaymentIssue> lastPaymentIssue(const QByteArray &storedBasis, const QDate &today)
{
    if (storedBasis.isEmpty())
        return std::nullopt; // no record could ever be an issue
    const auto basis = decode(storedBasis);
    if (!basis) {
        qCWarning(lcServer, "a customer's payment issue basis is not readable");
        return std::nullopt;
    }
    return InvoiceRules::lastPaymentIssue(basis->invoices, basis->payments, today);
}

bool refresh(const QSqlDatabase &db, qint64 customerId, bool *changed)
{
    BillingRecords all;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + invoicerows::kInvoiceColumns
                  + QStringLiteral(" FROM invoices i WHERE i.customer_id = :id ORDER BY i.id"));
    query.bindValue(QStringLiteral(":id"), customerId);
    if (!execOrWarn(query, "reading invoices"))
        return false;
    while (query.next())
        all.invoices.append(invoicerows::invoiceFromRow(query));
    query.prepare(QStringLiteral("SELECT ") + invoicerows::kPaymentColumns
                  + QStringLiteral(" FROM payments p JOIN invoices i ON i.id = p.invoice_id"
                                   " WHERE i.customer_id = :id ORDER BY p.id"));
    query.bindValue(QStringLiteral(":id"), customerId);
    if (!execOrWarn(query, "reading payments"))
        return false;
    while (query.next())
        all.payments.append(invoicerows::paymentFromRow(query));

    const QByteArray basis = encode(of(all));
    query.prepare(QStringLiteral("SELECT payment_issue_basis FROM customers WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), customerId);
    if (!execOrWarn(query, "reading a payment issue basis") || !query.next())
        return false;
    const QByteArray before = query.value(0).toByteArray();
    if (changed)
        *changed = before != basis;
    if (before == basis)
        return true;
    query.prepare(
        QStringLiteral("UPDATE customers SET payment_issue_basis = :basis WHERE id = :id"));
    query.bindValue(QStringLiteral(":basis"),
                    basis.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(basis));
    query.bindValue(QStringLiteral(":id"), customerId);
    return execOrWarn(query, "storing a payment issue basis");
}

bool refreshAll(const QSqlDatabase &db, QString *error)
{
    QSqlQuery customers(db);
    customers.setForwardOnly(true);
    // Every payment is for an invoice: the customers with invoices are all there are.
    if (!customers.exec(QStringLiteral("SELECT DISTINCT customer_id FROM invoices ORDER BY 1"))) {
        *error = customers.lastError().text();
        return false;
    }
    QList<qint64> ids;
    while (customers.next())
        ids.append(customers.value(0).toLongLong());
    for (const qint64 id : std::as_const(ids)) {
        if (!refresh(db, id)) {
            *error = QStringLiteral("cannot derive the payment issues of customer %1").arg(id);
            return false;
        }
    }
    return true;
}

} // namespace pac::server::issuebasis
