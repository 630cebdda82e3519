#include "customerindex/CustomerIndexBuilder.h"
#include "customerindex/CustomerTableModel.h"
#include "itemmodels/CustomerRowSamples.h"
#include "models/Money.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

const QDate kToday(2026, 5, 1);

std::shared_ptr<CustomerIndex> sharedIndexOf(const QList<CustomerRow> &rows)
{
    CustomerIndexBuilder builder;
    for (const CustomerRow &row : rows)
        builder.add(row);
    return std::make_shared<CustomerIndex>(builder.build());
}

CustomerQueryResult resultOf(const CustomerIndex &index, const QString &text = {},
                             int sortColumn = -1)
{
    CustomerQuerySpec spec;
    spec.text = text;
    spec.today = kToday;
    spec.sortColumn = sortColumn;
    return *index.query(spec);
}

QList<CustomerRow> sampleRows()
{
    CustomerRow a = makeRow(1, QStringLiteral("Acme VoIP LLC"), QStringLiteral("100000042"),
                            {QStringLiteral("ap@acme.example"), QStringLiteral("cfo@acme.example"),
                             QStringLiteral("it@acme.example")});
    a.masterAgentName = QStringLiteral("Master One");
    a.facts.terms = PaymentTermsKind::Net15;
    a.facts.creditLimitCents = 50'000;
    a.facts.balanceCents = 40'000; // exactly 80 %
    a.facts.achStatus = AchStatus::Eligible;
    a.facts.achReason = AchReason::GoodStanding;
    a.facts.flags = CustomerRowFlag::PendingEdit;

    CustomerRow b = makeRow(2, QStringLiteral("Ñandú, \"Telecom\""), QStringLiteral("200000001"));
    b.facts.creditLimitCents = 50'000;
    b.facts.balanceCents = 39'995; // 79.99 %
    b.facts.achStatus = AchStatus::Enabled;
    b.facts.achReason = AchReason::Manual;

    CustomerRow c = makeRow(3, QStringLiteral("Beta Cloud"), QStringLiteral("300000003"));
    c.facts.creditLimitCents = 0;
    c.facts.balanceCents = 123'456; // $1,234.56 with no limit
    c.facts.updatedAtMsecs = CustomerFacts::kUnknownTime;

    CustomerRow d = makeRow(4, QStringLiteral("Delta"), QStringLiteral("400000004"));
    d.facts.creditLimitCents = 10'000;
    d.facts.balanceCents = -500; // a credit
    return {a, b, c, d};
}

} // namespace

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

private:
    QVariant cell(const CustomerTableModel &model, int row, CustomerColumn column,
                  int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, int(column)), role);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyModel()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), CustomerColumnCount);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.customerId(0), 0);
        QCOMPARE(model.rowOfCustomer(1), -1);
        QCOMPARE(model.headerData(int(CustomerColumn::AccountNumber), Qt::Horizontal).toString(),
                 QStringLiteral("Account"));
        QCOMPARE(model.headerData(int(CustomerColumn::LimitUsed), Qt::Horizontal).toString(),
                 QStringLiteral("% of limit"));
        QVERIFY(!model.headerData(int(CustomerColumn::LimitUsed), Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(
            model.headerData(int(CustomerColumn::Balance), Qt::Horizontal, Qt::TextAlignmentRole)
                .value<Qt::Alignment>(),
            Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(model.roleNames().contains(CustomerTableModel::RawRole));
    }

    void displayText_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        auto add = [](const char *name, int row, CustomerColumn column, const QString &text) {
            QTest::newRow(name) << row << int(column) << text;
        };
        add("account", 0, CustomerColumn::AccountNumber, QStringLiteral("100000042"));
        add("name with quotes", 1, CustomerColumn::Name, QStringLiteral("Ñandú, \"Telecom\""));
        add("agent", 0, CustomerColumn::Agent, QStringLiteral("Agent 1"));
        add("master agent", 0, CustomerColumn::MasterAgent, QStringLiteral("Master One"));
        add("no master agent", 1, CustomerColumn::MasterAgent, QString());
        add("net 15", 0, CustomerColumn::Terms, QStringLiteral("Net 15"));
        add("due on receipt", 1, CustomerColumn::Terms, QStringLiteral("Due on receipt"));
        add("credit limit", 0, CustomerColumn::CreditLimit, QStringLiteral("$500.00"));
        add("balance with grouping", 2, CustomerColumn::Balance, QStringLiteral("$1,234.56"));
        // Negative amounts are written as Money writes them for the locale (en_US: "($5.00)").
        add("negative balance", 3, CustomerColumn::Balance,
            Money::fromCents(-500).format(QLocale()));
        add("exactly 80 %", 0, CustomerColumn::LimitUsed, QStringLiteral("80.0%"));
        add("79.99 % is cut, not rounded", 1, CustomerColumn::LimitUsed, QStringLiteral("79.9%"));
        add("limit 0: no percentage", 2, CustomerColumn::LimitUsed, QString());
        add("credit balance percentage", 3, CustomerColumn::LimitUsed, QStringLiteral("-5.0%"));
        add("ach eligible", 0, CustomerColumn::AchStatus, QStringLiteral("Eligible"));
        add("ach enabled", 1, CustomerColumn::AchStatus, QStringLiteral("Enabled"));
        add("ach not eligible", 2, CustomerColumn::AchStatus, QStringLiteral("Not eligible"));
        add("invoice emails", 0, CustomerColumn::InvoiceEmails, QStringLiteral("3"));
        add("unknown update time", 2, CustomerColumn::UpdatedAt, QString());
    }

    void displayText()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        const auto index = sharedIndexOf(sampleRows());
        CustomerTableModel model;
        model.setResult(index, resultOf(*index));
        QCOMPARE(cell(model, row, CustomerColumn(column)).toString(), text);
    }

    void otherRoles()
    {
        const auto index = sharedIndexOf(sampleRows());
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setResult(index, resultOf(*index));

        QCOMPARE(cell(model, 2, CustomerColumn::Balance, CustomerTableModel::RawRole),
                 QVariant(qint64(123'456)));
        QCOMPARE(cell(model, 1, CustomerColumn::LimitUsed, CustomerTableModel::SortRole),
                 QVariant(qint64(7999)));
        QVERIFY(cell(model, 2, CustomerColumn::LimitUsed, CustomerTableModel::RawRole).isNull());
        QVERIFY(cell(model, 1, CustomerColumn::MasterAgent, CustomerTableModel::RawRole).isNull());
        QCOMPARE(
            cell(model, 0, CustomerColumn::UpdatedAt, CustomerTableModel::RawRole).toDateTime(),
            QDateTime::fromMSecsSinceEpoch(1'700'000'001'000, Qt::UTC));
        QCOMPARE(cell(model, 0, CustomerColumn::Terms, CustomerTableModel::RawRole).toInt(),
                 int(PaymentTermsKind::Net15));
        QCOMPARE(cell(model, 3, CustomerColumn::Name, CustomerTableModel::IdRole),
                 QVariant(qint64(4)));
        QCOMPARE(cell(model, 0, CustomerColumn::Name, CustomerTableModel::FlagsRole).toInt(),
                 int(CustomerRowFlag::PendingEdit));
        QCOMPARE(cell(model, 2, CustomerColumn::Balance, CustomerTableModel::ExportRole),
                 QVariant(QStringLiteral("1234.56")));
        QCOMPARE(cell(model, 0, CustomerColumn::AchStatus, Qt::ToolTipRole).toString(),
                 QStringLiteral("Eligible: no payment issue for more than 90 days"));
        QCOMPARE(cell(model, 1, CustomerColumn::LimitUsed, Qt::ToolTipRole).toString(),
                 QStringLiteral("Balance $399.95 of a credit limit of $500.00"));
        QVERIFY(cell(model, 0, CustomerColumn::UpdatedAt).toString().contains(u"23"));
        QVERIFY(!cell(model, 0, CustomerColumn::Terms, Qt::ToolTipRole).isValid());
        QCOMPARE(
            cell(model, 0, CustomerColumn::Balance, Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(cell(model, 0, CustomerColumn::Name, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignLeft | Qt::AlignVCenter);
        QVERIFY(!model.data(model.index(4, 0)).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    }

    void oneResetPerResult()
    {
        const auto index = sharedIndexOf(generatedRows(500));
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &CustomerTableModel::matchCountChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        model.setResult(index, resultOf(*index));
        QCOMPARE(model.rowCount(), 500);
        model.setResult(index, resultOf(*index, QStringLiteral("acme"), int(CustomerColumn::Name)));
        const int acmeRows = model.rowCount();
        QVERIFY(acmeRows > 0 && acmeRows < 500);
        model.setResult(index, resultOf(*index, QStringLiteral("no such customer")));
        QCOMPARE(model.rowCount(), 0);

        QCOMPARE(aboutToReset.count(), 3);
        QCOMPARE(reset.count(), 3);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(counts.count(), 3);
        QCOMPARE(counts.at(1).at(0).value<qsizetype>(), qsizetype(acmeRows));
        QCOMPARE(counts.at(1).at(1).value<qsizetype>(), qsizetype(500));
    }

    void sortOnlyAsks()
    {
        const auto index = sharedIndexOf(sampleRows());
        CustomerTableModel model;
        model.setResult(index, resultOf(*index));
        QSignalSpy asked(&model, &CustomerTableModel::sortRequested);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(int(CustomerColumn::Balance), Qt::DescendingOrder);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toInt(), int(CustomerColumn::Balance));
        QCOMPARE(asked.at(0).at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
        QCOMPARE(model.requestedSortColumn(), int(CustomerColumn::Balance));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.customerId(0), 1); // the rows wait for the result
        model.sort(CustomerColumnCount);
        QCOMPARE(asked.count(), 1); // no such column
        model.sort(-1);
        QCOMPARE(asked.at(1).at(0).toInt(), -1);
    }

    void rowChangesUpdateAndRemoveAtOnce()
    {
        const auto index = sharedIndexOf(generatedRows(60));
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setResult(index, resultOf(*index, {}, int(CustomerColumn::AccountNumber)));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy counts(&model, &CustomerTableModel::matchCountChanged);

        // Remove the customers shown on rows 3, 4, 5 (one run) and 10; rename the one on 7.
        const QList<qint64> gone {model.customerId(3), model.customerId(4), model.customerId(5),
                                  model.customerId(10)};
        const qint64 renamedId = model.customerId(7);
        CustomerRow renamed = generatedRows(60).at(int(renamedId - 1000));
        renamed.name = QStringLiteral("Renamed");
        const CustomerIndexChanges changes
            = index->apply({renamed, makeRow(5000, QStringLiteral("New"))}, gone);
        model.applyIndexChanges(index.get(), changes);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 7);
        QCOMPARE(removed.count(), 2); // row 10, then rows 3..5
        QCOMPARE(removed.at(0).at(1).toInt(), 10);
        QCOMPARE(removed.at(1).at(1).toInt(), 3);
        QCOMPARE(removed.at(1).at(2).toInt(), 5);
        QCOMPARE(model.rowCount(), 56);
        QCOMPARE(model.rowOfCustomer(renamedId), 4);
        QCOMPARE(cell(model, 4, CustomerColumn::Name).toString(), QStringLiteral("Renamed"));
        for (qint64 id : gone)
            QCOMPARE(model.rowOfCustomer(id), -1);
        QCOMPARE(model.rowOfCustomer(5000), -1); // new rows come with the next result
        QCOMPARE(model.totalCount(), 57);
        QCOMPARE(counts.last().at(0).value<qsizetype>(), qsizetype(56));

        // Changes of another index are not this model's business.
        const auto other = sharedIndexOf(sampleRows());
        model.applyIndexChanges(other.get(), other->apply({}, {1}));
        QCOMPARE(model.rowCount(), 56);
    }
};

QTEST_MAIN(TestCustomerTableModel)
#include "tst_itemmodel_customertable.moc"
