#include "cli/SessionCommands.h"

#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "models/Customer.h"

namespace pac::cli {

QString LoginCommand::synopsis()
{
    return QStringLiteral("login");
}

QString LoginCommand::summary()
{
    return tr("Sign in; the token goes to the system keychain (else a file only you can read).");
}

void LoginCommand::run(CommandContext &context, const QStringList &arguments)
{
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    context.session().login([&context](const PortalSession &session, const QString &tokenStore) {
        context.out() << tr("Signed in as %1 (%2, %3) on %4.")
                             .arg(context.session().userName(), session.user.name,
                                  toWire(session.user.role),
                                  context.session().isDemo()
                                      ? tr("the demo portal")
                                      : context.session().identity().toString())
                      << Qt::endl;
        context.out() << tr("The session is kept in: %1.").arg(tokenStore) << Qt::endl;
        context.finish(ExitCode::Ok);
    });
}

QString LogoutCommand::synopsis()
{
    return QStringLiteral("logout");
}

QString LogoutCommand::summary()
{
    return tr("Forget the session token (the cache and unsent edits stay in the profile).");
}

void LogoutCommand::run(CommandContext &context, const QStringList &arguments)
{
    if (!m_arguments.parse(context, arguments, 0, 0))
        return;
    if (context.session().userName().isEmpty()) {
        context.fail(ExitCode::UsageError, tr("No user: give --user NAME."));
        return;
    }
    context.session().logout([&context] {
        context.out() << tr("Signed out %1.").arg(context.session().userName()) << Qt::endl;
        context.finish(ExitCode::Ok);
    });
}

} // namespace pac::cli
