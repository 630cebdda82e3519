#pragma once

#include "storage/BulkBatchStore.h"

#include <QAbstractTableModel>

namespace pac {

// The saved bulk changes as *Customer → Recent bulk changes* lists them, newest first: when,
// who, what (the batch's sentence; an undo names the batch it undoes), the counts of its
// preview and what became of its edits. setBatches() replaces them with one reset; a batch
// whose edits are not all settled carries PendingRole.
class BulkBatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { When, Who, What, Counts, Results, Count };
    static constexpr int ColumnCount = int(Column::Count);
    enum Role {
        BatchIdRole = Qt::UserRole + 1, // qint64, on every column
        PendingRole, // bool: some edits still wait to be sent
        SortRole, // the raw value: time, name, action, changed, sent
    };

    explicit BulkBatchTableModel(QObject *parent = nullptr);

    void setBatches(const QList<BulkBatch> &batches);
    const QList<BulkBatch> &batches() const { return m_batches; }
    const BulkBatch *batchAt(int row) const;
    // The row of a batch id, or -1.
    int rowOf(qint64 batchId) const;

    // "3 sent, 1 conflict, 0 refused, 2 waiting" (and ", 1 discarded" when there are any).
    static QString resultsText(const BulkResults &results);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString whatText(const BulkBatch &batch) const;

    QList<BulkBatch> m_batches;
};

} // namespace pac
