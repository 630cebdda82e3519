#include "cli/BulkCommand.h"

#include "cli/CommandContext.h"
#include "cli/SyncRunner.h"
#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "models/InvoiceEmailList.h"
#include "portal/BulkChangeService.h"
#include "portal/BulkCsv.h"
#include "storage/LocalCache.h"

#include <QFile>

namespace pac::cli {

namespace {

const QString Subject = QStringLiteral("bulk");

} // namespace

QString BulkCommand::synopsis()
{
    return QStringLiteral(
        "bulk invoice-emails (--add ADDR | --remove ADDR | --replace OLD NEW) | terms "
        "net15|due_on_receipt | ach-enable --reason TEXT  (--view NAME | --filter TEXT | "
        "--ids 1,2,3) | --from FILE.csv | undo BATCH  [--dry-run] [--format table|json|csv]");
}

QString BulkCommand::summary()
{
    return tr("Change many customers at once by the rules of a single edit: previewed, saved "
              "all or nothing under a batch id, sent, and undone as a batch.");
}

void BulkCommand::run(CommandContext &context, const QStringList &arguments)
{
    QStringList views;
    for (int view = 0; view < CustomerViewCount; ++view)
        views.append(CustomerViews::key(CustomerView(view)));
    m_arguments.addOption({QStringLiteral("add"), tr("Add this address to the invoice emails."),
                           QStringLiteral("ADDR")});
    m_arguments.addOption({QStringLiteral("remove"),
                           tr("Remove this address from the invoice emails."),
                           QStringLiteral("ADDR")});
    m_arguments.addOption({QStringLiteral("replace"),
                           tr("Replace this address (any case) by the address that follows, "
                              "keeping the list's order."),
                           QStringLiteral("OLD")});
    m_arguments.addOption({QStringLiteral("view"),
                           tr("The customers of a view: %1.").arg(views.join(u", ")),
                           QStringLiteral("NAME")});
    m_arguments.addOption({QStringLiteral("filter"),
                           tr("The customers whose name or account number holds TEXT."),
                           QStringLiteral("TEXT")});
    m_arguments.addOption({QStringLiteral("ids"), tr("These customers (comma-separated ids)."),
                           QStringLiteral("IDS")});
    m_arguments.addOption({QStringLiteral("from"),
                           tr("A file of changes: customer_id,action,value."),
                           QStringLiteral("FILE")});
    m_arguments.addOption({QStringLiteral("reason"),
                           tr("ach-enable: why (kept with who and when)."),
                           QStringLiteral("TEXT")});
    m_arguments.addOption({QStringLiteral("dry-run"), tr("Print the preview and save nothing.")});
    m_arguments.addOption({QStringLiteral("format"), tr("table (default), json or csv."),
                           QStringLiteral("FORMAT"), QStringLiteral("table")});
    if (!m_arguments.parse(context, arguments, 0, 3))
        return;
    m_format = m_arguments.value(QStringLiteral("format"));
    if (m_format != QLatin1String("table") && m_format != QLatin1String("json")
        && m_format != QLatin1String("csv")) {
        context.failValidation(Subject,
                               {{QStringLiteral("format"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not one of table, json, csv.").arg(m_format)}});
        return;
    }
    const QStringList positional = m_arguments.positional();
    const QString what = positional.value(0);
    if (m_arguments.isSet(QStringLiteral("from"))) {
        if (!positional.isEmpty()) {
            context.fail(ExitCode::UsageError, tr("bulk --from FILE takes no other change."));
            return;
        }
        m_action = tr("changes from %1").arg(m_arguments.value(QStringLiteral("from")));
    } else if (what == QLatin1String("undo")) {
        bool ok = false;
        const qint64 batch = positional.value(1).toLongLong(&ok);
        if (positional.size() != 2 || !ok || batch <= 0) {
            context.fail(ExitCode::UsageError,
                         tr("bulk undo needs the batch id: bulk undo BATCH."));
            return;
        }
        m_undoOf = batch;
        m_action = tr("undo of bulk change %1").arg(batch);
    } else {
        m_change = changeOf(context);
        if (!m_change)
            return;
        m_action = m_change->describe();
    }
    m_runner = new SyncRunner(context, &context);
    m_runner->prepareEdit([this, &context] { execute(context); });
}

std::optional<BulkChange> BulkCommand::changeOf(CommandContext &context)
{
    const QStringList positional = m_arguments.positional();
    const QString what = positional.value(0);
    auto usage = [&context](const QString &message) {
        context.fail(ExitCode::UsageError, message);
        return std::nullopt;
    };
    auto address = [&context](const QString &candidate) {
        if (InvoiceEmailList::isValidAddress(candidate.trimmed()))
            return true;
        context.failValidation(Subject,
                               {{QStringLiteral("emails"), QString(errorcode::InvalidEmail),
                                 InvoiceEmailList::invalidMessage(candidate.trimmed())}});
        return false;
    };
    if (what == QLatin1String("invoice-emails")) {
        const int given = int(m_arguments.isSet(QStringLiteral("add")))
            + int(m_arguments.isSet(QStringLiteral("remove")))
            + int(m_arguments.isSet(QStringLiteral("replace")));
        if (given != 1)
            return usage(tr("bulk invoice-emails needs one of --add ADDR, --remove ADDR, "
                            "--replace OLD NEW."));
        if (m_arguments.isSet(QStringLiteral("replace"))) {
            if (positional.size() != 2)
                return usage(tr("--replace needs the old and the new address: --replace OLD NEW."));
            const QString old = m_arguments.value(QStringLiteral("replace"));
            if (!address(old) || !address(positional.at(1)))
                return std::nullopt;
            return BulkChange::replaceEmail(old, positional.at(1));
        }
        if (positional.size() != 1)
            return usage(tr("bulk invoice-emails takes no other argument."));
        const bool add = m_arguments.isSet(QStringLiteral("add"));
        const QString value
            = m_arguments.value(add ? QStringLiteral("add") : QStringLiteral("remove"));
        if (!address(value))
            return std::nullopt;
        return add ? BulkChange::addEmail(value) : BulkChange::removeEmail(value);
    }
    if (what == QLatin1String("terms")) {
        const auto terms = paymentTermsFromWire(positional.value(1));
        if (positional.size() != 2 || !terms)
            return usage(tr("bulk terms needs net15 or due_on_receipt."));
        return BulkChange::setTerms(*terms);
    }
    if (what == QLatin1String("ach-enable")) {
        const QString reason = m_arguments.value(QStringLiteral("reason")).trimmed();
        if (positional.size() != 1 || reason.isEmpty())
            return usage(tr("bulk ach-enable needs --reason TEXT."));
        return BulkChange::enableAch(reason);
    }
    return usage(tr("bulk needs invoice-emails, terms, ach-enable, undo BATCH or --from FILE; "
                    "see agentctl bulk --help."));
}

std::optional<QList<qint64>> BulkCommand::selection(CommandContext &context)
{
    LocalCache *cache = context.cache();
    const bool byIds = m_arguments.isSet(QStringLiteral("ids"));
    const bool byQuery
        = m_arguments.isSet(QStringLiteral("view")) || m_arguments.isSet(QStringLiteral("filter"));
    if (byIds == byQuery) {
        context.fail(ExitCode::UsageError,
                     tr("Choose the customers with --view NAME or --filter TEXT, or with --ids."));
        return std::nullopt;
    }
    QList<qint64> ids;
    if (byIds) {
        for (const QString &part : m_arguments.value(QStringLiteral("ids")).split(u',')) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                context.fail(ExitCode::UsageError, tr("“%1” is not a customer id.").arg(part));
                return std::nullopt;
            }
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }
    const QString viewKey = m_arguments.isSet(QStringLiteral("view"))
        ? m_arguments.value(QStringLiteral("view"))
        : CustomerViews::key(CustomerView::All);
    const auto view = CustomerViews::fromKey(viewKey);
    if (!view) {
        context.fail(ExitCode::UsageError, tr("“%1” is not a view.").arg(viewKey));
        return std::nullopt;
    }
    // The rows `agentctl customers --view --filter` lists, in its order (by name).
    CustomerQuerySpec spec;
    spec.text = m_arguments.value(QStringLiteral("filter"));
    spec.view = *view;
    spec.today = QDate::currentDate();
    spec.sortColumn = int(CustomerColumn::Name);
    const StorageResult<QList<CustomerRow>> candidates = cache->customers().rowsMatching(spec.text);
    if (!candidates) {
        context.failStorage(candidates.error());
        return std::nullopt;
    }
    CustomerIndexBuilder builder;
    builder.reserve(candidates->size());
    for (const CustomerRow &row : candidates.value())
        builder.add(row);
    const CustomerIndex index = builder.build();
    if (const auto result = index.query(spec)) {
        for (quint32 slot : result->matches)
            ids.append(index.facts(slot).id);
    }
    return ids;
}

std::optional<QList<BulkItem>> BulkCommand::items(CommandContext &context,
                                                  BulkChangeService &service)
{
    if (m_undoOf) {
        auto undo = service.undoItems(*m_undoOf);
        if (!undo) {
            context.fail(undo.error().kind == StorageError::Kind::NotFound ? ExitCode::UsageError
                                                                           : ExitCode::Failure,
                         undo.error().message);
            return std::nullopt;
        }
        return undo.value();
    }
    if (m_change) {
        const auto ids = selection(context);
        if (!ids)
            return std::nullopt;
        return BulkChangeService::itemsFor(*ids, *m_change);
    }
    const QString path = m_arguments.value(QStringLiteral("from"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail(ExitCode::Failure, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    LocalCache *cache = context.cache();
    const BulkCsv::Result read = BulkCsv::read(file.readAll(), [cache](qint64 id) {
        const auto found = cache->customers().find(id);
        return found.ok() && found->has_value();
    });
    if (!read.ok()) {
        for (const QString &error : read.errors)
            context.err() << Subject << ": " << error << Qt::endl;
        context.fail(ExitCode::UsageError,
                     tr("%1 is refused (%n bad line(s)); nothing was queued.", nullptr,
                        int(read.errors.size()))
                         .arg(path));
        return std::nullopt;
    }
    return read.items;
}

void BulkCommand::execute(CommandContext &context)
{
    LocalCache *cache = context.cache();
    SyncEngine *engine = context.engine();
    if (!cache || !engine)
        return;
    m_service = new BulkChangeService(*cache, engine, &context);
    m_service->setPushAfterApply(false);
    const auto chosen = items(context, *m_service);
    if (!chosen)
        return;
    const auto input = m_service->snapshot(*chosen);
    if (!input) {
        context.fail(input.error().kind == StorageError::Kind::InvalidState ? ExitCode::NotAllowed
                                                                            : ExitCode::Failure,
                     input.error().message);
        return;
    }
    const BulkPreview preview = BulkRules::preview(input.value());
    const bool dryRun = m_arguments.isSet(QStringLiteral("dry-run"));
    const int refusedExit = preview.onlyNotAllowed() ? ExitCode::NotAllowed : ExitCode::Ok;
    if (dryRun || preview.totals.changed == 0) {
        bulkoutput::print(context, m_format, std::nullopt, dryRun, preview);
        context.finish(refusedExit);
        return;
    }
    const auto saved = m_service->apply(preview, m_action, m_undoOf);
    if (!saved) {
        context.failStorage(saved.error());
        return;
    }
    const qint64 batchId = saved.value();
    bulkoutput::print(context, m_format, batchId, false, preview);
    m_runner->push([this, &context, batchId](const PushSummary &) { afterPush(context, batchId); });
}

void BulkCommand::afterPush(CommandContext &context, qint64 batchId)
{
    const auto batch = m_service->batch(batchId);
    const auto batchItems = m_service->items(batchId);
    if (!batch) {
        context.failStorage(batch.error());
        return;
    }
    if (!batchItems) {
        context.failStorage(batchItems.error());
        return;
    }
    if (!batch->has_value()) {
        context.fail(ExitCode::Failure, tr("Bulk change %1 is gone from the cache.").arg(batchId));
        return;
    }
    const BulkResults &results = (*batch)->results;
    bulkoutput::printResults(context, m_format, **batch, batchItems.value());
    if (results.conflict > 0)
        context.finish(ExitCode::Conflict);
    else if (results.refused > 0)
        context.finish(ExitCode::UsageError);
    else if (results.waiting > 0)
        context.finish(ExitCode::Unavailable);
    else
        context.finish(ExitCode::Ok);
}

} // namespace pac::cli
