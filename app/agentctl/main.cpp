#include "cli/AgentCtl.h"
#include "cli/CommandRegistry.h"
#include "demo/EmbeddedDemoPortal.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    pac::cli::CommandRegistry registry;
    pac::cli::registerBuiltinCommands(registry);

    // Commands that draw (a PDF) get a QGuiApplication on the offscreen platform; the others
    // need no display at all.
    std::unique_ptr<QCoreApplication> app;
    if (pac::cli::AgentCtl::needsGuiApplication(registry, argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("agentctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("PortalAgentConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));
    pac::cli::AgentCtl::installTranslation(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    pac::cli::AgentCtl agentctl(registry, pac::demo::embeddedDemoPortals(), out, err);
    return agentctl.run(QCoreApplication::arguments());
}
