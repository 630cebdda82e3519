// No agentctl output, log line or profile file holds the session token or a full bank
// account number; the token file is readable by its owner only.
#include "CliTestSupport.h"
#include "models/AchAuthorizationText.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pac::test;

class TestCliSecurity : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInOutputLogsOrFiles();
};

void TestCliSecurity::noSecretInOutputLogsOrFiles()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(server.start(dir.filePath(QStringLiteral("portal.sqlite")), 80));
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QStringList global = globalArgs(server.url(), QStringLiteral("agent1"), profile);
    // Every debug line of every module.
    QProcessEnvironment verbose;
    verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pac.*.debug=true"));
    const QString account = QStringLiteral("000987654321");

    QStringList outputs;
    auto run = [&](const QStringList &command) {
        const CliRun result = runAgentctl(global + command, verbose);
        outputs.append(result.all());
        return result;
    };
    QCOMPARE(run({QStringLiteral("login")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("sync")}).exitCode, 0);
    const QJsonArray customers
        = run({QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("json")})
              .jsonArray();
    QJsonObject eligible;
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        if (c.value(QLatin1String("status")).toString() == QLatin1String("active")
            && c.value(QLatin1String("ach")).toObject().value(QLatin1String("status")).toString()
                == QLatin1String("eligible")) {
            eligible = c;
            break;
        }
    }
    QVERIFY(!eligible.isEmpty());
    const QString id = QString::number(eligible.value(QLatin1String("id")).toInteger());
    QCOMPARE(
        run({QStringLiteral("ach"), id, QStringLiteral("--add-method"), QStringLiteral("--routing"),
             QStringLiteral("011000015"), QStringLiteral("--account"), account,
             QStringLiteral("--holder"), QStringLiteral("Acme LLC"), QStringLiteral("--type"),
             QStringLiteral("savings"), QStringLiteral("--authorized-by"),
             QStringLiteral("Pat Doe"), QStringLiteral("--authorized-title"),
             QStringLiteral("Controller"), QStringLiteral("--authorization-method"),
             QStringLiteral("written"), QStringLiteral("--accept-authorization"),
             QString(pac::AchAuthorizationText::CurrentVersion)})
            .exitCode,
        0);
    QCOMPARE(run({QStringLiteral("invoice-emails"), id, QStringLiteral("--add"),
                  QStringLiteral("sec@example.com")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("--verbose"), QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("show"), id}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("history"), id}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("outbox")}).exitCode, 0);
    // The debug logging really ran (else the check below would prove nothing).
    QVERIFY(outputs.join(QString()).contains(QStringLiteral("pac.")));
    QVERIFY(outputs.join(QString()).contains(QStringLiteral("••••4321")));

    // The token, as kept in the owner-only file.
    QFile credentials(profile + QStringLiteral("/credentials"));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    QCOMPARE(credentials.permissions()
                 & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    const QJsonObject stored = QJsonDocument::fromJson(credentials.readAll()).object();
    QCOMPARE(stored.size(), 1);
    const QString token = stored.begin().value().toString();
    QVERIFY(token.size() >= 16);

    for (const QString &output : outputs) {
        QVERIFY2(!output.contains(token), "the token appeared in agentctl's output");
        QVERIFY2(!output.contains(account), "the account number appeared in agentctl's output");
    }
    QDirIterator files(profile, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(account.toUtf8()), qPrintable(path));
        if (!path.endsWith(QLatin1String("/credentials")))
            QVERIFY2(!content.contains(token.toUtf8()), qPrintable(path));
        ++checked;
    }
    QVERIFY(checked >= 3); // cache.sqlite (and its WAL), agentctl.ini, credentials
}

QTEST_MAIN(TestCliSecurity)
#include "tst_cli_security.moc"
