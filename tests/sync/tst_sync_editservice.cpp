// CustomerEditService: every edit is validated by the shared billing rule and the role's
// permissions before anything is saved; a saved edit changes the local view and the outbox
// together; conflicts are settled mine / theirs / merged. No portal is needed for these
// (the cache is filled directly); the portal side is in tst_sync_push. The bank-account
// flows, online only, run against the reference portal at the end (bankAccountFlows…).
#include "SyncTestSupport.h"
#include "models/AchAuthorization.h"
#include "models/AchAuthorizationText.h"
#include "models/CreditApplicationJson.h"
#include "portal/CustomerEditService.h"
#include "server/MicroDeposits.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

constexpr qint64 Active = 1;
constexpr qint64 Suspended = 2;
constexpr qint64 Canadian = 3;
constexpr qint64 OnNet15 = 4;
constexpr qint64 Eligible = 5;

Customer makeCustomer(qint64 id)
{
    Customer c;
    c.id = id;
    c.accountNumber = QStringLiteral("ACC-%1").arg(id, 6, 10, QLatin1Char('0'));
    c.name = QStringLiteral("Customer %1").arg(id);
    c.country = QStringLiteral("US");
    c.agent = {11, QStringLiteral("Ann Agent")};
    c.customerSince = QDate(2026, 10, 1);
    c.billingContacts = {{1, QStringLiteral("Bill Payer"), QStringLiteral("bill@example.com")}};
    c.ach = {AchStatus::NotEligible, AchReason::NewCustomer, QDate(2026, 12, 31), std::nullopt};
    c.version = 3;
    c.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    return c;
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

// Runs one bank-account action of the service and waits for its result.
template<typename Start>
std::optional<AchMethodResult> awaitAch(Start start, int timeoutMs = 30'000)
{
    QObject context;
    std::optional<AchMethodResult> outcome;
    start(&context, [&outcome](const AchMethodResult &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return std::nullopt;
    return outcome;
}

QStringList addresses(int count, const QString &prefix = QStringLiteral("a"))
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("%1%2@example.com").arg(prefix).arg(i));
    return list;
}

} // namespace

class TestSyncEditService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void invoiceEmails_data();
    void invoiceEmails();
    void pastedListIsAddedOrRefusedWhole();
    void removeNamesTheMissingAddress();
    void paymentTerms_data();
    void paymentTerms();
    void achManualEnable_data();
    void achManualEnable();
    void unknownCustomerAndNoUser();
    void conflictIsResolvedMineTheirsOrMerged();
    void bankAccountIsCheckedBeforeGoingOnline();
    void bankAccountActionsAreCheckedBeforeGoingOnline();
    void bankAccountFlowsRefreshTheCustomer();
    void draftSubmissionValidatesAndConsumesTheDraft();
    void decisionFollowsTheLifecycle();

private:
    void signInAs(Role role);
    CachedCustomer cached(qint64 id);
    int outboxSize();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<CustomerEditService> m_edits;
};

void TestSyncEditService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::move(LocalCache::open(Profile(m_dir->path())).value());
    QList<Customer> customers;
    for (qint64 id = Active; id <= Eligible; ++id)
        customers.append(makeCustomer(id));
    customers[Suspended - 1].status = CustomerStatus::Suspended;
    customers[Canadian - 1].country = QStringLiteral("CA");
    customers[Canadian - 1].ach
        = {AchStatus::NotEligible, AchReason::OutsideUs, std::nullopt, std::nullopt};
    customers[OnNet15 - 1].paymentTerms = PaymentTermsKind::Net15;
    customers[OnNet15 - 1].creditLimitCents = 80'000;
    customers[Eligible - 1].masterAgent = PersonRef {21, QStringLiteral("Morgan Master")};
    customers[Eligible - 1].ach
        = {AchStatus::Eligible, AchReason::MasterAgent, std::nullopt, std::nullopt};
    QVERIFY(m_cache->customers().storeServerCopies(customers));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PortalClient>(m_network.get());
    // Nothing listens there: a test that reached the network would fail.
    m_client->setOrigin(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_edits = std::make_unique<CustomerEditService>(*m_cache, *m_client, nullptr);
}

void TestSyncEditService::cleanup()
{
    m_edits.reset();
    m_client.reset();
    m_network.reset();
    m_cache.reset();
    m_dir.reset();
}

void TestSyncEditService::signInAs(Role role)
{
    const CacheUser user {
        role == Role::Support ? 2 : 11,
        role == Role::Support ? QStringLiteral("support1") : QStringLiteral("agent1"), role};
    QVERIFY(m_cache->meta().bindAccount(QUrl(QStringLiteral("http://127.0.0.1:9")), user));
}

CachedCustomer TestSyncEditService::cached(qint64 id)
{
    return **m_cache->customers().find(id);
}

int TestSyncEditService::outboxSize()
{
    return int(m_cache->outbox().entries()->size());
}

void TestSyncEditService::invoiceEmails_data()
{
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<EditResult::Status>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("two valid") << QStringList {QStringLiteral("ann@example.com"),
                                               QStringLiteral(" bob@example.org ")}
                               << EditResult::Status::Saved << QString() << QString();
    QTest::newRow("ten, the limit")
        << addresses(10) << EditResult::Status::Saved << QString() << QString();
    QTest::newRow("eleven") << addresses(11) << EditResult::Status::Invalid
                            << QStringLiteral("emails[10]") << QString(errorcode::TooMany);
    QTest::newRow("invalid address")
        << QStringList {QStringLiteral("bob@@x")} << EditResult::Status::Invalid
        << QStringLiteral("emails[0]") << QString(errorcode::InvalidEmail);
    QTest::newRow("duplicate, other case")
        << QStringList {QStringLiteral("ann@example.com"), QStringLiteral("ANN@example.com")}
        << EditResult::Status::Invalid << QStringLiteral("emails[1]")
        << QString(errorcode::Duplicate);
    QTest::newRow("same as now") << QStringList() << EditResult::Status::Unchanged << QString()
                                 << QString();
}

void TestSyncEditService::invoiceEmails()
{
    QFETCH(QStringList, emails);
    QFETCH(EditResult::Status, status);
    QFETCH(QString, field);
    QFETCH(QString, code);
    signInAs(Role::Agent);
    const CachedCustomer before = cached(Active);

    const EditResult result = m_edits->setInvoiceEmails(Active, emails);
    QCOMPARE(result.status, status);
    if (status == EditResult::Status::Saved) {
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(result.entry->kind, EditKind::InvoiceEmails);
        QCOMPARE(result.entry->baseEtag, before.server.etag());
        QCOMPARE(cached(Active).shown().invoiceEmails.size(), emails.size());
        QVERIFY(
            !cached(Active).shown().invoiceEmails.contains(QStringLiteral(" bob@example.org ")));
        return;
    }
    // Refused or nothing to do: nothing saved, nothing shown differently.
    QCOMPARE(outboxSize(), 0);
    QCOMPARE(cached(Active).shown(), before.shown());
    if (!field.isEmpty()) {
        const FieldError *error = findError(result.errors, field);
        QVERIFY2(error, qPrintable(result.message));
        QCOMPARE(error->code, code);
        QVERIFY(result.message.contains(emails.at(field.mid(7).chopped(1).toInt()).trimmed()));
    }
}

void TestSyncEditService::pastedListIsAddedOrRefusedWhole()
{
    signInAs(Role::Agent);
    EditResult result
        = m_edits->addInvoiceEmails(Active, u"Ann <ann@example.com>; bob@example.org");
    QCOMPARE(result.status, EditResult::Status::Saved);
    QCOMPARE(cached(Active).shown().invoiceEmails,
             (QStringList {QStringLiteral("ann@example.com"), QStringLiteral("bob@example.org")}));

    // Nine more would make eleven: the paste is refused whole, naming the address that does
    // not fit, and the list stays as it was.
    result = m_edits->addInvoiceEmails(Active, addresses(9, QStringLiteral("p")).join(u'\n'));
    QCOMPARE(result.status, EditResult::Status::Invalid);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().code, QString(errorcode::TooMany));
    QVERIFY(result.message.contains(QStringLiteral("p8@example.com")));
    QCOMPARE(cached(Active).shown().invoiceEmails.size(), 2);
    QCOMPARE(outboxSize(), 1);

    QCOMPARE(m_edits->addInvoiceEmails(Active, u"  ").status, EditResult::Status::Invalid);
}

void TestSyncEditService::removeNamesTheMissingAddress()
{
    signInAs(Role::Agent);
    QVERIFY(m_edits->setInvoiceEmails(Active, addresses(3)).ok());
    EditResult result = m_edits->removeInvoiceEmail(Active, QStringLiteral("nobody@example.com"));
    QCOMPARE(result.status, EditResult::Status::Invalid);
    QVERIFY(result.message.contains(QStringLiteral("nobody@example.com")));
    result = m_edits->removeInvoiceEmail(Active, QStringLiteral("A1@EXAMPLE.COM"));
    QCOMPARE(result.status, EditResult::Status::Saved);
    QCOMPARE(cached(Active).shown().invoiceEmails,
             (QStringList {QStringLiteral("a0@example.com"), QStringLiteral("a2@example.com")}));
    QCOMPARE(outboxSize(), 2);
}

void TestSyncEditService::paymentTerms_data()
{
    QTest::addColumn<qint64>("customer");
    QTest::addColumn<PaymentTermsKind>("terms");
    QTest::addColumn<EditResult::Status>("status");
    QTest::addColumn<qint64>("limit");

    QTest::newRow("to net15 gives $500")
        << Active << PaymentTermsKind::Net15 << EditResult::Status::Saved << qint64(50'000);
    QTest::newRow("suspended cannot change")
        << Suspended << PaymentTermsKind::Net15 << EditResult::Status::Invalid << qint64(0);
    QTest::newRow("already net15")
        << OnNet15 << PaymentTermsKind::Net15 << EditResult::Status::Unchanged << qint64(80'000);
    QTest::newRow("back keeps the limit")
        << OnNet15 << PaymentTermsKind::DueOnReceipt << EditResult::Status::Saved << qint64(80'000);
}

void TestSyncEditService::paymentTerms()
{
    QFETCH(qint64, customer);
    QFETCH(PaymentTermsKind, terms);
    QFETCH(EditResult::Status, status);
    QFETCH(qint64, limit);
    signInAs(Role::Agent);
    const EditResult result = m_edits->setPaymentTerms(customer, terms);
    QCOMPARE(result.status, status);
    QCOMPARE(cached(customer).shown().creditLimitCents, limit);
    if (status == EditResult::Status::Invalid)
        QCOMPARE(result.errors.first().code, QString(errorcode::NotActive));
    QCOMPARE(outboxSize(), status == EditResult::Status::Saved ? 1 : 0);
    if (status == EditResult::Status::Saved)
        QCOMPARE(cached(customer).shown().paymentTerms, terms);
}

void TestSyncEditService::achManualEnable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<qint64>("customer");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<EditResult::Status>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("agent may not")
        << Role::Agent << Active << QStringLiteral("asked") << EditResult::Status::NotAllowed
        << QString(errorcode::Forbidden);
    QTest::newRow("outside the US") << Role::Support << Canadian << QStringLiteral("asked")
                                    << EditResult::Status::Invalid << QString(errorcode::OutsideUs);
    QTest::newRow("no reason") << Role::Support << Active << QStringLiteral("  ")
                               << EditResult::Status::Invalid << QString(errorcode::Required);
    QTest::newRow("support with a reason")
        << Role::Support << Active << QStringLiteral("Long-standing partner")
        << EditResult::Status::Saved << QString();
}

void TestSyncEditService::achManualEnable()
{
    QFETCH(Role, role);
    QFETCH(qint64, customer);
    QFETCH(QString, reason);
    QFETCH(EditResult::Status, status);
    QFETCH(QString, code);
    signInAs(role);
    const EditResult result = m_edits->enableAchManually(customer, reason);
    QCOMPARE(result.status, status);
    if (!code.isEmpty())
        QCOMPARE(result.errors.first().code, code);
    if (status == EditResult::Status::Saved) {
        const Customer shown = cached(customer).shown();
        QCOMPARE(shown.ach.reason, AchReason::Manual);
        QVERIFY(shown.ach.enabledBy);
        QCOMPARE(shown.ach.enabledBy->reason, reason);
        QCOMPARE(shown.ach.enabledBy->by.name, QStringLiteral("support1"));
        // No bank account on file: the local view says what the portal will, `eligible`.
        QCOMPARE(shown.ach.status, AchStatus::Eligible);
        QVERIFY(!shown.ach.eligibleOn);

        // The same reason again changes nothing; a new one replaces it (as the portal does).
        QCOMPARE(m_edits->enableAchManually(customer, reason).status,
                 EditResult::Status::Unchanged);
        QCOMPARE(outboxSize(), 1);
        QCOMPARE(
            m_edits->enableAchManually(customer, QStringLiteral("Paid by wire since 2019")).status,
            EditResult::Status::Saved);
        QCOMPARE(cached(customer).shown().ach.enabledBy->reason,
                 QStringLiteral("Paid by wire since 2019"));
        QCOMPARE(outboxSize(), 2);
        return;
    }
    QCOMPARE(outboxSize(), 0);
}

void TestSyncEditService::unknownCustomerAndNoUser()
{
    QCOMPARE(m_edits->setPaymentTerms(Active, PaymentTermsKind::Net15).status,
             EditResult::Status::NotSignedIn);
    signInAs(Role::Agent);
    QCOMPARE(m_edits->setPaymentTerms(999, PaymentTermsKind::Net15).status,
             EditResult::Status::NotFound);
    QCOMPARE(outboxSize(), 0);
}

void TestSyncEditService::conflictIsResolvedMineTheirsOrMerged()
{
    signInAs(Role::Agent);
    QVERIFY(m_edits->setInvoiceEmails(Active, addresses(6, QStringLiteral("m"))).ok());
    const OutboxEntry entry = m_cache->outbox().entries()->first();
    // The portal answered 412 with its own list of six.
    Customer theirs = cached(Active).server;
    theirs.version = 4;
    theirs.invoiceEmails = addresses(6, QStringLiteral("t"));
    QVERIFY(m_cache->outbox().markSending(entry.id));
    QVERIFY(m_cache->outbox().markConflict(entry.id, theirs));

    QCOMPARE(m_edits->setPaymentTerms(Active, PaymentTermsKind::Net15).status,
             EditResult::Status::Blocked);
    const auto conflict = m_edits->conflictFor(Active);
    QVERIFY(conflict && conflict->has_value());
    QCOMPARE((*conflict)->theirs.invoiceEmails, theirs.invoiceEmails);
    QCOMPARE((*conflict)->mine.invoiceEmails, addresses(6, QStringLiteral("m")));
    // Twelve addresses do not fit: ten in the merge, two named as left out.
    QCOMPARE((*conflict)->mergedEmails.size(), 10);
    QCOMPARE((*conflict)->mergeLeftOut.size(), 2);
    QCOMPARE((*conflict)->mergeLeftOut.first().error.code, QString(errorcode::TooMany));

    // A merged list must pass the rule like any other.
    EditResult result
        = m_edits->resolveConflict(Active, ConflictChoice::Merge, {QStringLiteral("bad@@x")});
    QCOMPARE(result.status, EditResult::Status::Invalid);
    result = m_edits->resolveConflict(Active, ConflictChoice::Merge);
    QCOMPARE(result.status, EditResult::Status::Saved);
    QCOMPARE(result.entry->baseEtag, theirs.etag());
    QCOMPARE(result.entry->state, OutboxState::Pending);
    QCOMPARE(cached(Active).shown().invoiceEmails, (*conflict)->mergedEmails);

    // Conflict again; this time theirs wins and the edit is gone.
    QVERIFY(m_cache->outbox().markSending(entry.id));
    theirs.version = 5;
    QVERIFY(m_cache->outbox().markConflict(entry.id, theirs));
    QCOMPARE(m_edits->resolveConflict(Active, ConflictChoice::Theirs).status,
             EditResult::Status::Unchanged);
    QCOMPARE(outboxSize(), 0);
    QCOMPARE(cached(Active).shown().invoiceEmails, theirs.invoiceEmails);
    QCOMPARE(m_edits->resolveConflict(Active, ConflictChoice::Mine).status,
             EditResult::Status::NotFound);
}

void TestSyncEditService::bankAccountIsCheckedBeforeGoingOnline()
{
    signInAs(Role::Agent);
    AchBankDetails details;
    details.routingNumber = QStringLiteral("123456789"); // fails the ABA checksum
    details.accountNumber = QStringLiteral("000123456789");
    details.holderName = QStringLiteral("Acme LLC");
    details.accountType = AchAccountType::Checking;

    auto addOnce = [this](qint64 customer, const AchBankDetails &bank,
                          const AchAuthorization &given = authorization()) {
        return awaitAch([&](QObject *context, auto done) {
            m_edits->addAchMethod(customer, bank, given, context, done);
        });
    };
    auto outcome = addOnce(Eligible, details);
    QVERIFY(outcome);
    QCOMPARE(outcome->status, AchMethodResult::Status::Invalid);
    QVERIFY(findError(outcome->errors, u"routing_number"));
    QVERIFY(!outcome->portalError);

    details.routingNumber = QStringLiteral("011000015"); // a valid checksum
    outcome = addOnce(Active, details); // not eligible yet
    QCOMPARE(outcome->status, AchMethodResult::Status::Invalid);
    QCOMPARE(outcome->errors.first().code, QString(errorcode::AchNotEligible));

    // The authorization is checked with the bank details, before anything goes out.
    AchAuthorization unsigned_ = authorization();
    unsigned_.authorizedByName.clear();
    unsigned_.secCode = AchSecCode::PPD; // a consumer's signed form…
    unsigned_.method = AchAuthorizationMethod::Online; // …is not given online
    outcome = addOnce(Eligible, details, unsigned_);
    QCOMPARE(outcome->status, AchMethodResult::Status::Invalid);
    QVERIFY(findError(outcome->errors, u"authorization.authorized_by_name"));
    QCOMPARE(findError(outcome->errors, u"authorization.method")->code,
             QString(errorcode::InvalidTransition));
    QVERIFY(!outcome->portalError);

    QVERIFY(m_edits->setInvoiceEmails(Eligible, addresses(1)).ok());
    outcome = addOnce(Eligible, details); // an unsent edit would conflict afterwards
    QCOMPARE(outcome->status, AchMethodResult::Status::Blocked);
    // Nothing of the account reached the cache.
    QCOMPARE(outboxSize(), 1);
    QVERIFY(!QString::fromUtf8(QJsonDocument(m_cache->outbox().entries()->first().payload).toJson())
                 .contains(details.accountNumber));
}

void TestSyncEditService::bankAccountActionsAreCheckedBeforeGoingOnline()
{
    // Nothing listens at the client's origin: every refusal below is the service's own.
    using Status = AchMethodResult::Status;
    auto verify = [this](qint64 customer, const QList<qint64> &cents) {
        return awaitAch([&](QObject *context, auto done) {
            m_edits->verifyAchMethod(customer, 7, cents, context, done);
        });
    };
    auto revoke = [this](qint64 customer, const QString &reason) {
        return awaitAch([&](QObject *context, auto done) {
            m_edits->revokeAchMethod(customer, 7, reason, context, done);
        });
    };
    QCOMPARE(verify(Eligible, {32, 45})->status, Status::NotSignedIn);
    signInAs(Role::Agent);
    auto outcome = verify(Eligible, {32});
    QCOMPARE(outcome->status, Status::Invalid);
    QCOMPARE(outcome->errors.first().code, QString(errorcode::TooFew));
    outcome = verify(Eligible, {0, 45});
    QCOMPARE(outcome->status, Status::Invalid);
    QCOMPARE(outcome->errors.first().field, QStringLiteral("amounts_cents"));
    QCOMPARE(verify(999, {32, 45})->status, Status::NotFound);
    outcome = revoke(Eligible, QStringLiteral("   "));
    QCOMPARE(outcome->status, Status::Invalid);
    QCOMPARE(outcome->errors.first().code, QString(errorcode::Required));
    outcome = revoke(Eligible, QString(AchAuthorization::MaxRevocationReasonLength + 1, u'x'));
    QCOMPARE(outcome->errors.first().code, QString(errorcode::TooLong));
    QVERIFY(!outcome->ok());
    // An unsent edit of the customer would become a conflict: send it first.
    QVERIFY(m_edits->setInvoiceEmails(Eligible, addresses(1)).ok());
    QCOMPARE(verify(Eligible, {32, 45})->status, Status::Blocked);
    QCOMPARE(awaitAch([&](QObject *context, auto done) {
                 m_edits->setDefaultAchMethod(Eligible, 7, context, done);
             })->status,
             Status::Blocked);
    QCOMPARE(revoke(Eligible, QStringLiteral("closed"))->status, Status::Blocked);
    QCOMPARE(outcome->refusal().status, EditResult::Status::Invalid);
}

void TestSyncEditService::bankAccountFlowsRefreshTheCustomer()
{
    using Status = AchMethodResult::Status;
    TestPortal portal;
    QVERIFY(portal.start(TestPortal::demo(40)));
    TestConsole console(portal.origin());
    QVERIFY(console.signIn(QStringLiteral("agent1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    QSignalSpy edited(&edits, &CustomerEditService::customerEdited);
    std::optional<CachedCustomer> eligible;
    std::ignore = console.cache().customers().forEachCustomer([&](const CachedCustomer &c) {
        if (c.server.ach.status == AchStatus::Eligible && c.server.status == CustomerStatus::Active)
            eligible = c;
        return !eligible;
    });
    QVERIFY2(eligible, "no ACH-eligible customer of agent1");
    const qint64 id = eligible->server.id;
    auto cachedCopy = [&] { return (*console.cache().customers().find(id))->server; };

    AchBankDetails details;
    details.routingNumber = QStringLiteral("011000015");
    details.accountNumber = QStringLiteral("000555123456");
    details.holderName = QStringLiteral("Acme LLC");
    details.accountType = AchAccountType::Checking;
    auto outcome = awaitAch([&](QObject *context, auto done) {
        edits.addAchMethod(id, details, authorization(), context, done);
    });
    QVERIFY(outcome);
    QVERIFY2(outcome->status == Status::Added, qPrintable(outcome->message));
    QVERIFY(outcome->ok());
    const PaymentMethod method = outcome->method;
    QCOMPARE(method.last4, QStringLiteral("3456"));
    QCOMPARE(method.verification, AchVerificationState::Pending);
    QCOMPARE(outcome->triesLeft, 3);
    QVERIFY(outcome->message.contains(QStringLiteral("••••3456")));
    // The portal's new copy (a new version, ACH not enabled yet) is in the cache.
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.takeFirst().at(0).toLongLong(), id);
    QVERIFY(cachedCopy().version > eligible->server.version);
    QCOMPARE(cachedCopy().ach.status, AchStatus::Eligible);

    // A wrong pair: the tries left, nothing to refresh.
    // Not a structured binding: clang 14 cannot capture one in the lambdas below.
    const std::pair<int, int> deposits = server::MicroDeposits::amountsFor(method.id);
    const qint64 a = deposits.first;
    const qint64 b = deposits.second;
    const qint64 wrong = a == 1 || b == 1 ? 98 : 1;
    outcome = awaitAch([&](QObject *context, auto done) {
        edits.verifyAchMethod(id, method.id, {wrong, wrong}, context, done);
    });
    QCOMPARE(outcome->status, Status::WrongAmounts);
    QCOMPARE(outcome->triesLeft, 2);
    QCOMPARE(outcome->method.triesLeft, 2);
    QCOMPARE(outcome->method.id, method.id);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->message.contains(QStringLiteral("2")));
    QCOMPARE(edited.size(), 0);

    // The right pair: verified, and the cache shows ACH enabled.
    const qint64 versionBefore = cachedCopy().version;
    outcome = awaitAch([&](QObject *context, auto done) {
        edits.verifyAchMethod(id, method.id, {b, a}, context, done);
    });
    QVERIFY2(outcome->status == Status::Verified, qPrintable(outcome->message));
    QCOMPARE(outcome->method.verification, AchVerificationState::Verified);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(cachedCopy().ach.status, AchStatus::Enabled);
    QVERIFY(cachedCopy().version > versionBefore);
    edited.clear();

    outcome = awaitAch([&](QObject *context, auto done) {
        edits.setDefaultAchMethod(id, method.id, context, done);
    });
    QVERIFY2(outcome->status == Status::DefaultSet, qPrintable(outcome->message));
    QVERIFY(outcome->method.isDefault);
    QCOMPARE(edited.size(), 1);
    edited.clear();

    outcome = awaitAch([&](QObject *context, auto done) {
        edits.revokeAchMethod(id, method.id, QStringLiteral("Account closed"), context, done);
    });
    QVERIFY2(outcome->status == Status::Revoked, qPrintable(outcome->message));
    QVERIFY(outcome->method.revoked);
    QCOMPARE(outcome->method.revoked->reason, QStringLiteral("Account closed"));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(cachedCopy().ach.status, AchStatus::Eligible);

    // Revoking twice is the portal's refusal, reported as such; nothing changes here.
    edited.clear();
    outcome = awaitAch([&](QObject *context, auto done) {
        edits.revokeAchMethod(id, method.id, QStringLiteral("again"), context, done);
    });
    QCOMPARE(outcome->status, Status::PortalFailed);
    QVERIFY(outcome->portalError);
    QCOMPARE(outcome->portalError->httpStatus, 409);
    QCOMPARE(edited.size(), 0);

    // Nothing of the account number reached the profile.
    QDirIterator files(console.directory(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("000555123456"), qPrintable(file.fileName()));
    }
}

void TestSyncEditService::draftSubmissionValidatesAndConsumesTheDraft()
{
    signInAs(Role::Agent);
    CreditApplication application;
    application.legalName = QStringLiteral("Acme LLC");
    auto draft = m_cache->drafts().create(OnNet15, toJson(application));
    QVERIFY(draft);
    EditResult result = m_edits->submitCreditApplication(draft->id);
    QCOMPARE(result.status, EditResult::Status::Invalid);
    QVERIFY(findError(result.errors, u"ein"));
    QVERIFY(findError(result.errors, u"trade_references"));
    QVERIFY(m_cache->drafts().find(draft->id)->has_value());

    application.ein = QStringLiteral("12-3456789");
    application.entityType = EntityType::Llc;
    application.yearsInBusiness = 3;
    application.billingAddress = {QStringLiteral("1 Main St"),
                                  {},
                                  QStringLiteral("Austin"),
                                  QStringLiteral("TX"),
                                  QStringLiteral("78701")};
    application.apContact = {QStringLiteral("Pat"), QStringLiteral("ap@acme.example"),
                             QStringLiteral("512-555-0100")};
    application.bankReference
        = {QStringLiteral("First Bank"), QStringLiteral("Bo"), QStringLiteral("512-555-0101")};
    application.tradeReferences
        = {{QStringLiteral("One"), QStringLiteral("Sue"), QStringLiteral("512-555-0102"),
            QStringLiteral("sue@one.example")},
           {QStringLiteral("Two"), QStringLiteral("Tom"), QStringLiteral("512-555-0103"),
            QStringLiteral("tom@two.example")}};
    application.requestedLimitCents = 80'000; // not above the current $800.00
    application.expectedMonthlySpendCents = 10'000;
    application.signerName = QStringLiteral("Alex Owner");
    application.signerTitle = QStringLiteral("CEO");
    application.typedSignature = QStringLiteral("alex owner");
    application.signedOn = QDate(2026, 11, 20);
    application.consent = true;
    QVERIFY(m_cache->drafts().save(draft->id, toJson(application)));
    result = m_edits->submitCreditApplication(draft->id);
    QCOMPARE(result.status, EditResult::Status::Invalid);
    QCOMPARE(findError(result.errors, u"requested_limit_cents")->code, QString(errorcode::TooLow));

    application.requestedLimitCents = 200'000;
    QVERIFY(m_cache->drafts().save(draft->id, toJson(application)));
    result = m_edits->submitCreditApplication(draft->id);
    QCOMPARE(result.status, EditResult::Status::Saved);
    QCOMPARE(result.entry->kind, EditKind::CreditApplicationSubmit);
    QVERIFY(!m_cache->drafts().find(draft->id)->has_value());
}

void TestSyncEditService::decisionFollowsTheLifecycle()
{
    signInAs(Role::Support);
    QCOMPARE(m_edits->decideCreditApplication(7, CreditDecisionRequest {true, 100'000, {}}).status,
             EditResult::Status::NotFound);

    CreditApplication known;
    known.id = 7;
    known.customerId = OnNet15;
    known.version = 2;
    known.status = CreditApplicationStatus::Submitted;
    known.currentLimitCents = 80'000;
    known.requestedLimitCents = 200'000;
    QVERIFY(m_cache->creditApplications().store(
        {*CreditApplicationStore::recordFromJson(toJson(known), known.etag())}));

    struct Case
    {
        CreditDecisionRequest decision;
        EditResult::Status status;
        QString field;
    };
    const QList<Case> cases {
        {{true, 250'000, {}}, EditResult::Status::Invalid, QStringLiteral("approved_limit_cents")},
        {{true, 80'000, {}}, EditResult::Status::Invalid, QStringLiteral("approved_limit_cents")},
        {{false, 0, QStringLiteral(" ")}, EditResult::Status::Invalid, QStringLiteral("note")},
        {{true, 150'000, QStringLiteral("ok")}, EditResult::Status::Saved, QString()},
    };
    for (const Case &c : cases) {
        const EditResult result = m_edits->decideCreditApplication(7, c.decision);
        QCOMPARE(result.status, c.status);
        if (!c.field.isEmpty())
            QVERIFY2(findError(result.errors, c.field), qPrintable(result.message));
    }
    const OutboxEntry entry = m_cache->outbox().entries()->first();
    QCOMPARE(entry.kind, EditKind::CreditDecision);
    QCOMPARE(entry.applicationId, std::optional<qint64>(7));
    QCOMPARE(entry.baseEtag, known.etag());

    // Another user of the profile (here an agent) may not decide at all.
    QVERIFY(m_cache->outbox().drop(entry.id));
    signInAs(Role::Agent);
    const EditResult refused
        = m_edits->decideCreditApplication(7, CreditDecisionRequest {true, 100'000, {}});
    QCOMPARE(refused.status, EditResult::Status::NotAllowed);
    QCOMPARE(refused.errors.first().code, QString(errorcode::Forbidden));
}

QTEST_MAIN(TestSyncEditService)
#include "tst_sync_editservice.moc"
