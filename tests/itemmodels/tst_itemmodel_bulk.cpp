// The bulk change models (presentation/BulkPreviewTableModel, BulkBatchTableModel): pass
// QAbstractItemModelTester through their resets, show each preview line as the bulk dialog
// reads it (will change before → after, unchanged, skipped with the reason in words), the
// preview as CSV, and each batch with its counts and results (en_US).
#include "presentation/BulkBatchTableModel.h"
#include "presentation/BulkPreviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

namespace {

BulkPreviewRow row(qint64 id, BulkPreviewRow::Outcome outcome, const QString &before,
                   const QString &after, const QString &reason)
{
    BulkPreviewRow r;
    r.customerId = id;
    r.customerName = QStringLiteral("Customer %1").arg(id);
    r.change = BulkChange::addEmail(QStringLiteral("new@example.com"));
    r.outcome = outcome;
    r.before = before;
    r.after = after;
    r.reason = reason;
    return r;
}

BulkPreview samplePreview()
{
    BulkPreview preview;
    preview.rows = {
        row(1, BulkPreviewRow::Outcome::Change, QStringLiteral("ann@x.com"),
            QStringLiteral("ann@x.com, new@example.com"), {}),
        row(2, BulkPreviewRow::Outcome::Unchanged, QStringLiteral("new@example.com"), {},
            QStringLiteral("Nothing to change.")),
        row(3, BulkPreviewRow::Outcome::Skipped, QStringLiteral("a@x.com, b@x.com"), {},
            QStringLiteral("“new@example.com” cannot be added: at most 10 addresses are allowed.")),
    };
    preview.rows[2].customerName.clear(); // not in the user's list
    preview.totals.changed = 1;
    preview.totals.unchanged = 1;
    preview.totals.skipped = 1;
    return preview;
}

BulkBatch batch(qint64 id, std::optional<qint64> undoOf = std::nullopt)
{
    BulkBatch b;
    b.id = id;
    b.createdAt = QDateTime(QDate(2026, 12, 7), QTime(15, 30), Qt::UTC);
    b.user.id = 7;
    b.user.name = QStringLiteral("Ana Agent");
    b.action = QStringLiteral("add invoice email new@example.com");
    b.undoOf = undoOf;
    b.changed = 37;
    b.unchanged = 2;
    b.skipped = 1;
    b.results.sent = 35;
    b.results.conflict = 1;
    b.results.waiting = 1;
    return b;
}

using PreviewColumn = BulkPreviewTableModel::Column;
using BatchColumn = BulkBatchTableModel::Column;

} // namespace

class TestItemModelBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void previewPassesTheModelTester()
    {
        BulkPreviewTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setPreview(samplePreview());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setPreview(samplePreview());
        QCOMPARE(reset.size(), 3);
    }

    void previewShowsEachOutcomeInWords()
    {
        BulkPreviewTableModel model;
        model.setPreview(samplePreview());
        const auto text
            = [&model](int r, PreviewColumn c) { return model.index(r, int(c)).data().toString(); };
        QCOMPARE(model.headerData(int(PreviewColumn::Customer), Qt::Horizontal).toString(),
                 QStringLiteral("Customer"));
        QCOMPARE(text(0, PreviewColumn::Customer), QStringLiteral("Customer 1"));
        QCOMPARE(text(0, PreviewColumn::Outcome), QStringLiteral("will change"));
        QCOMPARE(text(0, PreviewColumn::Before), QStringLiteral("ann@x.com"));
        QCOMPARE(text(0, PreviewColumn::After), QStringLiteral("ann@x.com, new@example.com"));
        QCOMPARE(text(1, PreviewColumn::Outcome), QStringLiteral("unchanged"));
        QCOMPARE(text(1, PreviewColumn::After), QString());
        QCOMPARE(text(2, PreviewColumn::Outcome), QStringLiteral("skipped"));
        QCOMPARE(text(2, PreviewColumn::Customer), QStringLiteral("Customer 3 (not in your list)"));
        QVERIFY(text(2, PreviewColumn::Reason).contains(QStringLiteral("at most 10 addresses")));
        QCOMPARE(model.index(2, 0).data(BulkPreviewTableModel::CustomerIdRole).toLongLong(), 3);
        QCOMPARE(model.index(2, 3).data(BulkPreviewTableModel::OutcomeRole).toInt(),
                 int(BulkPreviewRow::Outcome::Skipped));
        QCOMPARE(model.preview().totals.text(),
                 QStringLiteral("1 will change, 1 unchanged, 1 skipped"));
    }

    void previewAsCsv()
    {
        BulkPreviewTableModel model;
        model.setPreview(samplePreview());
        const QList<QByteArray> lines = model.csv().split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 rows, the empty rest after the last line end
        QCOMPARE(lines.at(0), QByteArray("customer_id,customer,outcome,before,after,reason\r"));
        QCOMPARE(lines.at(1),
                 QByteArray("1,Customer 1,will change,ann@x.com,"
                            "\"ann@x.com, new@example.com\",\r"));
        QVERIFY(lines.at(3).startsWith("3,,skipped,\"a@x.com, b@x.com\",,"));
        QVERIFY(lines.at(4).isEmpty());
    }

    void batchesPassTheModelTester()
    {
        BulkBatchTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatches({batch(2, 1), batch(1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.rowOf(1), 1);
        QCOMPARE(model.rowOf(9), -1);
        model.setBatches({});
        QCOMPARE(model.rowCount(), 0);
    }

    void batchesShowWhenWhoWhatCountsResults()
    {
        BulkBatchTableModel model;
        model.setBatches({batch(2, 1), batch(1)});
        const auto text
            = [&model](int r, BatchColumn c) { return model.index(r, int(c)).data().toString(); };
        QVERIFY(!text(0, BatchColumn::When).isEmpty());
        QCOMPARE(text(0, BatchColumn::Who), QStringLiteral("Ana Agent"));
        QCOMPARE(text(0, BatchColumn::What),
                 QStringLiteral("Bulk change 2: add invoice email new@example.com (undoes bulk "
                                "change 1)"));
        QCOMPARE(text(1, BatchColumn::What),
                 QStringLiteral("Bulk change 1: add invoice email new@example.com"));
        QCOMPARE(text(1, BatchColumn::Counts),
                 QStringLiteral("37 changed, 2 unchanged, 1 skipped"));
        QCOMPARE(text(1, BatchColumn::Results),
                 QStringLiteral("35 sent, 1 conflict, 0 refused, 1 waiting"));
        QCOMPARE(model.index(1, 0).data(BulkBatchTableModel::BatchIdRole).toLongLong(), 1);
        QVERIFY(model.index(1, 0).data(BulkBatchTableModel::PendingRole).toBool());
        BulkResults discarded;
        discarded.sent = 1;
        discarded.discarded = 2;
        QCOMPARE(BulkBatchTableModel::resultsText(discarded),
                 QStringLiteral("1 sent, 0 conflict, 0 refused, 0 waiting, 2 discarded"));
    }
};

QTEST_APPLESS_MAIN(TestItemModelBulk)
#include "tst_itemmodel_bulk.moc"
