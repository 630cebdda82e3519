#include "cli/EditDelivery.h"

#include "cli/CommandContext.h"
#include "cli/SyncRunner.h"
#include "portal/CustomerEditService.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

namespace pac::cli {

EditDelivery::EditDelivery(CommandContext &context, QString subject, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_subject(std::move(subject))
    , m_runner(new SyncRunner(context, this))
{ }

void EditDelivery::deliver(qint64 entryId, qint64 customerId, std::function<void()> applied)
{
    m_entryId = entryId;
    SyncEngine *engine = m_context.engine();
    if (!engine)
        return;
    connect(engine, &SyncEngine::editFailed, this,
            [this](qint64 id, qint64, const PortalError &error) {
                if (id == m_entryId)
                    m_failure = error;
            });
    connect(engine, &SyncEngine::editDeferred, this,
            [this](qint64 id, qint64, const PortalError &error) {
                if (id == m_entryId || !m_deferral)
                    m_deferral = error;
            });
    // If the command ends before the portal took the edit, say where it is.
    connect(&m_context, &CommandContext::finished, this, &EditDelivery::noteKept);
    m_runner->push([this, entryId, customerId, applied = std::move(applied)](const PushSummary &) {
        evaluate(entryId, customerId, applied);
    });
}

void EditDelivery::finishUnsaved(CommandContext &context, const QString &subject,
                                 const EditResult &result)
{
    using Status = EditResult::Status;
    switch (result.status) {
    case Status::Saved:
    case Status::Unchanged:
        context.finishWith(subject, result.message, ExitCode::Ok);
        return;
    case Status::Invalid:
        context.failValidation(subject, result.errors);
        return;
    case Status::NotFound:
        context.finishWith(subject, result.message, ExitCode::UsageError);
        return;
    case Status::Blocked:
        context.finishWith(subject, result.message, ExitCode::Conflict);
        return;
    case Status::NotAllowed:
    case Status::NotSignedIn:
        context.finishWith(subject, result.message, ExitCode::NotAllowed);
        return;
    case Status::StorageFailed:
        context.finishWith(subject, result.message, ExitCode::Failure);
        return;
    }
}

void EditDelivery::noteKept(int exitCode)
{
    if (exitCode == ExitCode::Ok || exitCode == ExitCode::Conflict)
        return;
    LocalCache *cache = m_context.cache();
    if (!cache)
        return;
    const auto entry = cache->outbox().find(m_entryId);
    if (entry && entry->has_value() && (*entry)->state == OutboxState::Pending) {
        m_context.err() << tr("The edit is kept in the outbox (#%1); “agentctl push” or the "
                              "next sync sends it.")
                               .arg(m_entryId)
                        << Qt::endl;
    }
}

QString EditDelivery::keptRefused(qint64 entryId)
{
    return tr("The refused edit is kept as #%1 (see “agentctl outbox”); correct it, or remove "
              "it with “agentctl discard %1”.")
        .arg(entryId);
}

void EditDelivery::evaluate(qint64 entryId, qint64 customerId, const std::function<void()> &applied)
{
    LocalCache *cache = m_context.cache();
    const auto found = cache->outbox().find(entryId);
    if (!found) {
        m_context.failStorage(found.error());
        return;
    }
    if (!found->has_value()) {
        applied();
        m_context.finish(ExitCode::Ok);
        return;
    }
    const OutboxEntry &entry = **found;
    switch (entry.state) {
    case OutboxState::Conflict:
        m_context.err() << m_subject << ": "
                        << tr("customer %1 was changed on the portal meanwhile; both versions are "
                              "kept. Choose with “agentctl resolve %1 --mine|--theirs%2”.")
                               .arg(customerId)
                               .arg(entry.kind == EditKind::InvoiceEmails
                                        ? QStringLiteral("|--merge")
                                        : QString())
                        << Qt::endl;
        m_context.finish(ExitCode::Conflict);
        return;
    case OutboxState::Failed: {
        // Refused for good. The edit stays in the outbox, flagged with the portal's reason,
        // as it does in the console (CustomerEditService blocks the customer until it is
        // discarded or corrected), so a refusal never silently loses what the user typed.
        const PortalError error
            = m_failure.value_or(PortalError::make(PortalError::Kind::BadRequest, entry.lastError));
        if (!error.fieldErrors.isEmpty()) {
            m_context.err() << keptRefused(entryId) << Qt::endl;
            m_context.failValidation(m_subject, error.fieldErrors);
            return;
        }
        m_context.err() << m_subject << ": " << (m_failure ? m_failure->message() : entry.lastError)
                        << Qt::endl;
        m_context.err() << keptRefused(entryId) << Qt::endl;
        m_context.finish(CommandContext::exitCodeFor(error));
        return;
    }
    case OutboxState::Pending:
    case OutboxState::Sending:
        break;
    }
    QString reason = m_deferral ? m_deferral->message() : entry.lastError;
    if (reason.isEmpty())
        reason
            = tr("an earlier edit of customer %1 has not reached the portal yet.").arg(customerId);
    m_context.err() << m_subject << ": " << reason << Qt::endl;
    m_context.finish(ExitCode::Unavailable);
}

} // namespace pac::cli
