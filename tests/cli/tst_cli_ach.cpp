// agentctl ach (billing rule 8) as processes against the real portal-server binary: adding a
// bank account without accepting the authorization text prints the text and its version,
// exits 2 and sends nothing; with it the account is added, pending; `ach ID` lists it; a wrong
// pair of deposits says the tries left, the right one verifies it (without --customer: a sync
// brings the customer's new ACH state); default; the authorization PDF is written 0600;
// remove revokes it (twice: refused). Secrets: a distinctive full account number appears in no
// output, log line, profile file or produced file.
#include "CliTestSupport.h"
#include "models/AchAuthorizationText.h"
#include "server/MicroDeposits.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace pac::test;

namespace {

const QString Version = QString(pac::AchAuthorizationText::CurrentVersion);

QString dollars(int cents)
{
    return QStringLiteral("0.%1").arg(cents, 2, 10, QLatin1Char('0'));
}

QString depositsOf(qint64 methodId)
{
    const auto [a, b] = pac::server::MicroDeposits::amountsFor(methodId);
    return dollars(b) + u',' + dollars(a); // either order
}

// The bank account options of `ach ID --add-method`, without --accept-authorization.
QStringList bankAccount(const QString &account)
{
    return {QStringLiteral("--add-method"),
            QStringLiteral("--routing"),
            QStringLiteral("011000015"),
            QStringLiteral("--account"),
            account,
            QStringLiteral("--holder"),
            QStringLiteral("Acme VoIP LLC"),
            QStringLiteral("--type"),
            QStringLiteral("checking"),
            QStringLiteral("--sec-code"),
            QStringLiteral("CCD"),
            QStringLiteral("--authorized-by"),
            QStringLiteral("Pat Doe"),
            QStringLiteral("--authorized-title"),
            QStringLiteral("Controller"),
            QStringLiteral("--authorization-method"),
            QStringLiteral("written")};
}

QStringList accepted(const QString &version = Version)
{
    return {QStringLiteral("--accept-authorization"), version};
}

} // namespace

class TestCliAch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addWithoutAcceptingPrintsTheTextAndSendsNothing();
    void addVerifyDefaultPdfRemove();
    void refusesBadInputBeforeGoingOnline();
    void noFullAccountNumberAnywhere();

private:
    CliRun run(const QStringList &command, const QString &profile = {},
               const QProcessEnvironment &environment = {}) const
    {
        return runAgentctl(globalArgs(m_server.url(), QStringLiteral("agent1"),
                                      profile.isEmpty() ? m_profile : profile)
                               + command,
                           environment);
    }
    // An ACH-eligible active customer of agent1 not used yet, as `customers --format json`.
    QString takeEligible(const QString &profile = {})
    {
        const QJsonArray customers
            = run({QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("json")},
                  profile)
                  .jsonArray();
        for (const QJsonValue &value : customers) {
            const QJsonObject c = value.toObject();
            const QString id = QString::number(c.value(QLatin1String("id")).toInteger());
            if (c.value(QLatin1String("status")).toString() == QLatin1String("active")
                && c.value(QLatin1String("ach")).toObject().value(QLatin1String("status"))
                    == QLatin1String("eligible")
                && !m_taken.contains(id)) {
                m_taken.append(id);
                return id;
            }
        }
        return {};
    }
    QString achStatusOf(const QString &id) const
    {
        const QJsonArray customers
            = run({QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("json")})
                  .jsonArray();
        for (const QJsonValue &value : customers) {
            const QJsonObject c = value.toObject();
            if (QString::number(c.value(QLatin1String("id")).toInteger()) == id)
                return c.value(QLatin1String("ach"))
                    .toObject()
                    .value(QLatin1String("status"))
                    .toString();
        }
        return {};
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_profile;
    QStringList m_taken;
};

void TestCliAch::initTestCase()
{
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("portal.sqlite")), 40));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const CliRun sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
}

void TestCliAch::addWithoutAcceptingPrintsTheTextAndSendsNothing()
{
    const QString id = takeEligible();
    QVERIFY(!id.isEmpty());
    const CliRun shown = run(QStringList {QStringLiteral("ach"), id}
                             + bankAccount(QStringLiteral("000123456789")));
    QCOMPARE(shown.exitCode, 2);
    QVERIFY2(
        shown.out.startsWith(QStringLiteral("Authorization text, version %1:\n\n").arg(Version)),
        qPrintable(shown.all()));
    QVERIFY2(
        shown.out.contains(QStringLiteral("Authorization of ACH debits (CCD, business account)")),
        qPrintable(shown.out));
    QVERIFY2(shown.out.contains(QStringLiteral("the checking account ending in 6789")),
             qPrintable(shown.out));
    QVERIFY2(shown.err.contains(QStringLiteral("ach %1: nothing was sent.").arg(id)),
             qPrintable(shown.err));
    QVERIFY2(shown.err.contains(QStringLiteral("--accept-authorization %1").arg(Version)),
             qPrintable(shown.err));

    const CliRun stale
        = run(QStringList {QStringLiteral("ach"), id} + bankAccount(QStringLiteral("000123456789"))
              + accepted(QStringLiteral("2020-01.1")));
    QCOMPARE(stale.exitCode, 2);
    QVERIFY2(stale.err.contains(QStringLiteral("version 2020-01.1 is not the portal's current "
                                               "authorization text (%1)")
                                    .arg(Version)),
             qPrintable(stale.err));

    // Nothing reached the portal: the customer has no bank account.
    const CliRun listed = run({QStringLiteral("ach"), id});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("\nBank accounts: none.\n")),
             qPrintable(listed.all()));
}

void TestCliAch::addVerifyDefaultPdfRemove()
{
    const QString id = takeEligible();
    QVERIFY(!id.isEmpty());
    const CliRun added = run(QStringList {QStringLiteral("ach"), id}
                             + bankAccount(QStringLiteral("000123454321")) + accepted());
    QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("added as payment method (\\d+);")).match(added.out);
    QVERIFY2(match.hasMatch(), qPrintable(added.out));
    const QString method = match.captured(1);
    QVERIFY2(added.out.startsWith(QStringLiteral("ach %1: Bank account ••••4321 (checking) added "
                                                 "as payment method %2;")
                                      .arg(id, method)),
             qPrintable(added.out));
    QVERIFY2(
        added.out.contains(
            QStringLiteral("agentctl ach verify %1 --amounts A,B --customer %2").arg(method, id)),
        qPrintable(added.out));
    // Pending: ACH is not enabled by adding an account.
    QCOMPARE(achStatusOf(id), QStringLiteral("eligible"));

    const QRegularExpression pendingRow(
        QStringLiteral("\n\\s*%1  ••••4321  checking  CCD    pending\\s+3  no\\s+no\n")
            .arg(method));
    CliRun listed = run({QStringLiteral("ach"), id});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("\nBank accounts:\n")), qPrintable(listed.all()));
    QVERIFY2(listed.out.contains(pendingRow), qPrintable(listed.out));

    // Not verified yet: it cannot be the default.
    const CliRun early = run({QStringLiteral("ach"), QStringLiteral("default"), method});
    QCOMPARE(early.exitCode, 2);
    QVERIFY2(early.err.contains(QStringLiteral("not_verified")), qPrintable(early.all()));

    const CliRun wrong
        = run({QStringLiteral("ach"), QStringLiteral("verify"), method, QStringLiteral("--amounts"),
               QStringLiteral("0.01,0.01"), QStringLiteral("--customer"), id});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("ach verify %1: The amounts do not match the "
                                               "deposits. Tries left: 2.")
                                    .arg(method)),
             qPrintable(wrong.all()));

    // Without --customer: straight to the portal, then a sync brings the customer's new state.
    const CliRun verified = run({QStringLiteral("ach"), QStringLiteral("verify"), method,
                                 QStringLiteral("--amounts"), depositsOf(method.toLongLong())});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.all()));
    QVERIFY2(verified.out.contains(
                 QStringLiteral("ach verify %1: Bank account ••••4321 verified").arg(method)),
             qPrintable(verified.out));
    QCOMPARE(achStatusOf(id), QStringLiteral("enabled"));

    const CliRun madeDefault = run({QStringLiteral("ach"), QStringLiteral("default"), method,
                                    QStringLiteral("--customer"), id});
    QVERIFY2(madeDefault.exitCode == 0, qPrintable(madeDefault.all()));
    QVERIFY2(madeDefault.out.contains(QStringLiteral("••••4321 is now the default payment method")),
             qPrintable(madeDefault.out));
    listed = run({QStringLiteral("ach"), id});
    QVERIFY2(listed.out.contains(QRegularExpression(
                 QStringLiteral("\n\\s*%1  ••••4321  checking  CCD    verified\\s+-  yes\\s+no\n")
                     .arg(method))),
             qPrintable(listed.out));

    const QString pdfPath = m_dir.filePath(QStringLiteral("authorization.pdf"));
    const CliRun pdf = run({QStringLiteral("ach"), QStringLiteral("authorization"), method,
                            QStringLiteral("--out"), pdfPath});
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.all()));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QCOMPARE(file.permissions()
                 & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QVERIFY(file.permissions() & QFile::ReadOwner);

    const CliRun noReason = run({QStringLiteral("ach"), QStringLiteral("remove"), method});
    QCOMPARE(noReason.exitCode, 2);
    QVERIFY2(noReason.err.contains(QStringLiteral("(required)")), qPrintable(noReason.all()));
    const CliRun removed
        = run({QStringLiteral("ach"), QStringLiteral("remove"), method, QStringLiteral("--reason"),
               QStringLiteral("Account closed"), QStringLiteral("--customer"), id});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.all()));
    QVERIFY2(removed.out.contains(QStringLiteral("ach remove %1: The authorization of bank "
                                                 "account ••••4321 is revoked")
                                      .arg(method)),
             qPrintable(removed.out));
    // ACH follows: no verified account is left.
    QCOMPARE(achStatusOf(id), QStringLiteral("eligible"));
    const CliRun twice = run({QStringLiteral("ach"), QStringLiteral("remove"), method,
                              QStringLiteral("--reason"), QStringLiteral("again")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains(QStringLiteral("(revoked)")), qPrintable(twice.all()));
    listed = run({QStringLiteral("ach"), id});
    QVERIFY2(listed.out.contains(QStringLiteral(": “Account closed”\n")), qPrintable(listed.out));
    // The authorization stays printable after revocation.
    QCOMPARE(run({QStringLiteral("ach"), QStringLiteral("authorization"), method,
                  QStringLiteral("--out"), pdfPath})
                 .exitCode,
             0);
}

void TestCliAch::refusesBadInputBeforeGoingOnline()
{
    // A profile that was never synced and a portal nobody listens on: each refusal is local.
    const QString offline = m_dir.filePath(QStringLiteral("offline"));
    auto runOffline = [&](const QStringList &command) {
        return runAgentctl(globalArgs(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                      QStringLiteral("agent1"), offline)
                           + command);
    };
    CliRun refused
        = runOffline({QStringLiteral("ach"), QStringLiteral("verify"), QStringLiteral("5"),
                      QStringLiteral("--amounts"), QStringLiteral("0.32,1.45")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("“1.45” is not a deposit amount")),
             qPrintable(refused.all()));
    refused = runOffline({QStringLiteral("ach"), QStringLiteral("verify"), QStringLiteral("5"),
                          QStringLiteral("--amounts"), QStringLiteral("0.32")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("(too_few)")), qPrintable(refused.all()));
    refused = runOffline({QStringLiteral("ach"), QStringLiteral("verify"), QStringLiteral("x1")});
    QCOMPARE(refused.exitCode, 2);
    QStringList tel = bankAccount(QStringLiteral("000123456789"));
    tel[tel.indexOf(QStringLiteral("CCD"))] = QStringLiteral("TEL");
    refused
        = runOffline(QStringList {QStringLiteral("ach"), QStringLiteral("7")} + tel + accepted());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("(invalid_transition)")),
             qPrintable(refused.all()));
    QStringList nobody = bankAccount(QStringLiteral("12"));
    nobody.removeAt(nobody.indexOf(QStringLiteral("--authorized-by")) + 1);
    nobody.removeAt(nobody.indexOf(QStringLiteral("--authorized-by")));
    refused = runOffline(QStringList {QStringLiteral("ach"), QStringLiteral("7")} + nobody);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("(invalid_format)")), qPrintable(refused.all()));
    QVERIFY2(refused.err.contains(QStringLiteral("(required)")), qPrintable(refused.all()));
    QCOMPARE(runAgentctl({QStringLiteral("ach"), QStringLiteral("--help")}).exitCode, 0);
    const CliRun help
        = runAgentctl({QStringLiteral("ach"), QStringLiteral("verify"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--customer")), qPrintable(help.out));
}

void TestCliAch::noFullAccountNumberAnywhere()
{
    const QString profile = m_dir.filePath(QStringLiteral("secrets"));
    const QString account = QStringLiteral("31415926535897");
    // Every debug line of every module.
    QProcessEnvironment verbose;
    verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pac.*.debug=true"));
    QStringList outputs;
    auto runLogged = [&](const QStringList &command) {
        const CliRun result
            = run(QStringList {QStringLiteral("--verbose")} + command, profile, verbose);
        outputs.append(result.all());
        return result;
    };
    QCOMPARE(runLogged({QStringLiteral("sync")}).exitCode, 0);
    const QString id = takeEligible(profile);
    QVERIFY(!id.isEmpty());
    QCOMPARE(runLogged(QStringList {QStringLiteral("ach"), id} + bankAccount(account)).exitCode, 2);
    const CliRun added
        = runLogged(QStringList {QStringLiteral("ach"), id} + bankAccount(account) + accepted());
    QVERIFY2(added.exitCode == 0, qPrintable(added.all()));
    const QString method = QRegularExpression(QStringLiteral("added as payment method (\\d+);"))
                               .match(added.out)
                               .captured(1);
    QVERIFY(!method.isEmpty());
    // A refused add (an account number of 18 digits) names the field, not the number.
    QCOMPARE(runLogged(QStringList {QStringLiteral("ach"), id}
                       + bankAccount(account + QStringLiteral("1111")) + accepted())
                 .exitCode,
             2);
    QCOMPARE(runLogged({QStringLiteral("ach"), QStringLiteral("verify"), method,
                        QStringLiteral("--amounts"), depositsOf(method.toLongLong()),
                        QStringLiteral("--customer"), id})
                 .exitCode,
             0);
    const QString pdfPath = m_dir.filePath(QStringLiteral("secrets.pdf"));
    QCOMPARE(runLogged({QStringLiteral("ach"), QStringLiteral("authorization"), method,
                        QStringLiteral("--out"), pdfPath})
                 .exitCode,
             0);
    QCOMPARE(runLogged({QStringLiteral("ach"), id}).exitCode, 0);
    QCOMPARE(runLogged({QStringLiteral("show"), id}).exitCode, 0);
    QCOMPARE(runLogged({QStringLiteral("history"), id}).exitCode, 0);
    QCOMPARE(runLogged({QStringLiteral("outbox")}).exitCode, 0);
    QCOMPARE(runLogged({QStringLiteral("sync")}).exitCode, 0);
    // The debug logging really ran, and the account was named by its last 4 digits.
    const QString all = outputs.join(QString());
    QVERIFY(all.contains(QStringLiteral("pac.")));
    QVERIFY(all.contains(QStringLiteral("••••5897")));

    for (const QString &output : std::as_const(outputs))
        QVERIFY2(!output.contains(account), "the account number appeared in agentctl's output");
    QStringList files {pdfPath};
    QDirIterator iterator(profile, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (iterator.hasNext())
        files.append(iterator.next());
    QVERIFY(files.size() >= 4); // the PDF, cache.sqlite (and its WAL), agentctl.ini, credentials
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(account.utf16()),
                               account.size() * qsizetype(sizeof(char16_t)));
        QVERIFY2(!content.contains(account.toUtf8()), qPrintable(path));
        QVERIFY2(!content.contains(utf16), qPrintable(path));
    }
}

QTEST_MAIN(TestCliAch)
#include "tst_cli_ach.moc"
