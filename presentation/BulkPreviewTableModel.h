#pragma once

#include "portal/BulkRules.h"

#include <QAbstractTableModel>

namespace pac {

// The preview of a bulk change as the bulk dialog lists it, one row per customer in the order
// they are checked: customer, what becomes of it ("will change", "unchanged", "skipped"),
// the value before and after, and the reason in words for a line that does not change.
// setPreview() replaces the rows with one reset; csv() gives the same rows as a CSV file.
class BulkPreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Customer, Outcome, Before, After, Reason, Count };
    static constexpr int ColumnCount = int(Column::Count);
    enum Role {
        CustomerIdRole = Qt::UserRole + 1, // qint64, on every column
        OutcomeRole, // int(BulkPreviewRow::Outcome), on every column
    };

    explicit BulkPreviewTableModel(QObject *parent = nullptr);

    void setPreview(const BulkPreview &preview);
    void clear();
    const BulkPreview &preview() const { return m_preview; }
    const BulkPreviewRow *rowAt(int row) const;

    // "will change", "unchanged", "skipped".
    static QString outcomeText(BulkPreviewRow::Outcome outcome);
    // A header line (customer_id,customer,outcome,before,after,reason) and one line per row,
    // each ending in "\r\n" (RFC 4180), UTF-8.
    QByteArray csv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString customerText(const BulkPreviewRow &row) const;

    BulkPreview m_preview;
};

} // namespace pac
