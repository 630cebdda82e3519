#pragma once

#include "models/Invoice.h"

#include <QByteArray>
#include <QLatin1String>

class QSqlQuery;

namespace pac::server {

class SqliteStatement;

// How invoices, payments and deliveries sit in the store's rows (tables of Migrations.cpp,
// schema version 4) and back. An invoice row keeps its lines as one JSON column: they are
// written once, when it is issued, and only ever read with it, so one row per invoice keeps
// seeding and paging fast. A read gives the invoice's stored status only (void, or open):
// the status the API shows is InvoiceRules::statusOn() of the day.
namespace invoicerows {

// The columns invoiceFromRow() reads, in order, from `invoices i`.
inline constexpr QLatin1String kInvoiceColumns {
    "i.id, i.number, i.customer_id, i.period_start, i.period_end, i.issued_on, i.due_on,"
    " i.amount_cents, i.paid_cents, i.void, i.version"};
inline constexpr int kInvoiceColumnCount = 11;
Invoice invoiceFromRow(const QSqlQuery &row, int first = 0);
qint64 invoiceVersion(const QSqlQuery &row, int first = 0);
// The same columns read straight from SQLite (the listing reads millions).
Invoice invoiceFromRow(const SqliteStatement &row, int first = 0);
qint64 invoiceVersion(const SqliteStatement &row, int first = 0);

// The columns paymentFromRow() reads, in order, from `payments p`.
inline constexpr QLatin1String kPaymentColumns {
    "p.id, p.invoice_id, p.at, p.method, p.amount_cents, p.outcome, p.failure_reason"};
Payment paymentFromRow(const QSqlQuery &row, int first = 0);

// The `lines` column: [[description, quantity, unit_cents, amount_cents], …], kept as the
// UTF-8 bytes written here (a blob: no conversion either way).
QByteArray linesJson(const QList<InvoiceLine> &lines);
QList<InvoiceLine> linesFromJson(const QByteArray &json);

// The columns deliveryFromRow() reads, in order, from `invoice_deliveries d JOIN
// recipient_lists r ON r.id = d.recipients_id` (the first one is the invoice's id).
inline constexpr QLatin1String kDeliveryColumns {
    "d.invoice_id, d.id, d.at, d.by_id, d.by_name, d.by_role, r.to_json, r.cc_json"};
InvoiceDelivery deliveryFromRow(const QSqlQuery &row, int first = 0);
// The same columns read straight from SQLite. A page's deliveries mostly went to one
// customer's list: `recipients` keeps the lists last read, parsed once and then shared.
struct RecipientsMemo
{
    QByteArray toJson;
    QByteArray ccJson;
    QStringList to;
    QStringList cc;
};
InvoiceDelivery deliveryFromRow(const SqliteStatement &row, int first, RecipientsMemo &recipients);

// The `to_json` / `cc_json` columns of a recipient list: a JSON array of addresses.
QByteArray addressesJson(const QStringList &addresses);
QStringList addressesFromJson(const QByteArray &json);

// toIsoDate() and toRfc3339() of models/CustomerJson.h, the same text, for the millions of
// dates the demo writes (models/InvoiceJson.h: invoiceDateText(), invoiceTimeText()): Qt's
// general formatting is a large part of a row's insert (bench/README.md).
QString isoDate(const QDate &date);
QString rfc3339(const QDateTime &time);
// fromRfc3339() of models/CustomerJson.h for the text rfc3339() writes (what the store
// holds), without Qt's general parser; any other text goes to fromRfc3339().
QDateTime timeFromRfc3339(const QString &text);
// The same for the stored UTF-8 bytes; dateFromIso() for a stored yyyy-MM-dd (any other text
// goes to QDate::fromString).
QDateTime timeFromRfc3339(QByteArrayView text);
QDate dateFromIso(QByteArrayView text);

} // namespace invoicerows
} // namespace pac::server
