// Sending an invoice again through the outbox (kind invoice_resend), against the real
// reference portal (in-process, loopback): queued by the edit service, pushed with its
// Idempotency-Key and no If-Match, the portal's delivery added to the cached invoice; exactly
// one delivery through --faults (answers lost after the delivery was recorded, 503s); kept
// while the portal is away and sent once it is back; refused with no_recipients when the
// portal has nobody to send to (kept failed with the reason); refused before anything is
// saved when the console sees nobody, and queued once however often it is asked for.
#include "SyncTestSupport.h"
#include "portal/CustomerEditService.h"
#include "portal/InvoiceLoader.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

// The first active customers of the cache, in id order.
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

// Fetches a customer's invoices into the cache (as opening the Invoices tab does).
bool cacheBilling(TestConsole &console, qint64 customerId)
{
    InvoiceLoader loader(console.client(), console.cache());
    bool fresh = false;
    bool failed = false;
    QObject::connect(&loader, &InvoiceLoader::loaded,
                     [&fresh](qint64, const CachedBilling &, bool isFresh) { fresh |= isFresh; });
    QObject::connect(&loader, &InvoiceLoader::failed,
                     [&failed](qint64, const PortalError &) { failed = true; });
    loader.load(customerId);
    return QTest::qWaitFor([&] { return fresh || failed; }, 30'000) && fresh;
}

// The newest cached invoice of a customer.
std::optional<Invoice> newestCachedInvoice(LocalCache &cache, qint64 customerId)
{
    const auto billing = cache.invoices().find(customerId);
    if (!billing || !billing->has_value() || (*billing)->invoices.isEmpty())
        return std::nullopt;
    return (*billing)->invoices.constFirst();
}

// The invoice's deliveries as the portal has them now.
std::optional<QList<InvoiceDelivery>> portalDeliveries(const QUrl &origin, qint64 invoiceId)
{
    TestClient support(origin);
    if (!support.signIn(QStringLiteral("support1")))
        return std::nullopt;
    const auto invoice = await<Invoice>([&](QObject *context, auto done) {
        support.client().getInvoice(invoiceId, context, done);
    });
    if (!invoice.ok())
        return std::nullopt;
    return invoice->deliveries;
}

qsizetype countOf(const QList<InvoiceDelivery> &deliveries, qint64 deliveryId)
{
    return std::count_if(deliveries.cbegin(), deliveries.cend(),
                         [deliveryId](const InvoiceDelivery &d) { return d.id == deliveryId; });
}

// The first `count` active customers that have invoices, each with its newest invoice, their
// invoices fetched into the cache on the way.
QList<std::pair<CachedCustomer, Invoice>> withInvoices(TestConsole &console, int count)
{
    QList<std::pair<CachedCustomer, Invoice>> found;
    for (const CachedCustomer &customer : activeCustomers(console.cache(), 1000)) {
        if (found.size() == count)
            break;
        if (!cacheBilling(console, customer.server.id))
            continue;
        if (const auto invoice = newestCachedInvoice(console.cache(), customer.server.id))
            found.append({customer, *invoice});
    }
    return found;
}

} // namespace

class TestSyncInvoiceResend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resendGoesOnceAndItsDeliveryIsCached();
    void askingTwiceQueuesOneResend();
    void nobodyToSendToIsRefusedBeforeAnythingIsSaved();
    void lostAnswersStillMakeOneDelivery();
    void faultsMakeExactlyOneDeliveryPerResend();
    void offlineResendWaitsAndGoesAfterReconnect();
    void portalWithNobodyToSendToRefusesWithNoRecipients();

private:
    TestPortal m_portal;
    QTemporaryDir m_dir;
};

void TestSyncInvoiceResend::initTestCase()
{
    QVERIFY(m_portal.start(TestPortal::demo(40)));
}

void TestSyncInvoiceResend::resendGoesOnceAndItsDeliveryIsCached()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("agent1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const auto chosen = withInvoices(console, 1);
    QCOMPARE(chosen.size(), 1);
    const auto &[customer, invoice] = chosen.constFirst();
    const auto before = portalDeliveries(m_portal.origin(), invoice.id);
    QVERIFY(before);

    const EditResult saved = edits.resendInvoice(invoice.id);
    QCOMPARE(saved.status, EditResult::Status::Saved);
    QCOMPARE(saved.entry->kind, EditKind::InvoiceResend);
    QCOMPARE(saved.entry->payload.value(QStringLiteral("invoice_id")).toInteger(), invoice.id);
    QCOMPARE(saved.entry->payload.value(QStringLiteral("invoice_number")).toString(),
             invoice.number);
    // Waiting, it is in the outbox and the customer's flags, but not in what is shown: the
    // customer has no local view and no "edit not sent yet".
    const auto waiting = console.cache().customers().find(customer.server.id);
    QCOMPARE((*waiting)->flags.pendingResends, 1);
    QCOMPARE((*waiting)->flags.pendingEdits, 0);
    QVERIFY(!(*waiting)->local);
    QCOMPARE(console.cache().outbox().counts()->pending, 1);

    QSignalSpy applied(&console.engine(), &SyncEngine::editApplied);
    const auto summary = console.push();
    QVERIFY(summary);
    QCOMPARE(summary->applied, 1);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(console.cache().outbox().counts()->total(), 0);

    const auto after = portalDeliveries(m_portal.origin(), invoice.id);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size() + 1);
    const InvoiceDelivery delivery = after->constLast();
    QVERIFY(delivery.by);
    QCOMPARE(delivery.by->person.name, QStringLiteral("Alex Agent"));
    QCOMPARE(delivery.by->role, Role::Agent);
    // To the billing contacts, CC the Additional Invoice Emails, as the customer is now.
    QStringList contacts;
    for (const BillingContact &contact : customer.server.billingContacts)
        contacts.append(contact.email);
    QCOMPARE(delivery.to, contacts);
    // The delivery is in the cached invoice at once, once.
    const auto cached = console.cache().invoices().findInvoice(invoice.id);
    QVERIFY(cached && cached->has_value());
    QCOMPARE((*cached)->invoice.deliveries.size(), invoice.deliveries.size() + 1);
    QCOMPARE((*cached)->invoice.deliveries.constLast(), delivery);
    const auto done = console.cache().customers().find(customer.server.id);
    QCOMPARE((*done)->flags.pendingResends, 0);
}

void TestSyncInvoiceResend::askingTwiceQueuesOneResend()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("agent1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const auto chosen = withInvoices(console, 2);
    QCOMPARE(chosen.size(), 2);
    const Invoice invoice = chosen.constLast().second;

    const EditResult first = edits.resendInvoice(invoice.id);
    QCOMPARE(first.status, EditResult::Status::Saved);
    const EditResult second = edits.resendInvoice(invoice.id);
    QCOMPARE(second.status, EditResult::Status::Unchanged);
    QCOMPARE(second.message,
             QStringLiteral("Invoice %1 is already waiting to be sent again "
                            "(edit %2).")
                 .arg(invoice.number)
                 .arg(first.entry->id));
    QCOMPARE(second.entry->id, first.entry->id);
    QCOMPARE(console.cache().outbox().counts()->total(), 1);
    // An invoice the cache does not hold is named as such; nothing is queued.
    const EditResult unknown = edits.resendInvoice(987654321);
    QCOMPARE(unknown.status, EditResult::Status::NotFound);
    QCOMPARE(unknown.message,
             QStringLiteral("Invoice 987654321 is not among the invoices kept on "
                            "this computer; open the customer's invoices "
                            "first."));
    QCOMPARE(console.cache().outbox().counts()->total(), 1);
}

void TestSyncInvoiceResend::nobodyToSendToIsRefusedBeforeAnythingIsSaved()
{
    TestConsole console(m_portal.origin());
    QVERIFY(console.signIn(QStringLiteral("agent1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const auto chosen = withInvoices(console, 3);
    QCOMPARE(chosen.size(), 3);
    const auto &[customer, invoice] = chosen.constLast();
    // The console's copy has neither billing contacts nor additional emails.
    Customer nobody = customer.server;
    nobody.billingContacts.clear();
    nobody.invoiceEmails.clear();
    QVERIFY(console.cache().customers().storeServerCopies({nobody}, 0));

    const auto previewed = edits.previewResend(invoice.id);
    QVERIFY(std::holds_alternative<InvoiceResendPreview>(previewed));
    QVERIFY(!std::get<InvoiceResendPreview>(previewed).hasRecipients());
    const EditResult refused = edits.resendInvoice(invoice.id);
    QCOMPARE(refused.status, EditResult::Status::Invalid);
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.constFirst().field, QStringLiteral("recipients"));
    QCOMPARE(refused.errors.constFirst().code, QStringLiteral("no_recipients"));
    QCOMPARE(refused.message,
             QStringLiteral("Customer %1 has no billing contact and no Additional Invoice Email: "
                            "there is nobody to send invoice %2 to.")
                 .arg(customer.server.id)
                 .arg(invoice.number));
    QCOMPARE(console.cache().outbox().counts()->total(), 0);
}

void TestSyncInvoiceResend::lostAnswersStillMakeOneDelivery()
{
    // Every answer of the portal is cut after the request took effect: the delivery is
    // recorded, the console never hears of it and keeps the entry. Once the portal answers
    // again, the same key replays the first answer: one delivery, the same one.
    const QString db = m_dir.filePath(QStringLiteral("lost.sqlite"));
    auto clean = std::make_unique<TestPortal>();
    QVERIFY(clean->start(TestPortal::demo(20, db)));
    TestConsole console(clean->origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const auto chosen = withInvoices(console, 1);
    QCOMPARE(chosen.size(), 1);
    const Invoice invoice = chosen.constFirst().second;
    const qsizetype before = portalDeliveries(clean->origin(), invoice.id)->size();
    clean.reset();

    server::PortalServerOptions cut = TestPortal::demo(20, db);
    cut.faults = QStringLiteral("drop=1,drop_after=1,seed=3");
    auto faulty = std::make_unique<TestPortal>();
    QVERIFY(faulty->start(cut));
    console.client().setOrigin(faulty->origin());
    const EditResult saved = edits.resendInvoice(invoice.id);
    QCOMPARE(saved.status, EditResult::Status::Saved);
    const auto lost = console.push();
    QVERIFY(lost);
    QCOMPARE(lost->applied, 0);
    QCOMPARE(lost->deferred, 1);
    const auto kept = console.cache().outbox().find(saved.entry->id);
    QVERIFY(kept && kept->has_value());
    QCOMPARE((*kept)->state, OutboxState::Pending);
    QCOMPARE((*kept)->idempotencyKey, saved.entry->idempotencyKey);
    faulty.reset();

    TestPortal back;
    QVERIFY(back.start(TestPortal::demo(20, db)));
    // The cut requests did take effect: one delivery was recorded already.
    const auto recorded = portalDeliveries(back.origin(), invoice.id);
    QCOMPARE(recorded->size(), before + 1);
    console.client().setOrigin(back.origin());
    const auto again = console.push();
    QVERIFY(again);
    QCOMPARE(again->applied, 1);
    const auto after = portalDeliveries(back.origin(), invoice.id);
    QCOMPARE(after->size(), before + 1);
    // The replayed answer is that delivery, and the cache has it once.
    const qint64 deliveryId = recorded->constLast().id;
    const auto cached = console.cache().invoices().findInvoice(invoice.id);
    QCOMPARE(countOf((*cached)->invoice.deliveries, deliveryId), 1);
    QCOMPARE((*cached)->invoice.deliveries.size(), invoice.deliveries.size() + 1);
}

void TestSyncInvoiceResend::faultsMakeExactlyOneDeliveryPerResend()
{
    // 503s, connections cut before and after the effect, slow answers: one resend of one
    // invoice of each of 15 customers; every invoice ends with exactly one more delivery.
    const QString db = m_dir.filePath(QStringLiteral("faults.sqlite"));
    constexpr int Resends = 15;
    QList<Invoice> invoices;
    QHash<qint64, qsizetype> before;
    // One call at a time: the portal then sees the same requests in the same order every run,
    // so its seeded faults fall on the same ones (the test is repeatable).
    SyncOptions oneAtATime = TestConsole::fastOptions();
    oneAtATime.maxConcurrentPushes = 1;
    TestConsole console(QUrl {}, oneAtATime);
    {
        TestPortal clean;
        QVERIFY(clean.start(TestPortal::demo(30, db)));
        console.client().setOrigin(clean.origin());
        QVERIFY(console.signIn(QStringLiteral("support1")));
        QVERIFY(console.sync());
        for (const auto &[customer, invoice] : withInvoices(console, Resends)) {
            invoices.append(invoice);
            before.insert(invoice.id, portalDeliveries(clean.origin(), invoice.id)->size());
        }
    }
    QCOMPARE(invoices.size(), Resends);
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    for (const Invoice &invoice : std::as_const(invoices)) {
        const EditResult saved = edits.resendInvoice(invoice.id);
        QVERIFY2(saved.status == EditResult::Status::Saved, qPrintable(saved.message));
    }

    server::PortalServerOptions faulty = TestPortal::demo(30, db);
    faulty.faults = QStringLiteral("error=0.3,drop=0.4,delay=2ms,seed=5");
    {
        TestPortal portal;
        QVERIFY(portal.start(faulty));
        console.client().setOrigin(portal.origin());
        int rounds = 0;
        int deferred = 0;
        while (console.cache().outbox().counts()->total() > 0 && rounds < 100) {
            const auto summary = console.push();
            QVERIFY(summary);
            deferred += summary->deferred;
            ++rounds;
        }
        QCOMPARE(console.cache().outbox().counts()->total(), 0);
        // The faults did reach the resends: some had to wait for another round.
        QVERIFY2(deferred > 0, qPrintable(QStringLiteral("%1 rounds").arg(rounds)));
        qInfo("%d push rounds, %d resends deferred on the way", rounds, deferred);
    }

    TestPortal clean;
    QVERIFY(clean.start(TestPortal::demo(30, db)));
    for (const Invoice &invoice : std::as_const(invoices)) {
        const auto after = portalDeliveries(clean.origin(), invoice.id);
        QVERIFY(after);
        QCOMPARE(after->size(), before.value(invoice.id) + 1);
        const auto cached = console.cache().invoices().findInvoice(invoice.id);
        QCOMPARE(countOf((*cached)->invoice.deliveries, after->constLast().id), 1);
    }
}

void TestSyncInvoiceResend::offlineResendWaitsAndGoesAfterReconnect()
{
    const QString db = m_dir.filePath(QStringLiteral("offline.sqlite"));
    auto portal = std::make_unique<TestPortal>();
    QVERIFY(portal->start(TestPortal::demo(20, db)));
    TestConsole console(portal->origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const auto chosen = withInvoices(console, 2);
    QCOMPARE(chosen.size(), 2);
    const Invoice invoice = chosen.constLast().second;
    const qsizetype before = portalDeliveries(portal->origin(), invoice.id)->size();

    portal.reset(); // the portal goes away
    const EditResult saved = edits.resendInvoice(invoice.id);
    QCOMPARE(saved.status, EditResult::Status::Saved);
    QSignalSpy deferred(&console.engine(), &SyncEngine::editDeferred);
    const auto offline = console.push();
    QVERIFY(offline);
    QCOMPARE(offline->deferred, 1);
    QCOMPARE(deferred.size(), 1);
    QVERIFY(!console.engine().isOnline());
    const auto waiting = console.cache().outbox().find(saved.entry->id);
    QCOMPARE((*waiting)->state, OutboxState::Pending);
    QCOMPARE((*waiting)->attempts, 1);
    QVERIFY(!(*waiting)->lastError.isEmpty());

    // A restart of the console keeps it: the cache is opened again from its file.
    {
        auto reopened = LocalCache::open(Profile(console.directory() + QStringLiteral("/profile")));
        QVERIFY(reopened);
        const auto entries = (*reopened)->outbox().entries();
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().kind, EditKind::InvoiceResend);
        QCOMPARE(entries->constFirst().idempotencyKey, saved.entry->idempotencyKey);
    }

    TestPortal back;
    QVERIFY(back.start(TestPortal::demo(20, db)));
    console.client().setOrigin(back.origin());
    const auto again = console.push();
    QVERIFY(again);
    QCOMPARE(again->applied, 1);
    QVERIFY(console.engine().isOnline());
    QCOMPARE(console.cache().outbox().counts()->total(), 0);
    QCOMPARE(portalDeliveries(back.origin(), invoice.id)->size(), before + 1);
    // A second push has nothing to send: still one delivery.
    QCOMPARE(console.push()->applied, 0);
    QCOMPARE(portalDeliveries(back.origin(), invoice.id)->size(), before + 1);
}

void TestSyncInvoiceResend::portalWithNobodyToSendToRefusesWithNoRecipients()
{
    // The console saw recipients; meanwhile the portal lost every one of them (the customer's
    // contacts and additional emails removed there). The portal refuses the resend: it stays
    // in the outbox, failed, with the reason, and nothing was sent.
    const QString db = m_dir.filePath(QStringLiteral("nobody.sqlite"));
    auto portal = std::make_unique<TestPortal>();
    QVERIFY(portal->start(TestPortal::demo(20, db)));
    TestConsole console(portal->origin());
    QVERIFY(console.signIn(QStringLiteral("support1")));
    QVERIFY(console.sync());
    CustomerEditService edits(console.cache(), console.client(), &console.engine());
    edits.setPushAfterEdit(false);
    const auto chosen = withInvoices(console, 3);
    QCOMPARE(chosen.size(), 3);
    const Invoice invoice = chosen.constLast().second;
    const qint64 customerId = invoice.customerId;
    const qsizetype before = portalDeliveries(portal->origin(), invoice.id)->size();
    portal.reset();
    {
        QSqlDatabase store
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("portal-store"));
        store.setDatabaseName(db);
        QVERIFY(store.open());
        QSqlQuery query(store);
        QVERIFY(query.exec(
            QStringLiteral("DELETE FROM contacts WHERE customer_id = %1").arg(customerId)));
        QVERIFY(query.exec(
            QStringLiteral("DELETE FROM invoice_emails WHERE customer_id = %1").arg(customerId)));
        query.finish();
        store.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("portal-store"));

    TestPortal back;
    QVERIFY(back.start(TestPortal::demo(20, db)));
    console.client().setOrigin(back.origin());
    const EditResult saved = edits.resendInvoice(invoice.id);
    QCOMPARE(saved.status, EditResult::Status::Saved);
    QSignalSpy failed(&console.engine(), &SyncEngine::editFailed);
    const auto summary = console.push();
    QVERIFY(summary);
    QCOMPARE(summary->failed, 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).value<PortalError>().kind, PortalError::Kind::Validation);

    const auto kept = console.cache().outbox().find(saved.entry->id);
    QVERIFY(kept && kept->has_value());
    QCOMPARE((*kept)->state, OutboxState::Failed);
    QCOMPARE((*kept)->lastFieldErrors.size(), 1);
    QCOMPARE((*kept)->lastFieldErrors.constFirst().code, QStringLiteral("no_recipients"));
    QCOMPARE((*kept)->lastFieldErrors.constFirst().message,
             QStringLiteral("The customer has no billing contact and no Additional Invoice "
                            "Email to send the invoice to."));
    QVERIFY(!(*kept)->lastError.isEmpty());
    // Flagged refused like every refused edit; nothing of it is shown as the customer.
    const auto customer = console.cache().customers().find(customerId);
    QVERIFY((*customer)->flags.failed);
    QCOMPARE((*customer)->flags.pendingResends, 0);
    QVERIFY(!(*customer)->local);
    QCOMPARE(portalDeliveries(back.origin(), invoice.id)->size(), before);
    // It goes when discarded, like any refused edit.
    QVERIFY(edits.discardEdit(saved.entry->id).ok());
    QCOMPARE(console.cache().outbox().counts()->total(), 0);
}

QTEST_MAIN(TestSyncInvoiceResend)
#include "tst_sync_invoiceresend.moc"
