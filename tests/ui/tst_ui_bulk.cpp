// Bulk changes in the console (issue 13), end to end on the built-in demo portal (in process,
// on 127.0.0.1), the dialog driven as a user does: three customers selected, an address added
// (the one at 10 addresses skipped with the reason), previewed off the GUI thread, applied as
// one batch that the push sends; the support-only action absent for an agent; the batch
// listed in Recent bulk changes, and its undo previewed and applied.
#include "ConsoleFixture.h"
#include "customerindex/CustomerTableModel.h"
#include "portal/BulkChangeService.h"
#include "presentation/BulkBatchTableModel.h"
#include "presentation/BulkPreviewTableModel.h"
#include "storage/LocalCache.h"
#include "ui/CustomerActions.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkActionForm.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkFeature.h"
#include "ui/bulk/RecentBulkChangesDialog.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pac;

namespace {
constexpr int kTimeout = 30000;
const QString kAddress = QStringLiteral("bookkeeper.bulk@example.com");

using pac::test::child;
} // namespace

class TestUiBulk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_fixture;
    QList<qint64> m_customers; // two that change, then the one at 10 addresses
    qint64 m_batch = 0;

    ConsoleApplication &console() { return *m_fixture->console; }
    MainWindow *window() { return console().mainWindow(); }
    BulkFeature *feature() { return window()->findChild<BulkFeature *>(); }

    std::optional<Customer> cached(qint64 id)
    {
        const auto found = console().cache()->customers().find(id);
        if (!found.ok() || !found.value())
            return std::nullopt;
        return found.value()->shown();
    }
    bool outboxEmpty()
    {
        const auto entries = console().cache()->outbox().entries();
        return entries.ok() && entries->isEmpty();
    }

    template<typename T>
    T *openFrom(QAction *action)
    {
        m_fixture->lastDialog.clear();
        action->trigger();
        if (!QTest::qWaitFor([this] { return bool(m_fixture->lastDialog); }, kTimeout))
            return nullptr;
        return qobject_cast<T *>(m_fixture->lastDialog.data());
    }

    void selectCustomers(const QList<qint64> &ids)
    {
        CustomerTablePanel *panel = window()->tablePanel();
        QItemSelectionModel *selection = panel->tableView()->selectionModel();
        selection->clearSelection();
        for (qint64 id : ids) {
            const int row = panel->model()->rowOfCustomer(id);
            QVERIFY(row >= 0);
            selection->select(panel->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static BulkResults results(BulkChangeService &service, qint64 batchId)
    {
        const auto batch = service.batch(batchId);
        return batch && batch->has_value() ? (*batch)->results : BulkResults {};
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_fixture
            = std::make_unique<test::ConsoleFixture>(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(m_fixture->start());
        QVERIFY(m_fixture->signInWithTheForm(QStringLiteral("agent1")));
        QVERIFY(feature());
        const CustomerTableModel *model = window()->tablePanel()->model();
        for (int row = 0; row < model->rowCount() && m_customers.size() < 3; ++row) {
            const auto customer = cached(model->customerId(row));
            if (customer && customer->status == CustomerStatus::Active
                && customer->invoiceEmails.size() <= 5
                && !customer->invoiceEmails.contains(kAddress))
                m_customers.append(customer->id);
        }
        QCOMPARE(m_customers.size(), 3);
        // The third one at 10 addresses, sent through the portal.
        QStringList ten = cached(m_customers.at(2))->invoiceEmails;
        for (int i = int(ten.size()); i < 10; ++i)
            ten.append(QStringLiteral("filler%1@example.com").arg(i));
        QVERIFY(window()->customerActions()->saveInvoiceEmails(m_customers.at(2), ten).ok());
        QTRY_VERIFY_WITH_TIMEOUT(outboxEmpty(), kTimeout);
        QCOMPARE(cached(m_customers.at(2))->invoiceEmails.size(), 10);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void theSupportOnlyActionIsAbsentForAnAgent()
    {
        selectCustomers(m_customers);
        auto *dialog = openFrom<BulkChangeDialog>(feature()->bulkChangeAction());
        QVERIFY(dialog);
        auto *action = child<QComboBox>(dialog, QStringLiteral("bulkAction"));
        QVERIFY(action);
        QCOMPARE(action->count(), 5);
        QCOMPARE(action->findData(int(BulkActionForm::Kind::EnableAch)), -1);
        QVERIFY(!dialog->form()->setKind(BulkActionForm::Kind::EnableAch));
        // Inline validation: no preview before a valid address.
        QVERIFY(dialog->form()->setKind(BulkActionForm::Kind::AddEmail));
        auto *preview = child<QPushButton>(dialog, QStringLiteral("bulkPreviewButton"));
        QVERIFY(!preview->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("bulkAddress")),
                         QStringLiteral("bob@@x"));
        QVERIFY(!preview->isEnabled());
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("bulkProblem"))->text().isEmpty());
        dialog->reject();
    }

    void previewApplyAndSend()
    {
        selectCustomers(m_customers);
        QCOMPARE(window()->tablePanel()->selectedCustomerIds().size(), 3);
        auto *dialog = openFrom<BulkChangeDialog>(feature()->bulkChangeAction());
        QVERIFY(dialog);
        // "customer(s)" until the lead runs lupdate and translates the plural.
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("3 customer")),
                 qPrintable(dialog->windowTitle()));
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("bulkScopeAll")));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("bulkAddress")), kAddress);
        auto *apply = child<QPushButton>(dialog, QStringLiteral("bulkApplyButton"));
        QVERIFY(!apply->isEnabled()); // nothing to apply before a preview

        QSignalSpy shown(feature(), &BulkFeature::previewShown);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("bulkPreviewButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isPreviewing());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kTimeout);
        const BulkPreviewTableModel &model = dialog->previewModel();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(child<QLabel>(dialog, QStringLiteral("bulkTotals"))->text(),
                 QStringLiteral("2 will change, 0 unchanged, 1 skipped"));
        using Column = BulkPreviewTableModel::Column;
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(model.index(row, int(Column::Outcome)).data().toString(),
                     QStringLiteral("will change"));
            QVERIFY(model.index(row, int(Column::After)).data().toString().contains(kAddress));
        }
        QCOMPARE(model.index(2, int(Column::Customer))
                     .data(BulkPreviewTableModel::CustomerIdRole)
                     .toLongLong(),
                 m_customers.at(2));
        QCOMPARE(model.index(2, int(Column::Outcome)).data().toString(), QStringLiteral("skipped"));
        QVERIFY2(model.index(2, int(Column::Reason))
                     .data()
                     .toString()
                     .contains(QStringLiteral("at most 10 addresses")),
                 qPrintable(model.index(2, int(Column::Reason)).data().toString()));
        QVERIFY(outboxEmpty()); // a preview saves nothing

        const QString csv = m_dir.filePath(QStringLiteral("preview.csv"));
        QString why;
        QVERIFY2(BulkFeature::writePreviewCsv(model, csv, &why), qPrintable(why));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 4);

        QVERIFY(apply->isEnabled());
        QSignalSpy applied(&feature()->service(), &BulkChangeService::batchApplied);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        m_batch = dialog->batchId();
        QVERIFY(m_batch > 0);
        const auto items = feature()->service().items(m_batch);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2); // both changes in the outbox under the batch
        for (const BulkBatchItem &item : items.value())
            QVERIFY(item.outboxId > 0);
        QVERIFY(child<QWidget>(dialog, QStringLiteral("bulkProgress"))->isVisible());
        QVERIFY(!apply->isEnabled());

        auto *shownResults = child<QLabel>(dialog, QStringLiteral("bulkResults"));
        QTRY_COMPARE_WITH_TIMEOUT(results(feature()->service(), m_batch).sent, 2, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(shownResults->text().contains(QStringLiteral("2 sent")), kTimeout);
        QVERIFY(outboxEmpty());
        QVERIFY(cached(m_customers.at(0))->invoiceEmails.contains(kAddress));
        QVERIFY(!cached(m_customers.at(2))->invoiceEmails.contains(kAddress));
        dialog->reject();
    }

    void oneOrNoRowOffersTheWholeView()
    {
        selectCustomers({m_customers.at(0)});
        auto *dialog = openFrom<BulkChangeDialog>(feature()->bulkChangeAction());
        QVERIFY(dialog);
        QCOMPARE(dialog->customerIds(), QList<qint64> {m_customers.at(0)});
        auto *all = child<QAbstractButton>(dialog, QStringLiteral("bulkScopeAll"));
        QVERIFY(all);
        all->click();
        const auto shown = window()->tablePanel()->shownCustomerIds();
        QCOMPARE(dialog->customerIds(), shown);
        QVERIFY(dialog->windowTitle().contains(QString::number(shown.size())));
        dialog->reject();
    }

    void recentBulkChangesListsTheBatchAndUndoesIt()
    {
        QVERIFY(m_batch > 0);
        auto *recent = openFrom<RecentBulkChangesDialog>(feature()->recentBulkChangesAction());
        QVERIFY(recent);
        const BulkBatchTableModel &batches = recent->model();
        QVERIFY(batches.rowCount() >= 1);
        QCOMPARE(batches.batchAt(0)->id, m_batch);
        using Column = BulkBatchTableModel::Column;
        QVERIFY(!batches.index(0, int(Column::When)).data().toString().isEmpty());
        QVERIFY(!batches.index(0, int(Column::Who)).data().toString().isEmpty());
        QVERIFY(batches.index(0, int(Column::What)).data().toString().contains(kAddress));
        QCOMPARE(batches.index(0, int(Column::Counts)).data().toString(),
                 QStringLiteral("2 changed, 0 unchanged, 1 skipped"));
        QCOMPARE(batches.index(0, int(Column::Results)).data().toString(),
                 QStringLiteral("2 sent, 0 conflict, 0 refused, 0 waiting"));
        QCOMPARE(recent->selectedBatchId(), m_batch);

        m_fixture->lastDialog.clear();
        QSignalSpy shown(feature(), &BulkFeature::previewShown);
        QTest::mouseClick(child<QPushButton>(recent, QStringLiteral("bulkUndoButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<BulkChangeDialog *>(m_fixture->lastDialog.data()),
                                 kTimeout);
        auto *undo = qobject_cast<BulkChangeDialog *>(m_fixture->lastDialog.data());
        QCOMPARE(undo->undoOf(), std::optional<qint64>(m_batch));
        QVERIFY(!undo->form());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kTimeout);
        QCOMPARE(undo->previewModel().rowCount(), 2);
        QCOMPARE(child<QLabel>(undo, QStringLiteral("bulkTotals"))->text(),
                 QStringLiteral("2 will change, 0 unchanged, 0 skipped"));
        QTest::mouseClick(child<QPushButton>(undo, QStringLiteral("bulkApplyButton")),
                          Qt::LeftButton);
        const qint64 undoBatch = undo->batchId();
        QVERIFY(undoBatch > m_batch);
        QTRY_COMPARE_WITH_TIMEOUT(results(feature()->service(), undoBatch).sent, 2, kTimeout);
        QVERIFY(!cached(m_customers.at(0))->invoiceEmails.contains(kAddress));
        QVERIFY(!cached(m_customers.at(1))->invoiceEmails.contains(kAddress));
        // The list shows the undo, newest first, naming the batch it undoes.
        QTRY_COMPARE_WITH_TIMEOUT(batches.rowCount(), 2, kTimeout);
        QCOMPARE(batches.batchAt(0)->id, undoBatch);
        QVERIFY(batches.index(0, int(Column::What))
                    .data()
                    .toString()
                    .contains(QStringLiteral("undoes bulk change %1").arg(m_batch)));
        undo->reject();
        recent->reject();
    }
};

QTEST_MAIN(TestUiBulk)
#include "tst_ui_bulk.moc"
