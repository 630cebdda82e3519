// ACH and credit application endpoints of PortalClient against the real reference portal
// (in-process, loopback): success and error decoding of each.
#include "LivePortal.h"
#include "models/AchAuthorizationText.h"
#include "models/AchBankDetails.h"

#include <algorithm>

using namespace pac;
using Kind = PortalError::Kind;

namespace {

bool hasCode(const PortalError &error, const QString &code, const QString &field = {})
{
    return std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                       [&](const FieldError &e) {
                           return e.code == code && (field.isEmpty() || e.field == field);
                       });
}

AchBankDetails bankDetails()
{
    AchBankDetails details;
    details.routingNumber = QStringLiteral("011000015"); // passes the ABA checksum
    details.accountNumber = QStringLiteral("000123456789");
    details.holderName = QStringLiteral("Acme VoIP LLC");
    details.accountType = AchAccountType::Checking;
    return details;
}

AchAuthorization authorization()
{
    AchAuthorization a;
    a.secCode = AchSecCode::CCD;
    a.authorizedByName = QStringLiteral("Pat Doe");
    a.authorizedByTitle = QStringLiteral("Controller");
    a.method = AchAuthorizationMethod::Written;
    a.textVersion = AchAuthorizationText::CurrentVersion;
    a.acceptedAt = QDateTime::currentDateTimeUtc();
    return a;
}

CreditApplication application(const Customer &customer)
{
    CreditApplication a;
    a.customerId = customer.id;
    a.legalName = QStringLiteral("Acme VoIP LLC");
    a.dba = QStringLiteral("Acme Voice");
    a.ein = QStringLiteral("12-3456789");
    a.entityType = EntityType::Llc;
    a.yearsInBusiness = 6;
    a.billingAddress = {QStringLiteral("100 Main St"), QString(), QStringLiteral("Dallas"),
                        QStringLiteral("TX"), QStringLiteral("75201")};
    a.apContact = {QStringLiteral("Ann Payable"), QStringLiteral("ap@acme.example"),
                   QStringLiteral("214-555-0100")};
    a.bankReference = {QStringLiteral("First Bank"), QStringLiteral("Bob Officer"),
                       QStringLiteral("214-555-0101")};
    a.tradeReferences = {{QStringLiteral("Carrier One"), QStringLiteral("Cat"),
                          QStringLiteral("214-555-0102"), QStringLiteral("cat@one.example")},
                         {QStringLiteral("Carrier Two"), QStringLiteral("Dan"),
                          QStringLiteral("214-555-0103"), QStringLiteral("dan@two.example")}};
    a.currentLimitCents = customer.creditLimitCents;
    a.requestedLimitCents = customer.creditLimitCents + 150'000;
    a.expectedMonthlySpendCents = 80'000;
    a.signerName = QStringLiteral("Pat Doe");
    a.signerTitle = QStringLiteral("CFO");
    a.typedSignature = QStringLiteral("pat doe");
    a.signedOn = LivePortal::Today;
    a.consent = true;
    return a;
}

} // namespace

class TestPortalBilling : public QObject
{
    Q_OBJECT

private:
    PortalResult<CustomerFetch> fetch(PortalClient &client, qint64 id)
    {
        return await<CustomerFetch>(
            [&](QObject *c, auto done) { return client.getCustomer(id, {}, c, done); });
    }

    // The first customer of agent1 matching `pred` that no other test function took.
    template<typename Pred>
    std::optional<Customer> take(Pred pred)
    {
        const auto it = std::find_if(m_agentCustomers.begin(), m_agentCustomers.end(), pred);
        if (it == m_agentCustomers.end())
            return std::nullopt;
        const Customer customer = *it;
        m_agentCustomers.erase(it);
        return customer;
    }

    LivePortal m_portal;
    std::unique_ptr<PortalClient> m_support;
    std::unique_ptr<PortalClient> m_agent;
    QList<Customer> m_agentCustomers;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_portal.start(LivePortal::options(80), &error), qPrintable(error));
        m_support = m_portal.signedIn(QStringLiteral("support1"));
        m_agent = m_portal.signedIn(QStringLiteral("agent1"));
        QVERIFY(m_support && m_agent);
        CustomerListQuery query;
        query.limit = 1000;
        const auto page = await<CustomerPage>(
            [&](QObject *c, auto done) { return m_agent->listCustomers(query, c, done); });
        QVERIFY2(page.ok(), describe(page));
        m_agentCustomers = page.value().items;
    }

    void manualAchEnable()
    {
        const auto customer = take([](const Customer &c) {
            return c.country == QLatin1String("US") && c.ach.status == AchStatus::NotEligible
                && c.status == CustomerStatus::Active;
        });
        QVERIFY2(customer, "no US customer of agent1 without ACH eligibility");
        const ChangeGuard guard {customer->etag(), QUuid::createUuid()};
        const QString reason = QStringLiteral("Long-standing customer, paid by wire for years");

        const auto refused = await<Customer>([&](QObject *c, auto done) {
            return m_agent->manualEnableAch(customer->id, reason, guard, c, done);
        });
        QCOMPARE(outcomeOf(refused), kindName(Kind::Forbidden));
        QCOMPARE(refused.error().httpStatus, 403);
        QVERIFY(!refused.error().isTransient());

        const auto enabled = await<Customer>([&](QObject *c, auto done) {
            return m_support->manualEnableAch(customer->id, reason, guard, c, done);
        });
        QVERIFY2(enabled.ok(), describe(enabled));
        QCOMPARE(enabled.value().ach.status, AchStatus::Eligible);
        QCOMPARE(enabled.value().ach.reason, AchReason::Manual);
        QVERIFY(enabled.value().ach.enabledBy.has_value());
        QCOMPARE(enabled.value().ach.enabledBy->reason, reason);
        QCOMPARE(enabled.value().version, customer->version + 1);
    }

    void manualAchEnableOutsideUs()
    {
        const auto customer
            = take([](const Customer &c) { return c.country != QLatin1String("US"); });
        QVERIFY2(customer, "no customer of agent1 outside the US");
        const auto refused = await<Customer>([&](QObject *c, auto done) {
            return m_support->manualEnableAch(customer->id, QStringLiteral("asked nicely"),
                                              {customer->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(refused), kindName(Kind::Validation));
        QVERIFY2(hasCode(refused.error(), QStringLiteral("outside_us")), describe(refused));
    }

    void addAchPaymentMethod()
    {
        const auto customer
            = take([](const Customer &c) { return c.ach.status == AchStatus::Eligible; });
        QVERIFY2(customer, "no ACH-eligible customer of agent1");
        const auto before = await<QList<PaymentMethod>>([&](QObject *c, auto done) {
            return m_agent->listPaymentMethods(customer->id, c, done);
        });
        QVERIFY2(before.ok(), describe(before));

        const auto added = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->addAchPaymentMethod(customer->id, bankDetails(), authorization(),
                                                {customer->etag(), QUuid::createUuid()}, c, done);
        });
        QVERIFY2(added.ok(), describe(added));
        QCOMPARE(added.value().type, QStringLiteral("ach"));
        QCOMPARE(added.value().last4, QStringLiteral("6789"));
        QCOMPARE(added.value().accountType, QStringLiteral("checking"));
        QVERIFY(added.value().id > 0);

        const auto after = await<QList<PaymentMethod>>([&](QObject *c, auto done) {
            return m_agent->listPaymentMethods(customer->id, c, done);
        });
        QVERIFY2(after.ok(), describe(after));
        QCOMPARE(after.value().size(), before.value().size() + 1);
        QVERIFY(after.value().contains(added.value()));
        // The new account waits for its micro-deposits: ACH is not enabled by adding it
        // (tst_portal_ach verifies it), but the customer changed (its history and version), so
        // the ETag the edit was based on is stale now.
        QCOMPARE(added.value().verification, AchVerificationState::Pending);
        const auto current = fetch(*m_agent, customer->id);
        QCOMPARE(current.value().customer.ach.status, AchStatus::Eligible);
        QVERIFY(current.value().customer.version > customer->version);
        const auto stale = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->addAchPaymentMethod(customer->id, bankDetails(), authorization(),
                                                {customer->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(stale), kindName(Kind::PreconditionFailed));
        QCOMPARE(stale.error().currentEtag, current.value().etag);
    }

    void addAchPaymentMethodRefused_data()
    {
        QTest::addColumn<bool>("eligibleCustomer");
        QTest::addColumn<QString>("routing");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("customer not eligible") << false << "011000015"
                                               << "000123456789"
                                               << ""
                                               << "ach_not_eligible";
        QTest::newRow("routing checksum") << true << "011000016"
                                          << "000123456789"
                                          << "routing_number"
                                          << "invalid_checksum";
        QTest::newRow("account of 3 digits") << true << "011000015"
                                             << "123"
                                             << "account_number"
                                             << "invalid_format";
        QTest::newRow("account of 18 digits") << true << "011000015"
                                              << "123456789012345678"
                                              << "account_number"
                                              << "invalid_format";
    }

    void addAchPaymentMethodRefused()
    {
        QFETCH(bool, eligibleCustomer);
        QFETCH(QString, routing);
        QFETCH(QString, account);
        QFETCH(QString, field);
        QFETCH(QString, code);
        // Refusals change nothing, so the customers can be shared between rows.
        const auto it = std::find_if(
            m_agentCustomers.cbegin(), m_agentCustomers.cend(), [&](const Customer &c) {
                return eligibleCustomer ? c.ach.status == AchStatus::Eligible
                                        : c.ach.status == AchStatus::NotEligible;
            });
        QVERIFY(it != m_agentCustomers.cend());
        AchBankDetails details = bankDetails();
        details.routingNumber = routing;
        details.accountNumber = account;
        const auto refused = await<PaymentMethod>([&](QObject *c, auto done) {
            return m_agent->addAchPaymentMethod(it->id, details, authorization(),
                                                {it->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(refused), kindName(Kind::Validation));
        QVERIFY2(hasCode(refused.error(), code, field), describe(refused));
        // The user's message names the problem, never the account number.
        QVERIFY(!refused.error().message().contains(account) || account.size() < 4);
        QCOMPARE(fetch(*m_agent, it->id).value().customer, *it);
    }

    void creditApplicationLifecycle()
    {
        const auto customer
            = take([](const Customer &c) { return c.status == CustomerStatus::Active; });
        QVERIFY(customer);
        const CreditApplication draft = application(*customer);
        QCOMPARE(draft.validateForSubmit(customer->creditLimitCents), QList<FieldError>());

        const auto created = await<CreditApplication>([&](QObject *c, auto done) {
            return m_agent->createCreditApplication(
                customer->id, draft, {customer->etag(), QUuid::createUuid()}, c, done);
        });
        QVERIFY2(created.ok(), describe(created));
        const CreditApplication submitted = created.value();
        QVERIFY(submitted.id > 0);
        QCOMPARE(submitted.customerId, customer->id);
        QCOMPARE(submitted.status, CreditApplicationStatus::Submitted);
        QCOMPARE(submitted.legalName, draft.legalName);
        QCOMPARE(submitted.requestedLimitCents, draft.requestedLimitCents);

        const auto got = await<CreditApplication>([&](QObject *c, auto done) {
            return m_agent->getCreditApplication(submitted.id, c, done);
        });
        QVERIFY2(got.ok(), describe(got));
        QCOMPARE(got.value(), submitted);

        CreditApplicationQuery query;
        query.status = CreditApplicationStatus::Submitted;
        const auto listed = await<CreditApplicationPage>(
            [&](QObject *c, auto done) { return m_agent->listCreditApplications(query, c, done); });
        QVERIFY2(listed.ok(), describe(listed));
        QVERIFY(std::any_of(listed.value().items.cbegin(), listed.value().items.cend(),
                            [&](const CreditApplication &a) { return a.id == submitted.id; }));
        for (const CreditApplication &a : listed.value().items)
            QCOMPARE(a.status, CreditApplicationStatus::Submitted);

        const CreditDecisionRequest approve {true, draft.requestedLimitCents - 50'000,
                                             QStringLiteral("Good references")};
        const auto byAgent = await<CreditApplication>([&](QObject *c, auto done) {
            return m_agent->decideCreditApplication(
                submitted.id, approve, {submitted.etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(byAgent), kindName(Kind::Forbidden));

        const auto stale = await<CreditApplication>([&](QObject *c, auto done) {
            return m_support->decideCreditApplication(submitted.id, approve,
                                                      {"\"999\"", QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(stale), kindName(Kind::PreconditionFailed));
        QCOMPARE(stale.error().currentEtag, submitted.etag());

        const auto approved = await<CreditApplication>([&](QObject *c, auto done) {
            return m_support->decideCreditApplication(
                submitted.id, approve, {submitted.etag(), QUuid::createUuid()}, c, done);
        });
        QVERIFY2(approved.ok(), describe(approved));
        QCOMPARE(approved.value().status, CreditApplicationStatus::Approved);
        QVERIFY(approved.value().decision.has_value());
        QCOMPARE(approved.value().decision->approvedLimitCents, approve.approvedLimitCents);
        QCOMPARE(fetch(*m_agent, customer->id).value().customer.creditLimitCents,
                 approve.approvedLimitCents);

        // Nothing leaves approved.
        const auto again = await<CreditApplication>([&](QObject *c, auto done) {
            return m_support->decideCreditApplication(
                submitted.id, {false, 0, QStringLiteral("changed my mind")},
                {approved.value().etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(again), kindName(Kind::Validation));
        QVERIFY2(hasCode(again.error(), QStringLiteral("invalid_transition")), describe(again));
    }

    void creditApplicationRefused()
    {
        const auto customer
            = take([](const Customer &c) { return c.status == CustomerStatus::Active; });
        QVERIFY(customer);
        CreditApplication incomplete = application(*customer);
        incomplete.tradeReferences.removeLast();
        incomplete.ein = QStringLiteral("123456789");
        const auto refused = await<CreditApplication>([&](QObject *c, auto done) {
            return m_agent->createCreditApplication(
                customer->id, incomplete, {customer->etag(), QUuid::createUuid()}, c, done);
        });
        QCOMPARE(outcomeOf(refused), kindName(Kind::Validation));
        QVERIFY2(hasCode(refused.error(), QStringLiteral("invalid_format"), QStringLiteral("ein")),
                 describe(refused));
        QVERIFY2(std::any_of(refused.error().fieldErrors.cbegin(),
                             refused.error().fieldErrors.cend(),
                             [](const FieldError &e) {
                                 return e.field == QLatin1String("trade_references");
                             }),
                 describe(refused));
        const auto missing = await<CreditApplication>(
            [&](QObject *c, auto done) { return m_agent->getCreditApplication(999'999, c, done); });
        QCOMPARE(outcomeOf(missing), kindName(Kind::NotFound));
    }

    void creditApplicationsPaging()
    {
        QList<qint64> ids;
        CreditApplicationQuery query;
        query.limit = 2;
        for (int page = 0; page < 100; ++page) {
            const auto result = await<CreditApplicationPage>([&](QObject *c, auto done) {
                return m_support->listCreditApplications(query, c, done);
            });
            QVERIFY2(result.ok(), describe(result));
            QVERIFY(result.value().items.size() <= 2);
            for (const CreditApplication &a : result.value().items)
                ids.append(a.id);
            if (result.value().nextCursor.isEmpty())
                break;
            query.cursor = result.value().nextCursor;
        }
        QVERIFY(ids.size() >= 2);
        QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    }
};

QTEST_GUILESS_MAIN(TestPortalBilling)
#include "tst_portal_billing.moc"
