#include "ui/bulk/RecentBulkChangesDialog.h"

#include "presentation/BulkBatchTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

RecentBulkChangesDialog::RecentBulkChangesDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new BulkBatchTableModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("recentBulkChangesDialog"));
    setWindowTitle(tr("Recent bulk changes"));
    resize(900, 420);
    m_table->setObjectName(QStringLiteral("bulkBatchTable"));
    m_table->setAccessibleName(tr("Recent bulk changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("bulkBatchesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo batch…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("bulkUndoButton"));
    m_undo->setToolTip(tr("Preview giving each customer of the batch its value before, then "
                          "apply it"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("bulkBatchesClose"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedBatchId())
            emit undoRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecentBulkChangesDialog::updateButtons);
    setBatches({});
}

void RecentBulkChangesDialog::setBatches(const QList<BulkBatch> &batches)
{
    const qint64 selected = selectedBatchId();
    m_model->setBatches(batches);
    m_table->resizeColumnsToContents();
    m_empty->setText(batches.isEmpty() ? tr("No bulk change yet. Select customers and choose "
                                            "Customer → Bulk change… (Ctrl+Shift+B).")
                                       : QString());
    m_empty->setVisible(batches.isEmpty());
    if (!selected || !selectBatch(selected)) {
        if (!batches.isEmpty())
            selectBatch(batches.constFirst().id);
    }
    updateButtons();
}

void RecentBulkChangesDialog::setFailed(const QString &message)
{
    m_empty->setText(message);
    m_empty->show();
}

bool RecentBulkChangesDialog::selectBatch(qint64 batchId)
{
    const int row = m_model->rowOf(batchId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

qint64 RecentBulkChangesDialog::selectedBatchId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const BulkBatch *batch = m_model->batchAt(rows.constFirst().row());
    return batch ? batch->id : 0;
}

void RecentBulkChangesDialog::updateButtons()
{
    m_undo->setEnabled(selectedBatchId() != 0);
}

} // namespace pac
