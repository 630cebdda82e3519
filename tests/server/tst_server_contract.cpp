// docs/portal-api.yaml and the server agree on the operations: every path and method of the
// contract is served, and the server serves nothing the contract leaves out. For the
// operations on invoices and payments, what is served is held to the document too: every
// status a request gets is one the operation documents, with the documented media type, the
// documented ETag header, and a JSON body with exactly the members (and their types) of the
// documented schema; so it is for the ACH authorization, verification and revocation
// operations on payment methods. (The document itself is checked by the openapi_lint test.) A
// QGuiApplication (offscreen): the portal draws PDFs.
#include "models/WireContract.h"
#include "server/DemoSeeder.h"
#include "server/MicroDeposits.h"
#include "server/PortalApi.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace pac::server;
using namespace pac::test;

namespace {

const QDate kToday(2026, 3, 15);

QString contractText()
{
    QFile file(QStringLiteral(PAC_SOURCE_DIR "/docs/portal-api.yaml"));
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

// "#/components/responses/NotFound" → that object of the document.
QJsonObject resolved(const QJsonObject &document, QJsonObject node)
{
    for (int depth = 0; depth < 8 && node.contains(QStringLiteral("$ref")); ++depth) {
        const QStringList parts = node.value(QStringLiteral("$ref")).toString().mid(2).split(u'/');
        QJsonObject at = document;
        for (const QString &part : parts)
            at = at.value(part).toObject();
        node = at;
    }
    return node;
}

} // namespace

class TestServerContract : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationIsServedAndDocumented();
    void operationsAnswerAsDocumented_data();
    void operationsAnswerAsDocumented();

private:
    void prepare();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServerClock> m_clock;
    std::unique_ptr<PortalApi> m_api;
    QJsonObject m_document;
    QHash<QString, QByteArray> m_tokens; // by username
    QHash<QString, QString> m_values; // the ids the rows below name
};

void TestServerContract::everyOperationIsServedAndDocumented()
{
    QFile file(QStringLiteral(PAC_SOURCE_DIR "/docs/portal-api.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    // Paths are the keys two spaces in under `paths:`, methods four spaces in under a path.
    const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    const QRegularExpression methodLine(QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    QStringList documented;
    QString path;
    bool inPaths = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line == QLatin1String("paths:");
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch())
            path = m.captured(1);
        else if (const auto m2 = methodLine.match(line); m2.hasMatch())
            documented.append(m2.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    QVERIFY(documented.size() > 10);

    Store store;
    QString error;
    QVERIFY(store.open(QString(), &error));
    ServerClock clock;
    PortalApi api(store, clock, PortalApiOptions());
    QStringList served = api.routes();
    served.sort();
    documented.sort();
    QCOMPARE(served, documented);
}

void TestServerContract::prepare()
{
    if (m_api)
        return;
    QString error;
    m_document = YamlSubsetReader::read(contractText(), &error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->open(QString(), &error), qPrintable(error));
    QVERIFY2(DemoSeeder(*m_store, QDateTime(kToday, QTime(9, 0), QTimeZone::utc()), 1000)
                 .seed(24, 7, &error),
             qPrintable(error));
    // Customer 1 (agent1's) has nobody to send its invoices to.
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts WHERE customer_id = 1")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM invoice_emails WHERE customer_id = 1")));
    m_clock = std::make_unique<ServerClock>(kToday);
    PortalApiOptions options;
    options.passwordIterations = 1000;
    m_api = std::make_unique<PortalApi>(*m_store, *m_clock, options);
    for (const char *user : {"support1", "agent1"}) {
        HttpRequest signIn;
        signIn.method = "POST";
        signIn.path = QStringLiteral("/api/v1/session");
        signIn.body = "{\"username\":\"" + QByteArray(user) + "\",\"password\":\"demo\"}";
        const HttpResponse session = m_api->handle(signIn);
        QCOMPARE(int(session.status), 201);
        m_tokens.insert(QLatin1String(user),
                        QJsonDocument::fromJson(session.body)
                            .object()
                            .value(QStringLiteral("token"))
                            .toString()
                            .toLatin1());
    }
    // A customer of agent1 (3) and one of agent2 (4), an invoice of each, and one of 1.
    const auto firstOf = [&](const QString &sql) {
        QSqlQuery q(m_store->database());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    };
    m_values.insert(QStringLiteral("{mine}"),
                    firstOf(QStringLiteral("SELECT min(id) FROM customers WHERE agent_id = 3"
                                           " AND id > 1")));
    m_values.insert(QStringLiteral("{other}"),
                    firstOf(QStringLiteral("SELECT min(id) FROM customers WHERE agent_id = 4")));
    m_values.insert(QStringLiteral("{invoice}"),
                    firstOf(QStringLiteral("SELECT max(i.id) FROM invoices i JOIN customers c"
                                           " ON c.id = i.customer_id WHERE c.agent_id = 3 AND"
                                           " c.id > 1")));
    m_values.insert(QStringLiteral("{others}"),
                    firstOf(QStringLiteral("SELECT max(i.id) FROM invoices i JOIN customers c"
                                           " ON c.id = i.customer_id WHERE c.agent_id = 4")));
    m_values.insert(QStringLiteral("{nobodys}"),
                    firstOf(QStringLiteral("SELECT max(id) FROM invoices WHERE customer_id = 1")));
    // Payment methods: two pending ACH methods of {mine} with an authorization, one of
    // agent2's customer, and a card (no authorization) of {mine}.
    for (const QString &customer :
         {m_values.value(QStringLiteral("{mine}")), m_values.value(QStringLiteral("{mine}")),
          m_values.value(QStringLiteral("{other}"))}) {
        QVERIFY(query.exec(
            QStringLiteral(
                "INSERT INTO payment_methods (customer_id, type, last4, account_type, holder_name,"
                " created_at, verification, tries_left, is_default, sec_code, authorized_by_name,"
                " authorized_by_title, authorization_method, text_version, accepted_at,"
                " authorization_text, recorded_by) VALUES (%1, 'ach', '6789', 'checking', 'H',"
                " '2026-03-15T09:00:00.000Z', 'pending', 3, 0, 'CCD', 'Dana Owner', 'CFO',"
                " 'written', '2026-12.1', '2026-03-15T09:00:00.000Z', 'The text.', 'Alex Agent')")
                .arg(customer)));
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO payment_methods (customer_id, type, last4,"
                                      " holder_name, created_at) VALUES (%1, 'card', '4242', 'H',"
                                      " '2026-03-15T09:00:00.000Z')")
                           .arg(m_values.value(QStringLiteral("{mine}")))));
    const QString mine = m_values.value(QStringLiteral("{mine}"));
    m_values.insert(QStringLiteral("{pending}"),
                    firstOf(QStringLiteral("SELECT min(id) FROM payment_methods WHERE"
                                           " customer_id = %1 AND verification = 'pending'")
                                .arg(mine)));
    m_values.insert(QStringLiteral("{pending2}"),
                    firstOf(QStringLiteral("SELECT max(id) FROM payment_methods WHERE"
                                           " customer_id = %1 AND verification = 'pending'")
                                .arg(mine)));
    m_values.insert(QStringLiteral("{othersmethod}"),
                    firstOf(QStringLiteral("SELECT max(id) FROM payment_methods WHERE"
                                           " customer_id = %1")
                                .arg(m_values.value(QStringLiteral("{other}")))));
    m_values.insert(QStringLiteral("{card}"),
                    firstOf(QStringLiteral("SELECT max(id) FROM payment_methods WHERE"
                                           " customer_id = %1 AND type = 'card'")
                                .arg(mine)));
    const auto [a, b]
        = MicroDeposits::amountsFor(m_values.value(QStringLiteral("{pending}")).toLongLong());
    m_values.insert(QStringLiteral("{right}"),
                    QStringLiteral("{\"amounts_cents\":[%1,%2]}").arg(a).arg(b));
    const int wrong = a == 1 || b == 1 ? (a == 2 || b == 2 ? 3 : 2) : 1;
    m_values.insert(QStringLiteral("{wrong}"),
                    QStringLiteral("{\"amounts_cents\":[%1,%2]}").arg(wrong).arg(a));
    for (const QString &value : std::as_const(m_values))
        QVERIFY(!value.isEmpty());
    QVERIFY(m_values.value(QStringLiteral("{pending}"))
            != m_values.value(QStringLiteral("{pending2}")));
}

void TestServerContract::operationsAnswerAsDocumented_data()
{
    QTest::addColumn<QString>("user"); // empty: no token
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path"); // the request, {mine} … filled in
    QTest::addColumn<QString>("operation"); // the path of the contract
    QTest::addColumn<QByteArray>("idempotencyKey");
    QTest::addColumn<bool>("ifNoneMatch"); // send the current ETag
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("requestBody"); // {wrong}, {right}: amounts of {pending}

    const QString support = QStringLiteral("support1");
    const QString agent = QStringLiteral("agent1");
    const QString list = QStringLiteral("/customers/{id}/invoices");
    const QString payments = QStringLiteral("/customers/{id}/payments");
    const QString one = QStringLiteral("/invoices/{id}");
    const QString pdf = QStringLiteral("/invoices/{id}/pdf");
    const QString send = QStringLiteral("/invoices/{id}/send");
    const auto row = [](const char *name, const QString &user, const char *method, const char *path,
                        const QString &operation, const QByteArray &key, bool ifNoneMatch,
                        int status, const QByteArray &body = {}) {
        QTest::newRow(name) << user << QString::fromLatin1(method) << QString::fromLatin1(path)
                            << operation << key << ifNoneMatch << status << body;
    };
    row("invoices 200", agent, "GET", "/customers/{mine}/invoices?limit=3", list, {}, false, 200);
    row("invoices filtered 200", agent, "GET", "/customers/{mine}/invoices?status=paid", list, {},
        false, 200);
    row("invoices 400", agent, "GET", "/customers/{mine}/invoices?status=late", list, {}, false,
        400);
    row("invoices 401", {}, "GET", "/customers/{mine}/invoices", list, {}, false, 401);
    row("invoices 404", agent, "GET", "/customers/{other}/invoices", list, {}, false, 404);
    row("payments 200", agent, "GET", "/customers/{mine}/payments?limit=5", payments, {}, false,
        200);
    row("payments 400", agent, "GET", "/customers/{mine}/payments?limit=0", payments, {}, false,
        400);
    row("payments 404", agent, "GET", "/customers/{other}/payments", payments, {}, false, 404);
    row("invoice 200", agent, "GET", "/invoices/{invoice}", one, {}, false, 200);
    row("invoice 304", agent, "GET", "/invoices/{invoice}", one, {}, true, 304);
    row("invoice 404", agent, "GET", "/invoices/999999", one, {}, false, 404);
    row("pdf 200", agent, "GET", "/invoices/{invoice}/pdf", pdf, {}, false, 200);
    row("pdf 401", {}, "GET", "/invoices/{invoice}/pdf", pdf, {}, false, 401);
    row("pdf 404", agent, "GET", "/invoices/{others}/pdf", pdf, {}, false, 404);
    row("send 400", agent, "POST", "/invoices/{invoice}/send", send, {}, false, 400);
    row("send 202", agent, "POST", "/invoices/{invoice}/send", send, "contract-1", false, 202);
    row("send 202 replayed", agent, "POST", "/invoices/{invoice}/send", send, "contract-1", false,
        202);
    row("send 404", agent, "POST", "/invoices/{others}/send", send, "contract-2", false, 404);
    row("send 422", support, "POST", "/invoices/{nobodys}/send", send, "contract-3", false, 422);

    // ACH authorization and what follows a method's adding (in this order: states change).
    const QString text = QStringLiteral("/ach/authorization-text");
    const QString methods = QStringLiteral("/customers/{id}/payment-methods");
    const QString verify = QStringLiteral("/payment-methods/{id}/verify");
    const QString byDefault = QStringLiteral("/payment-methods/{id}/default");
    const QString authorization = QStringLiteral("/payment-methods/{id}/authorization.pdf");
    const QString revoke = QStringLiteral("/payment-methods/{id}/revoke");
    row("text 200", agent, "GET", "/ach/authorization-text?customer_id={mine}&sec_code=TEL", text,
        {}, false, 200);
    row("text 400", agent, "GET", "/ach/authorization-text?sec_code=CCD", text, {}, false, 400);
    row("text 404", agent, "GET", "/ach/authorization-text?customer_id={other}&sec_code=CCD", text,
        {}, false, 404);
    row("text 422", agent, "GET", "/ach/authorization-text?customer_id={mine}&sec_code=ARC", text,
        {}, false, 422);
    row("methods 200", agent, "GET", "/customers/{mine}/payment-methods", methods, {}, false, 200);
    row("verify 400", agent, "POST", "/payment-methods/{pending}/verify", verify, {}, false, 400,
        "[]");
    row("verify 404", agent, "POST", "/payment-methods/{othersmethod}/verify", verify,
        "contract-v404", false, 404, "{right}");
    row("verify 422", agent, "POST", "/payment-methods/{pending}/verify", verify, "contract-4",
        false, 422, "{wrong}");
    row("verify 422 replayed", agent, "POST", "/payment-methods/{pending}/verify", verify,
        "contract-4", false, 422, "{wrong}");
    row("verify 200", agent, "POST", "/payment-methods/{pending}/verify", verify, "contract-v200",
        false, 200, "{right}");
    row("verify 409", agent, "POST", "/payment-methods/{pending}/verify", verify, "contract-v409",
        false, 409, "{right}");
    row("default 409", agent, "POST", "/payment-methods/{pending2}/default", byDefault,
        "contract-d409", false, 409);
    row("default 200", agent, "POST", "/payment-methods/{pending}/default", byDefault,
        "contract-d200", false, 200);
    row("authorization pdf 200", agent, "GET", "/payment-methods/{pending}/authorization.pdf",
        authorization, {}, false, 200);
    row("authorization pdf 404", support, "GET", "/payment-methods/{card}/authorization.pdf",
        authorization, {}, false, 404);
    row("revoke 422", agent, "POST", "/payment-methods/{pending}/revoke", revoke, "contract-r422",
        false, 422, "{}");
    row("revoke 200", agent, "POST", "/payment-methods/{pending}/revoke", revoke, "contract-r200",
        false, 200, "{\"reason\":\"Contract test\"}");
    row("revoke 409", agent, "POST", "/payment-methods/{pending}/revoke", revoke, "contract-r409",
        false, 409, "{\"reason\":\"Again\"}");
}

void TestServerContract::operationsAnswerAsDocumented()
{
    QFETCH(QString, user);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, operation);
    QFETCH(QByteArray, idempotencyKey);
    QFETCH(bool, ifNoneMatch);
    QFETCH(int, status);
    QFETCH(QByteArray, requestBody);
    prepare();
    if (QTest::currentTestFailed())
        return;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        path.replace(it.key(), it.value());
        requestBody.replace(it.key().toLatin1(), it.value().toLatin1());
    }

    HttpRequest request;
    request.method = method.toLatin1();
    const qsizetype question = path.indexOf(u'?');
    request.path = QStringLiteral("/api/v1") + path.left(question);
    if (question >= 0)
        request.query = QUrlQuery(path.mid(question + 1));
    if (!user.isEmpty())
        request.headers.append({"authorization", "Bearer " + m_tokens.value(user)});
    if (!idempotencyKey.isEmpty())
        request.headers.append({"idempotency-key", idempotencyKey});
    request.body = requestBody;
    if (ifNoneMatch) {
        HttpRequest first = request;
        request.headers.append({"if-none-match", m_api->handle(first).header("ETag")});
    }
    const HttpResponse response = m_api->handle(request);
    QCOMPARE(int(response.status), status);

    // The operation documents this status, with this media type and these headers.
    const QJsonObject documented = m_document.value(QStringLiteral("paths"))
                                       .toObject()
                                       .value(operation)
                                       .toObject()
                                       .value(method.toLower())
                                       .toObject();
    QVERIFY2(!documented.isEmpty(), qPrintable(method + u' ' + operation));
    const QJsonObject answer = resolved(m_document,
                                        documented.value(QStringLiteral("responses"))
                                            .toObject()
                                            .value(QString::number(status))
                                            .toObject());
    QVERIFY2(!answer.isEmpty(), qPrintable(QStringLiteral("%1 is not documented").arg(status)));
    const QJsonObject content = answer.value(QStringLiteral("content")).toObject();
    if (content.isEmpty()) {
        QVERIFY(response.body.isEmpty());
    } else {
        QCOMPARE(content.keys(), QStringList {QString::fromLatin1(response.contentType)});
    }
    const QJsonObject headers = answer.value(QStringLiteral("headers")).toObject();
    if (headers.contains(QStringLiteral("ETag")))
        QVERIFY(!response.header("ETag").isEmpty());
    else
        QVERIFY(response.header("ETag").isEmpty());

    // A JSON body has exactly the members, of the types, of the documented schema.
    const QJsonObject schema = content.value(QString::fromLatin1(response.contentType))
                                   .toObject()
                                   .value(QStringLiteral("schema"))
                                   .toObject();
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (response.contentType == "application/pdf") {
        QVERIFY(response.body.startsWith("%PDF-"));
    } else if (!ref.isEmpty()) {
        const QJsonObject schemas = m_document.value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        const QString name = ref.section(u'/', -1);
        const SchemaPaths paths(schemas, name);
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        // A member the schema does not require (a problem's errors[] and tries_left) may be
        // left out: it is checked as if written empty (an empty list, a zero).
        const QJsonArray required
            = schemas.value(name).toObject().value(QStringLiteral("required")).toArray();
        for (const QString &member : paths.membersOf(QString())) {
            if (body.contains(member) || required.contains(member))
                continue;
            const QSet<QString> types = paths.typesAt(member);
            body.insert(member,
                        types.contains(QStringLiteral("integer")) ? QJsonValue(0)
                                                                  : QJsonValue(QJsonArray()));
        }
        const ContractCheck check(paths, body, false);
        QVERIFY2(check.problems().isEmpty(), qPrintable(check.problems().join(u'\n')));
    }
}

QTEST_MAIN(TestServerContract)
#include "tst_server_contract.moc"
