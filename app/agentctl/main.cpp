#include <QCommandLineParser>
#include <QCoreApplication>

// Placeholder until the CLI lands (issue 4): options per ../shared/API.md.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Portal Agent Console on the command line.\n\n"
        "Commands: login, sync, customers, show, invoice-emails, terms, ach, credit-app,\n"
        "outbox, push, history."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("portal"), QStringLiteral("Portal base URL."), QStringLiteral("URL")},
        {QStringLiteral("demo"), QStringLiteral("Use the built-in demo portal.")},
        {QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME")},
        {QStringLiteral("profile"), QStringLiteral("Profile folder (cache, outbox, settings)."),
         QStringLiteral("DIR")},
        {QStringLiteral("password-stdin"), QStringLiteral("Read the password from stdin.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));
    parser.process(app);
    return 0;
}
