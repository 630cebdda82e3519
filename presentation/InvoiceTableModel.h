#pragma once

#include "models/Invoice.h"

#include <QAbstractTableModel>

namespace pac {

// A customer's invoices, newest first, as the Invoices tab lists them: number, issued, due,
// amount, paid, status, and who the last sending went to (To and CC counts; the addresses
// in the tooltip). setInvoices() replaces them with one reset; the delegate draws a past-due
// row in the warning colour from PastDueRole, and the status column says it in words too.
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Number, Issued, Due, Amount, Paid, Status, SentTo, Count };
    static constexpr int ColumnCount = int(Column::Count);
    enum Role {
        RawRole = Qt::UserRole + 1, // QDate, cents (qint64), the status wire name, the id
        PastDueRole, // bool, on every column of a past-due invoice
        InvoiceIdRole, // qint64, on every column
    };

    explicit InvoiceTableModel(QObject *parent = nullptr);

    void setInvoices(const QList<Invoice> &invoices);
    const QList<Invoice> &invoices() const { return m_invoices; }
    // The invoice of a row, or nullptr.
    const Invoice *invoiceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The addresses of the last sending, one per line ("To: …", "CC: …").
    static QString sentToToolTip(const Invoice &invoice);

private:
    QList<Invoice> m_invoices;
};

} // namespace pac
