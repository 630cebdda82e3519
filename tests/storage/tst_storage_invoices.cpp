// The cached invoices and payments of a customer (storage/InvoiceStore, schema version 7):
// what is stored reads back the same, a new fetch replaces the old, and the rows go with
// their customer and with a change of account.
#include "StorageTestSupport.h"
#include "storage/InvoiceStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

Invoice invoice(qint64 id, qint64 customerId, const QString &number, QDate issued)
{
    Invoice i;
    i.id = id;
    i.number = number;
    i.customerId = customerId;
    i.periodStart = QDate(issued.year(), issued.month(), 1).addMonths(-1);
    i.periodEnd = QDate(issued.year(), issued.month(), 1).addDays(-1);
    i.issuedOn = issued;
    i.dueOn = issued.addDays(15);
    i.amountCents = 26'875;
    i.paidCents = 26'875;
    i.status = InvoiceStatus::Paid;
    i.lines = {{QStringLiteral("SIP trunk channels"), 10, 1'500, 15'000},
               {QStringLiteral("Usage minutes \"long distance\""), 4'750, 2, 9'500},
               {QStringLiteral("Taxes"), 1, 2'375, 2'375}};
    InvoiceDelivery monthly;
    monthly.id = id * 10;
    monthly.at = QDateTime(issued, QTime(6, 0), Qt::UTC);
    monthly.to = {QStringLiteral("billing@acme.example")};
    monthly.cc = {QStringLiteral("ap@acme.example"), QStringLiteral("cfo@acme.example")};
    InvoiceDelivery resent = monthly;
    resent.id = id * 10 + 1;
    resent.at = QDateTime(issued.addDays(3), QTime(14, 30, 5), Qt::UTC);
    resent.by = InvoiceSender {{7, QStringLiteral("Ana Agent")}, Role::Agent};
    i.deliveries = {monthly, resent};
    return i;
}

Payment payment(qint64 id, qint64 invoiceId, PaymentOutcome outcome, QDate on)
{
    Payment p;
    p.id = id;
    p.invoiceId = invoiceId;
    p.at = QDateTime(on, QTime(9, 15), Qt::UTC);
    p.method = PaymentMethodKind::Ach;
    p.amountCents = 26'875;
    p.outcome = outcome;
    if (outcome == PaymentOutcome::Failed)
        p.failureReason = QStringLiteral("insufficient funds");
    return p;
}

CachedBilling billingOf(qint64 customerId)
{
    CachedBilling billing;
    billing.invoices
        = {invoice(12, customerId, QStringLiteral("INV-2026-0142"), QDate(2026, 11, 1)),
           invoice(11, customerId, QStringLiteral("INV-2026-0101"), QDate(2026, 10, 1))};
    billing.payments = {payment(31, 12, PaymentOutcome::Succeeded, QDate(2026, 11, 14)),
                        payment(30, 12, PaymentOutcome::Failed, QDate(2026, 11, 12))};
    billing.fetchedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    return billing;
}

} // namespace

class TestStorageInvoices : public QObject
{
    Q_OBJECT

private slots:
    void storedBillingReadsBackTheSame()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QVERIFY(cache->customers().storeServerCopies({sampleCustomer(5)}).ok());

        const auto never = cache->invoices().find(5);
        QVERIFY(never.ok());
        QVERIFY(!never.value().has_value());

        const CachedBilling billing = billingOf(5);
        PAC_VERIFY_OK(cache->invoices().store(5, billing));
        const auto found = cache->invoices().find(5);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->invoices, billing.invoices);
        QCOMPARE(found.value()->payments, billing.payments);
        QCOMPARE(found.value()->fetchedAt, billing.fetchedAt);
        QCOMPARE(found.value()->invoices.first().number, QStringLiteral("INV-2026-0142"));
        QCOMPARE(found.value()->invoices.first().deliveries.last().cc.size(), 2);
        QCOMPARE(found.value()->payments.last().failureReason,
                 QStringLiteral("insufficient funds"));
        QCOMPARE(cache->invoices().cachedCustomers().value(), QList<qint64> {5});
    }

    void aNewFetchReplacesTheOld()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QVERIFY(cache->customers().storeServerCopies({sampleCustomer(5)}).ok());
        PAC_VERIFY_OK(cache->invoices().store(5, billingOf(5)));

        CachedBilling newer;
        newer.invoices = {invoice(13, 5, QStringLiteral("INV-2026-0190"), QDate(2026, 12, 1))};
        newer.fetchedAt = QDateTime(QDate(2026, 12, 8), QTime(8, 0), Qt::UTC);
        PAC_VERIFY_OK(cache->invoices().store(5, newer));
        const auto found = cache->invoices().find(5);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->invoices.size(), 1);
        QCOMPARE(found.value()->invoices.first().number, QStringLiteral("INV-2026-0190"));
        QVERIFY(found.value()->payments.isEmpty());

        PAC_VERIFY_OK(cache->invoices().forget(5));
        QVERIFY(!cache->invoices().find(5).value().has_value());
    }

    void rowsGoWithTheirCustomer()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QVERIFY(cache->customers().storeServerCopies({sampleCustomer(5)}, 1).ok());
        QVERIFY(cache->customers().storeServerCopies({sampleCustomer(6)}, 2).ok());
        PAC_VERIFY_OK(cache->invoices().store(5, billingOf(5)));
        PAC_VERIFY_OK(cache->invoices().store(6, billingOf(6)));
        // A full sync that no longer sees customer 5 removes it, and its invoices with it.
        QCOMPARE(cache->customers().removeNotSeenSince(2).value(), 1);
        QCOMPARE(cache->invoices().cachedCustomers().value(), QList<qint64> {6});
    }

    void anUndecodableRowIsAnErrorNotHalfAList()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QVERIFY(cache->customers().storeServerCopies({sampleCustomer(5)}).ok());
        PAC_VERIFY_OK(cache->invoices().store(5, billingOf(5)));
        {
            // Another connection to the same file, as a damaged or hand-edited cache would be.
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            raw.setDatabaseName(dir.filePath(QStringLiteral("cache.sqlite")));
            QVERIFY(raw.open());
            QSqlQuery damage(raw);
            QVERIFY(damage.exec(QStringLiteral("UPDATE customer_billing SET invoices = "
                                               "'[{\"id\": \"twelve\"}]' WHERE customer_id = 5")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const auto found = cache->invoices().find(5);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().message,
                 QStringLiteral("The cached invoices of customer 5 cannot be read."));
    }
};

QTEST_GUILESS_MAIN(TestStorageInvoices)
#include "tst_storage_invoices.moc"
