#pragma once

// The baseline of the benchmarks: the same customers in a plain QAbstractTableModel
// (account number, name, emails), as one would feed them to QSortFilterProxyModel.

#include "customerindex/CustomerRow.h"

#include <QAbstractTableModel>

#include <vector>

namespace pac::bench {

class PlainCustomerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountNumber, Name, Emails, ColumnCount };

    explicit PlainCustomerModel(QObject *parent = nullptr);

    void append(const CustomerRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString accountNumber;
        QString name;
        QString emails; // space-separated
    };
    std::vector<Row> m_rows;
};

} // namespace pac::bench
