#include "ui/ConsoleMain.h"

#include "ui/ConsoleApplication.h"
#include "ui/ConsoleOptions.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace pac {

int runConsole(QApplication &app, const ConsoleOptions &options, DemoPortalFactory demoPortals)
{
    QApplication::setApplicationName(QStringLiteral("PortalAgentConsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portal Agent Console"));
    QApplication::setOrganizationName(QStringLiteral("PortalAgentConsole"));
    QApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("agent-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/agent-console.svg")));

    if (!options.screenshotDir.isEmpty()) {
        // The tour opens and closes windows on its own; only its end ends the program.
        app.setQuitOnLastWindowClosed(false);
        ScreenshotTour tour(options, std::move(demoPortals));
        QObject::connect(&tour, &ScreenshotTour::finished, &app, &QCoreApplication::exit);
        tour.start();
        return app.exec();
    }

    ConsoleApplication console(options, std::move(demoPortals));
    QString error;
    if (!console.start(&error)) {
        std::fprintf(stderr, "agent-console: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}

} // namespace pac
