// Changing customers over loopback: invoice emails, payment terms, manual ACH; ETag
// preconditions, idempotent replay, refused requests leave the store unchanged, audit.
#include "PortalTestClient.h"

#include <QTest>

using namespace pac::server;
using namespace pac::server::test;

class TestServerChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void invoiceEmailsAreValidatedByTheRule_data();
    void invoiceEmailsAreValidatedByTheRule();
    void invoiceEmailsChangeBumpsVersionAndAudits();
    void preconditions_data();
    void preconditions();
    void secondEditorGetsPreconditionFailed();
    void refusedRequestsLeaveTheStoreUnchanged_data();
    void refusedRequestsLeaveTheStoreUnchanged();
    void idempotentReplayHasNoSecondEffect();
    void paymentTermsNet15SetsDefaultLimit();
    void paymentTermsRefusedForInactiveCustomer();
    void manualAchEnableIsForSupportInTheUs();
    void unknownRouteAndMethod();

private:
    // The id of a customer agent1 sees that matches `pick` (country, status, terms...).
    qint64 customerWhere(const std::function<bool(const QJsonObject &)> &pick);
    // Any customer not used yet, from the end of the list, so that the ones with rarer
    // traits near the start stay for the tests that look for them.
    qint64 anyCustomer();
    Reply putEmails(PortalTestClient &client, qint64 id, const QJsonArray &emails,
                    const PortalTestClient::Headers &extra = {});

    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    std::unique_ptr<PortalTestClient> m_agent; // agent1
    std::unique_ptr<PortalTestClient> m_support; // support1
    QSet<qint64> m_used; // customers a test has changed already
};

void TestServerChanges::initTestCase()
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

void TestServerChanges::cleanupTestCase()
{
    m_agent.reset();
    m_support.reset();
    m_portal.reset();
}

qint64 TestServerChanges::customerWhere(const std::function<bool(const QJsonObject &)> &pick)
{
    const QJsonArray items = m_agent->get(QStringLiteral("/customers?limit=1000")).items();
    for (const QJsonValue &item : items) {
        const QJsonObject c = item.toObject();
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        if (!m_used.contains(id) && pick(c)) {
            m_used.insert(id);
            return id;
        }
    }
    return 0;
}

qint64 TestServerChanges::anyCustomer()
{
    const QJsonArray items = m_agent->get(QStringLiteral("/customers?limit=1000")).items();
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const qint64 id = items.at(i).toObject().value(QStringLiteral("id")).toInteger();
        if (!m_used.contains(id)) {
            m_used.insert(id);
            return id;
        }
    }
    return 0;
}

Reply TestServerChanges::putEmails(PortalTestClient &client, qint64 id, const QJsonArray &emails,
                                   const PortalTestClient::Headers &extra)
{
    const QString path = QStringLiteral("/customers/%1").arg(id);
    PortalTestClient::Headers headers {{"If-Match", client.etagOf(path)}};
    headers += extra;
    return client.put(path + QStringLiteral("/invoice-emails"),
                      {{QStringLiteral("emails"), emails}}, headers);
}

void TestServerChanges::invoiceEmailsAreValidatedByTheRule_data()
{
    QTest::addColumn<QJsonArray>("emails");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("codes");
    QJsonArray ten, eleven;
    for (int i = 0; i < 11; ++i)
        (i < 10 ? ten : eleven).append(QStringLiteral("cc%1@example.com").arg(i));
    eleven = ten;
    eleven.append(QStringLiteral("eleventh@example.com"));
    QTest::newRow("empty list") << QJsonArray() << 200 << QStringList();
    QTest::newRow("10 addresses (the limit)") << ten << 200 << QStringList();
    QTest::newRow("11 addresses") << eleven << 422 << QStringList {QStringLiteral("too_many")};
    QTest::newRow("invalid address")
        << QJsonArray {QStringLiteral("ok@example.com"), QStringLiteral("bob@@x")} << 422
        << QStringList {QStringLiteral("invalid_email")};
    QTest::newRow("duplicate, other case")
        << QJsonArray {QStringLiteral("ann@example.com"), QStringLiteral("ANN@example.com")} << 422
        << QStringList {QStringLiteral("duplicate")};
    QTest::newRow("trimmed") << QJsonArray {QStringLiteral("  pad@example.com ")} << 200
                             << QStringList();
}

void TestServerChanges::invoiceEmailsAreValidatedByTheRule()
{
    QFETCH(QJsonArray, emails);
    QFETCH(int, status);
    QFETCH(QStringList, codes);
    const qint64 id = anyCustomer();
    const Reply reply = putEmails(*m_agent, id, emails);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCodes(), codes);
    if (status == 422) {
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("type"))
                    .toString()
                    .endsWith(QLatin1String("/validation")));
        QVERIFY(!reply.json()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    } else {
        QStringList trimmed;
        for (const QJsonValue &e : emails)
            trimmed.append(e.toString().trimmed());
        QCOMPARE(reply.json().value(QStringLiteral("invoice_emails")).toArray(),
                 QJsonArray::fromStringList(trimmed));
    }
}

void TestServerChanges::invoiceEmailsChangeBumpsVersionAndAudits()
{
    const qint64 id = anyCustomer();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply before = m_agent->get(path);
    const qint64 version = before.json().value(QStringLiteral("version")).toInteger();
    const qsizetype entries = m_agent->get(path + QStringLiteral("/history")).items().size();
    const Reply changed = putEmails(*m_agent, id, {QStringLiteral("new@example.com")});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("version")).toInteger(), version + 1);
    QCOMPARE(changed.header("ETag"), '"' + QByteArray::number(version + 1) + '"');
    QVERIFY(changed.json().value(QStringLiteral("updated_at")).toString()
            > before.json().value(QStringLiteral("updated_at")).toString());
    // The same list again: nothing to change, no new version, no audit entry.
    const Reply same = putEmails(*m_agent, id, {QStringLiteral("new@example.com")});
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json().value(QStringLiteral("version")).toInteger(), version + 1);
    const QJsonArray history = m_agent->get(path + QStringLiteral("/history")).items();
    QCOMPARE(history.size(), entries + 1);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("invoice_emails"));
}

void TestServerChanges::preconditions_data()
{
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<int>("status");
    QTest::newRow("missing: 428") << QByteArray() << 428;
    QTest::newRow("stale: 412") << QByteArray("\"999\"") << 412;
    QTest::newRow("weak tag never matches: 412") << QByteArray("W/\"current\"") << 412;
    QTest::newRow("current: 200") << QByteArray("current") << 200;
    QTest::newRow("list holding current: 200") << QByteArray("\"998\", current") << 200;
    QTest::newRow("any (*): 200") << QByteArray("*") << 200;
}

void TestServerChanges::preconditions()
{
    QFETCH(QByteArray, ifMatch);
    QFETCH(int, status);
    const qint64 id = anyCustomer();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const QByteArray etag = m_agent->etagOf(path);
    ifMatch.replace("current", etag);
    PortalTestClient::Headers headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    const Reply reply = m_agent->put(
        path + QStringLiteral("/invoice-emails"),
        {{QStringLiteral("emails"), QJsonArray {QStringLiteral("p@example.com")}}}, headers);
    QCOMPARE(reply.status, status);
    if (status == 412)
        QCOMPARE(reply.header("ETag"), etag); // the current one, to refetch
    if (status != 200)
        QCOMPARE(m_agent->etagOf(path), etag);
}

void TestServerChanges::secondEditorGetsPreconditionFailed()
{
    // Two clients (agent1 and master1, who both see the customer) read the same version;
    // the first to write wins, the second gets 412 and nothing of its edit is applied.
    PortalTestClient master(m_base);
    QVERIFY(master.signIn(QStringLiteral("master1")));
    const qint64 id = anyCustomer();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const QByteArray etagA = m_agent->etagOf(path);
    const QByteArray etagB = master.etagOf(path);
    QCOMPARE(etagA, etagB);
    const Reply first = m_agent->put(
        path + QStringLiteral("/invoice-emails"),
        {{QStringLiteral("emails"), QJsonArray {QStringLiteral("first@example.com")}}},
        {{"If-Match", etagA}});
    QCOMPARE(first.status, 200);
    const Reply second = master.put(
        path + QStringLiteral("/invoice-emails"),
        {{QStringLiteral("emails"), QJsonArray {QStringLiteral("second@example.com")}}},
        {{"If-Match", etagB}});
    QCOMPARE(second.status, 412);
    QCOMPARE(second.header("ETag"), first.header("ETag"));
    QCOMPARE(master.get(path).json().value(QStringLiteral("invoice_emails")).toArray(),
             QJsonArray {QStringLiteral("first@example.com")});
}

void TestServerChanges::refusedRequestsLeaveTheStoreUnchanged_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed JSON") << QByteArray("{\"emails\": [") << 400;
    QTest::newRow("not an object") << QByteArray("[\"a@example.com\"]") << 400;
    QTest::newRow("emails is a string") << QByteArray("{\"emails\": \"a@example.com\"}") << 400;
    QTest::newRow("emails holds a number")
        << QByteArray("{\"emails\": [\"a@example.com\", 7]}") << 400;
    QTest::newRow("emails missing") << QByteArray("{\"mails\": []}") << 400;
    QTest::newRow("invalid address") << QByteArray("{\"emails\": [\"no-at-sign\"]}") << 422;
    QByteArray huge = "{\"emails\": [\"" + QByteArray(1024 * 1024, 'a') + "@example.com\"]}";
    QTest::newRow("over 1 MiB") << huge << 413;
}

void TestServerChanges::refusedRequestsLeaveTheStoreUnchanged()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const qint64 id = anyCustomer();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply before = m_agent->get(path);
    const Reply historyBefore = m_agent->get(path + QStringLiteral("/history"));
    const Reply reply = m_agent->send(
        "PUT", path + QStringLiteral("/invoice-emails"), body,
        {{"If-Match", before.header("ETag")}, {"Content-Type", "application/json"}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(m_agent->get(path).body, before.body);
    QCOMPARE(m_agent->get(path + QStringLiteral("/history")).body, historyBefore.body);
}

void TestServerChanges::idempotentReplayHasNoSecondEffect()
{
    const qint64 id = anyCustomer();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const QByteArray etag = m_agent->etagOf(path);
    const qsizetype entries = m_agent->get(path + QStringLiteral("/history")).items().size();
    const QJsonObject body {
        {QStringLiteral("emails"), QJsonArray {QStringLiteral("once@example.com")}}};
    const PortalTestClient::Headers headers {{"If-Match", etag}, {"Idempotency-Key", "key-123"}};
    const Reply first = m_agent->put(path + QStringLiteral("/invoice-emails"), body, headers);
    QCOMPARE(first.status, 200);
    // The same key and body again (a retry after a lost response): the first response,
    // even though If-Match is stale now, and no second version or audit entry.
    const Reply again = m_agent->put(path + QStringLiteral("/invoice-emails"), body, headers);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("ETag"), first.header("ETag"));
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_agent->get(path + QStringLiteral("/history")).items().size(), entries + 1);
    QCOMPARE(m_agent->get(path).json().value(QStringLiteral("version")).toInteger(),
             first.json().value(QStringLiteral("version")).toInteger());
    // The same key with another body: 422, nothing applied.
    const Reply other = m_agent->put(
        path + QStringLiteral("/invoice-emails"),
        {{QStringLiteral("emails"), QJsonArray {QStringLiteral("twice@example.com")}}},
        {{"If-Match", first.header("ETag")}, {"Idempotency-Key", "key-123"}});
    QCOMPARE(other.status, 422);
    QCOMPARE(other.errorCodes(), QStringList {QStringLiteral("idempotency_key_reused")});
    QCOMPARE(m_agent->get(path).json().value(QStringLiteral("invoice_emails")).toArray(),
             QJsonArray {QStringLiteral("once@example.com")});
    // Keys belong to their user: support may use the same key for its own request.
    const Reply support = m_support->put(
        path + QStringLiteral("/invoice-emails"), {{QStringLiteral("emails"), QJsonArray()}},
        {{"If-Match", first.header("ETag")}, {"Idempotency-Key", "key-123"}});
    QCOMPARE(support.status, 200);
}

void TestServerChanges::paymentTermsNet15SetsDefaultLimit()
{
    const qint64 id = customerWhere([](const QJsonObject &c) {
        return c.value(QStringLiteral("status")).toString() == QLatin1String("active")
            && c.value(QStringLiteral("payment_terms")).toString()
            == QLatin1String("due_on_receipt")
            && c.value(QStringLiteral("credit_limit_cents")).toInteger() == 0;
    });
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    Reply reply = m_agent->put(path + QStringLiteral("/payment-terms"),
                               {{QStringLiteral("terms"), QStringLiteral("net15")}},
                               {{"If-Match", m_agent->etagOf(path)}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("payment_terms")).toString(),
             QStringLiteral("net15"));
    QCOMPARE(reply.json().value(QStringLiteral("credit_limit_cents")).toInteger(), 50000);
    const QJsonArray history = m_agent->get(path + QStringLiteral("/history")).items();
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("credit_limit_cents"));
    QCOMPARE(history.at(1).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("payment_terms"));
    // Back to due on receipt keeps the limit on record.
    reply = m_agent->put(path + QStringLiteral("/payment-terms"),
                         {{QStringLiteral("terms"), QStringLiteral("due_on_receipt")}},
                         {{"If-Match", reply.header("ETag")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("credit_limit_cents")).toInteger(), 50000);
    // An unknown value or type is malformed.
    reply = m_agent->put(path + QStringLiteral("/payment-terms"),
                         {{QStringLiteral("terms"), QStringLiteral("net30")}},
                         {{"If-Match", reply.header("ETag")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("terms")});
}

void TestServerChanges::paymentTermsRefusedForInactiveCustomer()
{
    const qint64 id = customerWhere([](const QJsonObject &c) {
        return c.value(QStringLiteral("status")).toString() != QLatin1String("active")
            && c.value(QStringLiteral("payment_terms")).toString()
            == QLatin1String("due_on_receipt");
    });
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply reply = m_agent->put(path + QStringLiteral("/payment-terms"),
                                     {{QStringLiteral("terms"), QStringLiteral("net15")}},
                                     {{"If-Match", m_agent->etagOf(path)}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("not_active")});
}

void TestServerChanges::manualAchEnableIsForSupportInTheUs()
{
    const qint64 us = customerWhere([](const QJsonObject &c) {
        return c.value(QStringLiteral("ach")).toObject().value(QStringLiteral("reason")).toString()
            == QLatin1String("recent_payment_issue");
    });
    const qint64 abroad = customerWhere([](const QJsonObject &c) {
        return c.value(QStringLiteral("country")).toString() != QLatin1String("US");
    });
    QVERIFY(us > 0 && abroad > 0);
    const QString path = QStringLiteral("/customers/%1").arg(us);
    const QJsonObject reason {{QStringLiteral("reason"), QStringLiteral("Paid by wire; verified")}};
    // An agent: 403, whatever the ETag.
    Reply reply = m_agent->post(path + QStringLiteral("/ach/manual-enable"), reason,
                                {{"If-Match", m_agent->etagOf(path)}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("forbidden")});
    // Support without a reason: 422 required; with one: eligible / manual, who/when/why kept.
    reply = m_support->post(path + QStringLiteral("/ach/manual-enable"), {},
                            {{"If-Match", m_support->etagOf(path)}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("required")});
    reply = m_support->post(path + QStringLiteral("/ach/manual-enable"), reason,
                            {{"If-Match", m_support->etagOf(path)}});
    QCOMPARE(reply.status, 200);
    const QJsonObject ach = reply.json().value(QStringLiteral("ach")).toObject();
    QCOMPARE(ach.value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));
    QCOMPARE(ach.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
    const QJsonObject by = ach.value(QStringLiteral("enabled_by")).toObject();
    QCOMPARE(by.value(QStringLiteral("name")).toString(), QStringLiteral("Sam Support"));
    QCOMPARE(by.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Paid by wire; verified"));
    // Outside the US: 422 outside_us.
    const QString abroadPath = QStringLiteral("/customers/%1").arg(abroad);
    reply = m_support->post(abroadPath + QStringLiteral("/ach/manual-enable"), reason,
                            {{"If-Match", m_support->etagOf(abroadPath)}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("outside_us")});
}

void TestServerChanges::unknownRouteAndMethod()
{
    QCOMPARE(m_agent->get(QStringLiteral("/nothing-here")).status, 404);
    const Reply reply = m_agent->send("DELETE", QStringLiteral("/customers/1"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"), QByteArray("GET"));
}

QTEST_GUILESS_MAIN(TestServerChanges)
#include "tst_server_changes.moc"
