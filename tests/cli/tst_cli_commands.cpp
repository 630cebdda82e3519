// Every agentctl command run as a process against the real portal-server, for each demo role
// where it matters: output, formats and exit statuses (API.md).
#include "CliTestSupport.h"
#include "models/AchAuthorizationText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pac::test;

namespace {

constexpr int Customers = 150;

QJsonObject firstWhere(const QJsonArray &customers,
                       const std::function<bool(const QJsonObject &)> &predicate)
{
    for (const QJsonValue &value : customers) {
        if (predicate(value.toObject()))
            return value.toObject();
    }
    return {};
}

bool isActiveUs(const QJsonObject &c)
{
    return c.value(QLatin1String("status")).toString() == QLatin1String("active")
        && c.value(QLatin1String("country")).toString() == QLatin1String("US");
}

QString achStatus(const QJsonObject &c)
{
    return c.value(QLatin1String("ach")).toObject().value(QLatin1String("status")).toString();
}

QString idOf(const QJsonObject &c)
{
    return QString::number(c.value(QLatin1String("id")).toInteger());
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndUsage();
    void loginPerRole_data();
    void loginPerRole();
    void wrongPasswordAndNoSession();
    void syncAndListPerRole();
    void formatsFiltersAndViews();
    void showCustomer();
    void invoiceEmails();
    void paymentTerms();
    void achCommands();
    void historyOutboxAndPush();
    void invoicesAndPayments();
    void demoPortalKeepsItsDataInTheProfile();

private:
    QStringList as(const QString &user) const;
    CliRun run(const QString &user, const QStringList &command) const;
    QJsonArray customersOf(const QString &user) const;

    ServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestCliCommands::invoicesAndPayments()
{
    const QJsonArray mine = customersOf(QStringLiteral("agent1"));
    const QString id = idOf(mine.first().toObject());
    const CliRun json
        = run(QStringLiteral("agent1"),
              {QStringLiteral("invoices"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.all()));
    const QJsonArray invoices = json.jsonArray();
    QVERIFY2(invoices.size() >= 12, qPrintable(json.all()));
    for (const QJsonValue &invoice : invoices)
        QCOMPARE(
            QString::number(invoice.toObject().value(QLatin1String("customer_id")).toInteger()),
            id);

    // Only the invoices of one status, and the same ones as the JSON has.
    int paid = 0;
    for (const QJsonValue &invoice : invoices)
        paid += invoice.toObject().value(QLatin1String("status")).toString() == u"paid" ? 1 : 0;
    const CliRun paidOnly
        = run(QStringLiteral("agent1"),
              {QStringLiteral("invoices"), id, QStringLiteral("--status"), QStringLiteral("paid"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(paidOnly.exitCode, 0);
    QCOMPARE(paidOnly.jsonArray().size(), paid);

    const CliRun csv
        = run(QStringLiteral("agent1"),
              {QStringLiteral("invoices"), id, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.out.startsWith(
                 QStringLiteral("id,number,issued_on,due_on,amount,paid,status,to,cc\r\n")),
             qPrintable(csv.out.left(200)));
    QCOMPARE(csv.out.count(QStringLiteral("\r\n")), invoices.size() + 1);

    const CliRun table = run(QStringLiteral("agent1"), {QStringLiteral("invoices"), id});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(
        table.out.contains(invoices.first().toObject().value(QLatin1String("number")).toString()));
    QVERIFY2(table.err.contains(QStringLiteral("%1 invoices").arg(invoices.size())),
             qPrintable(table.err));

    const CliRun payments
        = run(QStringLiteral("agent1"),
              {QStringLiteral("payments"), id, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(payments.exitCode, 0);
    QVERIFY(payments.out.startsWith(
        QStringLiteral("id,invoice_id,at,method,amount,outcome,failure_reason\r\n")));

    // The Net 15 what-if from those invoices changes nothing.
    const QString termsBefore
        = mine.first().toObject().value(QLatin1String("payment_terms")).toString();
    const auto outboxSize = [this] {
        return run(QStringLiteral("agent1"),
                   {QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json")})
            .jsonArray()
            .size();
    };
    const qsizetype queuedBefore = outboxSize();
    const CliRun whatIf
        = run(QStringLiteral("agent1"),
              {QStringLiteral("terms"), id, QStringLiteral("net15"), QStringLiteral("--dry-run")});
    QVERIFY2(whatIf.exitCode == 0, qPrintable(whatIf.all()));
    QVERIFY2(whatIf.out.contains(QStringLiteral("terms %1: what Net 15 would mean (nothing was "
                                                "changed):")
                                     .arg(id)),
             qPrintable(whatIf.out));
    QVERIFY2(whatIf.out.contains(QStringLiteral("would typically owe up to")),
             qPrintable(whatIf.out));
    const CliRun shownAfter
        = run(QStringLiteral("agent1"),
              {QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(shownAfter.out.toUtf8())
                 .object()
                 .value(QLatin1String("payment_terms"))
                 .toString(),
             termsBefore);
    QCOMPARE(outboxSize(), queuedBefore);

    // Bad input names what is wrong.
    const CliRun badStatus
        = run(QStringLiteral("agent1"),
              {QStringLiteral("invoices"), id, QStringLiteral("--status"), QStringLiteral("late")});
    QCOMPARE(badStatus.exitCode, 2);
    QVERIFY2(badStatus.err.contains(QStringLiteral(
                 "“late” is not an invoice status; use open, paid, past_due or void")),
             qPrintable(badStatus.err));
    // Another agent's customer is not found.
    const CliRun other = run(QStringLiteral("agent2"), {QStringLiteral("invoices"), id});
    QVERIFY2(other.exitCode != 0, qPrintable(other.all()));
}

void TestCliCommands::initTestCase()
{
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("portal.sqlite")), Customers));
}

QStringList TestCliCommands::as(const QString &user) const
{
    return globalArgs(m_server.url(), user, m_dir.filePath(QStringLiteral("profile-") + user));
}

CliRun TestCliCommands::run(const QString &user, const QStringList &command) const
{
    return runAgentctl(as(user) + command);
}

QJsonArray TestCliCommands::customersOf(const QString &user) const
{
    return run(user,
               {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("json")})
        .jsonArray();
}

void TestCliCommands::helpAndUsage()
{
    CliRun help = runAgentctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"login", "sync", "customers", "show", "invoice-emails", "terms",
                                "ach", "outbox", "push", "history", "resolve", "logout"}) {
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    }
    QVERIFY(help.out.contains(QStringLiteral("75")));
    QCOMPARE(runAgentctl({QStringLiteral("--version")}).exitCode, 0);
    QCOMPARE(runAgentctl({QStringLiteral("terms"), QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(runAgentctl({}).exitCode, 2);
    const CliRun unknown = runAgentctl({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    QCOMPARE(run(QStringLiteral("agent1"), {QStringLiteral("terms"), QStringLiteral("5")}).exitCode,
             2);
    QCOMPARE(
        runAgentctl({QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("sync")})
            .exitCode,
        2);
    QCOMPARE(runAgentctl({QStringLiteral("--portal"), QStringLiteral("http://portal.example.com"),
                          QStringLiteral("--user"), QStringLiteral("agent1"),
                          QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("insecure")),
                          QStringLiteral("login")})
                 .exitCode,
             2);
}

void TestCliCommands::loginPerRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::newRow("agent") << QStringLiteral("agent1") << QStringLiteral("agent");
    QTest::newRow("master agent") << QStringLiteral("master1") << QStringLiteral("master_agent");
    QTest::newRow("support") << QStringLiteral("support1") << QStringLiteral("support");
}

void TestCliCommands::loginPerRole()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    const CliRun login = run(user, {QStringLiteral("login")});
    QCOMPARE(login.exitCode, 0);
    QVERIFY2(login.out.contains(QStringLiteral("Signed in as %1 (").arg(user))
                 && login.out.contains(QStringLiteral(", %1) on").arg(role)),
             qPrintable(login.all()));
    QFile credentials(
        m_dir.filePath(QStringLiteral("profile-") + user + QStringLiteral("/credentials")));
    QVERIFY(credentials.exists());
    QCOMPARE(credentials.permissions()
                 & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestCliCommands::wrongPasswordAndNoSession()
{
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QStringLiteral("not-the-password"));
    const CliRun refused = runAgentctl(globalArgs(m_server.url(), QStringLiteral("agent2"),
                                                  m_dir.filePath(QStringLiteral("wrong")))
                                           + QStringList {QStringLiteral("login")},
                                       wrong);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY(refused.err.contains(QStringLiteral("agent2")));

    QProcessEnvironment none;
    none.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QString());
    const CliRun notSignedIn = runAgentctl(globalArgs(m_server.url(), QStringLiteral("agent2"),
                                                      m_dir.filePath(QStringLiteral("nobody")))
                                               + QStringList {QStringLiteral("sync")},
                                           none);
    QCOMPARE(notSignedIn.exitCode, 4);
    QVERIFY(notSignedIn.err.contains(QStringLiteral("agentctl login")));

    // --password-stdin signs in without the environment.
    const CliRun fromStdin = runAgentctl(
        globalArgs(m_server.url(), QStringLiteral("agent2"),
                   m_dir.filePath(QStringLiteral("stdin")))
            + QStringList {QStringLiteral("--password-stdin"), QStringLiteral("login")},
        none, "demo\n");
    QCOMPARE(fromStdin.exitCode, 0);
}

void TestCliCommands::syncAndListPerRole()
{
    QMap<QString, int> counts;
    for (const QString &user :
         {QStringLiteral("agent1"), QStringLiteral("master1"), QStringLiteral("support1")}) {
        const CliRun sync = run(user, {QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 0);
        QVERIFY2(sync.out.contains(QStringLiteral("Full sync")), qPrintable(sync.all()));
        QVERIFY(sync.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d\\d s"))));
        const CliRun again = run(user, {QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Delta sync")));
        counts[user] = int(customersOf(user).size());
    }
    QCOMPARE(counts[QStringLiteral("support1")], Customers);
    QVERIFY(counts[QStringLiteral("agent1")] > 0);
    QVERIFY(counts[QStringLiteral("agent1")] < counts[QStringLiteral("master1")]);
    QVERIFY(counts[QStringLiteral("master1")] < counts[QStringLiteral("support1")]);
}

void TestCliCommands::formatsFiltersAndViews()
{
    const QString user = QStringLiteral("support1");
    const CliRun table = run(user, {QStringLiteral("customers")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(u'\n'), Customers + 1); // header + rows
    QVERIFY(table.out.trimmed().startsWith(QStringLiteral("ID")));

    const CliRun csv = run(
        user, {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.count(QStringLiteral("\r\n")), Customers + 1);
    QVERIFY(csv.out.startsWith(QStringLiteral("ID,Account,Name,Agent,")));

    const QJsonArray all = customersOf(user);
    const QJsonObject some = all.at(17).toObject();
    const QString account = some.value(QLatin1String("account_number")).toString();
    const CliRun filtered = run(user,
                                {QStringLiteral("customers"), QStringLiteral("--filter"), account,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(filtered.jsonArray().size(), 1);
    QCOMPARE(filtered.jsonArray().first().toObject().value(QLatin1String("id")),
             some.value(QLatin1String("id")));

    const CliRun net15
        = run(user,
              {QStringLiteral("customers"), QStringLiteral("--view"), QStringLiteral("net15"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(net15.exitCode, 0);
    QVERIFY(!net15.jsonArray().isEmpty());
    QVERIFY(net15.jsonArray().size() < Customers);
    for (const QJsonValue &value : net15.jsonArray())
        QCOMPARE(value.toObject().value(QLatin1String("payment_terms")).toString(),
                 QStringLiteral("net15"));

    const CliRun badView = run(
        user,
        {QStringLiteral("customers"), QStringLiteral("--view"), QStringLiteral("favourites")});
    QCOMPARE(badView.exitCode, 2);
    QVERIFY(badView.err.contains(QStringLiteral("favourites")));
    QCOMPARE(
        run(user, {QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("xml")})
            .exitCode,
        2);
}

void TestCliCommands::showCustomer()
{
    const QJsonArray mine = customersOf(QStringLiteral("agent1"));
    const QJsonObject customer = mine.first().toObject();
    const CliRun shown = run(QStringLiteral("agent1"), {QStringLiteral("show"), idOf(customer)});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(customer.value(QLatin1String("name")).toString()));
    QVERIFY(shown.out.contains(QStringLiteral("Payment terms")));
    const CliRun json = run(QStringLiteral("agent1"),
                            {QStringLiteral("show"), idOf(customer), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("id")),
             customer.value(QLatin1String("id")));

    // A customer of someone else is not in an agent's list.
    QSet<qint64> visible;
    for (const QJsonValue &value : mine)
        visible.insert(value.toObject().value(QLatin1String("id")).toInteger());
    const QJsonObject other
        = firstWhere(customersOf(QStringLiteral("support1")), [&](const QJsonObject &c) {
              return !visible.contains(c.value(QLatin1String("id")).toInteger());
          });
    QCOMPARE(run(QStringLiteral("agent1"), {QStringLiteral("show"), idOf(other)}).exitCode, 2);
    QCOMPARE(run(QStringLiteral("agent1"), {QStringLiteral("show"), QStringLiteral("x")}).exitCode,
             2);
}

void TestCliCommands::invoiceEmails()
{
    const QString user = QStringLiteral("agent1");
    const QJsonObject customer = firstWhere(customersOf(user), [](const QJsonObject &c) {
        return isActiveUs(c) && c.value(QLatin1String("invoice_emails")).toArray().size() < 5;
    });
    const QString id = idOf(customer);

    const CliRun added = run(user,
                             {QStringLiteral("invoice-emails"), id, QStringLiteral("--add"),
                              QStringLiteral("Ann <ann.cli@example.com>")});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(QStringLiteral("ann.cli@example.com")), qPrintable(added.all()));

    const CliRun invalid = run(
        user,
        {QStringLiteral("invoice-emails"), id, QStringLiteral("--add"), QStringLiteral("bob@@x")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains(QStringLiteral("invoice-emails %1: “bob@@x” is not a valid email "
                                                 "address (invalid_email)")
                                      .arg(id)),
             qPrintable(invalid.err));

    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QStringLiteral("e%1@example.com").arg(i));
    const CliRun tooMany = run(
        user, {QStringLiteral("invoice-emails"), id, QStringLiteral("--set"), eleven.join(u',')});
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY(tooMany.err.contains(QStringLiteral("e10@example.com")));
    QVERIFY(tooMany.err.contains(QStringLiteral("(too_many)")));

    const CliRun listed = run(user, {QStringLiteral("invoice-emails"), id});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(QStringLiteral("Cc: ann.cli@example.com")));
    QVERIFY(!listed.out.contains(QStringLiteral("bob@@x")));

    const CliRun removed = run(user,
                               {QStringLiteral("invoice-emails"), id, QStringLiteral("--remove"),
                                QStringLiteral("ann.cli@example.com")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(run(user, {QStringLiteral("outbox")}).out, QString());
}

void TestCliCommands::paymentTerms()
{
    const QString user = QStringLiteral("master1");
    // Others changed some of these customers meanwhile: start from the portal's copies.
    QCOMPARE(run(user, {QStringLiteral("sync")}).exitCode, 0);
    const QJsonObject customer = firstWhere(customersOf(user), [](const QJsonObject &c) {
        return isActiveUs(c)
            && c.value(QLatin1String("payment_terms")).toString() == QLatin1String("due_on_receipt")
            && c.value(QLatin1String("credit_limit_cents")).toInteger() == 0;
    });
    QVERIFY(!customer.isEmpty());
    const CliRun moved
        = run(user, {QStringLiteral("terms"), idOf(customer), QStringLiteral("net15")});
    QCOMPARE(moved.exitCode, 0);
    QVERIFY2(moved.out.contains(QStringLiteral("Net 15"))
                 && moved.out.contains(QStringLiteral("$500.00")),
             qPrintable(moved.all()));
    const CliRun again
        = run(user, {QStringLiteral("terms"), idOf(customer), QStringLiteral("net15")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("already")));
    QCOMPARE(
        run(user, {QStringLiteral("terms"), idOf(customer), QStringLiteral("weekly")}).exitCode, 2);
}

void TestCliCommands::achCommands()
{
    const QJsonObject eligible
        = firstWhere(customersOf(QStringLiteral("agent1")), [](const QJsonObject &c) {
              return isActiveUs(c) && achStatus(c) == QLatin1String("eligible")
                  && c.value(QLatin1String("ach")).toObject().value(QLatin1String("reason"))
                  == QLatin1String("good_standing");
          });
    QVERIFY(!eligible.isEmpty());
    const CliRun explained = run(QStringLiteral("agent1"), {QStringLiteral("ach"), idOf(eligible)});
    QCOMPARE(explained.exitCode, 0);
    // The same checklist as the console's, line by line (the rule's sentences, ISO dates).
    QVERIFY2(explained.out.contains(QStringLiteral("\n  [x] The customer is in the US.\n")),
             qPrintable(explained.out));
    QVERIFY2(explained.out.contains(QStringLiteral("\n  [-] No customer-level master agent.\n")),
             qPrintable(explained.out));
    QVERIFY2(explained.out.contains(QStringLiteral("More than 90 days: met.\n")),
             qPrintable(explained.out));
    QVERIFY2(explained.out.contains(QStringLiteral("\n  [-] Not enabled manually by support.\n")),
             qPrintable(explained.out));

    const QStringList account {QStringLiteral("--add-method"),
                               QStringLiteral("--routing"),
                               QStringLiteral("011000015"),
                               QStringLiteral("--account"),
                               QStringLiteral("000123456789"),
                               QStringLiteral("--holder"),
                               QStringLiteral("Acme LLC"),
                               QStringLiteral("--type"),
                               QStringLiteral("checking"),
                               QStringLiteral("--authorized-by"),
                               QStringLiteral("Pat Doe"),
                               QStringLiteral("--authorized-title"),
                               QStringLiteral("Controller"),
                               QStringLiteral("--authorization-method"),
                               QStringLiteral("written"),
                               QStringLiteral("--accept-authorization"),
                               QString(pac::AchAuthorizationText::CurrentVersion)};
    QStringList badRouting = account;
    badRouting[2] = QStringLiteral("123456789");
    const CliRun refused = run(QStringLiteral("agent1"),
                               QStringList {QStringLiteral("ach"), idOf(eligible)} + badRouting);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("invalid_checksum")));

    const CliRun added = run(QStringLiteral("agent1"),
                             QStringList {QStringLiteral("ach"), idOf(eligible)} + account);
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(QStringLiteral("6789")), qPrintable(added.all()));
    QVERIFY(!added.all().contains(QStringLiteral("000123456789")));

    // Agents changed some of these customers since support1 last synced: an edit from a
    // stale copy is a conflict (rightly), so start from the portal's copies.
    QCOMPARE(run(QStringLiteral("support1"), {QStringLiteral("sync")}).exitCode, 0);
    const QJsonObject notEligible
        = firstWhere(customersOf(QStringLiteral("support1")), [](const QJsonObject &c) {
              return isActiveUs(c) && achStatus(c) == QLatin1String("not_eligible");
          });
    QVERIFY(!notEligible.isEmpty());
    const CliRun denied = run(QStringLiteral("support1"),
                              QStringList {QStringLiteral("ach"), idOf(notEligible)} + account);
    QCOMPARE(denied.exitCode, 2);
    QVERIFY(denied.err.contains(QStringLiteral("ach_not_eligible")));

    // Only support enables ACH by hand.
    const QJsonObject agentsOwn
        = firstWhere(customersOf(QStringLiteral("agent1")), [](const QJsonObject &c) {
              return isActiveUs(c) && achStatus(c) == QLatin1String("not_eligible");
          });
    const CliRun agentTries
        = run(QStringLiteral("agent1"),
              {QStringLiteral("ach"), idOf(agentsOwn), QStringLiteral("--enable"),
               QStringLiteral("--reason"), QStringLiteral("asked nicely")});
    QCOMPARE(agentTries.exitCode, 4);
    QVERIFY(agentTries.err.contains(QStringLiteral("support")));
    const CliRun enabled
        = run(QStringLiteral("support1"),
              {QStringLiteral("ach"), idOf(notEligible), QStringLiteral("--enable"),
               QStringLiteral("--reason"), QStringLiteral("Long-standing partner")});
    QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.all()));
    const CliRun after
        = run(QStringLiteral("support1"), {QStringLiteral("ach"), idOf(notEligible)});
    QVERIFY2(after.out.contains(QStringLiteral("\n  [x] Enabled manually by ")),
             qPrintable(after.all()));
    QVERIFY2(after.out.contains(QStringLiteral(": “Long-standing partner”.\n")),
             qPrintable(after.all()));
    // Without a bank account the portal answers `eligible` (not `enabled`); so does the
    // checklist, which shows the rule's verdict for the local copy after the push.
    QVERIFY2(after.out.startsWith(QStringLiteral("Eligible for ACH: enabled manually by ")),
             qPrintable(after.all()));
}

void TestCliCommands::historyOutboxAndPush()
{
    const QString user = QStringLiteral("support1");
    QCOMPARE(run(user, {QStringLiteral("sync")}).exitCode, 0);
    const QJsonObject customer = firstWhere(customersOf(user), [](const QJsonObject &c) {
        return isActiveUs(c) && c.value(QLatin1String("invoice_emails")).toArray().size() < 5;
    });
    QCOMPARE(run(user,
                 {QStringLiteral("invoice-emails"), idOf(customer), QStringLiteral("--add"),
                  QStringLiteral("history@example.com")})
                 .exitCode,
             0);
    const CliRun history = run(user, {QStringLiteral("history"), idOf(customer)});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(QStringLiteral("history@example.com")),
             qPrintable(history.all()));
    QVERIFY(history.out.contains(QStringLiteral("Sam Support (support)")));
    const CliRun json = run(user,
                            {QStringLiteral("history"), idOf(customer), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QVERIFY(!QJsonDocument::fromJson(json.out.toUtf8()).array().isEmpty());

    const CliRun outbox = run(user, {QStringLiteral("outbox")});
    QCOMPARE(outbox.exitCode, 0);
    QVERIFY(outbox.err.startsWith(QStringLiteral("0 edit")));
    const CliRun push = run(user, {QStringLiteral("push")});
    QCOMPARE(push.exitCode, 0);
    QVERIFY(push.out.contains(QStringLiteral("Nothing to send")));
    QCOMPARE(run(user, {QStringLiteral("resolve"), idOf(customer)}).exitCode, 2);

    const CliRun logout = run(user, {QStringLiteral("logout")});
    QCOMPARE(logout.exitCode, 0);
    QFile credentials(m_dir.filePath(QStringLiteral("profile-support1/credentials")));
    QVERIFY(!credentials.open(QIODevice::ReadOnly)
            || !QString::fromUtf8(credentials.readAll()).contains(QStringLiteral("support1")));
}

void TestCliCommands::demoPortalKeepsItsDataInTheProfile()
{
    const QString profile = m_dir.filePath(QStringLiteral("demo"));
    const QStringList demo {QStringLiteral("--demo"),
                            QStringLiteral("--demo-customers"),
                            QStringLiteral("40"),
                            QStringLiteral("--profile"),
                            profile,
                            QStringLiteral("--token-store"),
                            QStringLiteral("file")};
    QProcessEnvironment noPassword;
    noPassword.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QString());
    // No user, no password: the demo's agent1 with the demo password.
    const CliRun listed
        = runAgentctl(demo
                          + QStringList {QStringLiteral("customers"), QStringLiteral("--format"),
                                         QStringLiteral("json")},
                      noPassword);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(!listed.jsonArray().isEmpty());
    QVERIFY(QFile::exists(profile + QStringLiteral("/demo-portal.sqlite")));

    const QJsonObject customer = firstWhere(listed.jsonArray(), isActiveUs);
    const CliRun edited = runAgentctl(demo
                                          + QStringList {QStringLiteral("invoice-emails"),
                                                         idOf(customer), QStringLiteral("--add"),
                                                         QStringLiteral("demo@example.com")},
                                      noPassword);
    QCOMPARE(edited.exitCode, 0);
    // Another run, another port, the same demo store: the portal has the change.
    const CliRun history
        = runAgentctl(demo + QStringList {QStringLiteral("history"), idOf(customer)}, noPassword);
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(QStringLiteral("demo@example.com")), qPrintable(history.all()));

    // The demo portal runs in agentctl's process, so it draws its PDFs there: the commands
    // that ask for one get a GUI application (offscreen) with --demo, not only in the console.
    const CliRun invoices
        = runAgentctl(demo
                          + QStringList {QStringLiteral("invoices"), idOf(customer),
                                         QStringLiteral("--format"), QStringLiteral("json")},
                      noPassword);
    QCOMPARE(invoices.exitCode, 0);
    QVERIFY(!invoices.jsonArray().isEmpty());
    const QString invoiceId
        = QString::number(invoices.jsonArray().first().toObject().value(u"id").toInteger());
    const QString path = m_dir.filePath(QStringLiteral("demo-invoice.pdf"));
    const CliRun pdf
        = runAgentctl(demo
                          + QStringList {QStringLiteral("invoice"), QStringLiteral("pdf"),
                                         invoiceId, QStringLiteral("--out"), path},
                      noPassword);
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.all()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

QTEST_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
