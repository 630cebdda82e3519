#include <QCommandLineParser>
#include <QCoreApplication>

// Placeholder until the reference portal lands (issue 3): options per ../shared/API.md.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference billing portal: the Portal API on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any free port)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("db"), QStringLiteral("SQLite file of the store (default: in memory)."),
         QStringLiteral("FILE")},
        {QStringLiteral("demo"), QStringLiteral("Seed an empty store with the demo dataset.")},
        {QStringLiteral("customers"), QStringLiteral("Number of demo customers (default 500)."),
         QStringLiteral("N"), QStringLiteral("500")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo dataset."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("faults"),
         QStringLiteral("Inject faults, e.g. error=0.2,drop=0.1,delay=300ms,seed=7."),
         QStringLiteral("SPEC")},
    });
    parser.process(app);
    return 0;
}
