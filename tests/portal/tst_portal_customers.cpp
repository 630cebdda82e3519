// Session, health and customer endpoints of PortalClient against the real reference portal
// (in-process, loopback): success and error decoding of each.
#include "LivePortal.h"

#include <QSignalSpy>

#include <algorithm>

using namespace pac;
using Kind = PortalError::Kind;

namespace {

QList<Customer> listAll(PortalClient &client, int limit, int *pages = nullptr)
{
    QList<Customer> all;
    CustomerListQuery query;
    query.limit = limit;
    for (int page = 1; page <= 1000; ++page) {
        const auto result = await<CustomerPage>(
            [&](QObject *c, auto done) { return client.listCustomers(query, c, done); });
        if (!result.ok())
            return {};
        all += result.value().items;
        if (pages)
            *pages = page;
        if (result.value().nextCursor.isEmpty())
            break;
        query.cursor = result.value().nextCursor;
    }
    return all;
}

bool hasError(const PortalError &error, const QString &field, const QString &code)
{
    return std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                       [&](const FieldError &e) { return e.field == field && e.code == code; });
}

} // namespace

class TestPortalCustomers : public QObject
{
    Q_OBJECT

private:
    PortalResult<Customer> putEmails(PortalClient &client, const Customer &customer,
                                     const QStringList &emails, const ChangeGuard &guard)
    {
        return await<Customer>([&](QObject *c, auto done) {
            return client.putInvoiceEmails(customer.id, emails, guard, c, done);
        });
    }

    PortalResult<CustomerFetch> fetch(PortalClient &client, qint64 id,
                                      const QByteArray &ifNoneMatch = {})
    {
        return await<CustomerFetch>(
            [&](QObject *c, auto done) { return client.getCustomer(id, ifNoneMatch, c, done); });
    }

    // An active customer of agent1 that no other test function has changed.
    Customer takeAgentCustomer()
    {
        const auto it
            = std::find_if(m_agentCustomers.begin(), m_agentCustomers.end(),
                           [](const Customer &c) { return c.status == CustomerStatus::Active; });
        if (it == m_agentCustomers.end())
            return {};
        const Customer customer = *it;
        m_agentCustomers.erase(it);
        return customer;
    }

    LivePortal m_portal;
    std::unique_ptr<PortalClient> m_support;
    std::unique_ptr<PortalClient> m_agent;
    PortalSession m_agentSession;
    QList<Customer> m_all;
    QList<Customer> m_agentCustomers;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_portal.start(LivePortal::options(60), &error), qPrintable(error));
        m_support = m_portal.signedIn(QStringLiteral("support1"));
        m_agent = m_portal.signedIn(QStringLiteral("agent1"), &m_agentSession);
        QVERIFY(m_support && m_agent);
        m_all = listAll(*m_support, 1000);
        QCOMPARE(m_all.size(), 60);
        m_agentCustomers = listAll(*m_agent, 1000);
        QVERIFY(!m_agentCustomers.isEmpty());
    }

    void health()
    {
        auto client = m_portal.client();
        const auto result
            = await<ServerHealth>([&](QObject *c, auto done) { return client->health(c, done); });
        QVERIFY2(result.ok(), describe(result));
        QVERIFY(!result.value().status.isEmpty());
        QVERIFY(!result.value().version.isEmpty());
    }

    void signIn_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<Role>("role");
        QTest::newRow("agent") << "agent1" << Role::Agent;
        QTest::newRow("master agent") << "master1" << Role::MasterAgent;
        QTest::newRow("support") << "support1" << Role::Support;
    }

    void signIn()
    {
        QFETCH(QString, username);
        QFETCH(Role, role);
        PortalSession session;
        auto client = m_portal.signedIn(username, &session);
        QVERIFY(client);
        QVERIFY(client->hasBearerToken());
        QVERIFY(session.token.size() >= 16);
        QVERIFY(session.expiresAt.isValid());
        QCOMPARE(session.user.role, role);
        QVERIFY(session.user.id > 0);
        QVERIFY(!session.user.name.isEmpty());
        // The token works: the signed-in client can list.
        const auto page = await<CustomerPage>(
            [&](QObject *c, auto done) { return client->listCustomers({}, c, done); });
        QVERIFY2(page.ok(), describe(page));
    }

    void signInRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << "agent1"
                                        << "Demo";
        QTest::newRow("unknown user") << "agent99"
                                      << "demo";
        QTest::newRow("empty username") << ""
                                        << "demo";
        QTest::newRow("SQL in the username") << "agent1' OR '1'='1"
                                             << "x";
    }

    void signInRefused()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        auto client = m_portal.client();
        QSignalSpy expired(client.get(), &PortalClient::sessionExpired);
        const auto result = await<PortalSession>(
            [&](QObject *c, auto done) { return client->signIn(username, password, c, done); });
        QCOMPARE(outcomeOf(result), kindName(Kind::Unauthorized));
        QCOMPARE(result.error().httpStatus, 401);
        QVERIFY(!client->hasBearerToken());
        QCOMPARE(expired.count(), 0);
    }

    void withoutValidToken_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("no token") << QByteArray();
        QTest::newRow("made-up token") << QByteArray("not-a-token");
    }

    void withoutValidToken()
    {
        QFETCH(QByteArray, token);
        auto client = m_portal.client();
        client->setBearerToken(token);
        QSignalSpy expired(client.get(), &PortalClient::sessionExpired);
        const auto result = await<CustomerPage>(
            [&](QObject *c, auto done) { return client->listCustomers({}, c, done); });
        QCOMPARE(outcomeOf(result), kindName(Kind::Unauthorized));
        QVERIFY(!result.error().title.isEmpty()); // problem+json decoded
        QCOMPARE(expired.count(), 1);
    }

    void listingPagesThroughEveryCustomerOnce()
    {
        int pages = 0;
        const QList<Customer> paged = listAll(*m_support, 7, &pages);
        QCOMPARE(pages, 9); // 60 customers, 7 a page
        QCOMPARE(paged.size(), m_all.size());
        QList<qint64> ids;
        for (const Customer &c : paged)
            ids.append(c.id);
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());
    }

    void listingShowsOnlyWhatTheUserMaySee()
    {
        QVERIFY(m_agentCustomers.size() < m_all.size());
        for (const Customer &c : std::as_const(m_agentCustomers))
            QCOMPARE(c.agent.id, m_agentSession.user.id);
        // Someone else's customer does not exist for agent1.
        const auto other = std::find_if(m_all.cbegin(), m_all.cend(), [&](const Customer &c) {
            return c.agent.id != m_agentSession.user.id;
        });
        QVERIFY(other != m_all.cend());
        QCOMPARE(outcomeOf(fetch(*m_agent, other->id)), kindName(Kind::NotFound));
        QCOMPARE(outcomeOf(fetch(*m_support, other->id)), Ok);
    }

    void pageSizeOutOfRange_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("code");
        QTest::newRow("1001") << 1001 << "too_high";
        QTest::newRow("1000000") << 1000000 << "too_high";
    }

    void pageSizeOutOfRange()
    {
        QFETCH(int, limit);
        QFETCH(QString, code);
        CustomerListQuery query;
        query.limit = limit;
        const auto result = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_support->listCustomers(query, c, done); });
        QCOMPARE(outcomeOf(result), kindName(Kind::BadRequest));
        QCOMPARE(result.error().httpStatus, 400);
        QVERIFY2(hasError(result.error(), QStringLiteral("limit"), code), describe(result));
    }

    void search()
    {
        const Customer &target = m_all.at(17);
        CustomerListQuery query;
        query.search = target.accountNumber;
        const auto found = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_support->listCustomers(query, c, done); });
        QVERIFY2(found.ok(), describe(found));
        QVERIFY(std::any_of(found.value().items.cbegin(), found.value().items.cend(),
                            [&](const Customer &c) { return c.id == target.id; }));
        query.search = QStringLiteral("%' OR 1=1 --");
        const auto none = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_support->listCustomers(query, c, done); });
        QVERIFY2(none.ok(), describe(none));
        QVERIFY(none.value().items.isEmpty());
    }

    void deltaSinceServerTime()
    {
        const auto first = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_support->listCustomers({}, c, done); });
        QVERIFY2(first.ok(), describe(first));
        const QDateTime since = first.value().serverTime;
        QVERIFY(since.isValid());

        const Customer customer = takeAgentCustomer();
        const auto changed = putEmails(*m_agent, customer, {QStringLiteral("delta@x.example")},
                                       {customer.etag(), QUuid::createUuid()});
        QVERIFY2(changed.ok(), describe(changed));

        CustomerListQuery delta;
        delta.updatedSince = since;
        delta.limit = 1000;
        const auto page = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_support->listCustomers(delta, c, done); });
        QVERIFY2(page.ok(), describe(page));
        QVERIFY(page.value().items.size() < m_all.size());
        QVERIFY(std::any_of(page.value().items.cbegin(), page.value().items.cend(),
                            [&](const Customer &c) { return c == changed.value(); }));
        for (const Customer &c : page.value().items)
            QVERIFY(c.updatedAt >= since);
    }

    void getCustomerAndNotModified()
    {
        const Customer &known = m_all.at(3);
        const auto full = fetch(*m_support, known.id);
        QVERIFY2(full.ok(), describe(full));
        QVERIFY(!full.value().notModified);
        QCOMPARE(full.value().etag, full.value().customer.etag());
        QCOMPARE(full.value().customer.id, known.id);

        const auto same = fetch(*m_support, known.id, full.value().etag);
        QVERIFY2(same.ok(), describe(same));
        QVERIFY(same.value().notModified);
        QCOMPARE(same.value().etag, full.value().etag);

        const auto stale = fetch(*m_support, known.id, "\"0\"");
        QVERIFY2(stale.ok(), describe(stale));
        QVERIFY(!stale.value().notModified);

        QCOMPARE(outcomeOf(fetch(*m_support, 999'999)), kindName(Kind::NotFound));
    }

    void invoiceEmailsChangeAndConflicts()
    {
        const Customer customer = takeAgentCustomer();
        const QStringList emails {QStringLiteral("ap@acme.example"),
                                  QStringLiteral("CFO@acme.example")};
        const auto changed
            = putEmails(*m_agent, customer, emails, {customer.etag(), QUuid::createUuid()});
        QVERIFY2(changed.ok(), describe(changed));
        QCOMPARE(changed.value().invoiceEmails, emails);
        QCOMPARE(changed.value().version, customer.version + 1);

        // A second editor still on the old version gets 412 and the current ETag.
        const auto stale = putEmails(*m_support, customer, {QStringLiteral("x@y.example")},
                                     {customer.etag(), QUuid::createUuid()});
        QCOMPARE(outcomeOf(stale), kindName(Kind::PreconditionFailed));
        QCOMPARE(stale.error().currentEtag, changed.value().etag());
        QVERIFY(!stale.error().isTransient());

        const auto missing
            = putEmails(*m_agent, customer, emails, {QByteArray(), QUuid::createUuid()});
        QCOMPARE(outcomeOf(missing), kindName(Kind::PreconditionRequired));
    }

    void invoiceEmailsRefused_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("invalid second address")
            << QStringList {QStringLiteral("ok@x.example"), QStringLiteral("bob@@x")} << "emails[1]"
            << "invalid_email";
        QTest::newRow("duplicate ignoring case")
            << QStringList {QStringLiteral("a@x.example"), QStringLiteral("A@X.example")}
            << "emails[1]"
            << "duplicate";
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QStringLiteral("user%1@x.example").arg(i));
        QTest::newRow("eleven addresses") << eleven << "emails[10]"
                                          << "too_many";
    }

    void invoiceEmailsRefused()
    {
        QFETCH(QStringList, emails);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const Customer &customer = m_all.at(5);
        const auto current = fetch(*m_support, customer.id);
        QVERIFY2(current.ok(), describe(current));
        const auto refused = putEmails(*m_support, current.value().customer, emails,
                                       {current.value().etag, QUuid::createUuid()});
        QCOMPARE(outcomeOf(refused), kindName(Kind::Validation));
        QCOMPARE(refused.error().httpStatus, 422);
        QVERIFY2(hasError(refused.error(), field, code), describe(refused));
        QVERIFY(
            refused.error().message().contains(refused.error().fieldErrors.constFirst().message));
        // Nothing was saved.
        const auto after = fetch(*m_support, customer.id);
        QCOMPARE(after.value().customer, current.value().customer);
    }

    void idempotentReplay()
    {
        const Customer customer = takeAgentCustomer();
        const ChangeGuard guard {customer.etag(), QUuid::createUuid()};
        const QStringList emails {QStringLiteral("once@x.example")};
        const auto first = putEmails(*m_agent, customer, emails, guard);
        QVERIFY2(first.ok(), describe(first));
        // The same change again (as after a lost response): the first answer, no second effect.
        const auto again = putEmails(*m_agent, customer, emails, guard);
        QVERIFY2(again.ok(), describe(again));
        QCOMPARE(again.value(), first.value());
        QCOMPARE(fetch(*m_agent, customer.id).value().customer.version, customer.version + 1);
        // The same key with another body is refused.
        const auto other
            = putEmails(*m_agent, customer, {QStringLiteral("twice@x.example")}, guard);
        QCOMPARE(outcomeOf(other), kindName(Kind::IdempotencyMismatch));
        QVERIFY(!other.error().isTransient());
    }

    void payloadTooLarge()
    {
        const Customer &customer = m_all.at(6);
        const QString huge = QString(1'100'000, u'a') + QStringLiteral("@x.example");
        const auto result
            = putEmails(*m_support, customer, {huge}, {customer.etag(), QUuid::createUuid()});
        QCOMPARE(outcomeOf(result), kindName(Kind::PayloadTooLarge));
        QCOMPARE(result.error().httpStatus, 413);
    }

    void paymentTerms()
    {
        const auto candidate
            = std::find_if(m_agentCustomers.begin(), m_agentCustomers.end(), [](const Customer &c) {
                  return c.status == CustomerStatus::Active
                      && c.paymentTerms == PaymentTermsKind::DueOnReceipt
                      && c.creditLimitCents < 50'000;
              });
        QVERIFY(candidate != m_agentCustomers.end());
        const Customer customer = *candidate;
        m_agentCustomers.erase(candidate);
        const auto net15 = await<Customer>([&](QObject *c, auto done) {
            return m_agent->putPaymentTerms(customer.id, PaymentTermsKind::Net15,
                                            {customer.etag(), QUuid::createUuid()}, c, done);
        });
        QVERIFY2(net15.ok(), describe(net15));
        QCOMPARE(net15.value().paymentTerms, PaymentTermsKind::Net15);
        QCOMPARE(net15.value().creditLimitCents, 50'000);
        const auto back = await<Customer>([&](QObject *c, auto done) {
            return m_agent->putPaymentTerms(customer.id, PaymentTermsKind::DueOnReceipt,
                                            {net15.value().etag(), QUuid::createUuid()}, c, done);
        });
        QVERIFY2(back.ok(), describe(back));
        QCOMPARE(back.value().paymentTerms, PaymentTermsKind::DueOnReceipt);
        QCOMPARE(back.value().creditLimitCents, 50'000);
    }

    void paymentTermsOfInactiveCustomer()
    {
        const auto inactive = std::find_if(m_all.cbegin(), m_all.cend(), [](const Customer &c) {
            return c.status != CustomerStatus::Active
                && c.paymentTerms == PaymentTermsKind::DueOnReceipt;
        });
        if (inactive == m_all.cend())
            QSKIP("the demo dataset of this seed has no inactive customer on due_on_receipt");
        const auto result = await<Customer>([&](QObject *c, auto done) {
            return m_support->putPaymentTerms(inactive->id, PaymentTermsKind::Net15,
                                              {inactive->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(result), kindName(Kind::Validation));
        QVERIFY2(
            std::any_of(result.error().fieldErrors.cbegin(), result.error().fieldErrors.cend(),
                        [](const FieldError &e) { return e.code == QLatin1String("not_active"); }),
            describe(result));
    }

    void history()
    {
        const Customer customer = takeAgentCustomer();
        const auto changed = putEmails(*m_agent, customer, {QStringLiteral("history@x.example")},
                                       {customer.etag(), QUuid::createUuid()});
        QVERIFY2(changed.ok(), describe(changed));
        const auto page = await<HistoryPage>(
            [&](QObject *c, auto done) { return m_agent->history(customer.id, {}, c, done); });
        QVERIFY2(page.ok(), describe(page));
        QVERIFY(!page.value().items.isEmpty());
        const HistoryEntry &newest = page.value().items.constFirst();
        QCOMPARE(newest.field, QStringLiteral("invoice_emails"));
        QCOMPARE(newest.actor.id, m_agentSession.user.id);
        QCOMPARE(newest.actorRole, Role::Agent);
        QCOMPARE(newest.after, QJsonValue(QJsonArray {QStringLiteral("history@x.example")}));
        for (qsizetype i = 1; i < page.value().items.size(); ++i)
            QVERIFY(page.value().items.at(i - 1).at >= page.value().items.at(i).at);

        const auto hidden = std::find_if(m_all.cbegin(), m_all.cend(), [&](const Customer &c) {
            return c.agent.id != m_agentSession.user.id;
        });
        const auto refused = await<HistoryPage>(
            [&](QObject *c, auto done) { return m_agent->history(hidden->id, {}, c, done); });
        QCOMPARE(outcomeOf(refused), kindName(Kind::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestPortalCustomers)
#include "tst_portal_customers.moc"
