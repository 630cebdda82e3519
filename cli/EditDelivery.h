#pragma once

#include "portal/EditResult.h"
#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace pac::cli {

class CommandContext;
class SyncRunner;

// The second half of every agentctl command that changes something: the edit is already
// saved locally (cache + outbox); this sends it at once and ends the command with what the
// portal made of it — 0 applied (then `applied` prints the result), 3 conflict (both versions
// kept: `agentctl resolve`), 75 portal out of reach (the edit waits in the outbox), 4 or 2
// refused (the edit stays in the outbox flagged failed with the reason, as in the console,
// until it is corrected or `agentctl discard`ed; the customer takes no other edit meanwhile).
class EditDelivery : public QObject
{
    Q_OBJECT

public:
    EditDelivery(CommandContext &context, QString subject, QObject *parent = nullptr);

    void deliver(qint64 entryId, qint64 customerId, std::function<void()> applied);

    // Ends the command for an edit the edit service did not save (exit 2 invalid or unknown
    // id, 3 blocked by a conflict, 4 not signed in or not allowed, 1 cache failure), or for
    // an Unchanged one (exit 0, its message on stdout).
    static void finishUnsaved(CommandContext &context, const QString &subject,
                              const EditResult &result);

private:
    void evaluate(qint64 entryId, qint64 customerId, const std::function<void()> &applied);
    void noteKept(int exitCode);
    static QString keptRefused(qint64 entryId);

    CommandContext &m_context;
    QString m_subject;
    SyncRunner *m_runner = nullptr;
    qint64 m_entryId = 0;
    std::optional<PortalError> m_failure; // the portal's refusal of our entry
    std::optional<PortalError> m_deferral; // why our entry could not go now
};

} // namespace pac::cli
