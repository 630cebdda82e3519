// An invoice resend in the cache (outbox kind invoice_resend, schema version 8): its body
// reads back and a malformed one is named; queued, it is counted as a resend and makes no local
// view (the customer shows the portal's copy and "no edit not sent"), even between other edits;
// accepted, the portal's delivery is added to the cached invoice once; invoices are found by id
// and by number across the cached customers.
#include "StorageTestSupport.h"
#include "storage/OutboxEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

Invoice sampleInvoice(qint64 id, qint64 customerId, const QString &number)
{
    Invoice i;
    i.id = id;
    i.number = number;
    i.customerId = customerId;
    i.periodStart = QDate(2026, 10, 1);
    i.periodEnd = QDate(2026, 10, 31);
    i.issuedOn = QDate(2026, 11, 1);
    i.dueOn = QDate(2026, 11, 1);
    i.amountCents = 24'000;
    i.status = InvoiceStatus::Open;
    i.lines = {{QStringLiteral("SIP trunk channels"), 16, 1'500, 24'000}};
    InvoiceDelivery monthly;
    monthly.id = id * 10;
    monthly.at = QDateTime(i.issuedOn, QTime(6, 0), Qt::UTC);
    monthly.to = {QStringLiteral("ann%1@corp.example").arg(customerId)};
    i.deliveries = {monthly};
    return i;
}

InvoiceDelivery resentDelivery(qint64 id)
{
    InvoiceDelivery d;
    d.id = id;
    d.at = QDateTime(QDate(2026, 11, 20), QTime(14, 30, 5), Qt::UTC);
    d.by = InvoiceSender {{7, QStringLiteral("Ana Agent")}, Role::Agent};
    d.to = {QStringLiteral("ann5@corp.example")};
    d.cc = {QStringLiteral("billing5@example.com")};
    return d;
}

QJsonObject body(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestStorageInvoiceResend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    int m_run = 0; // a fresh cache file per test function

    NewEdit resend(qint64 customerId, qint64 invoiceId, const QString &number)
    {
        return newEdit(customerId, InvoiceResendEdit {invoiceId, number},
                       m_cache->customers().find(customerId).value()->server.etag());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cache = openCache(m_dir, QStringLiteral("resend-%1.sqlite").arg(++m_run));
        QVERIFY(m_cache);
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(sampleCustomers(5, 2)));
        CachedBilling five;
        five.invoices = {sampleInvoice(142, 5, QStringLiteral("INV-2026-0142")),
                         sampleInvoice(141, 5, QStringLiteral("INV-2026-0141"))};
        five.fetchedAt = QDateTime::currentDateTimeUtc();
        PAC_VERIFY_OK(m_cache->invoices().store(5, five));
        CachedBilling six;
        six.invoices = {sampleInvoice(150, 6, QStringLiteral("INV-2026-0150"))};
        six.fetchedAt = five.fetchedAt;
        PAC_VERIFY_OK(m_cache->invoices().store(6, six));
    }
    void cleanup() { m_cache.reset(); }

    void bodyReadsBack_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("invoiceId");
        QTest::newRow("id and number")
            << QByteArray(R"({"invoice_id":142,"invoice_number":"INV-2026-0142"})") << true
            << qint64(142);
        QTest::newRow("id alone") << QByteArray(R"({"invoice_id":7})") << true << qint64(7);
        QTest::newRow("no id") << QByteArray(R"({"invoice_number":"INV-2026-0142"})") << false
                               << qint64(0);
        QTest::newRow("id 0") << QByteArray(R"({"invoice_id":0})") << false << qint64(0);
        QTest::newRow("negative id") << QByteArray(R"({"invoice_id":-3})") << false << qint64(0);
        QTest::newRow("fractional id") << QByteArray(R"({"invoice_id":1.5})") << false << qint64(0);
        QTest::newRow("id as text") << QByteArray(R"({"invoice_id":"142"})") << false << qint64(0);
        QTest::newRow("id past 2^53")
            << QByteArray(R"({"invoice_id":1e300})") << false << qint64(0);
        QTest::newRow("number not text")
            << QByteArray(R"({"invoice_id":142,"invoice_number":5})") << false << qint64(0);
    }
    void bodyReadsBack()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qint64, invoiceId);
        QString problem;
        const auto edit = outboxEditFromJson(EditKind::InvoiceResend,
                                             QJsonDocument::fromJson(json).object(), &problem);
        QCOMPARE(edit.has_value(), valid);
        if (!valid) {
            QCOMPARE(
                problem,
                QStringLiteral("Sending an invoice again needs “invoice_id”, the invoice's id."));
            return;
        }
        QCOMPARE(std::get<InvoiceResendEdit>(*edit).invoiceId, invoiceId);
        QCOMPARE(kindOf(*edit), EditKind::InvoiceResend);
        // What is written is what is read.
        const auto again = outboxEditFromJson(EditKind::InvoiceResend, toJson(*edit));
        QVERIFY(again);
        QCOMPARE(std::get<InvoiceResendEdit>(*again), std::get<InvoiceResendEdit>(*edit));
    }

    void wireName()
    {
        QCOMPARE(toWire(EditKind::InvoiceResend), QStringLiteral("invoice_resend"));
        QCOMPARE(editKindFromWire(u"invoice_resend"), std::optional(EditKind::InvoiceResend));
        // Enqueueing a malformed body is refused, with the reason, and saves nothing.
        NewEdit bad = resend(5, 142, QStringLiteral("INV-2026-0142"));
        bad.payload = body(R"({"invoice_number":"INV-2026-0142"})");
        const auto refused = m_cache->outbox().enqueue(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::InvalidInput);
        QCOMPARE(m_cache->outbox().counts()->total(), 0);
    }

    void queuedResendChangesNothingShown()
    {
        const auto entry
            = m_cache->outbox().enqueue(resend(5, 142, QStringLiteral("INV-2026-0142")));
        PAC_VERIFY_OK(entry);
        QCOMPARE(entry->kind, EditKind::InvoiceResend);
        auto found = m_cache->customers().find(5);
        PAC_VERIFY_OK(found);
        QVERIFY(!found.value()->local);
        QCOMPARE(found.value()->flags.pendingEdits, 0);
        QCOMPARE(found.value()->flags.pendingResends, 1);
        // With an edit of the emails after it, the view is that edit alone: the resend adds
        // nothing to it; the two are counted apart.
        NewEdit emails = newEdit(5, InvoiceEmailsEdit {{QStringLiteral("new@example.com")}},
                                 found.value()->server.etag());
        PAC_VERIFY_OK(m_cache->outbox().enqueue(emails));
        found = m_cache->customers().find(5);
        QVERIFY(found.value()->local);
        QCOMPARE(found.value()->local->invoiceEmails,
                 QStringList {QStringLiteral("new@example.com")});
        QCOMPARE(found.value()->flags.pendingEdits, 1);
        QCOMPARE(found.value()->flags.pendingResends, 1);
        // The same through the pass over every customer (the console's table, agentctl).
        CustomerEditFlags passed;
        PAC_VERIFY_OK(m_cache->customers().forEachCustomer([&passed](const CachedCustomer &c) {
            if (c.server.id == 5)
                passed = c.flags;
            return true;
        }));
        QCOMPARE(passed.pendingEdits, 1);
        QCOMPARE(passed.pendingResends, 1);
        // The table's own row flag says an entry waits (the "Pending edits" view lists it).
        const auto rows = m_cache->customers().rows({5});
        PAC_VERIFY_OK(rows);
        QVERIFY(rows->constFirst().facts.flags.testFlag(CustomerRowFlag::PendingEdit));
        // The resend is the customer's oldest entry: it goes first, the edit after it.
        const auto ready = m_cache->outbox().readyToSend(QDateTime::currentDateTimeUtc());
        QCOMPARE(ready->size(), 1);
        QCOMPARE(ready->constFirst().id, entry->id);
    }

    void acceptedResendAddsItsDeliveryOnce()
    {
        const auto entry
            = m_cache->outbox().enqueue(resend(5, 142, QStringLiteral("INV-2026-0142")));
        PAC_VERIFY_OK(entry);
        PAC_VERIFY_OK(m_cache->outbox().markSending(entry->id));
        OutboxSuccess success;
        success.invoiceDelivery = resentDelivery(9001);
        PAC_VERIFY_OK(m_cache->outbox().complete(entry->id, success));
        QCOMPARE(m_cache->outbox().counts()->total(), 0);
        const auto billing = m_cache->invoices().find(5);
        PAC_VERIFY_OK(billing);
        const Invoice &invoice = billing.value()->invoices.constFirst();
        QCOMPARE(invoice.id, 142);
        QCOMPARE(invoice.deliveries.size(), 2);
        QCOMPARE(invoice.deliveries.constLast(), resentDelivery(9001));
        // The other invoice is as it was.
        QCOMPARE(billing.value()->invoices.at(1),
                 sampleInvoice(141, 5, QStringLiteral("INV-2026-0141")));
        // The same delivery again (a replayed answer) is not added twice.
        PAC_VERIFY_OK(m_cache->invoices().addDelivery(5, 142, resentDelivery(9001)));
        QCOMPARE(m_cache->invoices().find(5).value()->invoices.constFirst().deliveries.size(), 2);
        // A customer whose invoices were never fetched: nothing to add, no error.
        PAC_VERIFY_OK(m_cache->invoices().forget(6));
        PAC_VERIFY_OK(m_cache->invoices().addDelivery(6, 150, resentDelivery(9002)));
        QVERIFY(!m_cache->invoices().find(6).value());
    }

    void invoicesAreFoundByIdAndNumber()
    {
        const auto byId = m_cache->invoices().findInvoice(150);
        PAC_VERIFY_OK(byId);
        QVERIFY(byId.value());
        QCOMPARE(byId.value()->customerId, 6);
        QCOMPARE(byId.value()->invoice, sampleInvoice(150, 6, QStringLiteral("INV-2026-0150")));
        const auto byNumber
            = m_cache->invoices().findInvoiceByNumber(QStringLiteral(" inv-2026-0141 "));
        PAC_VERIFY_OK(byNumber);
        QVERIFY(byNumber.value());
        QCOMPARE(byNumber.value()->customerId, 5);
        QCOMPARE(byNumber.value()->invoice.id, 141);
        QVERIFY(!m_cache->invoices().findInvoice(999).value());
        QVERIFY(!m_cache->invoices().findInvoiceByNumber(QStringLiteral("INV-2026-9999")).value());
    }
};

QTEST_GUILESS_MAIN(TestStorageInvoiceResend)
#include "tst_storage_invoiceresend.moc"
