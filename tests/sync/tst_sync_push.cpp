// SyncEngine pushing the outbox to the real reference portal (in-process, loopback): order
// per customer, conflicts kept with both versions and resolved, refusals with field errors,
// network trouble (kept, retried), faults injected by the portal (applied exactly once),
// credit applications through the outbox.
#include "SyncTestSupport.h"
#include "models/CreditApplicationJson.h"
#include "portal/CustomerEditService.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

NewEdit emailsEdit(const CachedCustomer &customer, const QStringList &emails)
{
    NewEdit edit;
    edit.customerId = customer.server.id;
    edit.kind = EditKind::InvoiceEmails;
    edit.payload = {{QStringLiteral("emails"), QJsonArray::fromStringList(emails)}};
    edit.baseEtag = customer.server.etag();
    return edit;
}

// The active US customers of the cache, in id order.
QList<CachedCustomer> activeCustomers(LocalCache &cache, int count)
{
    QList<CachedCustomer> found;
    std::ignore = cache.customers().forEachCustomer([&](const CachedCustomer &customer) {
        if (customer.server.status == CustomerStatus::Active)
            found.append(customer);
        return found.size() < count;
    });
    return found;
}

// The invoice_emails changes of a customer's audit, oldest first.
QList<QStringList> emailChanges(const QList<HistoryEntry> &history)
{
    QList<QStringList> lists;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->field != QLatin1String("invoice_emails"))
            continue;
        QStringList emails;
        for (const QJsonValue &value : it->after.toArray())
            emails.append(value.toString());
        lists.append(emails);
    }
    return lists;
}

} // namespace

class TestSyncPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushesInOrderPerCustomer();
    void staleEditBecomesConflictAndMergeResolvesIt();
    void refusedEditKeepsFieldErrors();
    void networkTroubleKeepsTheEditForLater();
    void faultsApplyEveryEditExactlyOnce();
    void creditApplicationTravelsThroughTheOutbox();

private:
    TestPortal m_portal;
    QTemporaryDir m_dir;
};

void TestSyncPush::initTestCase()
{
    QVERIFY(m_portal.start(TestPortal::demo(300)));
}

void TestSyncPush::pushesInOrderPerCustomer()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    const QList<CachedCustomer> customers = activeCustomers(console.cache(), 12);
    QCOMPARE(customers.size(), 12);

    // Three edits of the first customer, one each of the others: all on the same base ETag.
    const CachedCustomer &first = customers.first();
    const QList<QStringList> lists {
        {QStringLiteral("one@example.com")},
        {QStringLiteral("one@example.com"), QStringLiteral("two@example.com")},
        {QStringLiteral("three@example.com")}};
    for (const QStringList &emails : lists)
        QVERIFY(console.cache().outbox().enqueue(emailsEdit(first, emails)));
    for (qsizetype i = 1; i < customers.size(); ++i) {
        QVERIFY(console.cache().outbox().enqueue(emailsEdit(
            customers.at(i), {QStringLiteral("c%1@example.com").arg(customers.at(i).server.id)})));
    }

    QSignalSpy applied(&console.engine(), &SyncEngine::editApplied);
    const auto summary = console.push();
    QVERIFY(summary);
    QCOMPARE(summary->applied, 14);
    QCOMPARE(summary->conflicts + summary->failed + summary->deferred, 0);
    QCOMPARE(applied.size(), 14);
    QCOMPARE(console.cache().outbox().counts()->total(), 0);

    TestClient support(m_portal.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
    const auto history = support.history(first.server.id);
    QVERIFY(history);
    const QList<QStringList> changes = emailChanges(*history);
    QCOMPARE(changes.mid(changes.size() - 3), lists);
    // The cache took the portal's copy of the last one.
    const auto cached = console.cache().customers().find(first.server.id);
    QCOMPARE((*cached)->server.invoiceEmails, lists.last());
    QVERIFY(!(*cached)->local);
}

void TestSyncPush::staleEditBecomesConflictAndMergeResolvesIt()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const CachedCustomer customer = activeCustomers(console.cache(), 40).last();
    const qint64 id = customer.server.id;
    QVERIFY(edits.setInvoiceEmails(id, {QStringLiteral("base@example.com")}).ok());
    QVERIFY(console.push());

    // Someone else changes the list on the portal; our next edit is based on the old copy.
    TestClient other(m_portal.origin());
    QVERIFY(other.signIn(QStringLiteral("support1")));
    QVERIFY(other.putEmails(
        id, {QStringLiteral("base@example.com"), QStringLiteral("theirs@example.com")}));
    const EditResult mine = edits.addInvoiceEmails(id, u"mine@example.com");
    QCOMPARE(mine.status, EditResult::Status::Saved);

    QSignalSpy conflicts(&console.engine(), &SyncEngine::conflictDetected);
    const auto summary = console.push();
    QVERIFY(summary);
    QCOMPARE(summary->conflicts, 1);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().at(0).toLongLong(), id);

    // Both versions are kept; the merge proposal loses no address.
    const auto conflict = edits.conflictFor(id);
    QVERIFY(conflict && conflict->has_value());
    QCOMPARE(
        (*conflict)->theirs.invoiceEmails,
        (QStringList {QStringLiteral("base@example.com"), QStringLiteral("theirs@example.com")}));
    QCOMPARE(
        (*conflict)->mine.invoiceEmails,
        (QStringList {QStringLiteral("base@example.com"), QStringLiteral("mine@example.com")}));
    QVERIFY((*conflict)->canMerge);
    const QStringList merged {QStringLiteral("base@example.com"),
                              QStringLiteral("theirs@example.com"),
                              QStringLiteral("mine@example.com")};
    QCOMPARE((*conflict)->mergedEmails, merged);

    // A new edit waits until the conflict is settled.
    QCOMPARE(edits.setInvoiceEmails(id, {QStringLiteral("x@example.com")}).status,
             EditResult::Status::Blocked);

    const EditResult resolved = edits.resolveConflict(id, ConflictChoice::Merge);
    QCOMPARE(resolved.status, EditResult::Status::Saved);
    const auto pushed = console.push();
    QVERIFY(pushed);
    QCOMPARE(pushed->applied, 1);
    QCOMPARE(other.customer(id)->invoiceEmails, merged);
    QCOMPARE(console.cache().outbox().counts()->total(), 0);
}

void TestSyncPush::refusedEditKeepsFieldErrors()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    const CachedCustomer customer = activeCustomers(console.cache(), 50).last();
    // Eleven addresses: the edit service would refuse them, so it goes straight into the outbox
    // to see the portal's own refusal come back.
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QStringLiteral("n%1@example.com").arg(i));
    const auto entry = console.cache().outbox().enqueue(emailsEdit(customer, eleven));
    QVERIFY(entry);

    QSignalSpy failed(&console.engine(), &SyncEngine::editFailed);
    const auto summary = console.push();
    QVERIFY(summary);
    QCOMPARE(summary->failed, 1);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().at(2).value<PortalError>();
    QCOMPARE(error.kind, PortalError::Kind::Validation);
    const auto stored = console.cache().outbox().find(entry->id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->state, OutboxState::Failed);
    QVERIFY(findError((*stored)->lastFieldErrors, u"emails[10]"));
    QCOMPARE(findError((*stored)->lastFieldErrors, u"emails[10]")->code,
             QString(errorcode::TooMany));
    // The refused edit is not shown as the customer's state.
    QCOMPARE((*console.cache().customers().find(customer.server.id))->shown().invoiceEmails,
             customer.server.invoiceEmails);
}

void TestSyncPush::networkTroubleKeepsTheEditForLater()
{
    const QString db = m_dir.filePath(QStringLiteral("offline.sqlite"));
    auto portal = std::make_unique<TestPortal>();
    QVERIFY(portal->start(TestPortal::demo(30, db)));
    TestConsole console(portal->origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const qint64 id = activeCustomers(console.cache(), 1).first().server.id;

    portal.reset(); // the portal goes away
    const EditResult saved = edits.setInvoiceEmails(id, {QStringLiteral("offline@example.com")});
    QCOMPARE(saved.status, EditResult::Status::Saved);
    QSignalSpy deferred(&console.engine(), &SyncEngine::editDeferred);
    const auto summary = console.push();
    QVERIFY(summary);
    QCOMPARE(summary->deferred, 1);
    QCOMPARE(deferred.size(), 1);
    QVERIFY(!console.engine().isOnline());
    const auto waiting = console.cache().outbox().find(saved.entry->id);
    QCOMPARE((*waiting)->state, OutboxState::Pending);
    QCOMPARE((*waiting)->attempts, 1);
    QVERIFY((*waiting)->nextAttemptAt.isValid());
    QVERIFY(!(*waiting)->lastError.isEmpty());
    // The user still sees the edit.
    QCOMPARE((*console.cache().customers().find(id))->shown().invoiceEmails,
             QStringList {QStringLiteral("offline@example.com")});

    // The portal comes back (same store, another port): the same entry goes, once.
    TestPortal back;
    QVERIFY(back.start(TestPortal::demo(30, db)));
    console.client().setOrigin(back.origin());
    const auto again = console.push();
    QVERIFY(again);
    QCOMPARE(again->applied, 1);
    QVERIFY(console.engine().isOnline());
    TestClient support(back.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
    QCOMPARE(support.customer(id)->invoiceEmails,
             QStringList {QStringLiteral("offline@example.com")});
}

void TestSyncPush::faultsApplyEveryEditExactlyOnce()
{
    // The portal answers 503 to 30 % of requests and cuts 10 % of connections (half of them
    // after the change took effect). Each customer gets one edit; every edit must be applied
    // once: one audit entry each, no second one from a replay.
    const QString db = m_dir.filePath(QStringLiteral("faults.sqlite"));
    constexpr int Edits = 200;
    QList<qint64> ids;
    QString user;
    {
        TestPortal clean;
        QVERIFY(clean.start(TestPortal::demo(260, db)));
        TestConsole setup(clean.origin());
        QVERIFY(setup.signIn(QStringLiteral("support1")));
        QVERIFY(setup.sync());
        for (const CachedCustomer &customer : activeCustomers(setup.cache(), Edits))
            ids.append(customer.server.id);
    }
    QCOMPARE(ids.size(), Edits);

    server::PortalServerOptions faulty = TestPortal::demo(260, db);
    faulty.faults = QStringLiteral("error=0.3,drop=0.1,delay=2ms,seed=11");
    TestPortal portal;
    QVERIFY(portal.start(faulty));
    TestConsole console(portal.origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    // The pull may need retries too; it is bounded.
    std::optional<SyncSummary> synced;
    for (int attempt = 0; attempt < 5 && !synced; ++attempt)
        synced = console.sync();
    QVERIFY(synced);
    for (qint64 id : ids) {
        const auto cached = console.cache().customers().find(id);
        QVERIFY(console.cache().outbox().enqueue(
            emailsEdit(**cached, {QStringLiteral("fault-%1@example.com").arg(id)})));
    }
    int rounds = 0;
    while (console.cache().outbox().counts()->total() > 0 && rounds < 25) {
        QVERIFY(console.push());
        ++rounds;
    }
    QCOMPARE(console.cache().outbox().counts()->total(), 0);
    portal.stop();

    TestPortal clean;
    QVERIFY(clean.start(TestPortal::demo(260, db)));
    TestClient support(clean.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
    int changes = 0;
    for (qint64 id : ids) {
        const auto history = support.history(id);
        QVERIFY(history);
        const QList<QStringList> lists = emailChanges(*history);
        QCOMPARE(lists.count(QStringList {QStringLiteral("fault-%1@example.com").arg(id)}), 1);
        changes += int(lists.size());
    }
    QCOMPARE(changes, Edits);
}

void TestSyncPush::creditApplicationTravelsThroughTheOutbox()
{
    TestConsole support(m_portal.origin());
    QVERIFY(support.signIn(QStringLiteral("support1")));
    QVERIFY(support.sync());
    CustomerEditService edits(support.cache(), support.client(), &support.engine());
    edits.setPushAfterEdit(false);
    const CachedCustomer customer = activeCustomers(support.cache(), 60).last();
    const qint64 current = customer.server.creditLimitCents;

    CreditApplication application;
    application.legalName = QStringLiteral("Acme Telecom LLC");
    application.ein = QStringLiteral("12-3456789");
    application.entityType = EntityType::Llc;
    application.yearsInBusiness = 7;
    application.billingAddress = {QStringLiteral("1 Main St"),
                                  {},
                                  QStringLiteral("Austin"),
                                  QStringLiteral("TX"),
                                  QStringLiteral("78701")};
    application.apContact = {QStringLiteral("Pat Payable"), QStringLiteral("ap@acme.example"),
                             QStringLiteral("512-555-0100")};
    application.bankReference = {QStringLiteral("First Bank"), QStringLiteral("Bo Banker"),
                                 QStringLiteral("512-555-0101")};
    application.tradeReferences
        = {{QStringLiteral("Supplier One"), QStringLiteral("Sue"), QStringLiteral("512-555-0102"),
            QStringLiteral("sue@one.example")},
           {QStringLiteral("Supplier Two"), QStringLiteral("Tom"), QStringLiteral("512-555-0103"),
            QStringLiteral("tom@two.example")}};
    application.requestedLimitCents = current + 250'000;
    application.expectedMonthlySpendCents = 80'000;
    application.signerName = QStringLiteral("Alex Owner");
    application.signerTitle = QStringLiteral("CEO");
    application.typedSignature = QStringLiteral("Alex Owner");
    application.signedOn = QDate(2026, 11, 25);
    application.consent = true;

    const EditResult submitted = edits.submitCreditApplication(customer.server.id, application);
    QVERIFY2(submitted.status == EditResult::Status::Saved, qPrintable(submitted.message));
    QCOMPARE(support.push()->applied, 1);
    const auto known = support.cache().creditApplications().listFor(customer.server.id);
    QVERIFY(known && !known->isEmpty());
    const CreditApplicationRecord record = known->last();
    QCOMPARE(record.status, CreditApplicationStatus::Submitted);

    // Another support person approves less than asked, from another profile.
    TestConsole other(m_portal.origin());
    QVERIFY(other.signIn(QStringLiteral("support1")));
    QVERIFY(other.sync());
    CustomerEditService otherEdits(other.cache(), other.client(), &other.engine());
    otherEdits.setPushAfterEdit(false);
    const qint64 approved = current + 100'000;
    const EditResult decided = otherEdits.decideCreditApplication(
        record.id, CreditDecisionRequest {true, approved, QStringLiteral("good references")});
    QVERIFY2(decided.status == EditResult::Status::Saved, qPrintable(decided.message));
    QCOMPARE(other.push()->applied, 1);
    QCOMPARE((*other.cache().creditApplications().find(record.id))->status,
             CreditApplicationStatus::Approved);
    QCOMPARE((*other.cache().customers().find(customer.server.id))->server.creditLimitCents,
             approved);

    // The first profile's next delta sees the customer change and follows its submitted
    // application by id (not the whole list again).
    const auto delta = support.sync();
    QVERIFY(delta);
    QVERIFY(!delta->full);
    QCOMPARE(delta->creditApplications, 1);
    QCOMPARE((*support.cache().creditApplications().find(record.id))->status,
             CreditApplicationStatus::Approved);
    QCOMPARE((*support.cache().customers().find(customer.server.id))->server.creditLimitCents,
             approved);
}

QTEST_MAIN(TestSyncPush)
#include "tst_sync_push.moc"
