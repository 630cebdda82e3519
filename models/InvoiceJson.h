#pragma once

#include "models/CustomerJson.h"
#include "models/Invoice.h"

#include <QByteArray>
#include <QJsonObject>

namespace pac {

// JSON codec of the Invoice, InvoiceDelivery and Payment resources (docs/portal-api.yaml),
// shared by the reference portal and the client like the Customer's (models/CustomerJson.h,
// which also holds the Customer's `last_payment_issue`: paymentIssueFromJson(), and
// paymentIssueJsonBytes() in models/CustomerJsonWriter.h). Dates are YYYY-MM-DD, times
// RFC 3339 UTC with milliseconds.

// Decoders: on a missing or mistyped member return nullopt and, if given, set *badField to
// the JSON path of the first offending one ("lines[2].unit_cents", "deliveries[0].by.role").
std::optional<Invoice> invoiceFromJson(const QJsonObject &object, QString *badField = nullptr);
std::optional<InvoiceDelivery> deliveryFromJson(const QJsonObject &object,
                                                QString *badField = nullptr);
std::optional<Payment> paymentFromJson(const QJsonObject &object, QString *badField = nullptr);

// Encoders, written straight into UTF-8 bytes as the Customer's: the Invoice with its lines
// and deliveries, the Delivery `POST /invoices/{id}/send` answers, the Payment.
QByteArray invoiceJsonBytes(const Invoice &invoice);
void appendInvoiceJson(QByteArray &out, const Invoice &invoice);
QByteArray deliveryJsonBytes(const InvoiceDelivery &delivery);
void appendDeliveryJson(QByteArray &out, const InvoiceDelivery &delivery);
QByteArray paymentJsonBytes(const Payment &payment);
void appendPaymentJson(QByteArray &out, const Payment &payment);

// toIsoDate() and toRfc3339() of models/CustomerJson.h, the same text, for the millions of
// dates of invoices, deliveries and payments (the portal's pages, the demo's rows): Qt's
// general formatting was a third of encoding an invoice (docs/server.md).
QString invoiceDateText(const QDate &date);
QString invoiceTimeText(const QDateTime &time);

} // namespace pac
