// Invoices and payments over loopback against the real portal (EmbeddedPortal): listing,
// paging, the status filter, visibility per role, ETags, sending again exactly once with an
// Idempotency-Key, no_recipients, and the PDF's text. A QGuiApplication (offscreen): the
// portal draws PDFs.
#include "PortalTestClient.h"
#include "credit/PdfText.h"
#include "models/CustomerJson.h"
#include "models/InvoiceEmailList.h"
#include "models/InvoiceJson.h"
#include "models/Money.h"
#include "server/DemoSeeder.h"
#include "server/PortalApi.h"
#include "server/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pac;
using namespace pac::server;
using namespace pac::server::test;

namespace {

QString invoicesOf(qint64 customerId)
{
    return QStringLiteral("/customers/%1/invoices").arg(customerId);
}

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

Reply sendInvoice(PortalTestClient &client, qint64 invoiceId, const QByteArray &key,
                  const QByteArray &body = {})
{
    PortalTestClient::Headers headers;
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    return client.send("POST", QStringLiteral("/invoices/%1/send").arg(invoiceId), body, headers);
}

} // namespace

class TestServerInvoices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listingIsNewestFirstAndPages();
    void statusFilterUsesTheStatusOfToday();
    void badParametersAndCursors_data();
    void badParametersAndCursors();
    void visibilityFollowsTheCustomer_data();
    void visibilityFollowsTheCustomer();
    void invoiceHasEtagAndDetails();
    void paymentsArePagedNewestFirst();
    void sendNeedsAnIdempotencyKey();
    void sendGoesToTheRecipientsOfNowExactlyOnce();
    void sendWithNobodyToSendToIsRefused();
    void pdfHoldsNumberTotalAndRecipients();

private:
    // A customer of agent1 (no customer-level master agent needed) with at least 12 invoices.
    qint64 agent1Customer() const { return m_agent1Customer; }

    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    std::unique_ptr<PortalTestClient> m_support;
    QJsonArray m_all; // every customer, as support sees them
    qint64 m_agent1Customer = 0;
    qint64 m_agent2Customer = 0;
};

void TestServerInvoices::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(120), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    m_support = std::make_unique<PortalTestClient>(m_base);
    QVERIFY(m_support->signIn(QStringLiteral("support1")));
    m_all = m_support->get(QStringLiteral("/customers?limit=1000")).items();
    QCOMPARE(m_all.size(), 120);
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject c = value.toObject();
        const qint64 agent
            = c.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toInteger();
        const bool old
            = c.value(QStringLiteral("customer_since")).toString() < QLatin1String("2025-01-01");
        if (agent == 3 && old && m_agent1Customer == 0)
            m_agent1Customer = c.value(QStringLiteral("id")).toInteger();
        if (agent == 4 && old && m_agent2Customer == 0)
            m_agent2Customer = c.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(m_agent1Customer > 0 && m_agent2Customer > 0);
}

void TestServerInvoices::cleanupTestCase()
{
    m_support.reset();
    m_portal.reset();
}

void TestServerInvoices::listingIsNewestFirstAndPages()
{
    bool ok = false;
    const QJsonArray all = m_support->allItems(invoicesOf(m_agent1Customer), 1000, &ok);
    QVERIFY(ok);
    QVERIFY2(all.size() >= 12, "at least 12 months of invoices");
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QJsonObject newer = all.at(i - 1).toObject();
        const QJsonObject older = all.at(i).toObject();
        const QString a = newer.value(QStringLiteral("issued_on")).toString();
        const QString b = older.value(QStringLiteral("issued_on")).toString();
        QVERIFY(a > b
                || (a == b
                    && newer.value(QStringLiteral("id")).toInteger()
                        > older.value(QStringLiteral("id")).toInteger()));
    }
    for (const QJsonValue &item : all) {
        QString bad;
        const auto invoice = invoiceFromJson(item.toObject(), &bad);
        QVERIFY2(invoice, qPrintable(bad));
        QCOMPARE(invoice->customerId, m_agent1Customer);
        QVERIFY(!invoice->lines.isEmpty());
        QVERIFY(!invoice->deliveries.isEmpty());
    }
    // Pages of 5 give the same invoices in the same order, the last without a cursor.
    QCOMPARE(idsOf(m_support->allItems(invoicesOf(m_agent1Customer), 5)), idsOf(all));
    const Reply first = m_support->get(invoicesOf(m_agent1Customer) + QStringLiteral("?limit=5"));
    QCOMPARE(first.items().size(), 5);
    QVERIFY(first.json().value(QStringLiteral("next_cursor")).isString());
    const Reply whole
        = m_support->get(invoicesOf(m_agent1Customer) + QStringLiteral("?limit=1000"));
    QVERIFY(whole.json().value(QStringLiteral("next_cursor")).isNull());
}

void TestServerInvoices::statusFilterUsesTheStatusOfToday()
{
    // Over every customer: each filtered listing holds only its status, and together they
    // hold every invoice once.
    QHash<QString, int> counts;
    for (const QJsonValue &value : std::as_const(m_all)) {
        const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
        const QJsonArray all = m_support->allItems(invoicesOf(id));
        QSet<qint64> seen;
        for (const char *status : {"open", "paid", "past_due", "void"}) {
            const QJsonArray items = m_support->allItems(
                invoicesOf(id) + QStringLiteral("?status=") + QLatin1String(status), 7);
            for (const QJsonValue &item : items) {
                QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(),
                         QLatin1String(status));
                seen.insert(item.toObject().value(QStringLiteral("id")).toInteger());
            }
            counts[QLatin1String(status)] += int(items.size());
        }
        const QList<qint64> ids = idsOf(all);
        QCOMPARE(seen, QSet<qint64>(ids.begin(), ids.end()));
    }
    QVERIFY(counts.value(QStringLiteral("paid")) > 1000);
    QVERIFY(counts.value(QStringLiteral("open")) > 0); // Net 15, not yet due
    QVERIFY(counts.value(QStringLiteral("void")) > 0);
    QCOMPARE(counts.value(QStringLiteral("past_due")), 0); // the demo's issues are all settled
}

void TestServerInvoices::badParametersAndCursors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown status") << QStringLiteral("status=overdue") << QStringLiteral("status");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001") << QStringLiteral("limit");
    QTest::newRow("unknown parameter") << QStringLiteral("sort=asc") << QStringLiteral("sort");
    QTest::newRow("made-up cursor") << QStringLiteral("cursor=abc") << QStringLiteral("cursor");
}

void TestServerInvoices::badParametersAndCursors()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Reply reply = m_support->get(invoicesOf(m_agent1Customer) + u'?' + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.errorFields(), QStringList {field});
}

void TestServerInvoices::visibilityFollowsTheCustomer_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("seesAgent1");
    QTest::addColumn<bool>("seesAgent2");
    QTest::newRow("agent1") << QStringLiteral("agent1") << true << false;
    QTest::newRow("agent2") << QStringLiteral("agent2") << false << true;
    QTest::newRow("master1") << QStringLiteral("master1") << true << true;
    QTest::newRow("support1") << QStringLiteral("support1") << true << true;
}

void TestServerInvoices::visibilityFollowsTheCustomer()
{
    QFETCH(QString, user);
    QFETCH(bool, seesAgent1);
    QFETCH(bool, seesAgent2);
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(user));
    for (const auto &[customer, sees] :
         {std::pair {m_agent1Customer, seesAgent1}, std::pair {m_agent2Customer, seesAgent2}}) {
        const qint64 invoice = m_support->get(invoicesOf(customer) + QStringLiteral("?limit=1"))
                                   .items()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toInteger();
        // Not visible: 404 everywhere, as if it did not exist (billing rule 5a), sending too.
        const int expected = sees ? 200 : 404;
        QCOMPARE(client.get(invoicesOf(customer)).status, expected);
        QCOMPARE(client.get(QStringLiteral("/customers/%1/payments").arg(customer)).status,
                 expected);
        QCOMPARE(client.get(QStringLiteral("/invoices/%1").arg(invoice)).status, expected);
        const Reply pdf = client.get(QStringLiteral("/invoices/%1/pdf").arg(invoice));
        QCOMPARE(pdf.status, expected);
        if (!sees) {
            QCOMPARE(pdf.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(sendInvoice(client, invoice, "visibility-" + user.toLatin1()).status, 404);
        }
    }
    QCOMPARE(client.get(QStringLiteral("/invoices/999999")).status, 404);
    PortalTestClient anonymous(m_base);
    QCOMPARE(anonymous.get(invoicesOf(m_agent1Customer)).status, 401);
    QCOMPARE(anonymous.get(QStringLiteral("/invoices/1/pdf")).status, 401);
}

void TestServerInvoices::invoiceHasEtagAndDetails()
{
    const QJsonObject listed
        = m_support->get(invoicesOf(m_agent1Customer) + QStringLiteral("?limit=1"))
              .items()
              .at(0)
              .toObject();
    const QString path
        = QStringLiteral("/invoices/%1").arg(listed.value(QStringLiteral("id")).toInteger());
    const Reply reply = m_support->get(path);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), listed); // the listing shows the whole invoice
    const QByteArray etag = reply.header("ETag");
    QCOMPARE(etag,
             QByteArray("\"1-") + listed.value(QStringLiteral("status")).toString().toLatin1()
                 + '"');
    const Reply cached = m_support->get(path, {{"If-None-Match", etag}});
    QCOMPARE(cached.status, 304);
    QCOMPARE(cached.header("ETag"), etag);
    QCOMPARE(m_support->get(path, {{"If-None-Match", "W/" + etag}}).status, 304);
    QCOMPARE(m_support->get(path, {{"If-None-Match", "\"0-open\""}}).status, 200);
}

void TestServerInvoices::paymentsArePagedNewestFirst()
{
    const QString path = QStringLiteral("/customers/%1/payments").arg(m_agent1Customer);
    bool ok = false;
    const QJsonArray all = m_support->allItems(path, 1000, &ok);
    QVERIFY(ok);
    QVERIFY(all.size() >= 12);
    QCOMPARE(idsOf(m_support->allItems(path, 3)), idsOf(all));
    const QSet<qint64> invoices = [&] {
        const QList<qint64> ids = idsOf(m_support->allItems(invoicesOf(m_agent1Customer)));
        return QSet<qint64>(ids.begin(), ids.end());
    }();
    QString previous;
    for (const QJsonValue &item : all) {
        QString bad;
        const auto payment = paymentFromJson(item.toObject(), &bad);
        QVERIFY2(payment, qPrintable(bad));
        QVERIFY(invoices.contains(payment->invoiceId)); // the customer's own invoices
        const QString at = item.toObject().value(QStringLiteral("at")).toString();
        QVERIFY(previous.isEmpty() || at <= previous);
        previous = at;
    }
    QCOMPARE(m_support->get(path + QStringLiteral("?status=paid")).status, 400);
    const QString cursor = m_support->get(path + QStringLiteral("?limit=1"))
                               .json()
                               .value(QStringLiteral("next_cursor"))
                               .toString();
    // A cursor belongs to its listing: not the invoices', not another customer's payments.
    QCOMPARE(
        m_support->get(invoicesOf(m_agent1Customer) + QStringLiteral("?cursor=") + cursor).status,
        400);
    QCOMPARE(m_support
                 ->get(QStringLiteral("/customers/%1/payments?cursor=%2")
                           .arg(m_agent2Customer)
                           .arg(cursor))
                 .status,
             400);
}

void TestServerInvoices::sendNeedsAnIdempotencyKey()
{
    const qint64 invoice = m_support->get(invoicesOf(m_agent2Customer) + QStringLiteral("?limit=1"))
                               .items()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const Reply reply = sendInvoice(*m_support, invoice, {});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCodes(), QStringList {QStringLiteral("idempotency_key_required")});
    QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("Idempotency-Key")});
    QCOMPARE(sendInvoice(*m_support, invoice, "bad key with spaces").status, 400);
    QCOMPARE(sendInvoice(*m_support, invoice, "k-json", "[1,2]").status, 400);
    // Nothing was sent.
    QCOMPARE(m_support->get(QStringLiteral("/invoices/%1").arg(invoice))
                 .json()
                 .value(QStringLiteral("deliveries"))
                 .toArray()
                 .size(),
             1);
}

void TestServerInvoices::sendGoesToTheRecipientsOfNowExactlyOnce()
{
    PortalTestClient agent(m_base);
    QVERIFY(agent.signIn(QStringLiteral("agent1")));
    const QString customerPath = QStringLiteral("/customers/%1").arg(m_agent1Customer);
    // The recipients as they are now: CC the Additional Invoice Emails just saved.
    const Reply changed = agent.put(
        customerPath + QStringLiteral("/invoice-emails"),
        {{QStringLiteral("emails"),
          QJsonArray {QStringLiteral("ap@example.com"), QStringLiteral("ann@example.com")}}},
        {{"If-Match", agent.etagOf(customerPath)}});
    QCOMPARE(changed.status, 200);
    const auto customer = customerFromJson(changed.json());
    QVERIFY(customer);
    const auto recipients
        = InvoiceEmailList::recipients(customer->billingContacts, customer->invoiceEmails);
    QVERIFY(!recipients.to.isEmpty());

    const QJsonObject listed = agent.get(invoicesOf(m_agent1Customer) + QStringLiteral("?limit=1"))
                                   .items()
                                   .at(0)
                                   .toObject();
    const qint64 invoice = listed.value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/invoices/%1").arg(invoice);
    const QByteArray etagBefore = agent.get(path).header("ETag");
    const qsizetype before = listed.value(QStringLiteral("deliveries")).toArray().size();

    const Reply sent = sendInvoice(agent, invoice, "resend-1");
    QCOMPARE(sent.status, 202);
    const QJsonObject delivery = sent.json();
    QCOMPARE(delivery.value(QStringLiteral("by")).toObject(),
             (QJsonObject {{QStringLiteral("id"), 3},
                           {QStringLiteral("name"), QStringLiteral("Alex Agent")},
                           {QStringLiteral("role"), QStringLiteral("agent")}}));
    QCOMPARE(delivery.value(QStringLiteral("cc")).toArray(),
             (QJsonArray {QStringLiteral("ap@example.com"), QStringLiteral("ann@example.com")}));
    QCOMPARE(delivery.value(QStringLiteral("to")).toArray(),
             QJsonArray::fromStringList(recipients.to));
    QVERIFY(
        delivery.value(QStringLiteral("at")).toString().startsWith(QLatin1String("2026-03-15T")));
    QString bad;
    QVERIFY2(deliveryFromJson(delivery, &bad), qPrintable(bad));

    // The same key again: the first answer, and no second delivery.
    const Reply replayed = sendInvoice(agent, invoice, "resend-1");
    QCOMPARE(replayed.status, 202);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.body, sent.body);
    // The same key with another body is another request: refused.
    QCOMPARE(sendInvoice(agent, invoice, "resend-1", "{\"note\":\"again\"}").errorCodes(),
             QStringList {QStringLiteral("idempotency_key_reused")});
    const Reply after = agent.get(path);
    const QJsonArray deliveries = after.json().value(QStringLiteral("deliveries")).toArray();
    QCOMPARE(deliveries.size(), before + 1);
    QCOMPARE(deliveries.last().toObject(), delivery);
    QVERIFY(after.header("ETag") != etagBefore); // a new version
    // Another key is another sending.
    QCOMPARE(sendInvoice(agent, invoice, "resend-2", "{}").status, 202);
    QCOMPARE(agent.get(path).json().value(QStringLiteral("deliveries")).toArray().size(),
             before + 2);
}

void TestServerInvoices::sendWithNobodyToSendToIsRefused()
{
    // No billing contact and no Additional Invoice Email: the API cannot remove contacts, so
    // this runs the API in process on a store made so.
    Store store;
    QString error;
    QVERIFY2(store.open(QString(), &error), qPrintable(error));
    QVERIFY2(DemoSeeder(store, QDateTime(kToday, QTime(9, 0), QTimeZone::utc()), 1000)
                 .seed(12, 7, &error),
             qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts WHERE customer_id = 1")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM invoice_emails WHERE customer_id = 1")));
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM invoices WHERE customer_id = 1 LIMIT 1"))
            && query.next());
    const qint64 invoice = query.value(0).toLongLong();
    ServerClock clock(kToday);
    PortalApiOptions options;
    options.passwordIterations = 1000;
    PortalApi api(store, clock, options);
    HttpRequest signIn;
    signIn.method = "POST";
    signIn.path = QStringLiteral("/api/v1/session");
    signIn.body = R"({"username":"support1","password":"demo"})";
    const HttpResponse session = api.handle(signIn);
    QCOMPARE(int(session.status), 201);
    HttpRequest send;
    send.method = "POST";
    send.path = QStringLiteral("/api/v1/invoices/%1/send").arg(invoice);
    send.headers = {{"authorization",
                     "Bearer "
                         + QJsonDocument::fromJson(session.body)
                               .object()
                               .value(QStringLiteral("token"))
                               .toString()
                               .toLatin1()},
                    {"idempotency-key", "nobody"}};
    const HttpResponse refused = api.handle(send);
    QCOMPARE(int(refused.status), 422);
    const QJsonObject problem = QJsonDocument::fromJson(refused.body).object();
    QCOMPARE(problem.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("no_recipients")));
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM invoice_deliveries WHERE invoice_id = %1"
                                  " AND by_id IS NOT NULL")
                       .arg(invoice))
        && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestServerInvoices::pdfHoldsNumberTotalAndRecipients()
{
    PortalTestClient agent(m_base);
    QVERIFY(agent.signIn(QStringLiteral("agent2")));
    const QString customerPath = QStringLiteral("/customers/%1").arg(m_agent2Customer);
    const QStringList cc {QStringLiteral("payables@pdf-test.example"),
                          QStringLiteral("cfo+invoices@pdf-test.example")};
    QCOMPARE(agent
                 .put(customerPath + QStringLiteral("/invoice-emails"),
                      {{QStringLiteral("emails"), QJsonArray::fromStringList(cc)}},
                      {{"If-Match", agent.etagOf(customerPath)}})
                 .status,
             200);
    const QJsonObject invoice = agent.get(invoicesOf(m_agent2Customer) + QStringLiteral("?limit=1"))
                                    .items()
                                    .at(0)
                                    .toObject();
    const Reply pdf = agent.get(
        QStringLiteral("/invoices/%1/pdf").arg(invoice.value(QStringLiteral("id")).toInteger()));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf.body);
    file.close();
    QString error;
    const QString text = simplifiedLines(pdfText(path, &error));
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QString number = invoice.value(QStringLiteral("number")).toString();
    QVERIFY2(text.contains(QStringLiteral("Invoice ") + number), qPrintable(text));
    const QString total
        = Money::fromCents(invoice.value(QStringLiteral("amount_cents")).toInteger()).format();
    QVERIFY2(text.contains(QStringLiteral("Total ") + total), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CC ") + cc.at(0)), qPrintable(text));
    QVERIFY2(text.contains(cc.at(1)), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Due ") + invoice.value(QStringLiteral("due_on")).toString()),
        qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Trunking Cloud Portal")));
}

QTEST_MAIN(TestServerInvoices)
#include "tst_server_invoices.moc"
