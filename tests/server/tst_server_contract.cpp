// docs/portal-api.yaml and the server agree on the operations: every path and method of the
// contract is served, and the server serves nothing the contract leaves out. For the
// operations on invoices and payments, what is served is held to the document too: every
// status a request gets is one the operation documents, with the documented media type, the
// documented ETag header, and a JSON body with exactly the members (and their types) of the
// documented schema. (The document itself is checked by the openapi_lint test.) A
// QGuiApplication (offscreen): the portal draws PDFs.
#include "models/WireContract.h"
#include "server/DemoSeeder.h"
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
    void invoiceOperationsAnswerAsDocumented_data();
    void invoiceOperationsAnswerAsDocumented();

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
    for (const QString &value : std::as_const(m_values))
        QVERIFY(!value.isEmpty());
}

void TestServerContract::invoiceOperationsAnswerAsDocumented_data()
{
    QTest::addColumn<QString>("user"); // empty: no token
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path"); // the request, {mine} … filled in
    QTest::addColumn<QString>("operation"); // the path of the contract
    QTest::addColumn<QByteArray>("idempotencyKey");
    QTest::addColumn<bool>("ifNoneMatch"); // send the current ETag
    QTest::addColumn<int>("status");

    const QString support = QStringLiteral("support1");
    const QString agent = QStringLiteral("agent1");
    const QString list = QStringLiteral("/customers/{id}/invoices");
    const QString payments = QStringLiteral("/customers/{id}/payments");
    const QString one = QStringLiteral("/invoices/{id}");
    const QString pdf = QStringLiteral("/invoices/{id}/pdf");
    const QString send = QStringLiteral("/invoices/{id}/send");
    const auto row = [](const char *name, const QString &user, const char *method, const char *path,
                        const QString &operation, const QByteArray &key, bool ifNoneMatch,
                        int status) {
        QTest::newRow(name) << user << QString::fromLatin1(method) << QString::fromLatin1(path)
                            << operation << key << ifNoneMatch << status;
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
}

void TestServerContract::invoiceOperationsAnswerAsDocumented()
{
    QFETCH(QString, user);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, operation);
    QFETCH(QByteArray, idempotencyKey);
    QFETCH(bool, ifNoneMatch);
    QFETCH(int, status);
    prepare();
    if (QTest::currentTestFailed())
        return;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        path.replace(it.key(), it.value());

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
        // A member the schema does not require (a problem's errors[]) may be left out: it is
        // checked as if written empty.
        const QJsonArray required
            = schemas.value(name).toObject().value(QStringLiteral("required")).toArray();
        for (const QString &member : paths.membersOf(QString())) {
            if (!body.contains(member) && !required.contains(member))
                body.insert(member, QJsonArray());
        }
        const ContractCheck check(paths, body, false);
        QVERIFY2(check.problems().isEmpty(), qPrintable(check.problems().join(u'\n')));
    }
}

QTEST_MAIN(TestServerContract)
#include "tst_server_contract.moc"
