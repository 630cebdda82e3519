#include "cli/EditCommands.h"

#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "models/BillingText.h"
#include "models/InvoiceEmailList.h"
#include "models/NetFifteenWhatIf.h"
#include "models/PaymentTerms.h"
#include "portal/CustomerEditService.h"
#include "portal/InvoiceLoader.h"
#include "portal/PortalError.h"
#include "storage/LocalCache.h"

namespace pac::cli {

namespace {

std::optional<qint64> customerIdArgument(CommandContext &context, const QString &command,
                                         const QString &text)
{
    const auto id = CliFormat::parseId(text);
    if (!id) {
        context.failValidation(command,
                               {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
                                 CommandContext::tr("“%1” is not a customer id.").arg(text)}});
    }
    return id;
}

// The customer as the cache shows it now (after an edit: the portal's accepted copy).
std::optional<Customer> shownCustomer(CommandContext &context, qint64 customerId)
{
    const auto found = context.cache()->customers().find(customerId);
    if (!found || !found->has_value())
        return std::nullopt;
    return (*found)->shown();
}

} // namespace

QString InvoiceEmailsCommand::synopsis()
{
    return QStringLiteral("invoice-emails ID [--set LIST | --add ADDR | --remove ADDR]");
}

QString InvoiceEmailsCommand::summary()
{
    return tr("Show or change a customer's Additional Invoice Emails (up to 10, CC'd on every "
              "invoice).");
}

void InvoiceEmailsCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("set"),
                           tr("Replace the list: addresses separated by commas, semicolons or "
                              "line breaks (\"Ann <ann@x.com>\" works)."),
                           QStringLiteral("LIST")});
    m_arguments.addOption(
        {QStringLiteral("add"), tr("Add one or more addresses."), QStringLiteral("ADDR")});
    m_arguments.addOption(
        {QStringLiteral("remove"), tr("Remove an address."), QStringLiteral("ADDR")});
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const auto id = customerIdArgument(context, QStringLiteral("invoice-emails"),
                                       m_arguments.positional().at(0));
    if (!id)
        return;
    m_customerId = *id;
    const int changes = int(m_arguments.isSet(QStringLiteral("set")))
        + int(m_arguments.isSet(QStringLiteral("add")))
        + int(m_arguments.isSet(QStringLiteral("remove")));
    if (changes > 1) {
        context.fail(ExitCode::UsageError, tr("Use only one of --set, --add and --remove."));
        return;
    }
    m_runner = new SyncRunner(context, &context);
    if (changes == 0)
        m_runner->ensureCache([this, &context] { print(context); });
    else
        m_runner->prepareEdit([this, &context] { change(context); });
}

void InvoiceEmailsCommand::print(CommandContext &context)
{
    const auto customer = shownCustomer(context, m_customerId);
    if (!customer) {
        context.fail(
            ExitCode::UsageError,
            tr("invoice-emails %1: there is no such customer in your list.").arg(m_customerId));
        return;
    }
    const InvoiceEmailList::Recipients recipients
        = InvoiceEmailList::recipients(customer->billingContacts, customer->invoiceEmails);
    QTextStream &out = context.out();
    for (const QString &to : recipients.to)
        out << "To: " << to << '\n';
    for (const QString &email : customer->invoiceEmails) {
        out << "Cc: " << email;
        if (InvoiceEmailList::isRedundant(email, customer->billingContacts))
            out << "  " << tr("(redundant: already a billing contact)");
        out << '\n';
    }
    context.err() << tr("%1 of %2 additional invoice emails")
                         .arg(customer->invoiceEmails.size())
                         .arg(InvoiceEmailList::MaxEmails)
                  << Qt::endl;
    context.finish(ExitCode::Ok);
}

void InvoiceEmailsCommand::change(CommandContext &context)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    const QString subject = QStringLiteral("invoice-emails %1").arg(m_customerId);
    EditResult result;
    if (m_arguments.isSet(QStringLiteral("set"))) {
        result = edits->setInvoiceEmails(
            m_customerId,
            InvoiceEmailList::parsePasted(m_arguments.values(QStringLiteral("set")).join(u'\n')));
    } else if (m_arguments.isSet(QStringLiteral("add"))) {
        result = edits->addInvoiceEmails(m_customerId,
                                         m_arguments.values(QStringLiteral("add")).join(u'\n'));
    } else {
        result
            = edits->removeInvoiceEmail(m_customerId, m_arguments.value(QStringLiteral("remove")));
    }
    if (result.status != EditResult::Status::Saved) {
        EditDelivery::finishUnsaved(context, subject, result);
        return;
    }
    m_delivery = new EditDelivery(context, subject, &context);
    m_delivery->deliver(result.entry->id, m_customerId, [this, &context, subject] {
        const auto customer = shownCustomer(context, m_customerId);
        const QStringList emails = customer ? customer->invoiceEmails : QStringList();
        context.out() << subject << ": "
                      << tr("saved on the portal; %1 of %2: %3")
                             .arg(emails.size())
                             .arg(InvoiceEmailList::MaxEmails)
                             .arg(emails.isEmpty() ? tr("(none)")
                                                   : emails.join(QStringLiteral(", ")))
                      << Qt::endl;
    });
}

QString TermsCommand::synopsis()
{
    return QStringLiteral("terms ID net15|due_on_receipt [--dry-run]");
}

QString TermsCommand::summary()
{
    return tr("Move a customer to Net 15 (credit limit at least $500.00) or back to due on "
              "receipt.");
}

void TermsCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption(
        {QStringLiteral("dry-run"),
         tr("net15: print what Net 15 would mean from the recent invoices (the typical amount "
            "owed before an invoice falls due, against the limit) and change nothing.")});
    if (!m_arguments.parse(context, arguments, 2, 2))
        return;
    const auto id
        = customerIdArgument(context, QStringLiteral("terms"), m_arguments.positional().at(0));
    if (!id)
        return;
    const QString termsText = m_arguments.positional().at(1);
    const auto terms = paymentTermsFromWire(termsText);
    if (!terms) {
        context.failValidation(QStringLiteral("terms %1").arg(*id),
                               {{QStringLiteral("terms"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not net15 or due_on_receipt.").arg(termsText)}});
        return;
    }
    if (m_arguments.isSet(QStringLiteral("dry-run"))) {
        if (*terms != PaymentTermsKind::Net15) {
            context.out() << tr("terms %1: due on receipt charges each invoice when it is issued; "
                                "the approved credit limit stays on record. Nothing was changed.")
                                 .arg(*id)
                          << Qt::endl;
            context.finish(ExitCode::Ok);
            return;
        }
        const qint64 customerId = *id;
        context.session().ensureSignedIn(
            [this, &context, customerId] { whatIf(context, customerId, true); });
        return;
    }
    m_runner = new SyncRunner(context, &context);
    m_runner->prepareEdit([this, &context, customerId = *id, target = *terms] {
        CustomerEditService *edits = context.edits();
        if (!edits)
            return;
        const QString subject = QStringLiteral("terms %1").arg(customerId);
        const EditResult result = edits->setPaymentTerms(customerId, target);
        if (result.status != EditResult::Status::Saved) {
            EditDelivery::finishUnsaved(context, subject, result);
            return;
        }
        m_delivery = new EditDelivery(context, subject, &context);
        m_delivery->deliver(result.entry->id, customerId, [&context, customerId, subject] {
            const auto customer = shownCustomer(context, customerId);
            if (!customer)
                return;
            context.out() << subject << ": "
                          << tr("now %1, credit limit %2")
                                 .arg(BillingText::termsName(customer->paymentTerms),
                                      CliFormat::money(customer->creditLimitCents))
                          << Qt::endl;
        });
    });
}

void TermsCommand::whatIf(CommandContext &context, qint64 customerId, bool mayRetry)
{
    LocalCache *cache = context.cache();
    const auto customer = shownCustomer(context, customerId);
    if (!cache || !customer)
        return;
    const QString subject = QStringLiteral("terms %1").arg(customerId);
    auto print
        = [&context, subject, limit = customer->creditLimitCents](const CachedBilling &billing) {
              const auto result
                  = NetFifteenWhatIf::compute(billing.invoices, limit, QDate::currentDate());
              context.out() << subject << ": "
                            << tr("what Net 15 would mean (nothing was changed):") << Qt::endl;
              for (const QString &line :
                   NetFifteenWhatIf::describe(result, &CliFormat::money, &CliFormat::date))
                  context.out() << "  " << line << Qt::endl;
              context.finish(ExitCode::Ok);
          };
    delete m_loader;
    m_loader = new InvoiceLoader(context.client(), *cache, &context);
    // The portal's invoices; the cached copy only if the portal cannot be asked (below).
    QObject::connect(m_loader, &InvoiceLoader::loaded, &context,
                     [print](qint64, const CachedBilling &billing, bool fresh) {
                         if (fresh)
                             print(billing);
                     });
    QObject::connect(m_loader, &InvoiceLoader::failed, &context,
                     [this, &context, customerId, mayRetry, subject, print,
                      cache](qint64, const PortalError &error) {
                         if (error.kind == PortalError::Kind::Unauthorized && mayRetry) {
                             context.session().signInAgain([this, &context, customerId] {
                                 whatIf(context, customerId, false);
                             });
                             return;
                         }
                         const auto kept = cache->invoices().find(customerId);
                         if (error.isTransient() && kept.ok() && kept.value()) {
                             context.err() << subject << ": " << error.message() << Qt::endl
                                           << tr("From the invoices as fetched on %1.")
                                                  .arg(CliFormat::time(kept.value()->fetchedAt))
                                           << Qt::endl;
                             print(*kept.value());
                             return;
                         }
                         context.failPortal(subject, error);
                     });
    m_loader->load(customerId);
}

} // namespace pac::cli
