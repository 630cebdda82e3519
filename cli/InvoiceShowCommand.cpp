// agentctl invoice show: one invoice, its lines, the payments against it and its sendings.
#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/InvoiceCommand.h"
#include "models/BillingText.h"
#include "models/InvoiceJson.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"
#include "storage/LocalCache.h"

namespace pac::cli {

namespace {

QString senderText(const InvoiceDelivery &delivery)
{
    if (!delivery.by)
        return InvoiceShowCommand::tr("the portal");
    return QStringLiteral("%1 (%2)").arg(delivery.by->person.name,
                                         BillingText::roleName(delivery.by->role));
}

} // namespace

InvoiceShowCommand::InvoiceShowCommand()
    : InvoiceAction(QStringLiteral("show"), synopsis(), summary())
{ }

QString InvoiceShowCommand::synopsis()
{
    return QStringLiteral("invoice show INV [--format table|json|csv]");
}

QString InvoiceShowCommand::summary()
{
    return tr("Show an invoice: its lines, the payments made against it (when the customer's "
              "payments are kept here) and every sending (csv: the lines).");
}

void InvoiceShowCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("format"), tr("table, json or csv."),
                           QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (!parseReference(context, arguments))
        return;
    const QString format = m_arguments.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv")) {
        context.failValidation(subject(),
                               {{QStringLiteral("format"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not a format; use table, json or csv.").arg(format)}});
        return;
    }
    m_cached = cached(context);
    if (context.isFinished())
        return;
    if (!m_cached && failUnresolvedNumber(context))
        return;
    const qint64 invoiceId = m_cached ? m_cached->invoice.id : *m_reference.id;
    context.session().ensureSignedIn([this, &context, invoiceId] { fetch(context, invoiceId); });
}

void InvoiceShowCommand::fetch(CommandContext &context, qint64 invoiceId)
{
    context.client().getInvoice(
        invoiceId, &context, [this, &context, invoiceId](const PortalResult<Invoice> &result) {
            if (result.ok()) {
                print(context, result.value());
                return;
            }
            if (result.error().isTransient() && m_cached) {
                // Out of reach: the copy kept here is better than nothing, and said to be one.
                const auto billing = context.cache()->invoices().find(m_cached->customerId);
                context.err() << subject() << ": " << result.error().message() << Qt::endl;
                if (billing && billing->has_value()) {
                    context.err() << tr("Showing what was fetched on %1.")
                                         .arg(CliFormat::time((*billing)->fetchedAt))
                                  << Qt::endl;
                }
                print(context, m_cached->invoice);
                return;
            }
            onPortalFailure(context, result.error(),
                            [this, &context, invoiceId] { fetch(context, invoiceId); });
        });
}

void InvoiceShowCommand::print(CommandContext &context, const Invoice &invoice)
{
    // The payments made against it, if its customer's payments are kept here.
    std::optional<QList<Payment>> payments;
    const auto billing = context.cache()->invoices().find(invoice.customerId);
    if (!billing) {
        context.failStorage(billing.error());
        return;
    }
    if (billing->has_value()) {
        payments.emplace();
        for (const Payment &payment : (*billing)->payments) {
            if (payment.invoiceId == invoice.id)
                payments->append(payment);
        }
    }
    const QString format = m_arguments.value(QStringLiteral("format"));
    QTextStream &out = context.out();
    if (format == QLatin1String("json")) {
        // The Invoice as the portal sends it, with `payments` (null: not kept here).
        QByteArray json = invoiceJsonBytes(invoice);
        json.chop(1); // the closing brace
        json += ",\"payments\":";
        if (payments) {
            json += '[';
            for (qsizetype i = 0; i < payments->size(); ++i) {
                if (i > 0)
                    json += ',';
                appendPaymentJson(json, payments->at(i));
            }
            json += ']';
        } else {
            json += "null";
        }
        json += "}\n";
        out << QString::fromUtf8(json);
    } else if (format == QLatin1String("csv")) {
        out << CliFormat::csvLine({QStringLiteral("description"), QStringLiteral("quantity"),
                                   QStringLiteral("unit"), QStringLiteral("amount")});
        for (const InvoiceLine &line : invoice.lines) {
            out << CliFormat::csvLine({line.description, QString::number(line.quantity),
                                       CliFormat::csvMoney(line.unitCents),
                                       CliFormat::csvMoney(line.amountCents)});
        }
    } else {
        printTable(context, invoice, payments);
    }
    context.finish(ExitCode::Ok);
}

void InvoiceShowCommand::printTable(CommandContext &context, const Invoice &invoice,
                                    const std::optional<QList<Payment>> &payments)
{
    QTextStream &out = context.out();
    auto field = [&out](const QString &label, const QString &value) {
        out << QString(label + u':').leftJustified(14) << value << '\n';
    };
    field(tr("Invoice"), tr("%1 (id %2)").arg(invoice.number).arg(invoice.id));
    const auto customer = context.cache()->customers().find(invoice.customerId);
    field(tr("Customer"),
          customer && customer->has_value()
              ? QStringLiteral("%1 — %2").arg(invoice.customerId).arg((*customer)->shown().name)
              : QString::number(invoice.customerId));
    field(tr("Period"),
          QStringLiteral("%1 – %2").arg(CliFormat::date(invoice.periodStart),
                                        CliFormat::date(invoice.periodEnd)));
    field(tr("Issued"), CliFormat::date(invoice.issuedOn));
    field(tr("Due"), CliFormat::date(invoice.dueOn));
    field(tr("Amount"), CliFormat::money(invoice.amountCents));
    field(tr("Paid"), CliFormat::money(invoice.paidCents));
    field(tr("Status"), BillingText::invoiceStatusName(invoice.status));

    out << '\n' << tr("Lines") << '\n';
    TextTable lines({tr("Description"), tr("Quantity"), tr("Unit"), tr("Amount")},
                    {false, true, true, true});
    for (const InvoiceLine &line : invoice.lines) {
        lines.addRow({line.description, QString::number(line.quantity),
                      CliFormat::money(line.unitCents), CliFormat::money(line.amountCents)});
    }
    lines.print(out);

    out << '\n' << tr("Payments") << '\n';
    if (!payments) {
        out << tr("(not kept on this computer: “agentctl payments %1” fetches them)")
                   .arg(invoice.customerId)
            << '\n';
    } else if (payments->isEmpty()) {
        out << tr("(none)") << '\n';
    } else {
        TextTable table({tr("When"), tr("Method"), tr("Amount"), tr("Outcome")},
                        {false, false, true, false});
        for (const Payment &payment : *payments) {
            const QString outcome = payment.outcome == PaymentOutcome::Succeeded
                ? tr("succeeded")
                : tr("failed (%1)").arg(payment.failureReason.value_or(tr("no reason given")));
            table.addRow({CliFormat::time(payment.at),
                          payment.method == PaymentMethodKind::Ach ? tr("ACH") : tr("card"),
                          CliFormat::money(payment.amountCents), outcome});
        }
        table.print(out);
    }

    out << '\n' << tr("Sent") << '\n';
    if (invoice.deliveries.isEmpty()) {
        out << tr("(never)") << '\n';
        return;
    }
    TextTable sent({tr("When"), tr("By"), tr("To"), tr("CC")});
    for (const InvoiceDelivery &delivery : invoice.deliveries) {
        sent.addRow({CliFormat::time(delivery.at), senderText(delivery), addressList(delivery.to),
                     addressList(delivery.cc)});
    }
    sent.print(out);
}

} // namespace pac::cli
