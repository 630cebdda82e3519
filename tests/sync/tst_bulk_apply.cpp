// BulkChangeService over a real cache file: a batch is saved whole (every change, its outbox
// entry tagged with the batch, the local views) or, on a failure in the middle, not at all;
// the batch list; the undo items give the value before back.
#include "portal/BulkChangeService.h"
#include "storage/LocalCache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pac;

class TestBulkApply : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appliesEveryChangeUnderOneBatch();
    void failureInTheMiddleLeavesNothing();
    void undoRestoresTheValueBefore();
    void previewInBackground();
    void previewFromTheCacheReadsOnItsOwnThread();

private:
    QList<qint64> ids() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCache> m_cache;
    static constexpr int Customers = 50;
};

void TestBulkApply::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = LocalCache::open(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(opened);
    m_cache = std::move(opened).value();
    QVERIFY(m_cache->meta().bindAccount(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                        CacheUser {5, QStringLiteral("Alex Agent"), Role::Agent}));
    QList<Customer> customers;
    for (int i = 1; i <= Customers; ++i) {
        Customer c;
        c.id = i;
        c.name = QStringLiteral("Customer %1").arg(i);
        c.accountNumber = QStringLiteral("AC-%1").arg(i);
        c.country = QStringLiteral("US");
        c.customerSince = QDate(2020, 1, 1);
        c.invoiceEmails = {QStringLiteral("first%1@x.com").arg(i)};
        c.agent = PersonRef {5, QStringLiteral("Alex Agent")};
        c.version = 2;
        c.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        customers.append(c);
    }
    QVERIFY(m_cache->customers().storeServerCopies(customers));
}

void TestBulkApply::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

QList<qint64> TestBulkApply::ids() const
{
    QList<qint64> list;
    for (int i = 1; i <= Customers; ++i)
        list.append(i);
    return list;
}

void TestBulkApply::appliesEveryChangeUnderOneBatch()
{
    BulkChangeService service(*m_cache, nullptr);
    const auto input = service.snapshot(
        BulkChangeService::itemsFor(ids(), BulkChange::addEmail(QStringLiteral("bulk@x.com"))));
    QVERIFY2(input, qPrintable(input ? QString() : input.error().message + input.error().detail));
    const BulkPreview preview = BulkRules::preview(input.value());
    QCOMPARE(preview.totals.changed, Customers);
    QSignalSpy applied(&service, &BulkChangeService::batchApplied);
    const auto batch = service.apply(preview, QStringLiteral("add invoice email bulk@x.com"));
    QVERIFY(batch);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_cache->outbox().counts()->pending, Customers);
    const auto shown = m_cache->customers().find(17);
    QCOMPARE((*shown)->shown().invoiceEmails,
             (QStringList {QStringLiteral("first17@x.com"), QStringLiteral("bulk@x.com")}));
    const auto list = service.batches();
    QCOMPARE(list->size(), 1);
    const BulkBatch &saved = list->constFirst();
    QCOMPARE(saved.id, batch.value());
    QCOMPARE(saved.user.name, QStringLiteral("Alex Agent"));
    QCOMPARE(saved.action, QStringLiteral("add invoice email bulk@x.com"));
    QCOMPARE(saved.changed, Customers);
    QCOMPARE(saved.results, (BulkResults {0, Customers, 0, 0, 0}));
    const auto items = service.items(batch.value());
    QCOMPARE(items->size(), Customers);
    QCOMPARE(items->at(16).before.value(QStringLiteral("emails")).toArray().size(), 1);
}

void TestBulkApply::failureInTheMiddleLeavesNothing()
{
    BulkChangeService service(*m_cache, nullptr);
    const auto input = service.snapshot(
        BulkChangeService::itemsFor(ids(), BulkChange::setTerms(PaymentTermsKind::Net15)));
    QVERIFY(input);
    BulkPreview preview = BulkRules::preview(input.value());
    QCOMPARE(preview.totals.changed, Customers);
    // The 26th change is refused by the cache (its customer is gone from it).
    preview.rows[25].edit->customerId = 4242;
    const auto batch = service.apply(preview, QStringLiteral("move to Net 15"));
    QVERIFY(!batch);
    QCOMPARE(batch.error().kind, StorageError::Kind::NotFound);
    QCOMPARE(m_cache->outbox().counts()->total(), 0);
    QVERIFY(service.batches()->isEmpty());
    const auto first = m_cache->customers().find(1);
    QVERIFY(!(*first)->local.has_value());
    QCOMPARE((*first)->shown().paymentTerms, PaymentTermsKind::DueOnReceipt);
}

void TestBulkApply::undoRestoresTheValueBefore()
{
    BulkChangeService service(*m_cache, nullptr);
    const auto input = service.snapshot(BulkChangeService::itemsFor(
        {1, 2, 3},
        BulkChange::replaceEmail(QStringLiteral("FIRST2@x.com"), QStringLiteral("n@x.com"))));
    const BulkPreview preview = BulkRules::preview(input.value());
    QCOMPARE(preview.totals, (BulkTotals {1, 2, 0}));
    const auto batch = service.apply(preview, QStringLiteral("replace"));
    QVERIFY(batch);
    const auto undo = service.undoItems(batch.value());
    QVERIFY(undo);
    QCOMPARE(undo->size(), 1);
    const BulkPreview back = BulkRules::preview(service.snapshot(undo.value()).value());
    QCOMPARE(back.rows[0].customerId, 2);
    QCOMPARE(back.rows[0].before, QStringLiteral("n@x.com"));
    QCOMPARE(back.rows[0].after, QStringLiteral("first2@x.com"));
    // Not sent yet: based on the server copy (the push rebases it after the batch's edit).
    QCOMPARE(back.rows[0].edit->baseEtag, QByteArray("\"2\""));
    const auto undone = service.apply(back, QStringLiteral("undo"), batch.value());
    QVERIFY(undone);
    QCOMPARE(service.batch(undone.value())->value().undoOf, batch.value());
    QCOMPARE((*m_cache->customers().find(2))->shown().invoiceEmails,
             QStringList {QStringLiteral("first2@x.com")});
    QVERIFY(!service.undoItems(999));
}

void TestBulkApply::previewInBackground()
{
    BulkChangeService service(*m_cache, nullptr);
    const auto input = service.snapshot(BulkChangeService::itemsFor(
        ids(), BulkChange::removeEmail(QStringLiteral("first3@x.com"))));
    QFuture<BulkPreview> future = BulkChangeService::previewInBackground(input.value());
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result().totals, (BulkTotals {1, Customers - 1, 0}));
}

// The console's path: the pool thread reads the cache through its own connection, so the
// GUI thread reads nothing; the result is the one snapshot() + preview() give, and the
// owner's outbox is left as it was (no recovery from the reader).
void TestBulkApply::previewFromTheCacheReadsOnItsOwnThread()
{
    BulkChangeService service(*m_cache, nullptr);
    service.setPushAfterApply(false);
    // A batch waiting in the outbox: the reader must leave the owner's entries alone.
    const auto batch = service.apply(
        BulkRules::preview(service
                               .snapshot(BulkChangeService::itemsFor(
                                   {7}, BulkChange::addEmail(QStringLiteral("new7@x.com"))))
                               .value()),
        QStringLiteral("add new7@x.com"));
    QVERIFY(batch && batch.value() > 0);
    const auto items = BulkChangeService::itemsFor(
        ids(), BulkChange::replaceEmail(QStringLiteral("FIRST3@x.com"), QStringLiteral("b@x.com")));
    const BulkPreview expected = BulkRules::preview(service.snapshot(items).value());

    QFuture<BulkChangeService::BackgroundPreview> future
        = BulkChangeService::previewFromCache(m_cache->path(), items);
    QTRY_VERIFY(future.isFinished());
    const BulkChangeService::BackgroundPreview result = future.result();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.preview.totals, expected.totals);
    QCOMPARE(result.preview.rows.size(), expected.rows.size());
    QCOMPARE(result.preview.totals.changed, 1);

    // A cache that cannot be read is an error, not an empty preview.
    QFuture<BulkChangeService::BackgroundPreview> missing = BulkChangeService::previewFromCache(
        m_dir->filePath(QStringLiteral("no/such/folder/cache.sqlite")), items);
    QTRY_VERIFY(missing.isFinished());
    QVERIFY(!missing.result().error.isEmpty());
    const auto counts = m_cache->outbox().counts();
    QVERIFY(counts);
    QCOMPARE(counts->total(), 1);
}

QTEST_GUILESS_MAIN(TestBulkApply)
#include "tst_bulk_apply.moc"
