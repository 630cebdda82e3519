#pragma once

#include "models/Customer.h"
#include "models/Invoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace pac {

// What a printed invoice shows beside the invoice itself.
struct InvoiceDocumentContext
{
    QString portalName = QStringLiteral("Trunking Cloud Portal"); // the header
    QString customerName;
    QString accountNumber;
    QString country;
    PaymentTermsKind terms = PaymentTermsKind::DueOnReceipt; // the terms it was issued on
    // Who receives it (billing rule 1b, InvoiceEmailList::recipients): To the billing
    // contacts, CC the Additional Invoice Emails.
    QStringList to;
    QStringList cc;
    QDateTime generatedAt; // stamped on the document
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); // money
};

// The printable invoice (billing rule 7): the portal's header, the customer, the period, the
// lines, the totals (amount, paid, due), the due date, the terms, the status, the
// recipients (To and CC) and the delivery log — as HTML, as a QTextDocument laid out for US
// Letter pages, or as PDF bytes. The portal renders it for GET /invoices/{id}/pdf: it is the
// portal's document, the same for every reader, so its words are the portal's (English, as
// its problem texts; the billing vocabulary from BillingText). QtGui only; a QGuiApplication
// must exist to lay it out (fonts); it may run on any thread.
class InvoiceDocument
{
public:
    InvoiceDocument(Invoice invoice, InvoiceDocumentContext context);

    QString title() const; // "Invoice INV-2026-0142 — Acme VoIP LLC"
    QString toHtml() const; // every user text escaped
    std::unique_ptr<QTextDocument> toTextDocument() const;
    // The PDF; empty with a reason in *error when it could not be drawn (no QGuiApplication).
    QByteArray toPdf(QString *error = nullptr) const;

private:
    QString headerHtml() const;
    QString linesHtml() const;
    QString recipientsHtml() const;
    QString deliveriesHtml() const;
    QString money(qint64 cents) const;

    Invoice m_invoice;
    InvoiceDocumentContext m_context;
};

} // namespace pac
