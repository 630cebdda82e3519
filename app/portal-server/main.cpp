#include "server/ServerMain.h"
#include "server/ServerOptions.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The portal draws invoice PDFs, and fonts need a GUI application (offscreen).
    pac::server::prepareGuiPlatform();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference billing portal: the Portal API on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    pac::server::addServerOptions(parser);
    parser.process(app);

    QString error;
    const auto options = pac::server::serverOptionsFrom(parser, &error);
    if (!options) {
        std::fprintf(stderr, "portal-server: %s\n", qPrintable(error));
        return 2;
    }
    return pac::server::runPortalServer(*options);
}
