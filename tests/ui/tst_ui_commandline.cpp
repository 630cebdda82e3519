// agent-console's command line (ConsoleCommandLine): what each option sets, the help and
// version texts, and the message of a bad option, all before any QApplication exists.
#include "ui/ConsoleOptions.h"

#include <QTest>

using namespace pac;

Q_DECLARE_METATYPE(pac::ConsoleCommandLine::Outcome)

class TestUiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void noOptionsRunsWithDefaults()
    {
        const auto line = ConsoleCommandLine::parse({QStringLiteral("agent-console")});
        QCOMPARE(line.outcome(), ConsoleCommandLine::Outcome::Run);
        QCOMPARE(line.exitCode(), 0);
        QVERIFY(line.text().isEmpty());
        QVERIFY(line.options().portal.isEmpty());
        QVERIFY(!line.options().demo);
        QVERIFY(line.options().profile.isEmpty());
        QVERIFY(line.options().language.isEmpty());
        // An empty list (no program name) is read the same way.
        QCOMPARE(ConsoleCommandLine::parse({}).outcome(), ConsoleCommandLine::Outcome::Run);
    }

    void everyOptionLandsInItsField()
    {
        const auto line = ConsoleCommandLine::parse(
            {QStringLiteral("agent-console"), QStringLiteral("--portal"),
             QStringLiteral("http://127.0.0.1:8080/api"), QStringLiteral("--demo"),
             QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("--user"),
             QStringLiteral("ana"), QStringLiteral("--lang"), QStringLiteral("es"),
             QStringLiteral("--screenshot"), QStringLiteral("/tmp/shots")});
        QCOMPARE(line.outcome(), ConsoleCommandLine::Outcome::Run);
        QCOMPARE(line.options().portal, QUrl(QStringLiteral("http://127.0.0.1:8080/api")));
        QVERIFY(line.options().demo);
        QCOMPARE(line.options().profile, QStringLiteral("work"));
        QCOMPARE(line.options().user, QStringLiteral("ana"));
        QCOMPARE(line.options().language, QStringLiteral("es"));
        QCOMPARE(line.options().screenshotDir, QStringLiteral("/tmp/shots"));
    }

    void aHostWithoutSchemeIsAUrl()
    {
        const auto line = ConsoleCommandLine::parse({QStringLiteral("agent-console"),
                                                     QStringLiteral("--portal"),
                                                     QStringLiteral("portal.example.com")});
        QCOMPARE(line.outcome(), ConsoleCommandLine::Outcome::Run);
        QCOMPARE(line.options().portal, QUrl(QStringLiteral("http://portal.example.com")));
    }

    void badCommandLinesNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("language") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << QStringLiteral(
                                         "agent-console: --lang takes en or es, not fr\n");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--colour")}
            << QStringLiteral("agent-console: Unknown option 'colour'.\n");
        QTest::newRow("missing value")
            << QStringList {QStringLiteral("--profile")}
            << QStringLiteral("agent-console: Missing value after '--profile'.\n");
    }

    void badCommandLinesNameTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.prepend(QStringLiteral("agent-console"));
        const auto line = ConsoleCommandLine::parse(arguments);
        QCOMPARE(line.outcome(), ConsoleCommandLine::Outcome::Error);
        QCOMPARE(line.text(), message);
        QCOMPARE(line.exitCode(), 2);
    }

    void helpAndVersion()
    {
        const auto help = ConsoleCommandLine::parse(
            {QStringLiteral("agent-console"), QStringLiteral("--help")});
        QCOMPARE(help.outcome(), ConsoleCommandLine::Outcome::Help);
        QCOMPARE(help.exitCode(), 0);
        QVERIFY2(help.text().startsWith(QStringLiteral("Usage: agent-console [options]\n")),
                 qPrintable(help.text()));
        for (const char *option : {"--portal <URL>", "--demo", "--profile <NAME|DIR>",
                                   "--user <NAME>", "--lang <LANG>", "--screenshot <DIR>"})
            QVERIFY2(help.text().contains(QLatin1String(option)), option);

        const auto version = ConsoleCommandLine::parse(
            {QStringLiteral("agent-console"), QStringLiteral("--version")});
        QCOMPARE(version.outcome(), ConsoleCommandLine::Outcome::Version);
        QCOMPARE(version.text(), QStringLiteral("agent-console " PAC_VERSION "\n"));
    }
};

QTEST_APPLESS_MAIN(TestUiCommandLine)
#include "tst_ui_commandline.moc"
