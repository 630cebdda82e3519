#include "demo/EmbeddedDemoPortal.h"
#include "ui/ConsoleMain.h"
#include "ui/ConsoleOptions.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

// Entry point only: parses the options and hands over to the console (ui/ConsoleMain).
// (--help is answered before any translator exists, so it is always English.)
int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "agent-console",
        "Portal Agent Console: customers, invoice emails, payment terms, ACH and credit."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption portal(
        QStringLiteral("portal"), QCoreApplication::translate("agent-console", "Portal base URL."),
        QStringLiteral("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("agent-console", "Use the built-in demo portal."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("agent-console",
                                    "Profile: a name (kept with the console's data) or a folder."),
        QStringLiteral("NAME|DIR"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("agent-console", "User name to sign in with."),
        QStringLiteral("NAME"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("agent-console", "Language (en, es); default: the system's."),
        QStringLiteral("LANG"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "agent-console", "Write PNGs of the main views on the demo portal to DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({portal, demo, profile, user, lang, screenshot});

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // --help must work without a display, so it is answered before QApplication exists.
    if (!parser.parse(args)) {
        std::fprintf(stderr, "agent-console: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) {
        // Without an application object the parser cannot know the program's name.
        QString text = parser.helpText();
        text.replace(QLatin1String("<executable_name>"), QLatin1String("agent-console"));
        std::fputs(qPrintable(text), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("agent-console %s\n", PAC_VERSION);
        return 0;
    }
    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("es")) {
        std::fprintf(stderr, "agent-console: --lang takes en or es, not %s\n",
                     qPrintable(language));
        return 2;
    }
    const QUrl portalUrl = QUrl::fromUserInput(parser.value(portal));
    if (parser.isSet(portal) && !portalUrl.isValid()) {
        std::fprintf(stderr, "agent-console: --portal: not a URL: %s\n",
                     qPrintable(parser.value(portal)));
        return 2;
    }

    pac::ConsoleOptions options;
    options.portal = parser.isSet(portal) ? portalUrl : QUrl();
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    options.user = parser.value(user);
    options.language = language;
    options.screenshotDir = parser.value(screenshot);

    QApplication app(argc, argv);
    return pac::runConsole(app, options, pac::demo::embeddedDemoPortals());
}
