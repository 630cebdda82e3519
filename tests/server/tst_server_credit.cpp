// Payment methods and credit applications over loopback.
#include "PortalTestClient.h"
#include "models/CreditApplicationJson.h"

#include <QTest>

using namespace pac;
using namespace pac::server;
using namespace pac::server::test;

namespace {

CreditApplication completeApplication(qint64 requestedLimitCents)
{
    CreditApplication a;
    a.legalName = QStringLiteral("Test Telecom LLC");
    a.ein = QStringLiteral("12-3456789");
    a.entityType = EntityType::Llc;
    a.yearsInBusiness = 5;
    a.billingAddress = {QStringLiteral("1 Main St"), QString(), QStringLiteral("Austin"),
                        QStringLiteral("TX"), QStringLiteral("73301")};
    a.apContact = {QStringLiteral("Pat"), QStringLiteral("ap@test.example"),
                   QStringLiteral("(512) 555-0100")};
    a.bankReference
        = {QStringLiteral("Bank"), QStringLiteral("Lee"), QStringLiteral("(512) 555-0101")};
    a.tradeReferences = {{QStringLiteral("A Co"), QStringLiteral("Al"),
                          QStringLiteral("(512) 555-0102"), QStringLiteral("al@a.example")},
                         {QStringLiteral("B Co"), QStringLiteral("Bo"),
                          QStringLiteral("(512) 555-0103"), QStringLiteral("bo@b.example")}};
    a.requestedLimitCents = requestedLimitCents;
    a.expectedMonthlySpendCents = 100000;
    a.signerName = QStringLiteral("Dana Owner");
    a.signerTitle = QStringLiteral("CEO");
    a.typedSignature = QStringLiteral("Dana Owner");
    a.signedOn = kToday;
    a.consent = true;
    return a;
}

QJsonObject achBody(const QString &routing, const QString &account)
{
    // The payer's authorization (billing rule 8; tst_server_ach covers its refusals).
    const QJsonObject authorization {
        {QStringLiteral("sec_code"), QStringLiteral("CCD")},
        {QStringLiteral("authorized_by_name"), QStringLiteral("Test Holder")},
        {QStringLiteral("authorized_by_title"), QStringLiteral("Owner")},
        {QStringLiteral("method"), QStringLiteral("written")},
        {QStringLiteral("text_version"), QStringLiteral("2026-12.1")},
        {QStringLiteral("accepted_at"), QStringLiteral("2026-03-15T09:00:00Z")}};
    return {{QStringLiteral("type"), QStringLiteral("ach")},
            {QStringLiteral("routing_number"), routing},
            {QStringLiteral("account_number"), account},
            {QStringLiteral("holder_name"), QStringLiteral("Test Holder")},
            {QStringLiteral("account_type"), QStringLiteral("savings")},
            {QStringLiteral("authorization"), authorization}};
}

const QString kRouting = QStringLiteral("011000015"); // passes the ABA checksum

} // namespace

class TestServerCredit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void achMethodOnEligibleCustomer();
    void achMethodRefusals_data();
    void achMethodRefusals();
    void creditApplicationLifecycle();
    void creditApplicationValidation();
    void creditApplicationVisibilityAndListing();
    void declineNeedsAReason();
    void centsMustBeIntegerLiterals_data();
    void centsMustBeIntegerLiterals();
    void sqlInjectionInANameIsStoredVerbatim();

private:
    qint64 agentCustomerWhere(const QString &achReason, const QString &achStatus = {});
    qint64 submit(PortalTestClient &client, qint64 customerId, qint64 requestedLimitCents);

    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    std::unique_ptr<PortalTestClient> m_agent;
    std::unique_ptr<PortalTestClient> m_support;
    QSet<qint64> m_used;
};

void TestServerCredit::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(120), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    m_agent = std::make_unique<PortalTestClient>(m_base);
    m_support = std::make_unique<PortalTestClient>(m_base);
    QVERIFY(m_agent->signIn(QStringLiteral("agent1")));
    QVERIFY(m_support->signIn(QStringLiteral("support1")));
}

void TestServerCredit::cleanupTestCase()
{
    m_agent.reset();
    m_support.reset();
    m_portal.reset();
}

qint64 TestServerCredit::agentCustomerWhere(const QString &achReason, const QString &achStatus)
{
    const QJsonArray items = m_agent->get(QStringLiteral("/customers?limit=1000")).items();
    for (const QJsonValue &item : items) {
        const QJsonObject c = item.toObject();
        const QJsonObject ach = c.value(QStringLiteral("ach")).toObject();
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        if (m_used.contains(id)
            || c.value(QStringLiteral("status")).toString() != QLatin1String("active"))
            continue;
        if ((achReason.isEmpty() || ach.value(QStringLiteral("reason")).toString() == achReason)
            && (achStatus.isEmpty()
                || ach.value(QStringLiteral("status")).toString() == achStatus)) {
            m_used.insert(id);
            return id;
        }
    }
    return 0;
}

qint64 TestServerCredit::submit(PortalTestClient &client, qint64 customerId,
                                qint64 requestedLimitCents)
{
    const QString path = QStringLiteral("/customers/%1").arg(customerId);
    const Reply reply = client.post(path + QStringLiteral("/credit-applications"),
                                    toJson(completeApplication(requestedLimitCents)),
                                    {{"If-Match", client.etagOf(path)}});
    if (reply.status != 201)
        return 0;
    return reply.json().value(QStringLiteral("id")).toInteger();
}

void TestServerCredit::achMethodOnEligibleCustomer()
{
    const qint64 id
        = agentCustomerWhere(QStringLiteral("good_standing"), QStringLiteral("eligible"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply before = m_agent->get(path);
    const Reply added = m_agent->post(path + QStringLiteral("/payment-methods"),
                                      achBody(kRouting, QStringLiteral("000123456789")),
                                      {{"If-Match", before.header("ETag")}});
    QCOMPARE(added.status, 201);
    const QJsonObject method = added.json();
    QCOMPARE(method.value(QStringLiteral("type")).toString(), QStringLiteral("ach"));
    QCOMPARE(method.value(QStringLiteral("last4")).toString(), QStringLiteral("6789"));
    QCOMPARE(method.value(QStringLiteral("account_type")).toString(), QStringLiteral("savings"));
    QVERIFY(!added.body.contains("000123456789"));

    const Reply after = m_agent->get(path);
    QCOMPARE(added.header("ETag"), after.header("ETag")); // the customer's new ETag
    QCOMPARE(after.json().value(QStringLiteral("version")).toInteger(),
             before.json().value(QStringLiteral("version")).toInteger() + 1);
    // Pending until its micro-deposits are verified (tst_server_ach): not enabled yet.
    QCOMPARE(method.value(QStringLiteral("verification")).toString(), QStringLiteral("pending"));
    QCOMPARE(after.json()
                 .value(QStringLiteral("ach"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("eligible"));
    const Reply list = m_agent->get(path + QStringLiteral("/payment-methods"));
    QCOMPARE(list.status, 200);
    QVERIFY(list.items().contains(QJsonValue(method)));
    const Reply history = m_agent->get(path + QStringLiteral("/history"));
    QCOMPARE(history.items().at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("ach_method_added"));
    QVERIFY(!history.body.contains("000123456789"));
}

void TestServerCredit::achMethodRefusals_data()
{
    QTest::addColumn<QString>("achReason");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("withIfMatch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("recent payment issue")
        << QStringLiteral("recent_payment_issue") << achBody(kRouting, QStringLiteral("12345678"))
        << true << 422 << QStringLiteral("ach_not_eligible");
    QTest::newRow("outside the US")
        << QStringLiteral("outside_us") << achBody(kRouting, QStringLiteral("12345678")) << true
        << 422 << QStringLiteral("ach_not_eligible");
    QTest::newRow("bad routing checksum")
        << QStringLiteral("good_standing")
        << achBody(QStringLiteral("011000016"), QStringLiteral("12345678")) << true << 422
        << QStringLiteral("invalid_checksum");
    QTest::newRow("account of 3 digits")
        << QStringLiteral("good_standing") << achBody(kRouting, QStringLiteral("123")) << true
        << 422 << QStringLiteral("invalid_format");
    QJsonObject card = achBody(kRouting, QStringLiteral("12345678"));
    card.insert(QStringLiteral("type"), QStringLiteral("card"));
    QTest::newRow("not ach") << QStringLiteral("good_standing") << card << true << 422
                             << QStringLiteral("invalid_format");
    QJsonObject mistyped = achBody(kRouting, QStringLiteral("12345678"));
    mistyped.insert(QStringLiteral("account_number"), 12345678);
    QTest::newRow("number instead of string") << QStringLiteral("good_standing") << mistyped << true
                                              << 400 << QStringLiteral("wrong_type");
    QTest::newRow("no If-Match") << QStringLiteral("good_standing")
                                 << achBody(kRouting, QStringLiteral("12345678")) << false << 428
                                 << QString();
}

void TestServerCredit::achMethodRefusals()
{
    QFETCH(QString, achReason);
    QFETCH(QJsonObject, body);
    QFETCH(bool, withIfMatch);
    QFETCH(int, status);
    QFETCH(QString, code);
    PortalTestClient &client = achReason == QLatin1String("outside_us") ? *m_support : *m_agent;
    const qint64 id = agentCustomerWhere(achReason);
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply before = client.get(path);
    PortalTestClient::Headers headers;
    if (withIfMatch)
        headers.append({"If-Match", before.header("ETag")});
    const Reply reply = client.post(path + QStringLiteral("/payment-methods"), body, headers);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty())
        QVERIFY2(reply.errorCodes().contains(code), reply.body.constData());
    QCOMPARE(client.get(path).body, before.body);
}

void TestServerCredit::creditApplicationLifecycle()
{
    const qint64 customer = agentCustomerWhere({});
    const QString customerPath = QStringLiteral("/customers/%1").arg(customer);
    const qint64 limitBefore
        = m_agent->get(customerPath).json().value(QStringLiteral("credit_limit_cents")).toInteger();
    const Reply submitted = m_agent->post(customerPath + QStringLiteral("/credit-applications"),
                                          toJson(completeApplication(limitBefore + 500000)),
                                          {{"If-Match", m_agent->etagOf(customerPath)}});
    QCOMPARE(submitted.status, 201);
    QCOMPARE(submitted.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("submitted"));
    QCOMPARE(submitted.header("ETag"), QByteArray("\"1\""));
    const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(submitted.header("Location"), "/api/v1/credit-applications/" + QByteArray::number(id));
    const QString appPath = QStringLiteral("/credit-applications/%1").arg(id);
    QCOMPARE(m_agent->get(appPath).status, 200);
    QCOMPARE(m_agent->get(appPath, {{"If-None-Match", "\"1\""}}).status, 304);

    const QJsonObject approve {{QStringLiteral("decision"), QStringLiteral("approve")},
                               {QStringLiteral("approved_limit_cents"), limitBefore + 300000},
                               {QStringLiteral("note"), QStringLiteral("Good references")}};
    // Agents may not decide.
    Reply reply
        = m_agent->post(appPath + QStringLiteral("/decision"), approve, {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 403);
    // Support: stale tag 412, missing 428, then approval.
    reply
        = m_support->post(appPath + QStringLiteral("/decision"), approve, {{"If-Match", "\"7\""}});
    QCOMPARE(reply.status, 412);
    QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(m_support->post(appPath + QStringLiteral("/decision"), approve).status, 428);
    reply
        = m_support->post(appPath + QStringLiteral("/decision"), approve, {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));

    const QJsonObject customerNow = m_agent->get(customerPath).json();
    QCOMPARE(customerNow.value(QStringLiteral("credit_limit_cents")).toInteger(),
             limitBefore + 300000);
    const QJsonObject entry
        = m_agent->get(customerPath + QStringLiteral("/history")).items().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("credit_decision"));
    QCOMPARE(entry.value(QStringLiteral("field")).toString(), QStringLiteral("credit_limit_cents"));
    QCOMPARE(entry.value(QStringLiteral("before")).toInteger(), limitBefore);
    QCOMPARE(entry.value(QStringLiteral("after")).toInteger(), limitBefore + 300000);

    // Nothing leaves approved.
    reply
        = m_support->post(appPath + QStringLiteral("/decision"), approve, {{"If-Match", "\"2\""}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("invalid_transition")});
}

void TestServerCredit::creditApplicationValidation()
{
    const qint64 customer = agentCustomerWhere({});
    const QString path = QStringLiteral("/customers/%1").arg(customer);
    const qint64 limit
        = m_agent->get(path).json().value(QStringLiteral("credit_limit_cents")).toInteger();
    CreditApplication incomplete = completeApplication(limit); // not above the current limit
    incomplete.ein = QStringLiteral("123456789");
    incomplete.tradeReferences.removeLast();
    Reply reply = m_agent->post(path + QStringLiteral("/credit-applications"), toJson(incomplete),
                                {{"If-Match", m_agent->etagOf(path)}});
    QCOMPARE(reply.status, 422);
    const QStringList fields = reply.errorFields();
    QVERIFY2(fields.contains(QStringLiteral("ein")), reply.body.constData());
    QVERIFY2(fields.contains(QStringLiteral("trade_references")), reply.body.constData());
    QVERIFY2(fields.contains(QStringLiteral("requested_limit_cents")), reply.body.constData());
    // A member of the wrong type: 400 naming it.
    QJsonObject mistyped = toJson(completeApplication(limit + 100));
    mistyped.insert(QStringLiteral("requested_limit_cents"), QStringLiteral("lots"));
    reply = m_agent->post(path + QStringLiteral("/credit-applications"), mistyped,
                          {{"If-Match", m_agent->etagOf(path)}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("requested_limit_cents")});
    // Neither refused request created an application.
    const QJsonArray listed
        = m_agent->get(QStringLiteral("/credit-applications?limit=1000")).items();
    for (const QJsonValue &item : listed)
        QVERIFY(item.toObject().value(QStringLiteral("customer_id")).toInteger() != customer);
}

void TestServerCredit::creditApplicationVisibilityAndListing()
{
    const qint64 customer = agentCustomerWhere({});
    const qint64 id = submit(*m_agent, customer, 10'000'000);
    QVERIFY(id > 0);
    PortalTestClient agent2(m_base);
    QVERIFY(agent2.signIn(QStringLiteral("agent2")));
    QCOMPARE(agent2.get(QStringLiteral("/credit-applications/%1").arg(id)).status, 404);
    const auto ids = [](const Reply &reply) {
        QList<qint64> out;
        for (const QJsonValue &item : reply.items())
            out.append(item.toObject().value(QStringLiteral("id")).toInteger());
        return out;
    };
    QVERIFY(!ids(agent2.get(QStringLiteral("/credit-applications?limit=1000"))).contains(id));
    QVERIFY(ids(m_agent->get(QStringLiteral("/credit-applications?status=submitted&limit=1000")))
                .contains(id));
    QVERIFY(!ids(m_agent->get(QStringLiteral("/credit-applications?status=approved&limit=1000")))
                 .contains(id));
    QCOMPARE(m_agent->get(QStringLiteral("/credit-applications?status=pending")).status, 400);
    // Paging with a cursor covers the same items as one page.
    const QList<qint64> all
        = ids(m_support->get(QStringLiteral("/credit-applications?limit=1000")));
    QVERIFY(all.size() > 2);
    QList<qint64> paged;
    QString cursor;
    for (int i = 0; i < 100; ++i) {
        const Reply page = m_support->get(
            QStringLiteral("/credit-applications?limit=2")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QCOMPARE(page.status, 200);
        paged += ids(page);
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    QCOMPARE(paged, all);
}

void TestServerCredit::declineNeedsAReason()
{
    const qint64 customer = agentCustomerWhere({});
    const qint64 id = submit(*m_agent, customer, 20'000'000);
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/credit-applications/%1/decision").arg(id);
    Reply reply = m_support->post(path,
                                  {{QStringLiteral("decision"), QStringLiteral("decline")},
                                   {QStringLiteral("note"), QStringLiteral("  ")}},
                                  {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("note")});
    reply = m_support->post(path, {{QStringLiteral("decision"), QStringLiteral("maybe")}},
                            {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 400);
    reply = m_support->post(path,
                            {{QStringLiteral("decision"), QStringLiteral("decline")},
                             {QStringLiteral("note"), QStringLiteral("No trade history")}},
                            {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("declined"));
}

void TestServerCredit::centsMustBeIntegerLiterals_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::newRow("exponent") << QByteArray("1e7");
    QTest::newRow("capital exponent") << QByteArray("1E+7");
    QTest::newRow("fraction of zero") << QByteArray("10000000.0");
    QTest::newRow("fraction") << QByteArray("10000000.5");
}

// The probe: cents written as 1e7 were taken as the integer 10000000. A JSON parser cannot
// tell them apart, so the literal is refused (400), and nothing is decided.
void TestServerCredit::centsMustBeIntegerLiterals()
{
    QFETCH(QByteArray, limit);
    const qint64 customer = agentCustomerWhere({});
    const qint64 id = submit(*m_agent, customer, 20'000'000);
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/credit-applications/%1").arg(id);
    const QByteArray body
        = R"({"decision":"approve","note":"ok","approved_limit_cents":)" + limit + "}";
    Reply reply = m_support->send("POST", path + QStringLiteral("/decision"), body,
                                  {{"If-Match", "\"1\""}, {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().contains(QLatin1String(limit)),
             reply.body.constData());
    reply = m_support->get(path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    // The same amount written as an integer is taken.
    reply = m_support->send("POST", path + QStringLiteral("/decision"),
                            R"({"decision":"approve","note":"ok","approved_limit_cents":10000000})",
                            {{"If-Match", "\"1\""}, {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
}

void TestServerCredit::sqlInjectionInANameIsStoredVerbatim()
{
    const qint64 customer = agentCustomerWhere({});
    const QString path = QStringLiteral("/customers/%1").arg(customer);
    const QString name = QStringLiteral("Robert'); DROP TABLE customers; -- \"Tables\" LLC");
    CreditApplication application = completeApplication(30'000'000);
    application.legalName = name;
    application.dba = QStringLiteral("x' OR '1'='1");
    const Reply submitted
        = m_agent->post(path + QStringLiteral("/credit-applications"), toJson(application),
                        {{"If-Match", m_agent->etagOf(path)}});
    QCOMPARE(submitted.status, 201);
    const qint64 id = submitted.json().value(QStringLiteral("id")).toInteger();
    const QJsonObject stored
        = m_agent->get(QStringLiteral("/credit-applications/%1").arg(id)).json();
    QCOMPARE(stored.value(QStringLiteral("legal_name")).toString(), name);
    QCOMPARE(stored.value(QStringLiteral("dba")).toString(), QStringLiteral("x' OR '1'='1"));
    QCOMPARE(m_agent->get(path).status, 200); // the customers table is still there
}

QTEST_GUILESS_MAIN(TestServerCredit)
#include "tst_server_credit.moc"
