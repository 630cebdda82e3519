#pragma once

#include "storage/BulkBatchStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace pac {

class BulkBatchTableModel;

// *Customer → Recent bulk changes…*: the saved batches, newest first (when, who, what, the
// preview's counts, what became of the edits), with *Undo batch…* for the selected one.
// BulkFeature fills it (setBatches) and answers undoRequested.
class RecentBulkChangesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecentBulkChangesDialog(QWidget *parent = nullptr);

    const BulkBatchTableModel &model() const { return *m_model; }
    // Keeps the selected batch selected.
    void setBatches(const QList<BulkBatch> &batches);
    void setFailed(const QString &message);
    bool selectBatch(qint64 batchId);
    qint64 selectedBatchId() const;

signals:
    void undoRequested(qint64 batchId);

private:
    void updateButtons();

    BulkBatchTableModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_undo;
};

} // namespace pac
