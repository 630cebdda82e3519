// The token, passwords and account numbers never appear in a log line: every message of the
// process (client, the in-process reference portal, Qt itself), with every category's debug
// output switched on, is recorded through a sign-in, a search by account number and an ACH
// method add, then searched for the secrets.
#include "LivePortal.h"
#include "models/AchAuthorizationText.h"
#include "models/AchBankDetails.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace pac;
using Kind = PortalError::Kind;

namespace {

// qInstallMessageHandler takes a plain function, so the record it writes to is static;
// messages may come from the portal's thread.
QMutex recordMutex;
QStringList recorded;

void recordMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&recordMutex);
    recorded.append(QString::fromLatin1(context.category ? context.category : "") + u": "
                    + message);
}

// Every category at every level, whatever QT_LOGGING_RULES says (the test environment turns
// pac.* debug output off, and environment rules outrank QLoggingCategory::setFilterRules).
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void enableEverything(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(type, true);
}

} // namespace

class TestPortalLogging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        previousFilter = QLoggingCategory::installFilter(enableEverything);
        m_previous = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::installFilter(previousFilter);
    }

    void secretsNeverReachTheLog()
    {
        LivePortal portal;
        QString error;
        QVERIFY2(portal.start(LivePortal::options(40), &error), qPrintable(error));

        const QString wrongPassword = QStringLiteral("Wr0ng-Pa55-7c1e");
        auto client = portal.client();
        const auto refused = await<PortalSession>([&](QObject *c, auto done) {
            return client->signIn(QStringLiteral("support1"), wrongPassword, c, done);
        });
        QCOMPARE(outcomeOf(refused), kindName(Kind::Unauthorized));
        const auto session = await<PortalSession>([&](QObject *c, auto done) {
            return client->signIn(QStringLiteral("support1"), QStringLiteral("demo"), c, done);
        });
        QVERIFY2(session.ok(), describe(session));
        const QByteArray token = session.value().token;

        CustomerListQuery all;
        all.limit = 1000;
        const auto page = await<CustomerPage>(
            [&](QObject *c, auto done) { return client->listCustomers(all, c, done); });
        QVERIFY2(page.ok(), describe(page));
        const QList<Customer> &customers = page.value().items;
        const auto eligible
            = std::find_if(customers.cbegin(), customers.cend(),
                           [](const Customer &c) { return c.ach.status == AchStatus::Eligible; });
        QVERIFY(eligible != customers.cend());

        // People search by account number.
        CustomerListQuery search;
        search.search = eligible->accountNumber;
        const auto found = await<CustomerPage>(
            [&](QObject *c, auto done) { return client->listCustomers(search, c, done); });
        QVERIFY2(found.ok(), describe(found));
        QCOMPARE(found.value().items.size(), 1);

        AchBankDetails details;
        details.routingNumber = QStringLiteral("011000015");
        details.accountNumber = QStringLiteral("98765432101234");
        details.holderName = QStringLiteral("Acme VoIP LLC");
        details.accountType = AchAccountType::Savings;
        AchAuthorization authorization;
        authorization.secCode = AchSecCode::CCD;
        authorization.authorizedByName = QStringLiteral("Pat Doe");
        authorization.authorizedByTitle = QStringLiteral("Controller");
        authorization.method = AchAuthorizationMethod::Written;
        authorization.textVersion = AchAuthorizationText::CurrentVersion;
        authorization.acceptedAt = QDateTime::currentDateTimeUtc();
        const auto invalid = await<PaymentMethod>([&](QObject *c, auto done) {
            AchBankDetails bad = details;
            bad.routingNumber = QStringLiteral("011000016");
            return client->addAchPaymentMethod(eligible->id, bad, authorization,
                                               {eligible->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(invalid), kindName(Kind::Validation));
        const auto added = await<PaymentMethod>([&](QObject *c, auto done) {
            return client->addAchPaymentMethod(eligible->id, details, authorization,
                                               {eligible->etag(), QUuid::createUuid()}, c, done);
        });
        QVERIFY2(added.ok(), describe(added));
        QCOMPARE(added.value().last4, QStringLiteral("1234"));
        const auto stale = await<PaymentMethod>([&](QObject *c, auto done) {
            return client->addAchPaymentMethod(eligible->id, details, authorization,
                                               {eligible->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(stale), kindName(Kind::PreconditionFailed));

        QStringList log;
        {
            const QMutexLocker lock(&recordMutex);
            log = recorded;
        }
        // The log is not empty: the client logged each request, with the search term redacted.
        const QString lines = log.join(u'\n');
        QVERIFY2(lines.contains(QLatin1String("pac.portal: POST /api/v1/session 201")),
                 qPrintable(lines));
        QVERIFY(
            lines.contains(QLatin1String("pac.portal: GET /api/v1/customers?q=(redacted) 200")));
        QVERIFY(lines.contains(QLatin1String("/payment-methods 201")));

        const QList<QPair<const char *, QString>> secrets {
            {"token", QString::fromLatin1(token)},
            {"wrong password", wrongPassword},
            {"ACH account number", details.accountNumber},
            {"ACH routing number", details.routingNumber},
            {"customer account number", eligible->accountNumber},
        };
        for (const auto &[what, secret] : secrets) {
            for (const QString &line : std::as_const(log)) {
                // Every category is on, QtHttpServer's own included: the in-process portal
                // keeps that one quiet (keepQtHttpServerDebugOff), since it would print whole
                // requests, headers and URL included.
                QVERIFY2(!line.contains(secret),
                         qPrintable(QLatin1String(what) + u" logged: " + line));
            }
            for (const PortalError &e : {refused.error(), invalid.error(), stale.error()}) {
                QVERIFY2(!e.message().contains(secret) && !e.detail.contains(secret), what);
            }
        }
    }

private:
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(TestPortalLogging)
#include "tst_portal_logging.moc"
