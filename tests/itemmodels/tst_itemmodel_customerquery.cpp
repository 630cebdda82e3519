#include "customerindex/CustomerIndexBuilder.h"
#include "customerindex/CustomerQuery.h"
#include "customerindex/CustomerTableModel.h"
#include "itemmodels/CustomerRowSamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

const QDate kToday(2026, 9, 1);

std::shared_ptr<CustomerIndex> sharedIndexOf(const QList<CustomerRow> &rows)
{
    CustomerIndexBuilder builder;
    for (const CustomerRow &row : rows)
        builder.add(row);
    return std::make_shared<CustomerIndex>(builder.build());
}

QList<qint64> shownIds(const CustomerTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.customerId(row));
    return ids;
}

QList<qint64> expectedIds(const CustomerIndex &index, const CustomerQuerySpec &spec)
{
    QList<qint64> ids;
    const std::optional<CustomerQueryResult> result = index.query(spec);
    for (quint32 slot : result->matches)
        ids.append(index.facts(slot).id);
    return ids;
}

// A model, its tester and a query controller with no debounce, showing its first result.
struct Fixture
{
    explicit Fixture(std::shared_ptr<CustomerIndex> index)
        : tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
        , query(std::move(index), &model)
        , applied(&query, &CustomerQuery::resultApplied)
        , resets(&model, &QAbstractItemModel::modelReset)
    {
        query.setDebounceInterval(std::chrono::milliseconds(0));
        query.setToday(kToday);
    }

    bool settled() const { return !query.isBusy() && applied.count() > 0; }

    CustomerTableModel model;
    QAbstractItemModelTester tester;
    CustomerQuery query;
    QSignalSpy applied;
    QSignalSpy resets;
};

} // namespace

class TestCustomerQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<CustomerViewCounts>(); }

    void firstResultShowsEveryCustomerAndCountsViews()
    {
        const auto index = sharedIndexOf(generatedRows(300));
        Fixture f(index);
        QSignalSpy counts(&f.query, &CustomerQuery::viewCountsChanged);
        QVERIFY(f.query.isBusy());
        QTRY_VERIFY(f.settled());
        QCOMPARE(f.applied.count(), 1);
        QCOMPARE(f.resets.count(), 1);
        QCOMPARE(f.model.rowCount(), 300);
        QCOMPARE(f.applied.at(0).at(0).value<qsizetype>(), qsizetype(300));
        QCOMPARE(f.applied.at(0).at(1).value<qsizetype>(), qsizetype(300));
        QCOMPARE(counts.count(), 1);
        QCOMPARE(f.query.viewCounts(), index->viewCounts(kToday));
    }

    void filterViewAndSortEachResetOnce()
    {
        const auto index = sharedIndexOf(generatedRows(2000));
        Fixture f(index);
        QTRY_VERIFY(f.settled());

        CustomerQuerySpec spec;
        spec.today = kToday;
        auto step = [&](auto change) {
            const qsizetype resetsBefore = f.resets.count();
            const qsizetype appliedBefore = f.applied.count();
            change();
            QTRY_VERIFY(!f.query.isBusy() && f.applied.count() == appliedBefore + 1);
            QCOMPARE(f.resets.count(), resetsBefore + 1);
            QCOMPARE(f.query.spec(), spec);
            QCOMPARE(shownIds(f.model), expectedIds(*index, spec));
        };

        spec.text = QStringLiteral("cloud");
        step([&] { f.query.setFilterText(QStringLiteral("cloud")); });
        QVERIFY(f.model.rowCount() > 0 && f.model.rowCount() < 2000);
        spec.view = CustomerView::Net15;
        step([&] { f.query.setView(CustomerView::Net15); });
        spec.sortColumn = int(CustomerColumn::Name);
        spec.sortOrder = Qt::DescendingOrder;
        step([&] { f.model.sort(int(CustomerColumn::Name), Qt::DescendingOrder); });
        spec.text = QStringLiteral("cloud d"); // typing on: refined from the shown rows
        step([&] { f.query.setFilterText(QStringLiteral("cloud d")); });
        spec.sortColumn = int(CustomerColumn::Balance);
        spec.sortOrder = Qt::AscendingOrder;
        step([&] { f.query.setSort(int(CustomerColumn::Balance), Qt::AscendingOrder); });
        spec.view = CustomerView::All;
        spec.text.clear();
        step([&] {
            f.query.setView(CustomerView::All);
            f.query.setFilterText(QString());
        });
        QCOMPARE(f.model.rowCount(), 2000);
    }

    void debounceWaitsUntilTypingPauses()
    {
        const auto index = sharedIndexOf(generatedRows(200));
        Fixture f(index);
        QTRY_VERIFY(f.settled());
        f.query.setDebounceInterval(std::chrono::hours(1));
        f.query.setFilterText(QStringLiteral("a"));
        QCoreApplication::processEvents();
        f.query.setFilterText(QStringLiteral("ac"));
        QCoreApplication::processEvents();
        QVERIFY(f.query.isBusy());
        QCOMPARE(f.applied.count(), 1); // still the first result: the hour has not passed
        QCOMPARE(f.model.rowCount(), 200);

        // The next keystroke restarts the wait, now 0: one result, for the last text only.
        f.query.setDebounceInterval(std::chrono::milliseconds(0));
        f.query.setFilterText(QStringLiteral("acme"));
        QTRY_VERIFY(!f.query.isBusy());
        QCOMPARE(f.applied.count(), 2);
        QCOMPARE(f.model.shownSpec().text, QStringLiteral("acme"));
    }

    void staleResultsAreDropped()
    {
        const auto index = sharedIndexOf(generatedRows(60000));
        Fixture f(index);
        QTRY_VERIFY(f.settled());
        // Whenever a result reaches the model, it is the one of the current spec.
        int staleShown = 0;
        connect(&f.query, &CustomerQuery::resultApplied, this, [&] {
            if (f.model.shownSpec() != f.query.spec())
                ++staleShown;
        });
        const qsizetype appliedBefore = f.applied.count();
        // A first sort of a column takes a while; every keystroke lets the event loop start
        // a query, and the next keystroke comes before it can finish, making it stale.
        const QString word = QStringLiteral("telecom nova");
        f.query.setSort(int(CustomerColumn::Name), Qt::AscendingOrder);
        QCoreApplication::processEvents();
        for (qsizetype n = 1; n <= word.size(); ++n) {
            f.query.setFilterText(word.left(n));
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(!f.query.isBusy());
        QCOMPARE(staleShown, 0);
        QVERIFY(f.query.staleResultsDropped() > 0);
        QVERIFY(f.applied.count() > appliedBefore);
        QVERIFY(f.applied.count() <= appliedBefore + word.size());
        const CustomerQuerySpec spec = f.query.spec();
        QCOMPARE(spec.text, word);
        QCOMPARE(f.model.shownSpec(), spec);
        QCOMPARE(shownIds(f.model), expectedIds(*index, spec));
    }

    // On a small index queries finish before the next keystroke can cancel them, and their
    // results wait in the event queue while the text changes again: those must not show.
    void finishedResultsOfOldTextNeverShow()
    {
        const auto index = sharedIndexOf(generatedRows(50));
        Fixture f(index);
        QTRY_VERIFY(f.settled());
        int staleShown = 0;
        connect(&f.query, &CustomerQuery::resultApplied, this, [&] {
            if (f.model.shownSpec() != f.query.spec())
                ++staleShown;
        });
        const quint64 droppedBefore = f.query.staleResultsDropped();
        for (int round = 0; round < 200; ++round) {
            f.query.setFilterText(QString::number(round % 10));
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(!f.query.isBusy());
        QCOMPARE(staleShown, 0);
        QVERIFY(f.query.staleResultsDropped() > droppedBefore);
        QCOMPARE(shownIds(f.model), expectedIds(*index, f.query.spec()));
    }

    void rowChangesWaitForARunningQuery()
    {
        QList<CustomerRow> rows = generatedRows(60000);
        const auto index = sharedIndexOf(rows);
        Fixture f(index);
        QTRY_VERIFY(f.settled());

        // Start a long query (first sort of a column), then change rows while it may run.
        f.query.setSort(int(CustomerColumn::AccountNumber), Qt::DescendingOrder);
        QCoreApplication::processEvents();
        CustomerRow renamed = rows.at(42);
        renamed.name = QStringLiteral("Renamed While Busy");
        renamed.facts.flags = CustomerRowFlag::Conflict;
        const qint64 goneId = rows.at(43).facts.id;
        f.query.applyChanges({renamed, makeRow(900000, QStringLiteral("Brand New"))}, {goneId});
        f.query.setFilterText(QStringLiteral("busy"));
        QTRY_VERIFY(!f.query.isBusy());

        QCOMPARE(shownIds(f.model), (QList<qint64> {renamed.facts.id}));
        QCOMPARE(f.model.data(f.model.index(0, int(CustomerColumn::Name))).toString(),
                 renamed.name);
        QVERIFY(!index->slotOf(goneId));
        QCOMPARE(f.model.totalCount(), 60000); // one removed, one added
        QCOMPARE(f.query.viewCounts(), index->viewCounts(kToday));
        QVERIFY(f.query.viewCounts().count(CustomerView::PendingEditsAndConflicts) > 0);

        // When idle, a removal leaves the table at once, before the next result.
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        f.query.applyChanges({}, {renamed.facts.id});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(f.model.rowCount(), 0);
        QTRY_VERIFY(!f.query.isBusy());
        QCOMPARE(f.model.rowCount(), 0);
    }

    void newIndexReplacesTheOldWhenItsResultIsReady()
    {
        const auto first = sharedIndexOf(generatedRows(100));
        Fixture f(first);
        QTRY_VERIFY(f.settled());
        const auto second = sharedIndexOf({makeRow(1, QStringLiteral("Only One"))});
        f.query.setIndex(second);
        QCOMPARE(f.model.customerIndex(), first.get()); // no empty table meanwhile
        QCOMPARE(f.model.rowCount(), 100);
        QTRY_COMPARE(f.model.customerIndex(), second.get());
        QTRY_VERIFY(!f.query.isBusy());
        QCOMPARE(shownIds(f.model), (QList<qint64> {1}));
        QCOMPARE(f.query.viewCounts().count(CustomerView::All), 1);
    }

    void theDayMovesThePaymentIssueView()
    {
        CustomerRow row = makeRow(1, QStringLiteral("Late Payer"));
        row.facts.lastPaymentIssueOn = kToday.addDays(-90);
        const auto index = sharedIndexOf({row, makeRow(2, QStringLiteral("Good Payer"))});
        Fixture f(index);
        f.query.setView(CustomerView::PaymentIssueLast90Days);
        QTRY_VERIFY(f.settled());
        QCOMPARE(shownIds(f.model), (QList<qint64> {1}));
        QCOMPARE(f.query.viewCounts().count(CustomerView::PaymentIssueLast90Days), 1);
        f.query.setToday(kToday.addDays(1));
        QTRY_VERIFY(!f.query.isBusy() && f.model.rowCount() == 0);
        QCOMPARE(f.query.viewCounts().count(CustomerView::PaymentIssueLast90Days), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerQuery)
#include "tst_itemmodel_customerquery.moc"
