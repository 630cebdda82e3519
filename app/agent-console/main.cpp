#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

// Placeholder until the console lands (issue 5).
int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Portal Agent Console: customers, invoice emails, payment terms, ACH and credit."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("portal"), QStringLiteral("Portal base URL."), QStringLiteral("URL")},
        {QStringLiteral("demo"), QStringLiteral("Use the built-in demo portal.")},
        {QStringLiteral("profile"), QStringLiteral("Profile folder."), QStringLiteral("DIR")},
        {QStringLiteral("lang"), QStringLiteral("Language (en, es)."), QStringLiteral("LANG")},
        {QStringLiteral("screenshot"), QStringLiteral("Write PNGs of the main views to DIR."),
         QStringLiteral("DIR")},
    });
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // --help must work without a display, so it is answered before QApplication exists.
    parser.parse(args);
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("agent-console %s\n", PAC_VERSION);
        return 0;
    }
    QApplication app(argc, argv);
    return 0;
}
