// The item models of presentation/ (no Widgets) pass QAbstractItemModelTester through every
// change they make: the views list (role-dependent rows, count badges) and the history table.
#include "customerindex/CustomerView.h"
#include "presentation/HistoryTableModel.h"
#include "presentation/HistoryText.h"
#include "presentation/ViewListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

Q_DECLARE_METATYPE(pac::Role)

class TestPresentationItemModels : public QObject
{
    Q_OBJECT

private:
    static HistoryEntry entry(const QString &action, const QString &field, const QJsonValue &before,
                              const QJsonValue &after, int minute)
    {
        HistoryEntry e;
        e.at = QDateTime(QDate(2026, 11, 25), QTime(10, minute), Qt::UTC);
        e.actor = {2, QStringLiteral("Mia Master")};
        e.actorRole = Role::MasterAgent;
        e.action = action;
        e.field = field;
        e.before = before;
        e.after = after;
        return e;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void viewsListDependsOnTheRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("decisionView");
        QTest::newRow("agent") << Role::Agent << false;
        QTest::newRow("master agent") << Role::MasterAgent << false;
        QTest::newRow("support") << Role::Support << true;
    }
    void viewsListDependsOnTheRole()
    {
        QFETCH(Role, role);
        QFETCH(bool, decisionView);
        ViewListModel model(role);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), decisionView ? 8 : 7);
        // Past due now sits beside the other payment trouble, for every role.
        QCOMPARE(model.rowOf(CustomerView::PastDueNow),
                 model.rowOf(CustomerView::PaymentIssueLast90Days) + 1);
        QCOMPARE(model.rowOf(CustomerView::CreditApplicationsAwaitingDecision) >= 0, decisionView);
        QCOMPARE(model.viewAt(0), CustomerView::All);
        QCOMPARE(model.index(1).data().toString(), CustomerViews::title(CustomerView::Net15));
        QCOMPARE(model.index(1).data(ViewListModel::KeyRole).toString(),
                 CustomerViews::key(CustomerView::Net15));
        QCOMPARE(model.index(1).data(ViewListModel::CountRole).toLongLong(), -1);
    }

    void countsChangeOnlyTheRowsThatChanged()
    {
        ViewListModel model(Role::Support);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CustomerViewCounts counts;
        counts.counts = {100, 20, 5, 7, 9, 0, 3, 0};
        model.setCounts(counts);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 7);
        QCOMPARE(model.index(1).data(ViewListModel::CountRole).toLongLong(), 20);
        // "Net 15: 20 customers" (the plural form comes from the English catalogue).
        const QString tip = model.index(1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(CustomerViews::title(CustomerView::Net15))
                     && tip.contains(QStringLiteral(": 20 ")),
                 qPrintable(tip));

        model.setCounts(counts); // the same counts: no signal
        QCOMPARE(changed.count(), 1);
        counts.counts[2] = 6;
        counts.counts[4] = 10;
        model.setCounts(counts);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 5); // Near credit limit

        // Past due now: the count and what is owed, in the badge and the tooltip; a change of
        // the amount alone is a change of the row.
        const QModelIndex pastDue = model.index(model.rowOf(CustomerView::PastDueNow));
        QCOMPARE(pastDue.data(ViewListModel::BadgeRole).toString(), QStringLiteral("0"));
        counts.counts[std::size_t(CustomerView::PastDueNow)] = 3;
        counts.pastDueCents = 123456;
        model.setCounts(counts);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(2).at(0).toModelIndex(), pastDue);
        QCOMPARE(pastDue.data(ViewListModel::BadgeRole).toString(),
                 QStringLiteral("3 · $1,234.56"));
        QCOMPARE(pastDue.data(ViewListModel::AmountRole).toLongLong(), 123456);
        QVERIFY(pastDue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("$1,234.56")));
        counts.pastDueCents = 100;
        model.setCounts(counts);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.index(1).data(ViewListModel::AmountRole).toLongLong(), -1);
        QCOMPARE(model.index(1).data(ViewListModel::BadgeRole).toString(), QStringLiteral("20"));
    }

    void historyTableShowsEachEntry()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), HistoryTableModel::ColumnCount);
        const QList<HistoryEntry> entries {
            entry(QStringLiteral("payment_terms_changed"), QStringLiteral("credit_limit_cents"),
                  QJsonValue(0), QJsonValue(50000), 3),
            entry(QStringLiteral("payment_terms_changed"), QStringLiteral("payment_terms"),
                  QStringLiteral("due_on_receipt"), QStringLiteral("net15"), 2),
            entry(QStringLiteral("invoice_emails_changed"), QStringLiteral("invoice_emails"),
                  QJsonArray {}, QJsonArray {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")},
                  1),
            entry(QStringLiteral("something_new"), QStringLiteral("x"),
                  QJsonValue(QJsonValue::Null), QJsonValue(true), 0),
        };
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 4);
        const auto text = [&](int row, HistoryTableModel::Column column) {
            return model.index(row, int(column)).data().toString();
        };
        using C = HistoryTableModel::Column;
        QCOMPARE(text(0, C::Before), QStringLiteral("$0.00"));
        QCOMPARE(text(0, C::After), QStringLiteral("$500.00"));
        QCOMPARE(text(1, C::What), QStringLiteral("Payment terms changed"));
        QCOMPARE(text(1, C::Before), QStringLiteral("Due on receipt"));
        QCOMPARE(text(1, C::After), QStringLiteral("Net 15"));
        QCOMPARE(text(2, C::Before), QStringLiteral("(none)"));
        QCOMPARE(text(2, C::After), QStringLiteral("a@x.com\nb@x.com"));
        QCOMPARE(text(2, C::Who), QStringLiteral("Mia Master\nMaster agent"));
        // An action this console does not know reads as the portal names it.
        QCOMPARE(text(3, C::What), QStringLiteral("something_new (x)"));
        QCOMPARE(text(3, C::Before), QStringLiteral("—"));
        QCOMPARE(model.index(0, int(C::When)).data(HistoryTableModel::RawRole).toDateTime(),
                 entries.at(0).at);
        QCOMPARE(model.headerData(int(C::After), Qt::Horizontal).toString(),
                 QStringLiteral("After"));

        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void historyValuesOfObjects()
    {
        const QJsonObject manual {{QStringLiteral("id"), 1},
                                  {QStringLiteral("name"), QStringLiteral("Sam Support")},
                                  {QStringLiteral("reason"), QStringLiteral("pays by wire")}};
        QCOMPARE(HistoryText::value(QStringLiteral("ach.enabled_by"), manual),
                 QStringLiteral("Sam Support: “pays by wire”"));
        const QJsonObject method {{QStringLiteral("id"), 4},
                                  {QStringLiteral("type"), QStringLiteral("ach")},
                                  {QStringLiteral("last4"), QStringLiteral("6789")},
                                  {QStringLiteral("account_type"), QStringLiteral("savings")}};
        QCOMPARE(HistoryText::value(QStringLiteral("payment_methods"), method),
                 QStringLiteral("Savings account ••••6789"));
    }
};

QTEST_MAIN(TestPresentationItemModels)
#include "tst_itemmodel_presentation.moc"
