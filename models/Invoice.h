#pragma once

#include "models/Customer.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pac {

// The Invoice and Payment resources of the portal API (docs/portal-api.yaml, API.md
// "Invoices and payments"). Field names follow the JSON names; money is integer cents. The
// rules over them (due dates, status, the payment issue) are models/InvoiceRules.h; the
// PaymentIssue they derive is part of the Customer resource (models/Customer.h).

enum class InvoiceStatus { Open, Paid, PastDue, Void };
enum class PaymentMethodKind { Card, Ach };
enum class PaymentOutcome { Succeeded, Failed };

struct InvoiceLine
{
    QString description;
    qint64 quantity = 0;
    qint64 unitCents = 0;
    qint64 amountCents = 0; // as billed (the portal's rounding), not recomputed here
    bool operator==(const InvoiceLine &) const = default;
};

// Who sent an invoice again: the person and the role they acted in (as the audit history).
struct InvoiceSender
{
    PersonRef person;
    Role role = Role::Agent;
    bool operator==(const InvoiceSender &) const = default;
};

// One sending of an invoice: To the billing contacts, CC the Additional Invoice Emails, as
// they were at that moment (billing rule 1b).
struct InvoiceDelivery
{
    qint64 id = 0;
    QDateTime at; // UTC
    std::optional<InvoiceSender> by; // nullopt: the portal's own monthly run
    QStringList to;
    QStringList cc;
    bool operator==(const InvoiceDelivery &) const = default;
};

struct Invoice
{
    qint64 id = 0;
    QString number; // "INV-2026-0142"
    qint64 customerId = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate issuedOn;
    QDate dueOn; // InvoiceRules::dueOn() of issuedOn and the terms at issue (billing rule 7a)
    qint64 amountCents = 0; // negative for a credit note
    qint64 paidCents = 0;
    InvoiceStatus status = InvoiceStatus::Open; // as the portal derived it (billing rule 7b)
    QList<InvoiceLine> lines;
    QList<InvoiceDelivery> deliveries;
    bool operator==(const Invoice &) const = default;
};

struct Payment
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDateTime at; // UTC
    PaymentMethodKind method = PaymentMethodKind::Card;
    qint64 amountCents = 0;
    PaymentOutcome outcome = PaymentOutcome::Succeeded;
    std::optional<QString> failureReason; // only for a failed payment: "insufficient funds"
    bool operator==(const Payment &) const = default;
};

// Wire names of the enums ("past_due", "ach", "failed"). fromWire returns nullopt for
// anything else, so a decoder can name the bad field.
QString toWire(InvoiceStatus);
QString toWire(PaymentMethodKind);
QString toWire(PaymentOutcome);
std::optional<InvoiceStatus> invoiceStatusFromWire(QStringView);
std::optional<PaymentMethodKind> paymentMethodKindFromWire(QStringView);
std::optional<PaymentOutcome> paymentOutcomeFromWire(QStringView);

} // namespace pac
