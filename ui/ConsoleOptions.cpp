#include "ui/ConsoleOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pac {

ConsoleCommandLine ConsoleCommandLine::parse(const QStringList &arguments)
{
    ConsoleCommandLine result;
    auto fail = [&result](const QString &message) {
        result.m_outcome = Outcome::Error;
        result.m_text = QStringLiteral("agent-console: %1\n").arg(message);
        return result;
    };

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

    // An empty list has no program name to skip; parse() expects one.
    if (!parser.parse(arguments.isEmpty() ? QStringList {QStringLiteral("agent-console")}
                                          : arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        // Without an application object the parser cannot know the program's name.
        result.m_outcome = Outcome::Help;
        result.m_text = parser.helpText();
        result.m_text.replace(QLatin1String("<executable_name>"), QLatin1String("agent-console"));
        return result;
    }
    if (parser.isSet(version)) {
        result.m_outcome = Outcome::Version;
        result.m_text = QStringLiteral("agent-console %1\n").arg(QLatin1String(PAC_VERSION));
        return result;
    }
    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("es"))
        return fail(QStringLiteral("--lang takes en or es, not %1").arg(language));
    const QUrl portalUrl = QUrl::fromUserInput(parser.value(portal));
    if (parser.isSet(portal) && !portalUrl.isValid())
        return fail(QStringLiteral("--portal: not a URL: %1").arg(parser.value(portal)));

    result.m_options.portal = parser.isSet(portal) ? portalUrl : QUrl();
    result.m_options.demo = parser.isSet(demo);
    result.m_options.profile = parser.value(profile);
    result.m_options.user = parser.value(user);
    result.m_options.language = language;
    result.m_options.screenshotDir = parser.value(screenshot);
    return result;
}

} // namespace pac
