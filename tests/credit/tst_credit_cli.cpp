// agentctl credit-app new|list|decide|pdf, run in process (AgentCtl) against the real
// reference portal: the example file of the README, refused files, the list formats, who may
// decide, an approval that sets the limit, a decline with its reason, and the PDF.
#include "CreditTestSupport.h"
#include "PdfText.h"
#include "cli/AgentCtl.h"
#include "cli/CommandRegistry.h"
#include "cli/ExitCode.h"
#include "demo/EmbeddedDemoPortal.h"
#include "models/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pac;
using namespace pac::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString exampleFile()
{
    return QStringLiteral(PAC_SOURCE_DIR "/resources/examples/credit-application.json");
}

} // namespace

class TestCreditCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newFromTheExampleFile();
    void refusedFiles_data();
    void refusedFiles();
    void listFormats();
    void onlySupportDecides();
    void approvalSetsTheLimit();
    void declineKeepsTheReason();
    void pdfOfAnApplication();
    void usageErrors_data();
    void usageErrors();
    void demoNeedsABuiltInPortal();

private:
    Run agentctl(const QString &user, const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &content);
    qint64 submit(const Customer &customer);
    QStringList csvRow(const QString &user, qint64 applicationId);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    TestPortal m_portal;
    std::unique_ptr<TestSession> m_agentView; // to pick customers and check results
    QList<Customer> m_customers; // agent1's, with room for the example's $7,500.00
    qint64 m_applicationId = 0; // submitted by newFromTheExampleFile
};

void TestCreditCli::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    qputenv("AGENT_CONSOLE_PASSWORD", "demo");
    QString error;
    QVERIFY2(m_portal.start(40, &error), qPrintable(error));
    m_agentView = std::make_unique<TestSession>(m_network, m_portal.origin(),
                                                m_dir.filePath(QStringLiteral("view.sqlite")));
    QVERIFY(m_agentView->signIn(QStringLiteral("agent1")));
    const StorageStatus read
        = m_agentView->cache().customers().forEachCustomer([this](const CachedCustomer &c) {
              if (c.shown().creditLimitCents < 750000 && c.shown().status == CustomerStatus::Active)
                  m_customers.append(c.shown());
              return true;
          });
    QVERIFY(read);
    QVERIFY(m_customers.size() >= 3);
}

Run TestCreditCli::agentctl(const QString &user, const QStringList &arguments)
{
    cli::CommandRegistry registry;
    cli::registerBuiltinCommands(registry);
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::AgentCtl agentctl(registry, demo::embeddedDemoPortals(), out, err);
    const QStringList global {QStringLiteral("agentctl"),
                              QStringLiteral("--portal"),
                              m_portal.origin().toString(),
                              QStringLiteral("--user"),
                              user,
                              QStringLiteral("--profile"),
                              m_dir.filePath(QStringLiteral("profile-") + user),
                              QStringLiteral("--token-store"),
                              QStringLiteral("file")};
    run.exitCode = agentctl.run(global + arguments);
    out.flush();
    err.flush();
    return run;
}

QString TestCreditCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

qint64 TestCreditCli::submit(const Customer &customer)
{
    const Run run
        = agentctl(QStringLiteral("agent1"),
                   {QStringLiteral("credit-app"), QStringLiteral("new"),
                    QString::number(customer.id), QStringLiteral("--from"), exampleFile()});
    const auto match
        = QRegularExpression(QStringLiteral("submitted as application (\\d+)")).match(run.out);
    if (run.exitCode != cli::ExitCode::Ok || !match.hasMatch()) {
        qWarning() << run.exitCode << run.out << run.err;
        return 0;
    }
    return match.captured(1).toLongLong();
}

// The CSV line of one application as `user` lists it, split (no quoted commas in the tests).
QStringList TestCreditCli::csvRow(const QString &user, qint64 applicationId)
{
    const Run run = agentctl(user,
                             {QStringLiteral("credit-app"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    for (const QString &line : run.out.split(QStringLiteral("\r\n"))) {
        if (line.startsWith(QString::number(applicationId) + u','))
            return line.split(u',');
    }
    return {};
}

void TestCreditCli::newFromTheExampleFile()
{
    const Customer customer = m_customers.at(0);
    m_applicationId = submit(customer);
    QVERIFY(m_applicationId > 0);

    // The portal has it as the file says, submitted by agent1.
    QVERIFY(m_agentView->sync());
    const auto record = m_agentView->cache().creditApplications().find(m_applicationId);
    QVERIFY(record && record->has_value());
    QCOMPARE((*record)->customerId, customer.id);
    QCOMPARE((*record)->status, CreditApplicationStatus::Submitted);
    QCOMPARE((*record)->json.value(QStringLiteral("legal_name")).toString(),
             QStringLiteral("Acme VoIP Holdings LLC"));
    QCOMPARE((*record)->json.value(QStringLiteral("requested_limit_cents")).toInteger(), 750000);
    QCOMPARE((*record)
                 ->json.value(QStringLiteral("submitted_by"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             m_agentView->session().user.id);
}

void TestCreditCli::refusedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QFile example(exampleFile());
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QJsonObject valid = QJsonDocument::fromJson(example.readAll()).object();
    const auto with = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject o = valid;
        o.insert(key, value);
        return QJsonDocument(o).toJson();
    };

    QTest::newRow("missing file") << QString() << QByteArray() << int(cli::ExitCode::Failure)
                                  << QStringLiteral("cannot be read");
    QTest::newRow("not JSON") << QStringLiteral("broken.json") << QByteArray("{\"legal_name\": ")
                              << int(cli::ExitCode::UsageError) << QStringLiteral("is not JSON");
    QTest::newRow("an array") << QStringLiteral("array.json") << QByteArray("[]")
                              << int(cli::ExitCode::UsageError)
                              << QStringLiteral("must hold one JSON object");
    QTest::newRow("unknown entity type")
        << QStringLiteral("entity.json")
        << with(QStringLiteral("entity_type"), QStringLiteral("guild"))
        << int(cli::ExitCode::UsageError) << QStringLiteral("“entity_type” has the wrong type");
    QTest::newRow("one trade reference")
        << QStringLiteral("one-reference.json")
        << with(QStringLiteral("trade_references"),
                QJsonArray {valid.value(QStringLiteral("trade_references")).toArray().at(0)})
        << int(cli::ExitCode::UsageError) << QStringLiteral("(too_few)");
    QTest::newRow("bad EIN") << QStringLiteral("ein.json")
                             << with(QStringLiteral("ein"), QStringLiteral("123456789"))
                             << int(cli::ExitCode::UsageError)
                             << QStringLiteral("“123456789” is not an EIN");
    QTest::newRow("no increase") << QStringLiteral("low.json")
                                 << with(QStringLiteral("requested_limit_cents"), 100)
                                 << int(cli::ExitCode::UsageError)
                                 << QStringLiteral("is not above the current limit");
}

void TestCreditCli::refusedFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path
        = name.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json")) : writeFile(name, content);
    QVERIFY(!path.isEmpty());
    const Customer customer = m_customers.at(1);
    const Run run = agentctl(QStringLiteral("agent1"),
                             {QStringLiteral("credit-app"), QStringLiteral("new"),
                              QString::number(customer.id), QStringLiteral("--from"), path});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Nothing was saved: no edit waits in agent1's outbox.
    const Run outbox = agentctl(QStringLiteral("agent1"), {QStringLiteral("outbox")});
    QVERIFY2(!outbox.out.contains(QStringLiteral("credit")), qPrintable(outbox.out));
}

void TestCreditCli::listFormats()
{
    QVERIFY(m_applicationId > 0);
    const QString id = QString::number(m_applicationId);

    const QStringList row = csvRow(QStringLiteral("agent1"), m_applicationId);
    QVERIFY(!row.isEmpty());
    QCOMPARE(row.at(3), QStringLiteral("submitted"));
    QCOMPARE(row.at(4), QStringLiteral("7500.00"));
    QCOMPARE(row.at(5), QStringLiteral("3200.00"));

    const Run json = agentctl(QStringLiteral("agent1"),
                              {QStringLiteral("credit-app"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--cached")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    const auto found = std::find_if(array.cbegin(), array.cend(), [this](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("id")).toInteger() == m_applicationId;
    });
    QVERIFY(found != array.cend());
    QCOMPARE(found->toObject().value(QStringLiteral("ein")).toString(),
             QStringLiteral("12-3456789"));

    const Run table = agentctl(QStringLiteral("agent1"),
                               {QStringLiteral("credit-app"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\s*") + QRegularExpression::escape(id)
                                    + QStringLiteral("\\s+\\d+ .*submitted\\s+\\$7,500\\.00"),
                                QRegularExpression::MultilineOption)
                 .match(table.out)
                 .hasMatch(),
             qPrintable(table.out));

    const Run approvedOnly
        = agentctl(QStringLiteral("agent1"),
                   {QStringLiteral("credit-app"), QStringLiteral("list"),
                    QStringLiteral("--status"), QStringLiteral("approved"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--cached")});
    QCOMPARE(approvedOnly.exitCode, 0);
    QVERIFY(!approvedOnly.out.contains(u'\n' + id + u','));
}

void TestCreditCli::onlySupportDecides()
{
    QVERIFY(m_applicationId > 0);
    const QStringList approve {QStringLiteral("credit-app"),     QStringLiteral("decide"),
                               QString::number(m_applicationId), QStringLiteral("approve"),
                               QStringLiteral("--limit"),        QStringLiteral("5000")};
    const Run agent = agentctl(QStringLiteral("agent1"), approve);
    QCOMPARE(agent.exitCode, int(cli::ExitCode::NotAllowed));
    QVERIFY2(agent.err.contains(Permissions::whoMay(Action::DecideCreditApplication)),
             qPrintable(agent.err));
    const Run master = agentctl(QStringLiteral("master1"), approve);
    QCOMPARE(master.exitCode, int(cli::ExitCode::NotAllowed));
    // The master agent of agent1 sees the application; agent2, under the same master, not.
    QVERIFY(!csvRow(QStringLiteral("master1"), m_applicationId).isEmpty());
    QVERIFY(csvRow(QStringLiteral("agent2"), m_applicationId).isEmpty());
    QCOMPARE(csvRow(QStringLiteral("agent1"), m_applicationId).at(3), QStringLiteral("submitted"));
}

void TestCreditCli::approvalSetsTheLimit()
{
    QVERIFY(m_applicationId > 0);
    const QString id = QString::number(m_applicationId);
    const Run tooHigh = agentctl(QStringLiteral("support1"),
                                 {QStringLiteral("credit-app"), QStringLiteral("decide"), id,
                                  QStringLiteral("approve"), QStringLiteral("--limit"),
                                  QStringLiteral("$7,500.01")});
    QCOMPARE(tooHigh.exitCode, int(cli::ExitCode::UsageError));
    QVERIFY2(tooHigh.err.contains(QStringLiteral("(too_high)")), qPrintable(tooHigh.err));

    const Run approved = agentctl(QStringLiteral("support1"),
                                  {QStringLiteral("credit-app"), QStringLiteral("decide"), id,
                                   QStringLiteral("approve"), QStringLiteral("--limit"),
                                   QStringLiteral("$6,000")});
    QCOMPARE(approved.exitCode, 0);
    const Customer customer = m_customers.at(0);
    QVERIFY2(approved.out.contains(QStringLiteral("approved; customer %1 now has a credit limit "
                                                  "of $6,000.00.")
                                       .arg(customer.id)),
             qPrintable(approved.out));

    // agent1 sees it approved with the limit, and the customer's limit changed.
    const QStringList row = csvRow(QStringLiteral("agent1"), m_applicationId);
    QCOMPARE(row.value(3), QStringLiteral("approved"));
    QCOMPARE(row.value(6), QStringLiteral("6000.00"));
    QVERIFY(m_agentView->sync());
    QCOMPARE(m_agentView->customer(customer.id)->creditLimitCents, 600000);

    // Decided once: a second decision is refused.
    const Run again = agentctl(QStringLiteral("support1"),
                               {QStringLiteral("credit-app"), QStringLiteral("decide"), id,
                                QStringLiteral("decline"), QStringLiteral("--reason"),
                                QStringLiteral("Changed my mind")});
    QCOMPARE(again.exitCode, int(cli::ExitCode::UsageError));
    QVERIFY2(again.err.contains(QStringLiteral("(invalid_transition)")), qPrintable(again.err));
}

void TestCreditCli::declineKeepsTheReason()
{
    const Customer customer = m_customers.at(2);
    const qint64 id = submit(customer);
    QVERIFY(id > 0);
    const Run declined
        = agentctl(QStringLiteral("support1"),
                   {QStringLiteral("credit-app"), QStringLiteral("decide"), QString::number(id),
                    QStringLiteral("decline"), QStringLiteral("--reason"),
                    QStringLiteral("Two returned payments this year")});
    QCOMPARE(declined.exitCode, 0);
    QVERIFY(declined.out.contains(QStringLiteral("declined (Two returned payments this year).")));
    const QStringList row = csvRow(QStringLiteral("agent1"), id);
    QCOMPARE(row.value(3), QStringLiteral("declined"));
    QCOMPARE(row.value(6), QString());
    QCOMPARE(row.value(7), QStringLiteral("Two returned payments this year"));
    QVERIFY(m_agentView->sync());
    QCOMPARE(m_agentView->customer(customer.id)->creditLimitCents, customer.creditLimitCents);
}

void TestCreditCli::pdfOfAnApplication()
{
    QVERIFY(m_applicationId > 0);
    const QString path = m_dir.filePath(QStringLiteral("application.pdf"));
    const Run run = agentctl(QStringLiteral("agent1"),
                             {QStringLiteral("credit-app"), QStringLiteral("pdf"),
                              QString::number(m_applicationId), QStringLiteral("--out"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("wrote ") + path));
    QString error;
    const QString text = simplifiedLines(pdfText(path, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    for (const QString &expected :
         {QStringLiteral("Legal name Acme VoIP Holdings LLC"), QStringLiteral("EIN 12-3456789"),
          QStringLiteral("Requested credit limit $7,500.00"),
          QStringLiteral("1 Trunk Supply Co Tom Trade +1 212 555 0102 tom@trunk.example"),
          QStringLiteral("2 Wire Works Wanda Wire 212.555.0103 wanda@wire.example"),
          QStringLiteral("Status Approved"), QStringLiteral("Approved limit $6,000.00"),
          QString(QStringLiteral("Customer ") + m_customers.at(0).name)})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));

    const Run unknown = agentctl(QStringLiteral("agent1"),
                                 {QStringLiteral("credit-app"), QStringLiteral("pdf"),
                                  QStringLiteral("999999"), QStringLiteral("--out"), path});
    QCOMPARE(unknown.exitCode, int(cli::ExitCode::UsageError));
    QVERIFY(unknown.err.contains(QStringLiteral("no such application")));
}

void TestCreditCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList {} << QStringLiteral("needs an action");
    QTest::newRow("unknown action")
        << QStringList {QStringLiteral("show")} << QStringLiteral("no action “show”");
    QTest::newRow("new without a file")
        << QStringList {QStringLiteral("new"), QStringLiteral("5")} << QStringLiteral("--from");
    QTest::newRow("new with a bad id")
        << QStringList {QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("--from"),
                        QStringLiteral("f.json")}
        << QStringLiteral("“x” is not a customer id");
    QTest::newRow("approve without a limit")
        << QStringList {QStringLiteral("decide"), QStringLiteral("5"), QStringLiteral("approve")}
        << QStringLiteral("approve takes --limit");
    QTest::newRow("approve with letters")
        << QStringList {QStringLiteral("decide"), QStringLiteral("5"), QStringLiteral("approve"),
                        QStringLiteral("--limit"), QStringLiteral("lots")}
        << QStringLiteral("(invalid_format)");
    QTest::newRow("decline without a reason")
        << QStringList {QStringLiteral("decide"), QStringLiteral("5"), QStringLiteral("decline")}
        << QStringLiteral("decline takes --reason");
    QTest::newRow("neither") << QStringList {QStringLiteral("decide"), QStringLiteral("5"),
                                             QStringLiteral("maybe")}
                             << QStringLiteral("not approve or decline");
    QTest::newRow("list in xml") << QStringList {QStringLiteral("list"), QStringLiteral("--format"),
                                                 QStringLiteral("xml")}
                                 << QStringLiteral("not one of table, json, csv");
    QTest::newRow("pdf without a file")
        << QStringList {QStringLiteral("pdf"), QStringLiteral("5")} << QStringLiteral("--out");
}

void TestCreditCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = agentctl(QStringLiteral("agent1"),
                             QStringList {QStringLiteral("credit-app")} + arguments);
    QCOMPARE(run.exitCode, int(cli::ExitCode::UsageError));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// agentctl is given its demo portal by main() (app -> demo -> server); one built without it
// refuses --demo in words, before touching the profile's cache.
void TestCreditCli::demoNeedsABuiltInPortal()
{
    cli::CommandRegistry registry;
    cli::registerBuiltinCommands(registry);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    cli::AgentCtl agentctl(registry, DemoPortalFactory(), out, err);
    const int exitCode = agentctl.run(
        {QStringLiteral("agentctl"), QStringLiteral("--demo"), QStringLiteral("--user"),
         QStringLiteral("agent1"), QStringLiteral("--profile"),
         m_dir.filePath(QStringLiteral("profile-no-demo")), QStringLiteral("--token-store"),
         QStringLiteral("file"), QStringLiteral("credit-app"), QStringLiteral("list")});
    err.flush();
    QCOMPARE(exitCode, int(cli::ExitCode::UsageError));
    QVERIFY2(errText.contains(QStringLiteral("no built-in demo portal: give --portal URL")),
             qPrintable(errText));
}

QTEST_MAIN(TestCreditCli)
#include "tst_credit_cli.moc"
