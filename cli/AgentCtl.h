#pragma once

#include "cli/CommandRegistry.h"
#include "portal/DemoPortal.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pac::cli {

// agentctl: parses the global options, finds the command in the registry, runs it in the
// application's event loop and returns its exit status (cli/ExitCode.h). main() only makes
// the application object (QGuiApplication for the commands that draw, see
// needsGuiApplication) and calls run().
class AgentCtl
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::AgentCtl)

public:
    // `demoPortals`: what --demo starts (app/ passes demo/'s built-in portal).
    AgentCtl(const CommandRegistry &registry, DemoPortalFactory demoPortals, QTextStream &out,
             QTextStream &err);

    // `arguments` as QCoreApplication::arguments() gives them (the program first).
    int run(const QStringList &arguments);

    // Whether the command named on this command line draws (before any application exists).
    static bool needsGuiApplication(const CommandRegistry &registry, int argc, char **argv);
    // Loads the translation of the system's language, if there is one.
    static void installTranslation(QCoreApplication &application);

    QString helpText() const;

private:
    const CommandRegistry &m_registry;
    DemoPortalFactory m_demoPortals;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pac::cli
