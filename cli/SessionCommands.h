#pragma once

#include "cli/Command.h"

namespace pac::cli {

// `agentctl login`: signs in (password from AGENT_CONSOLE_PASSWORD or --password-stdin; the
// demo portal's is "demo"), keeps the token in the system keychain or the profile's 0600
// file, and saves the portal and the user in the profile for the next commands.
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::LoginCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    CommandArguments m_arguments {synopsis(), summary()};
};

// `agentctl logout`: forgets the session token (the cache and the outbox stay).
class LogoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::LogoutCommand)

public:
    static QString synopsis();
    static QString summary();
    void run(CommandContext &context, const QStringList &arguments) override;

private:
    CommandArguments m_arguments {synopsis(), summary()};
};

} // namespace pac::cli
