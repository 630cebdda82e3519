#pragma once

#include "portal/PortalTypes.h"

#include <QAbstractTableModel>

namespace pac {

// The audit entries of one customer, newest first, as a table: when, who, what, before,
// after. setEntries() replaces them with one reset.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { When, Who, What, Before, After, Count };
    static constexpr int ColumnCount = int(Column::Count);
    enum Role {
        RawRole = Qt::UserRole + 1, // QDateTime for When, the JSON value for Before/After
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    const QList<HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace pac
