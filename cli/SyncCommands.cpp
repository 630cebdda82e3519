#include "cli/SyncCommands.h"

#include "cli/CommandContext.h"
#include "cli/SyncRunner.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

namespace pac::cli {

namespace {

QString pushText(const PushSummary &push)
{
    return SyncCommand::tr("%n edit(s) sent: %1 applied, %2 conflicts, %3 refused, %4 waiting", "",
                           push.attempted())
        .arg(push.applied)
        .arg(push.conflicts)
        .arg(push.failed)
        .arg(push.deferred);
}

// Lines per edit as the portal answers (--verbose).
void traceEdits(CommandContext &context)
{
    SyncEngine *engine = context.engine();
    if (!engine || !context.options().verbose)
        return;
    QObject::connect(
        engine, &SyncEngine::editApplied, &context, [&context](qint64 entryId, qint64 customerId) {
            context.out() << "applied #" << entryId << " customer " << customerId << Qt::endl;
        });
    QObject::connect(engine, &SyncEngine::conflictDetected, &context,
                     [&context](qint64 customerId, qint64 entryId) {
                         context.out()
                             << "conflict #" << entryId << " customer " << customerId << Qt::endl;
                     });
    QObject::connect(engine, &SyncEngine::editFailed, &context,
                     [&context](qint64 entryId, qint64 customerId, const PortalError &) {
                         context.out()
                             << "refused #" << entryId << " customer " << customerId << Qt::endl;
                     });
    QObject::connect(engine, &SyncEngine::editDeferred, &context,
                     [&context](qint64 entryId, qint64 customerId, const PortalError &) {
                         context.out()
                             << "waiting #" << entryId << " customer " << customerId << Qt::endl;
                     });
}

} // namespace

QString SyncCommand::synopsis()
{
    return QStringLiteral("sync [--full]");
}

QString SyncCommand::summary()
{
    return tr("Send the outbox, then bring the cache up to date; prints counts and time.");
}

void SyncCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("full"),
                           tr("Fetch every customer again (also drops the ones no longer "
                              "visible).")});
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    if (!context.engine())
        return;
    traceEdits(context);
    m_runner = new SyncRunner(context, &context);
    const SyncMode mode
        = m_arguments.isSet(QStringLiteral("full")) ? SyncMode::Full : SyncMode::Auto;
    m_runner->sync(mode, [&context](const SyncSummary &summary) {
        QTextStream &out = context.out();
        out << (summary.full ? tr("Full sync: %1 customers received, %2 written, %3 removed")
                                   .arg(summary.customersReceived)
                                   .arg(summary.customersWritten)
                                   .arg(summary.customersRemoved)
                             : tr("Delta sync: %1 changed customers received, %2 written")
                                   .arg(summary.customersReceived)
                                   .arg(summary.customersWritten))
            << "; " << tr("%n credit application(s)", "", summary.creditApplications) << "; "
            << tr("%1 s").arg(QString::number(double(summary.elapsedMs) / 1000.0, 'f', 2))
            << Qt::endl;
        if (summary.push.attempted() > 0)
            out << pushText(summary.push) << Qt::endl;
        if (const auto counts = context.cache()->outbox().counts(); counts && counts->total() > 0) {
            context.err() << tr("Outbox: %1 pending, %2 conflicts, %3 refused (agentctl outbox)")
                                 .arg(counts->pending + counts->sending)
                                 .arg(counts->conflict)
                                 .arg(counts->failed)
                          << Qt::endl;
        }
        context.finish(ExitCode::Ok);
    });
}

QString PushCommand::synopsis()
{
    return QStringLiteral("push");
}

QString PushCommand::summary()
{
    return tr("Send the pending edits of the outbox now.");
}

void PushCommand::run(CommandContext &context, const QStringList &arguments)
{
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    LocalCache *cache = context.cache();
    if (!cache || !context.engine())
        return;
    const auto before = cache->outbox().counts();
    if (before && before->pending + before->sending == 0) {
        context.out() << tr("Nothing to send.") << Qt::endl;
        context.finish(before->conflict > 0
                           ? ExitCode::Conflict
                           : (before->failed > 0 ? ExitCode::UsageError : ExitCode::Ok));
        return;
    }
    traceEdits(context);
    m_runner = new SyncRunner(context, &context);
    m_runner->push([&context, cache](const PushSummary &summary) {
        context.out() << pushText(summary) << Qt::endl;
        const auto counts = cache->outbox().counts();
        if (!counts) {
            context.failStorage(counts.error());
            return;
        }
        if (counts->total() > 0) {
            context.err() << tr("Outbox: %1 pending, %2 conflicts, %3 refused (agentctl outbox)")
                                 .arg(counts->pending + counts->sending)
                                 .arg(counts->conflict)
                                 .arg(counts->failed)
                          << Qt::endl;
        }
        if (counts->pending + counts->sending > 0)
            context.finish(ExitCode::Unavailable);
        else if (counts->conflict > 0)
            context.finish(ExitCode::Conflict);
        else if (counts->failed > 0)
            context.finish(ExitCode::UsageError);
        else
            context.finish(ExitCode::Ok);
    });
}

} // namespace pac::cli
