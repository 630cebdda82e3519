// Reading customers over loopback: listing, paging, deltas, search, visibility, ETags.
#include "PortalTestClient.h"
#include "models/CustomerJson.h"

#include <QSet>
#include <QTest>

using namespace pac::server;
using namespace pac::server::test;

class TestServerCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listingPagesInStableIdOrder();
    void limitBoundaries_data();
    void limitBoundaries();
    void badCursorsAndParameters_data();
    void badCursorsAndParameters();
    void visibilityMatrix_data();
    void visibilityMatrix();
    void customerHasEtagAndHonoursIfNoneMatch();
    void updatedSinceDeltaMissesNothing();
    void searchMatchesNameAccountAndEmails();
    void sqlInjectionTextIsDataNotSql();
    void achStatesFollowTheRulesForToday();
    void historyIsNewestFirstAndPaged();

private:
    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    QJsonArray m_all; // every customer, as support sees them
};

void TestServerCustomers::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(120), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    PortalTestClient support(m_base);
    QVERIFY(support.signIn(QStringLiteral("support1")));
    const Reply reply = support.get(QStringLiteral("/customers?limit=1000"));
    QCOMPARE(reply.status, 200);
    m_all = reply.items();
    QCOMPARE(m_all.size(), 120);
}

void TestServerCustomers::cleanupTestCase()
{
    m_portal.reset();
}

void TestServerCustomers::listingPagesInStableIdOrder()
{
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    const QList<qint64> paged = client.allCustomerIds();
    QCOMPARE(paged.size(), 120);
    for (qsizetype i = 1; i < paged.size(); ++i)
        QVERIFY(paged.at(i - 1) < paged.at(i));
    // The same order twice, and the same as one big page.
    QCOMPARE(client.allCustomerIds(), paged);
    for (qsizetype i = 0; i < paged.size(); ++i)
        QCOMPARE(paged.at(i), m_all.at(i).toObject().value(QStringLiteral("id")).toInteger());

    const Reply first = client.get(QStringLiteral("/customers?limit=10"));
    const QJsonObject page = first.json();
    QVERIFY(page.value(QStringLiteral("next_cursor")).isString());
    QVERIFY(pac::fromRfc3339(page.value(QStringLiteral("server_time")).toString()).isValid());
    const Reply last = client.get(QStringLiteral("/customers?limit=1000"));
    QVERIFY(last.json().value(QStringLiteral("next_cursor")).isNull());
}

void TestServerCustomers::limitBoundaries_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("items");
    QTest::newRow("absent: default 100") << QString() << 200 << 100;
    QTest::newRow("1 (lowest)") << QStringLiteral("1") << 200 << 1;
    QTest::newRow("1000 (highest)") << QStringLiteral("1000") << 200 << 120;
    QTest::newRow("0 (below)") << QStringLiteral("0") << 400 << 0;
    QTest::newRow("1001 (above)") << QStringLiteral("1001") << 400 << 0;
    QTest::newRow("not a number") << QStringLiteral("ten") << 400 << 0;
    QTest::newRow("negative") << QStringLiteral("-5") << 400 << 0;
}

void TestServerCustomers::limitBoundaries()
{
    QFETCH(QString, limit);
    QFETCH(int, status);
    QFETCH(int, items);
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    const Reply reply = client.get(limit.isNull() ? QStringLiteral("/customers")
                                                  : QStringLiteral("/customers?limit=") + limit);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(reply.items().size(), items);
    else
        QCOMPARE(reply.errorFields(), QStringList {QStringLiteral("limit")});
}

void TestServerCustomers::badCursorsAndParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("garbage cursor")
        << QStringLiteral("cursor=%21%21%21") << QStringLiteral("cursor");
    QTest::newRow("base64 of junk")
        << QStringLiteral("cursor=eyJ4IjoxfQ") << QStringLiteral("cursor");
    QTest::newRow("bad updated_since")
        << QStringLiteral("updated_since=yesterday") << QStringLiteral("updated_since");
    QTest::newRow("unknown parameter") << QStringLiteral("sort=name") << QStringLiteral("sort");
    QTest::newRow("overlong q") << QStringLiteral("q=") + QString(201, QLatin1Char('a'))
                                << QStringLiteral("q");
}

void TestServerCustomers::badCursorsAndParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("agent1")));
    const Reply reply = client.get(QStringLiteral("/customers?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.errorFields(), QStringList {field});
}

void TestServerCustomers::visibilityMatrix_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("agent1") << QStringLiteral("agent1");
    QTest::newRow("agent2") << QStringLiteral("agent2");
    QTest::newRow("master1") << QStringLiteral("master1");
    QTest::newRow("support1") << QStringLiteral("support1");
}

void TestServerCustomers::visibilityMatrix()
{
    QFETCH(QString, user);
    // The rule, stated independently: agents see their own customers; master1 sees those of
    // agent1 (3) and agent2 (4) and those whose master agent it is (2); support sees all.
    const auto visible = [&](const QJsonObject &c) {
        const qint64 agent
            = c.value(QStringLiteral("agent")).toObject().value(QStringLiteral("id")).toInteger();
        const QJsonValue master = c.value(QStringLiteral("master_agent"));
        const qint64 masterId
            = master.isObject() ? master.toObject().value(QStringLiteral("id")).toInteger() : 0;
        if (user == QLatin1String("agent1"))
            return agent == 3;
        if (user == QLatin1String("agent2"))
            return agent == 4;
        if (user == QLatin1String("master1"))
            return agent == 3 || agent == 4 || masterId == 2;
        return true;
    };
    QList<qint64> expected;
    for (const QJsonValue &c : std::as_const(m_all)) {
        if (visible(c.toObject()))
            expected.append(c.toObject().value(QStringLiteral("id")).toInteger());
    }
    QVERIFY(!expected.isEmpty());

    PortalTestClient client(m_base);
    QVERIFY(client.signIn(user));
    QCOMPARE(client.allCustomerIds(), expected);
    // One visible and one invisible customer by id: 200 and 404 (existence not revealed).
    QCOMPARE(client.get(QStringLiteral("/customers/%1").arg(expected.constFirst())).status, 200);
    for (const QJsonValue &c : std::as_const(m_all)) {
        const qint64 id = c.toObject().value(QStringLiteral("id")).toInteger();
        if (!expected.contains(id)) {
            QCOMPARE(client.get(QStringLiteral("/customers/%1").arg(id)).status, 404);
            QCOMPARE(client.get(QStringLiteral("/customers/%1/history").arg(id)).status, 404);
            QCOMPARE(client.get(QStringLiteral("/customers/%1/payment-methods").arg(id)).status,
                     404);
            break;
        }
    }
    QCOMPARE(client.get(QStringLiteral("/customers/999999")).status, 404);
    QCOMPARE(client.get(QStringLiteral("/customers/abc")).status, 404);
}

void TestServerCustomers::customerHasEtagAndHonoursIfNoneMatch()
{
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("agent1")));
    const qint64 id = client.allCustomerIds().constFirst();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const Reply first = client.get(path);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QCOMPARE(etag,
             '"' + QByteArray::number(first.json().value(QStringLiteral("version")).toInteger())
                 + '"');
    const Reply cached = client.get(path, {{"If-None-Match", etag}});
    QCOMPARE(cached.status, 304);
    QVERIFY(cached.body.isEmpty());
    QCOMPARE(cached.header("ETag"), etag);
    QCOMPARE(client.get(path, {{"If-None-Match", "\"999\""}}).status, 200);
}

void TestServerCustomers::updatedSinceDeltaMissesNothing()
{
    PortalTestClient agent(m_base);
    QVERIFY(agent.signIn(QStringLiteral("agent2")));
    const Reply full = agent.get(QStringLiteral("/customers?limit=1000"));
    const QString serverTime = full.json().value(QStringLiteral("server_time")).toString();
    const QString since = QStringLiteral("updated_since=")
        + QString::fromLatin1(QUrl::toPercentEncoding(serverTime));
    // Nothing changed yet: the delta is empty.
    QCOMPARE(agent.get(QStringLiteral("/customers?") + since).items().size(), 0);

    // Two changes after server_time: both appear, in (updated_at, id) order, over pages.
    const QList<qint64> ids = agent.allCustomerIds();
    // a before b by id too: two changes within one millisecond tie on updated_at, and the
    // id then orders them (this flaked with a of the larger id).
    const qint64 a = ids.at(1), b = ids.at(3);
    for (const qint64 id : {a, b}) {
        const QString path = QStringLiteral("/customers/%1").arg(id);
        const Reply changed
            = agent.put(path + QStringLiteral("/invoice-emails"),
                        {{QStringLiteral("emails"),
                          QJsonArray {QStringLiteral("delta%1@example.com").arg(id)}}},
                        {{"If-Match", agent.etagOf(path)}});
        QCOMPARE(changed.status, 200);
    }
    QList<qint64> delta;
    QString cursor;
    for (int page = 0; page < 5; ++page) {
        QString path = QStringLiteral("/customers?limit=1&") + since;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const Reply reply = agent.get(path);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue &item : reply.items())
            delta.append(item.toObject().value(QStringLiteral("id")).toInteger());
        cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    QCOMPARE(delta, (QList<qint64> {a, b}));
    // A cursor of the delta is not a cursor of the full listing.
    const Reply firstPage = agent.get(QStringLiteral("/customers?limit=1&") + since);
    const QString deltaCursor = firstPage.json().value(QStringLiteral("next_cursor")).toString();
    QCOMPARE(agent.get(QStringLiteral("/customers?cursor=") + deltaCursor).status, 400);
}

void TestServerCustomers::searchMatchesNameAccountAndEmails()
{
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    const QJsonObject sample = m_all.at(17).toObject();
    const qint64 id = sample.value(QStringLiteral("id")).toInteger();
    const QString account = sample.value(QStringLiteral("account_number")).toString();
    const QString contactEmail = sample.value(QStringLiteral("billing_contacts"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("email"))
                                     .toString();
    const auto search = [&](const QString &text) {
        return client.allCustomerIds(QStringLiteral("q=")
                                     + QString::fromLatin1(QUrl::toPercentEncoding(text)));
    };
    QCOMPARE(search(account), QList<qint64> {id});
    QCOMPARE(search(account.toLower()), QList<qint64> {id}); // case-insensitive
    QVERIFY(search(contactEmail.toUpper()).contains(id));
    QVERIFY(search(contactEmail.mid(2, 12)).contains(id)); // substring
    const QString nameWord
        = sample.value(QStringLiteral("name")).toString().section(QLatin1Char(' '), 0, 0);
    QVERIFY(search(nameWord.toUpper()).contains(id));
    QCOMPARE(search(QStringLiteral("no customer has this text")), QList<qint64> {});

    // Visibility applies to search results too.
    PortalTestClient agent(m_base);
    QVERIFY(agent.signIn(QStringLiteral("agent1")));
    const QList<qint64> mine = agent.allCustomerIds();
    const QList<qint64> found = agent.allCustomerIds(QStringLiteral("q=ac1"));
    QVERIFY(!found.isEmpty());
    for (const qint64 f : found)
        QVERIFY(mine.contains(f));
}

void TestServerCustomers::sqlInjectionTextIsDataNotSql()
{
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("support1")));
    const QString injection = QStringLiteral("x' OR '1'='1'; DROP TABLE customers; --");
    const QList<qint64> found = client.allCustomerIds(
        QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(injection)));
    QCOMPARE(found, QList<qint64> {});
    QCOMPARE(client.allCustomerIds().size(), 120); // the table is still there

    // Stored and returned verbatim: an invoice email whose local part carries SQL.
    const qint64 id = m_all.at(40).toObject().value(QStringLiteral("id")).toInteger();
    const QString path = QStringLiteral("/customers/%1").arg(id);
    const QString address = QStringLiteral("o'brien+drop'--@example.com");
    const Reply changed = client.put(path + QStringLiteral("/invoice-emails"),
                                     {{QStringLiteral("emails"), QJsonArray {address}}},
                                     {{"If-Match", client.etagOf(path)}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(client.get(path).json().value(QStringLiteral("invoice_emails")).toArray(),
             QJsonArray {address});
    QCOMPARE(client.allCustomerIds(
                 QStringLiteral("q=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("brien+drop'--")))),
             QList<qint64> {id});
}

void TestServerCustomers::achStatesFollowTheRulesForToday()
{
    // The demo cases cycle with the id (DemoData.h): check the boundary cases against the
    // rule's meaning with the fixed today.
    QHash<QString, int> reasons;
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject c = value.toObject();
        const QJsonObject ach = c.value(QStringLiteral("ach")).toObject();
        const QString status = ach.value(QStringLiteral("status")).toString();
        const QString reason = ach.value(QStringLiteral("reason")).toString();
        ++reasons[reason];
        if (c.value(QStringLiteral("country")).toString() != QLatin1String("US")) {
            QCOMPARE(status, QStringLiteral("not_eligible"));
            QCOMPARE(reason, QStringLiteral("outside_us"));
        } else if (c.value(QStringLiteral("master_agent")).isObject()) {
            QVERIFY(status != QLatin1String("not_eligible"));
            QCOMPARE(reason, QStringLiteral("master_agent"));
        }
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        const bool noMaster = c.value(QStringLiteral("master_agent")).isNull();
        if (noMaster && (id - 1) % 12 == 3) { // joined exactly 90 days ago: eligible tomorrow
            QCOMPARE(reason, QStringLiteral("new_customer"));
            QCOMPARE(ach.value(QStringLiteral("eligible_on")).toString(),
                     kToday.addDays(1).toString(Qt::ISODate));
        }
        if (noMaster && (id - 1) % 12 == 6) // last issue 91 days ago: eligible
            QCOMPARE(reason, QStringLiteral("good_standing"));
        if (noMaster && (id - 1) % 12 == 8) // an ACH method on file
            QCOMPARE(status, QStringLiteral("enabled"));
    }
    for (const char *reason : {"master_agent", "good_standing", "manual", "outside_us",
                               "recent_payment_issue", "new_customer"}) {
        QVERIFY2(reasons.value(QString::fromLatin1(reason)) > 0, reason);
    }
}

void TestServerCustomers::historyIsNewestFirstAndPaged()
{
    PortalTestClient client(m_base);
    QVERIFY(client.signIn(QStringLiteral("master1")));
    const qint64 id = client.allCustomerIds().at(5);
    const QString path = QStringLiteral("/customers/%1").arg(id);
    for (int i = 0; i < 3; ++i) {
        const Reply changed = client.put(
            path + QStringLiteral("/invoice-emails"),
            {{QStringLiteral("emails"), QJsonArray {QStringLiteral("h%1@example.com").arg(i)}}},
            {{"If-Match", client.etagOf(path)}});
        QCOMPARE(changed.status, 200);
    }
    const Reply page1 = client.get(path + QStringLiteral("/history?limit=2"));
    QCOMPARE(page1.status, 200);
    QCOMPARE(page1.items().size(), 2);
    const QJsonObject newest = page1.items().at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("after")).toArray(),
             QJsonArray {QStringLiteral("h2@example.com")});
    QCOMPARE(newest.value(QStringLiteral("before")).toArray(),
             QJsonArray {QStringLiteral("h1@example.com")});
    QCOMPARE(
        newest.value(QStringLiteral("actor")).toObject().value(QStringLiteral("role")).toString(),
        QStringLiteral("master_agent"));
    QCOMPARE(newest.value(QStringLiteral("action")).toString(),
             QStringLiteral("invoice_emails_changed"));
    const QString cursor = page1.json().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const Reply page2 = client.get(path + QStringLiteral("/history?limit=2&cursor=") + cursor);
    QCOMPARE(page2.status, 200);
    QVERIFY(page2.items().size() >= 1);
    QCOMPARE(page2.items().at(0).toObject().value(QStringLiteral("after")).toArray(),
             QJsonArray {QStringLiteral("h0@example.com")});
    // A history cursor belongs to that customer's history.
    const qint64 other = client.allCustomerIds().at(6);
    QCOMPARE(
        client.get(QStringLiteral("/customers/%1/history?cursor=%2").arg(other).arg(cursor)).status,
        400);
}

QTEST_GUILESS_MAIN(TestServerCustomers)
#include "tst_server_customers.moc"
