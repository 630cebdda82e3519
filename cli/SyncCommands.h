#pragma once

#include "cli/Command.h"

namespace pac::cli {

class SyncRunner;

// `agentctl sync [--full]`: sends the outbox, then brings the cache up to date (everything
// the first time, afterwards only what changed), and prints counts and time.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::SyncCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    CommandArguments m_arguments {synopsis(), summary()};
    SyncRunner *m_runner = nullptr;
};

// `agentctl push`: sends the outbox now (pending edits, oldest first, in order per customer).
// Exit 0 when nothing is left, 75 when edits wait for the portal, 3 when conflicts wait for
// the user, 2 when the portal refused edits (see `agentctl outbox`).
class PushCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::PushCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    CommandArguments m_arguments {synopsis(), summary()};
    SyncRunner *m_runner = nullptr;
};

} // namespace pac::cli
