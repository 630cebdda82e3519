// agentctl invoice show|pdf|send (API.md "Invoices and payments").
#include "cli/InvoiceCommand.h"

#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "portal/CustomerEditService.h"
#include "portal/InvoiceLoader.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"
#include "storage/LocalCache.h"
#include "storage/PrivateFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pac::cli {

// --- INV ---

std::optional<InvoiceReference> InvoiceReference::parse(const QString &text)
{
    InvoiceReference reference;
    reference.text = text.trimmed();
    if (const auto id = CliFormat::parseId(reference.text)) {
        reference.id = id;
        return reference;
    }
    // "INV-2026-0142": letters, then dash-separated letters and digits.
    static const QRegularExpression number(QStringLiteral("^[A-Za-z]+(-[A-Za-z0-9]+)+$"));
    if (number.match(reference.text).hasMatch()) {
        reference.number = reference.text;
        return reference;
    }
    return std::nullopt;
}

// --- the dispatcher ---

QString InvoiceCommand::synopsis()
{
    return QStringLiteral("invoice show INV [--format table|json|csv] | pdf INV --out FILE.pdf | "
                          "send INV");
}

QString InvoiceCommand::summary()
{
    return tr("One invoice (INV: its id, or its number once the customer's invoices are kept "
              "here): show it, save its PDF, send it again.");
}

InvoiceCommand::InvoiceCommand()
    : ActionCommand(QStringLiteral("invoice"), summary(),
                    {action<InvoiceShowCommand>(QStringLiteral("show")),
                     action<InvoicePdfCommand>(QStringLiteral("pdf")),
                     action<InvoiceSendCommand>(QStringLiteral("send"))})
{ }

// --- what the actions share ---

InvoiceAction::InvoiceAction(QString action, QString synopsis, QString summary)
    : m_arguments(std::move(synopsis), std::move(summary))
    , m_action(std::move(action))
{ }

QString InvoiceAction::addressList(const QStringList &addresses)
{
    return addresses.isEmpty() ? tr("(nobody)") : addresses.join(u", ");
}

QString InvoiceAction::subject() const
{
    return QStringLiteral("invoice %1 %2").arg(m_action, m_reference.text);
}

bool InvoiceAction::parseReference(CommandContext &context, const QStringList &arguments)
{
    if (!m_arguments.parse(context, arguments, 1, 1))
        return false;
    const QString text = m_arguments.positional().at(0);
    const auto reference = InvoiceReference::parse(text);
    if (!reference) {
        context.failValidation(
            QStringLiteral("invoice %1 %2").arg(m_action, text),
            {{QStringLiteral("invoice"), QString(errorcode::InvalidFormat),
              tr("“%1” is neither an invoice id nor an invoice number like INV-2026-0142.")
                  .arg(text)}});
        return false;
    }
    m_reference = *reference;
    return true;
}

std::optional<CachedInvoice> InvoiceAction::cached(CommandContext &context)
{
    LocalCache *cache = context.cache();
    if (!cache)
        return std::nullopt;
    const auto found = m_reference.id ? cache->invoices().findInvoice(*m_reference.id)
                                      : cache->invoices().findInvoiceByNumber(m_reference.number);
    if (!found) {
        context.failStorage(found.error());
        return std::nullopt;
    }
    return found.value();
}

bool InvoiceAction::failUnresolvedNumber(CommandContext &context)
{
    if (m_reference.id)
        return false;
    context.finishWith(subject(),
                       tr("no invoice numbered %1 is kept on this computer, and the portal finds "
                          "invoices by id only. Use the invoice's id (the ID column of "
                          "“agentctl invoices CUSTOMER”), or run that command first.")
                           .arg(m_reference.number),
                       ExitCode::UsageError);
    return true;
}

void InvoiceAction::onPortalFailure(CommandContext &context, const PortalError &error,
                                    const std::function<void()> &retry)
{
    if (error.kind == PortalError::Kind::Unauthorized && !m_signedInAgain) {
        m_signedInAgain = true;
        context.session().signInAgain(retry);
        return;
    }
    context.failPortal(subject(), error);
}
// --- pdf ---

InvoicePdfCommand::InvoicePdfCommand()
    : InvoiceAction(QStringLiteral("pdf"), synopsis(), summary())
{ }

QString InvoicePdfCommand::synopsis()
{
    return QStringLiteral("invoice pdf INV --out FILE.pdf");
}

QString InvoicePdfCommand::summary()
{
    return tr("Save an invoice as the customer receives it, a PDF drawn by the portal.");
}

void InvoicePdfCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption(
        {QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    if (!parseReference(context, arguments))
        return;
    m_out = m_arguments.value(QStringLiteral("out"));
    if (m_out.isEmpty()) {
        context.fail(ExitCode::UsageError, tr("invoice pdf needs --out FILE.pdf."));
        return;
    }
    std::optional<qint64> invoiceId = m_reference.id;
    if (!invoiceId) {
        const auto found = cached(context);
        if (context.isFinished() || (!found && failUnresolvedNumber(context)))
            return;
        invoiceId = found->invoice.id;
    }
    context.session().ensureSignedIn([this, &context, id = *invoiceId] { fetch(context, id); });
}

void InvoicePdfCommand::fetch(CommandContext &context, qint64 invoiceId)
{
    context.client().invoicePdf(
        invoiceId, &context, [this, &context, invoiceId](const PortalResult<QByteArray> &result) {
            if (result.ok()) {
                write(context, result.value());
                return;
            }
            onPortalFailure(context, result.error(),
                            [this, &context, invoiceId] { fetch(context, invoiceId); });
        });
}

void InvoicePdfCommand::write(CommandContext &context, const QByteArray &pdf)
{
    const QString name = QFileInfo(m_out).fileName();
    QString why;
    if (!PrivateFile::write(m_out, pdf, &why)) {
        context.fail(ExitCode::Failure, tr("“%1” cannot be written: %2.").arg(name, why));
        return;
    }
    context.out() << subject() << ": " << tr("wrote %1 (%2 bytes)").arg(m_out).arg(pdf.size())
                  << Qt::endl;
    context.finish(ExitCode::Ok);
}

// --- send ---

InvoiceSendCommand::InvoiceSendCommand()
    : InvoiceAction(QStringLiteral("send"), synopsis(), summary())
{ }

InvoiceSendCommand::~InvoiceSendCommand() = default;

QString InvoiceSendCommand::synopsis()
{
    return QStringLiteral("invoice send INV");
}

QString InvoiceSendCommand::summary()
{
    return tr("Send an invoice again to the customer's recipients as they are now (To: billing "
              "contacts, CC: Additional Invoice Emails); offline it waits in the outbox.");
}

void InvoiceSendCommand::run(CommandContext &context, const QStringList &arguments)
{
    if (!parseReference(context, arguments))
        return;
    m_runner = new SyncRunner(context, &context);
    m_runner->prepareEdit([this, &context] { start(context); });
}

void InvoiceSendCommand::start(CommandContext &context)
{
    const auto found = cached(context);
    if (context.isFinished())
        return;
    if (found) {
        send(context, found->invoice.id);
        return;
    }
    if (failUnresolvedNumber(context))
        return;
    // Not kept here yet: ask the portal whose it is and keep that customer's invoices.
    const qint64 invoiceId = *m_reference.id;
    context.session().ensureSignedIn(
        [this, &context, invoiceId] { cacheFromPortal(context, invoiceId); });
}

void InvoiceSendCommand::cacheFromPortal(CommandContext &context, qint64 invoiceId)
{
    context.client().getInvoice(
        invoiceId, &context, [this, &context, invoiceId](const PortalResult<Invoice> &result) {
            if (!result.ok()) {
                onPortalFailure(context, result.error(), [this, &context, invoiceId] {
                    cacheFromPortal(context, invoiceId);
                });
                return;
            }
            m_loader = std::make_unique<InvoiceLoader>(context.client(), *context.cache());
            QObject::connect(
                m_loader.get(), &InvoiceLoader::loaded, &context,
                [this, &context, invoiceId](qint64, const CachedBilling &, bool fresh) {
                    if (fresh)
                        send(context, invoiceId);
                });
            QObject::connect(m_loader.get(), &InvoiceLoader::failed, &context,
                             [this, &context](qint64, const PortalError &error) {
                                 context.failPortal(subject(), error);
                             });
            m_loader->load(result.value().customerId);
        });
}

void InvoiceSendCommand::send(CommandContext &context, qint64 invoiceId)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    auto previewed = edits->previewResend(invoiceId);
    if (auto *refused = std::get_if<EditResult>(&previewed)) {
        EditDelivery::finishUnsaved(context, subject(), *refused);
        return;
    }
    const InvoiceResendPreview &preview = std::get<InvoiceResendPreview>(previewed);
    QTextStream &out = context.out();
    out << tr("Invoice %1 of customer %2 — %3")
               .arg(preview.invoice.number)
               .arg(preview.customer.id)
               .arg(preview.customer.name)
        << '\n';
    out << "To: " << addressList(preview.recipients.to) << '\n';
    out << "CC: " << addressList(preview.recipients.cc) << '\n';
    out.flush();
    const EditResult result = edits->resendInvoice(invoiceId);
    if (result.status == EditResult::Status::Unchanged && result.entry) {
        // Asked again while the first is queued: that one goes now (or stays, exit 75).
        context.err() << subject() << ": " << result.message << Qt::endl;
    } else if (result.status != EditResult::Status::Saved) {
        EditDelivery::finishUnsaved(context, subject(), result);
        return;
    }
    m_delivery = new EditDelivery(context, subject(), &context);
    m_delivery->deliver(result.entry->id, preview.customer.id,
                        [this, &context, invoiceId] { printSent(context, invoiceId); });
}

void InvoiceSendCommand::printSent(CommandContext &context, qint64 invoiceId)
{
    // The portal's delivery was added to the cached invoice as the entry was removed.
    const auto found = context.cache()->invoices().findInvoice(invoiceId);
    QString when;
    if (found && found->has_value() && !(*found)->invoice.deliveries.isEmpty())
        when = CliFormat::time((*found)->invoice.deliveries.constLast().at);
    context.out() << subject() << ": "
                  << (when.isEmpty() ? tr("sent again.") : tr("sent again (%1).").arg(when))
                  << Qt::endl;
}

} // namespace pac::cli
