#include "cli/InvoiceCommands.h"

#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "models/BillingText.h"
#include "models/InvoiceJson.h"
#include "portal/InvoiceLoader.h"
#include "portal/PortalError.h"
#include "storage/LocalCache.h"

namespace pac::cli {

InvoiceListCommand::InvoiceListCommand(List list, QString synopsis, QString summary)
    : m_list(list)
    , m_arguments(std::move(synopsis), std::move(summary))
{ }

InvoiceListCommand::~InvoiceListCommand() = default;

InvoicesCommand::InvoicesCommand()
    : InvoiceListCommand(List::Invoices, synopsis(), summary())
{ }

QString InvoicesCommand::synopsis()
{
    return QStringLiteral("invoices ID [--status open|paid|past_due|void] "
                          "[--format table|json|csv]");
}

QString InvoicesCommand::summary()
{
    return tr("List a customer's invoices, newest first (number, issued, due, amount, paid, "
              "status, sent to).");
}

PaymentsCommand::PaymentsCommand()
    : InvoiceListCommand(List::Payments, synopsis(), summary())
{ }

QString PaymentsCommand::synopsis()
{
    return QStringLiteral("payments ID [--format table|json|csv]");
}

QString PaymentsCommand::summary()
{
    return tr("List a customer's payments, newest first (card or ACH, failed ones with the "
              "reason).");
}

void InvoiceListCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString name
        = m_list == List::Invoices ? QStringLiteral("invoices") : QStringLiteral("payments");
    m_arguments.addOption({QStringLiteral("format"), tr("table, json or csv."),
                           QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (m_list == List::Invoices) {
        m_arguments.addOption({QStringLiteral("status"),
                               tr("Only invoices in this status: open, paid, past_due or void."),
                               QStringLiteral("STATUS")});
    }
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const QString format = m_arguments.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv")) {
        context.failValidation(name,
                               {{QStringLiteral("format"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not a format; use table, json or csv.").arg(format)}});
        return;
    }
    if (m_list == List::Invoices && m_arguments.isSet(QStringLiteral("status"))) {
        m_status = invoiceStatusFromWire(m_arguments.value(QStringLiteral("status")));
        if (!m_status) {
            context.failValidation(
                name,
                {{QStringLiteral("status"), QString(errorcode::InvalidFormat),
                  tr("“%1” is not an invoice status; use open, paid, past_due or void.")
                      .arg(m_arguments.value(QStringLiteral("status")))}});
            return;
        }
    }
    const auto id = CliFormat::parseId(m_arguments.positional().at(0));
    if (!id) {
        context.failValidation(
            name,
            {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
              tr("“%1” is not a customer id.").arg(m_arguments.positional().at(0))}});
        return;
    }
    m_customerId = *id;
    LocalCache *cache = context.cache();
    if (!cache)
        return;
    m_loader = std::make_unique<InvoiceLoader>(context.client(), *cache);
    QObject::connect(m_loader.get(), &InvoiceLoader::loaded, &context,
                     [this, &context](qint64, const CachedBilling &billing, bool fresh) {
                         if (!fresh) {
                             m_haveCached = true;
                             m_cached = billing;
                             return;
                         }
                         print(context, billing);
                     });
    QObject::connect(m_loader.get(), &InvoiceLoader::failed, &context,
                     [this, &context, name](qint64, const PortalError &error) {
                         const QString subject
                             = QStringLiteral("%1 %2").arg(name).arg(m_customerId);
                         if (error.kind == PortalError::Kind::Unauthorized && !m_retried) {
                             m_retried = true;
                             context.session().signInAgain([this, &context] { load(context); });
                             return;
                         }
                         if (error.isTransient() && m_haveCached) {
                             // Out of reach: what was fetched last time is better than nothing.
                             context.err() << subject << ": " << error.message() << Qt::endl
                                           << tr("Showing what was fetched on %1.")
                                                  .arg(CliFormat::time(m_cached.fetchedAt))
                                           << Qt::endl;
                             print(context, m_cached);
                             return;
                         }
                         context.failPortal(subject, error);
                     });
    context.session().ensureSignedIn([this, &context] { load(context); });
}

void InvoiceListCommand::load(CommandContext &context)
{
    Q_UNUSED(context);
    m_haveCached = false;
    m_loader->load(m_customerId);
}

void InvoiceListCommand::print(CommandContext &context, const CachedBilling &billing)
{
    if (m_list == List::Invoices) {
        QList<Invoice> invoices;
        for (const Invoice &invoice : billing.invoices) {
            if (!m_status || invoice.status == *m_status)
                invoices.append(invoice);
        }
        printInvoices(context, invoices);
    } else {
        printPayments(context, billing.payments);
    }
    context.finish(ExitCode::Ok);
}

void InvoiceListCommand::printInvoices(CommandContext &context, const QList<Invoice> &invoices)
{
    const QString format = m_arguments.value(QStringLiteral("format"));
    QTextStream &out = context.out();
    if (format == QLatin1String("json")) {
        QByteArray json("[");
        for (qsizetype i = 0; i < invoices.size(); ++i) {
            if (i > 0)
                json += ',';
            appendInvoiceJson(json, invoices.at(i));
        }
        json += "]\n";
        out << QString::fromUtf8(json);
        return;
    }
    if (format == QLatin1String("csv")) {
        out << CliFormat::csvLine(
            {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("issued_on"),
             QStringLiteral("due_on"), QStringLiteral("amount"), QStringLiteral("paid"),
             QStringLiteral("status"), QStringLiteral("to"), QStringLiteral("cc")});
        for (const Invoice &invoice : invoices) {
            const InvoiceDelivery last = invoice.deliveries.value(invoice.deliveries.size() - 1);
            out << CliFormat::csvLine(
                {QString::number(invoice.id), invoice.number,
                 invoice.issuedOn.toString(Qt::ISODate), invoice.dueOn.toString(Qt::ISODate),
                 CliFormat::csvMoney(invoice.amountCents), CliFormat::csvMoney(invoice.paidCents),
                 toWire(invoice.status), last.to.join(QLatin1Char(' ')),
                 last.cc.join(QLatin1Char(' '))});
        }
        return;
    }
    TextTable table({tr("ID"), tr("Invoice"), tr("Issued"), tr("Due"), tr("Amount"), tr("Paid"),
                     tr("Status"), tr("Sent to")},
                    {true, false, false, false, true, true, false, false});
    for (const Invoice &invoice : invoices) {
        table.addRow({QString::number(invoice.id), invoice.number,
                      CliFormat::date(invoice.issuedOn), CliFormat::date(invoice.dueOn),
                      CliFormat::money(invoice.amountCents), CliFormat::money(invoice.paidCents),
                      BillingText::invoiceStatusName(invoice.status),
                      BillingText::sentTo(invoice)});
    }
    table.print(out);
    context.err() << tr("%n invoice(s)", "", int(invoices.size())) << Qt::endl;
}

void InvoiceListCommand::printPayments(CommandContext &context, const QList<Payment> &payments)
{
    const QString format = m_arguments.value(QStringLiteral("format"));
    QTextStream &out = context.out();
    if (format == QLatin1String("json")) {
        QByteArray json("[");
        for (qsizetype i = 0; i < payments.size(); ++i) {
            if (i > 0)
                json += ',';
            appendPaymentJson(json, payments.at(i));
        }
        json += "]\n";
        out << QString::fromUtf8(json);
        return;
    }
    if (format == QLatin1String("csv")) {
        out << CliFormat::csvLine({QStringLiteral("id"), QStringLiteral("invoice_id"),
                                   QStringLiteral("at"), QStringLiteral("method"),
                                   QStringLiteral("amount"), QStringLiteral("outcome"),
                                   QStringLiteral("failure_reason")});
        for (const Payment &payment : payments) {
            out << CliFormat::csvLine(
                {QString::number(payment.id), QString::number(payment.invoiceId),
                 toRfc3339(payment.at), toWire(payment.method),
                 CliFormat::csvMoney(payment.amountCents), toWire(payment.outcome),
                 payment.failureReason.value_or(QString())});
        }
        return;
    }
    TextTable table(
        {tr("ID"), tr("Invoice"), tr("When"), tr("Method"), tr("Amount"), tr("Outcome")},
        {true, true, false, false, true, false});
    for (const Payment &payment : payments) {
        const QString outcome = payment.outcome == PaymentOutcome::Succeeded
            ? tr("succeeded")
            : tr("failed (%1)").arg(payment.failureReason.value_or(tr("no reason given")));
        table.addRow({QString::number(payment.id), QString::number(payment.invoiceId),
                      CliFormat::time(payment.at),
                      payment.method == PaymentMethodKind::Ach ? tr("ACH") : tr("card"),
                      CliFormat::money(payment.amountCents), outcome});
    }
    table.print(out);
    context.err() << tr("%n payment(s)", "", int(payments.size())) << Qt::endl;
}

} // namespace pac::cli
