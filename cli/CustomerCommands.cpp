#include "cli/CustomerCommands.h"

#include "cli/CliFormat.h"
#include "cli/CommandContext.h"
#include "cli/SyncRunner.h"
#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerCsvWriter.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "models/AchEligibility.h"
#include "models/BillingText.h"
#include "models/CustomerJson.h"
#include "models/InvoiceEmailList.h"
#include "models/PaymentTerms.h"
#include "storage/LocalCache.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pac::cli {

namespace {

// Up to this many customers are read one by one for --format json; more in one pass.
constexpr qsizetype kLookupsAtMost = 2000;

QJsonObject localEditsJson(const CustomerEditFlags &flags)
{
    return {{QStringLiteral("pending_edits"), flags.pendingEdits},
            {QStringLiteral("pending_resends"), flags.pendingResends},
            {QStringLiteral("conflict"), flags.conflict},
            {QStringLiteral("failed"), flags.failed}};
}

QString editsText(const CustomerEditFlags &flags)
{
    QStringList parts;
    if (flags.conflict)
        parts.append(CustomersCommand::tr("conflict"));
    if (flags.failed)
        parts.append(CustomersCommand::tr("refused"));
    if (flags.hasPendingEdit())
        parts.append(CustomersCommand::tr("%n pending", "", flags.pendingEdits));
    if (flags.pendingResends > 0)
        parts.append(
            CustomersCommand::tr("%n invoice resend(s) pending", "", flags.pendingResends));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString CustomersCommand::synopsis()
{
    return QStringLiteral("customers [--filter TEXT] [--view NAME] [--format table|json|csv]");
}

QString CustomersCommand::summary()
{
    return tr("List the customers in the cache (synced first if empty), as the console's table.");
}

void CustomersCommand::run(CommandContext &context, const QStringList &arguments)
{
    QStringList views;
    for (int view = 0; view < CustomerViewCount; ++view)
        views.append(CustomerViews::key(CustomerView(view)));
    m_arguments.addOption({QStringLiteral("filter"),
                           tr("Only customers whose name, account number or an email contains "
                              "TEXT."),
                           QStringLiteral("TEXT")});
    m_arguments.addOption({QStringLiteral("view"), tr("One of: %1.").arg(views.join(u", ")),
                           QStringLiteral("NAME"), QStringLiteral("all")});
    m_arguments.addOption({QStringLiteral("format"), tr("table, json or csv."),
                           QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    const QString format = m_arguments.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")
        && format != QLatin1String("csv")) {
        context.failValidation(QStringLiteral("customers"),
                               {{QStringLiteral("format"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not one of table, json, csv.").arg(format)}});
        return;
    }
    if (!CustomerViews::fromKey(m_arguments.value(QStringLiteral("view")))) {
        context.failValidation(
            QStringLiteral("customers"),
            {{QStringLiteral("view"), QString(errorcode::InvalidFormat),
              tr("“%1” is not a view; the views are: %2.")
                  .arg(m_arguments.value(QStringLiteral("view")), views.join(u", "))}});
        return;
    }
    m_runner = new SyncRunner(context, &context);
    m_runner->ensureCache([this, &context] { list(context); });
}

void CustomersCommand::list(CommandContext &context)
{
    LocalCache *cache = context.cache();
    CustomerQuerySpec spec;
    spec.text = m_arguments.value(QStringLiteral("filter"));
    spec.view = *CustomerViews::fromKey(m_arguments.value(QStringLiteral("view")));
    spec.today = QDate::currentDate();
    spec.sortColumn = int(CustomerColumn::Name);
    // Only the customers whose search text holds the filter are read from the cache (its
    // copy of the table's search text), then indexed and queried as the console's table is:
    // the console's rows for this text and view, without decoding or indexing all the others.
    const StorageResult<QList<CustomerRow>> candidates = cache->customers().rowsMatching(spec.text);
    if (!candidates) {
        context.failStorage(candidates.error());
        return;
    }
    CustomerIndexBuilder builder;
    builder.reserve(candidates->size());
    for (const CustomerRow &row : candidates.value())
        builder.add(row);
    const CustomerIndex index = builder.build();
    const std::optional<CustomerQueryResult> result = index.query(spec);
    const QList<quint32> rows = result ? result->matches : QList<quint32>();
    const QString format = m_arguments.value(QStringLiteral("format"));
    QTextStream &out = context.out();

    if (format == QLatin1String("csv")) {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QString error;
        if (!CustomerCsvWriter().write(&csv, index, rows, &error)) {
            context.fail(ExitCode::Failure, error);
            return;
        }
        out << QString::fromUtf8(csv.data());
    } else if (format == QLatin1String("json")) {
        // The full objects of the rows: a few looked up one by one, many in one pass.
        QHash<qint64, QJsonObject> objects;
        auto add = [&objects](const CachedCustomer &cached) {
            QJsonObject object = toJson(cached.shown());
            object.insert(QStringLiteral("local_edits"), localEditsJson(cached.flags));
            objects.insert(cached.server.id, object);
        };
        if (rows.size() <= kLookupsAtMost) {
            for (quint32 slot : rows) {
                const auto found = cache->customers().find(index.facts(slot).id);
                if (!found) {
                    context.failStorage(found.error());
                    return;
                }
                if (found->has_value())
                    add(**found);
            }
        } else {
            QSet<qint64> wanted;
            for (quint32 slot : rows)
                wanted.insert(index.facts(slot).id);
            const StorageStatus read
                = cache->customers().forEachCustomer([&](const CachedCustomer &cached) {
                      if (wanted.contains(cached.server.id))
                          add(cached);
                      return true;
                  });
            if (!read) {
                context.failStorage(read.error());
                return;
            }
        }
        QJsonArray array;
        for (quint32 slot : rows)
            array.append(objects.value(index.facts(slot).id));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QLocale locale = CliFormat::locale();
        TextTable table({tr("ID"), tr("Account"), tr("Name"), tr("Terms"), tr("Limit"),
                         tr("Balance"), tr("ACH"), tr("Emails"), tr("Local edits")},
                        {true, false, false, false, true, true, false, true, false});
        for (quint32 slot : rows) {
            const qint64 id = index.facts(slot).id;
            // The counts of edits come from the outbox; a row without edits needs no look.
            CustomerEditFlags flags;
            const CustomerRowFlags rowFlags = index.facts(slot).flags;
            if (rowFlags.testFlag(CustomerRowFlag::PendingEdit)
                || rowFlags.testFlag(CustomerRowFlag::Conflict)) {
                const auto found = cache->customers().find(id);
                if (!found) {
                    context.failStorage(found.error());
                    return;
                }
                if (found->has_value())
                    flags = (*found)->flags;
            }
            auto text = [&](CustomerColumn column) {
                return CustomerColumns::text(index, slot, column, locale);
            };
            table.addRow({QString::number(id), text(CustomerColumn::AccountNumber),
                          text(CustomerColumn::Name), text(CustomerColumn::Terms),
                          text(CustomerColumn::CreditLimit), text(CustomerColumn::Balance),
                          text(CustomerColumn::AchStatus), text(CustomerColumn::InvoiceEmails),
                          editsText(flags)});
        }
        table.print(out);
        context.err() << tr("%n customer(s)", "", int(rows.size())) << Qt::endl;
    }
    context.finish(ExitCode::Ok);
}

QString ShowCommand::synopsis()
{
    return QStringLiteral("show ID [--format text|json]");
}

QString ShowCommand::summary()
{
    return tr("Show one customer: terms, credit, ACH, invoice recipients and local edits.");
}

void ShowCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("format"), tr("text or json."), QStringLiteral("FORMAT"),
                           QStringLiteral("text")});
    m_arguments.parser().addPositionalArgument(QStringLiteral("ID"), tr("The customer's id."));
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const auto id = CliFormat::parseId(m_arguments.positional().at(0));
    if (!id) {
        context.failValidation(
            QStringLiteral("show"),
            {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
              tr("“%1” is not a customer id.").arg(m_arguments.positional().at(0))}});
        return;
    }
    m_runner = new SyncRunner(context, &context);
    m_runner->ensureCache([this, &context, id = *id] { show(context, id); });
}

void ShowCommand::show(CommandContext &context, qint64 customerId)
{
    const auto found = context.cache()->customers().find(customerId);
    if (!found) {
        context.failStorage(found.error());
        return;
    }
    if (!found->has_value()) {
        context.fail(ExitCode::UsageError,
                     tr("show %1: there is no such customer in your list.").arg(customerId));
        return;
    }
    const CachedCustomer &cached = **found;
    const Customer &c = cached.shown();
    QTextStream &out = context.out();
    if (m_arguments.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject object = toJson(c);
        object.insert(QStringLiteral("local_edits"), localEditsJson(cached.flags));
        if (cached.local)
            object.insert(QStringLiteral("portal_copy"), toJson(cached.server));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.finish(ExitCode::Ok);
        return;
    }
    const QLocale locale = CliFormat::locale();
    auto line = [&out](const QString &label, const QString &value) {
        out << QString(label + u':').leftJustified(22) << value << '\n';
    };
    line(tr("Customer"), QStringLiteral("%1 — %2 (%3)").arg(c.id).arg(c.name, c.accountNumber));
    line(tr("Status"), BillingText::statusName(c.status));
    line(tr("Country"), c.country);
    line(tr("Agent"), c.agent.name);
    line(tr("Master agent"), c.masterAgent ? c.masterAgent->name : tr("none"));
    line(tr("Customer since"), CliFormat::date(c.customerSince));
    line(tr("Payment terms"), BillingText::termsName(c.paymentTerms));
    line(tr("Credit limit"), CliFormat::money(c.creditLimitCents));
    line(tr("Balance"), CliFormat::money(c.balanceCents));
    line(tr("Last payment issue"),
         c.lastPaymentIssueOn ? CliFormat::date(*c.lastPaymentIssueOn) : tr("none"));
    line(tr("ACH"), AchEligibility::explain(c.ach, locale));
    const InvoiceEmailList::Recipients recipients
        = InvoiceEmailList::recipients(c.billingContacts, c.invoiceEmails);
    line(tr("Invoices go to"),
         recipients.to.isEmpty() ? tr("(no billing contact)")
                                 : recipients.to.join(QStringLiteral(", ")));
    line(tr("Invoice CC"),
         tr("%1 of %2: %3")
             .arg(c.invoiceEmails.size())
             .arg(InvoiceEmailList::MaxEmails)
             .arg(recipients.cc.join(QStringLiteral(", "))));
    const QStringList redundant
        = InvoiceEmailList::redundantAddresses(c.invoiceEmails, c.billingContacts);
    if (!redundant.isEmpty())
        line(tr("Redundant"), tr("%1 (already billing contacts)").arg(redundant.join(u", ")));
    line(tr("Updated"), tr("%1 (version %2)").arg(CliFormat::time(c.updatedAt)).arg(c.version));
    const QString edits = editsText(cached.flags);
    if (!edits.isEmpty())
        line(tr("Local edits"), edits + tr(" — see agentctl outbox"));
    context.finish(ExitCode::Ok);
}

} // namespace pac::cli
