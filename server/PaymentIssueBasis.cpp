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

std::optional<BillingRecords> decode(const QByteArray &text)
{
    BillingRecords basis;
    if (text.isEmpty())
        return basis;
    QDataStream stream(text);
    stream.setVersion(kStreamVersion);
    quint32 format = 0;
    quint32 count = 0;
    stream >> format >> count;
    if (format != kFormat || count > 100'000)
        return std::nullopt;
    basis.invoices.reserve(count);
    for (quint32 n = 0; n < count && stream.status() == QDataStream::Ok; ++n) {
        Invoice i;
        qint64 issued = 0;
        qint64 due = 0;
        bool isVoid = false;
        stream >> i.id >> i.number >> i.customerId >> issued >> due >> i.amountCents >> i.paidCents
            >> isVoid;
        i.issuedOn = QDate::fromJulianDay(issued);
        i.dueOn = QDate::fromJulianDay(due);
        i.status = isVoid ? InvoiceStatus::Void : InvoiceStatus::Open;
        basis.invoices.append(std::move(i));
    }
    stream >> count;
    if (count > 1'000'000)
        return std::nullopt;
    basis.payments.reserve(count);
    for (quint32 n = 0; n < count && stream.status() == QDataStream::Ok; ++n) {
        Payment p;
        qint64 at = 0;
        bool ach = false;
        bool failed = false;
        bool hasReason = false;
        QString reason;
        stream >> p.id >> p.invoiceId >> at >> ach >> p.amountCents >> failed >> hasReason
            >> reason;
        p.at = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
        p.method = ach ? PaymentMethodKind::Ach : PaymentMethodKind::Card;
        p.outcome = failed ? PaymentOutcome::Failed : PaymentOutcome::Succeeded;
        if (hasReason)
            p.failureReason = reason;
        basis.payments.append(std::move(p));
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
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
