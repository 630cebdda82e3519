// What follows an ACH method's adding (billing rule 8, issue 12), over loopback against the real
// portal (EmbeddedPortal): only a verified method becomes the default, revocation is kept and
// the customer's ACH state follows it, the authorization PDF's text (pdftotext) holds the record
// and only the last 4 digits, who may do what (404 for a customer one may not see), and the
// migration of methods stored before. A QGuiApplication (offscreen): the portal draws PDFs.
#include "AchServerTest.h"
#include "credit/PdfText.h"
#include "server/Migrations.h"
#include "server/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pac;
using namespace pac::server;
using namespace pac::server::test;
using namespace pac::server::test::ach;

class TestServerAchLifecycle : public QObject, protected AchFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { start(); }
    void cleanupTestCase() { stop(); }

    void onlyAVerifiedMethodBecomesTheDefault();
    void revocationIsKeptAndAchFollows();
    void theAuthorizationPdfHoldsTheRecordAndOnlyTheLast4();
    void permissionMatrix_data();
    void permissionMatrix();
    void migratedMethodsStayUsable();
};

void TestServerAchLifecycle::onlyAVerifiedMethodBecomesTheDefault()
{
    // A customer enrolled by the demo: its seeded method is verified and the default.
    const qint64 customer = customerOf(3, QStringLiteral("enabled"), true);
    QVERIFY(customer > 0);
    const QString path = QStringLiteral("/customers/%1").arg(customer);
    const QString methods = path + QStringLiteral("/payment-methods");
    QJsonObject seeded;
    for (const QJsonValue &m : m_agent->get(methods).items()) {
        if (m.toObject().value(QStringLiteral("type")).toString() == QLatin1String("ach"))
            seeded = m.toObject();
    }
    QCOMPARE(seeded.value(QStringLiteral("verification")).toString(), QStringLiteral("verified"));
    QCOMPARE(seeded.value(QStringLiteral("default")).toBool(), true);
    const QJsonObject seededAuthorization
        = seeded.value(QStringLiteral("authorization")).toObject();
    QCOMPARE(seededAuthorization.value(QStringLiteral("sec_code")).toString(),
             QStringLiteral("CCD"));
    QCOMPARE(seededAuthorization.value(QStringLiteral("recorded_by")).toString(),
             QStringLiteral("Demo seed"));
    QCOMPARE(seededAuthorization.value(QStringLiteral("authorized_by_title")).toString(),
             QStringLiteral("Accounts Payable"));
    const qint64 seededId = seeded.value(QStringLiteral("id")).toInteger();

    const qint64 pending = addMethod(*m_agent, customer);
    QVERIFY(pending > 0);
    Reply reply = m_agent->post(methodPath(pending, "default"), {});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("not_verified")});
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("verification")});

    const qint64 failed = addMethod(*m_agent, customer);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_agent->post(methodPath(failed, "verify"), wrongAmounts(failed)).status, 422);
    QCOMPARE(m_agent->post(methodPath(failed, "default"), {}).errorCodes(),
             QStringList {QStringLiteral("not_verified")});

    QCOMPARE(m_agent->post(methodPath(pending, "verify"), rightAmounts(pending)).status, 200);
    const Reply before = m_agent->get(path);
    reply = m_agent->post(methodPath(pending, "default"), {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("default")).toBool(), true);
    // The customer itself is unchanged (its ACH was enabled and stays so): same version.
    QCOMPARE(reply.header("ETag"), before.header("ETag"));
    for (const QJsonValue &m : m_agent->get(methods).items()) {
        const QJsonObject o = m.toObject();
        QCOMPARE(o.value(QStringLiteral("default")).toBool(),
                 o.value(QStringLiteral("id")).toInteger() == pending);
    }
    const QJsonObject entry = firstEntry(*m_agent, customer);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(),
             QStringLiteral("ach_default_method_set"));
    QCOMPARE(
        entry.value(QStringLiteral("before")).toObject().value(QStringLiteral("id")).toInteger(),
        seededId);
    QCOMPARE(entry.value(QStringLiteral("after")).toObject(),
             (QJsonObject {{QStringLiteral("id"), pending},
                           {QStringLiteral("last4"), QStringLiteral("6789")}}));
    const qint64 entryId = entry.value(QStringLiteral("id")).toInteger();

    // Again: nothing changes, and no second history entry.
    QCOMPARE(m_agent->post(methodPath(pending, "default"), {}).status, 200);
    QCOMPARE(firstEntry(*m_agent, customer).value(QStringLiteral("id")).toInteger(), entryId);
    QCOMPARE(m_agent->post(methodPath(999999, "default"), {}).status, 404);
}

void TestServerAchLifecycle::revocationIsKeptAndAchFollows()
{
    const qint64 customer = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(customer > 0);
    const QString path = QStringLiteral("/customers/%1").arg(customer);
    const qint64 first = verifiedMethod(customer);
    const qint64 second = verifiedMethod(customer);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(m_agent->post(methodPath(first, "default"), {}).status, 200);
    QCOMPARE(achStatus(m_agent->get(path)), QStringLiteral("enabled"));

    Reply reply = m_agent->post(methodPath(first, "revoke"), {});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("required")});
    reply = m_agent->post(methodPath(first, "revoke"),
                          {{QStringLiteral("reason"), QString(501, QLatin1Char('x'))}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("too_long")});
    reply = m_agent->post(methodPath(first, "revoke"), {{QStringLiteral("reason"), 5}});
    QCOMPARE(reply.status, 400);

    // One of two verified methods revoked: ACH stays enabled, the customer unchanged.
    const Reply before = m_agent->get(path);
    reply = m_agent->post(
        methodPath(first, "revoke"),
        {{QStringLiteral("reason"), QStringLiteral("  Customer closed the account  ")}});
    QCOMPARE(reply.status, 200);
    const QJsonObject revoked = reply.json().value(QStringLiteral("revoked")).toObject();
    QCOMPARE(revoked.value(QStringLiteral("by")).toString(), QStringLiteral("Alex Agent"));
    QCOMPARE(revoked.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Customer closed the account"));
    QVERIFY(
        revoked.value(QStringLiteral("at")).toString().startsWith(QLatin1String("2026-03-15T")));
    QCOMPARE(reply.json().value(QStringLiteral("default")).toBool(), false);
    QCOMPARE(reply.json().value(QStringLiteral("verification")).toString(),
             QStringLiteral("verified"));
    QCOMPARE(reply.header("ETag"), before.header("ETag"));
    QCOMPARE(achStatus(m_agent->get(path)), QStringLiteral("enabled"));
    const QJsonObject entry = firstEntry(*m_agent, customer);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(),
             QStringLiteral("ach_method_revoked"));
    QCOMPARE(
        entry.value(QStringLiteral("after")).toObject(),
        (QJsonObject {{QStringLiteral("id"), first},
                      {QStringLiteral("last4"), QStringLiteral("6789")},
                      {QStringLiteral("reason"), QStringLiteral("Customer closed the account")}}));

    // The last usable one revoked: ACH falls back to its rule-4 state, with a new version.
    reply = m_agent->post(methodPath(second, "revoke"),
                          {{QStringLiteral("reason"), QStringLiteral("Moved banks")}});
    QCOMPARE(reply.status, 200);
    const Reply after = m_agent->get(path);
    QCOMPARE(achStatus(after), QStringLiteral("eligible"));
    QCOMPARE(versionOf(after), versionOf(before) + 1);
    QCOMPARE(reply.header("ETag"), after.header("ETag"));

    // Revoked is final, and kept: the method is listed with its revocation, its PDF served.
    reply = m_agent->post(methodPath(second, "revoke"),
                          {{QStringLiteral("reason"), QStringLiteral("Again")}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("revoked")});
    QCOMPARE(m_agent->post(methodPath(second, "verify"), amounts(1, 2)).errorCodes(),
             QStringList {QStringLiteral("revoked")});
    QCOMPARE(m_agent->post(methodPath(second, "default"), {}).errorCodes(),
             QStringList {QStringLiteral("not_verified")});
    for (const qint64 id : {first, second})
        QVERIFY(listed(*m_agent, customer, id).value(QStringLiteral("revoked")).isObject());
    const Reply pdf = m_agent->get(methodPath(second, "authorization.pdf"));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
}

void TestServerAchLifecycle::theAuthorizationPdfHoldsTheRecordAndOnlyTheLast4()
{
    const qint64 customer = customerOf(3, QStringLiteral("eligible"));
    QVERIFY(customer > 0);
    const qint64 method = verifiedMethod(customer);
    QVERIFY(method > 0);
    QCOMPARE(m_agent
                 ->post(methodPath(method, "revoke"),
                        {{QStringLiteral("reason"), QStringLiteral("Moved banks")}})
                 .status,
             200);
    const Reply pdf = m_agent->get(methodPath(method, "authorization.pdf"));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-"));
    QCOMPARE(pdf.header("Content-Disposition"),
             QByteArray("inline; filename=\"ach-authorization-" + QByteArray::number(method)
                        + ".pdf\""));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("authorization.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf.body);
    file.close();
    QString error;
    const QString text = simplifiedLines(pdfText(path, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(QLatin1String("ACH debit authorization")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Record Payment method %1").arg(method)),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Entry class CCD (business account)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Text version 2026-12.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Authorized by Dana Owner, CFO")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("How Written (signed form)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Accepted 2026-03-15 09:30:00 UTC")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Recorded by Alex Agent")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Checking account ••••6789")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Revocation Revoked on 2026-03-15")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(" UTC by Alex Agent.\nReason: Moved banks")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Authorization of ACH debits (CCD, business account), "
                                         "version 2026-12.1.")),
             qPrintable(text));
    // Never the full account number nor the routing number.
    QVERIFY(!text.contains(kAccount));
    QVERIFY(!text.contains(kRouting));
    QVERIFY(!pdf.body.contains(kAccount.toLatin1()));
}

// ---------------------------------------------------------------------------------------------

void TestServerAchLifecycle::permissionMatrix_data()
{
    // Each user on a method of one of agent1's customers, and on that customer's text.
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("status");
    QTest::newRow("agent1: own customer") << "agent1" << 200;
    QTest::newRow("agent2: another agent's customer") << "agent2" << 404;
    QTest::newRow("master1: an agent under them") << "master1" << 200;
    QTest::newRow("master2: not theirs") << "master2" << 404;
    QTest::newRow("agent3: not theirs") << "agent3" << 404;
    QTest::newRow("support1: all") << "support1" << 200;
}

void TestServerAchLifecycle::permissionMatrix()
{
    QFETCH(QString, user);
    QFETCH(int, status);
    static qint64 customer = 0;
    static qint64 method = 0;
    if (method == 0) {
        customer = customerOf(3, QStringLiteral("eligible"));
        QVERIFY(customer > 0);
        method = verifiedMethod(customer);
        QVERIFY(method > 0);
    }
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(user));
    client.setFreshIdempotencyKeys(true);
    QCOMPARE(
        client
            .get(
                QStringLiteral("/ach/authorization-text?customer_id=%1&sec_code=CCD").arg(customer))
            .status,
        status);
    QCOMPARE(client.get(methodPath(method, "authorization.pdf")).status, status);
    QCOMPARE(client.post(methodPath(method, "default"), {}).status, status);
    // Refused where allowed (already verified; no reason; no authorization): nothing changes.
    QCOMPARE(
        client
            .post(methodPath(method, "verify"), {{QStringLiteral("amounts_cents"), QJsonArray {}}})
            .status,
        status == 200 ? 409 : 404);
    QCOMPARE(
        client.post(methodPath(method, "revoke"), {{QStringLiteral("reason"), QString()}}).status,
        status == 200 ? 422 : 404);
    const QString customerPath = QStringLiteral("/customers/%1").arg(customer);
    const Reply add = client.post(customerPath + QStringLiteral("/payment-methods"),
                                  achBody(QJsonValue(QJsonValue::Undefined)), {{"If-Match", "*"}});
    QCOMPARE(add.status, status == 200 ? 422 : 404);

    PortalTestClient anonymous(m_base);
    QCOMPARE(anonymous.get(methodPath(method, "authorization.pdf")).status, 401);
    QCOMPARE(anonymous.post(methodPath(method, "verify"), amounts(1, 2)).status, 401);
}

// ---------------------------------------------------------------------------------------------

void TestServerAchLifecycle::migratedMethodsStayUsable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        // A store of schema 5, with the methods of that time (foreign keys are not checked on
        // this bare connection, so no customers are needed).
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrateSchema(db, &error, 5), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO payment_methods (id, customer_id, type, last4, account_type, holder_name,"
            " created_at) VALUES (1, 7, 'card', '4242', NULL, 'H', '2025-01-02T03:04:05.000Z'),"
            " (2, 7, 'ach', '1111', 'checking', 'H', '2025-01-02T03:04:05.000Z'),"
            " (3, 7, 'ach', '2222', 'savings', 'H', '2025-01-02T03:04:05.000Z'),"
            " (4, 8, 'ach', '3333', 'checking', 'H', '2025-01-02T03:04:05.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), latestSchemaVersion());
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, verification, tries_left, is_default,"
                                      " sec_code IS NULL, revoked_at IS NULL FROM payment_methods"
                                      " ORDER BY id")));
    QStringList rows;
    while (query.next()) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString(), query.value(5).toString()));
    }
    // Verified; the oldest ACH method of each customer its default; no authorization known.
    QCOMPARE(rows,
             (QStringList {"1 verified 3 0 1 1", "2 verified 3 1 1 1", "3 verified 3 0 1 1",
                           "4 verified 3 1 1 1"}));
}

QTEST_MAIN(TestServerAchLifecycle)
#include "tst_server_achlifecycle.moc"
