#pragma once

#include "models/PaymentBehaviour.h"
#include "ui/credit/CreditApplicationItems.h"

#include <QAbstractTableModel>
#include <QDate>

namespace pac {

// The decision queue: applications the portal knows, one a row, with what a decision needs —
// the customer's current limit, balance and terms, how long it has been a customer, payment
// issues in the last 12 months and the payment record behind them (billing rule 7e, from the
// cached invoices and payments) — beside the requested limit and expected monthly spend.
class CreditDecisionQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Application,
        Customer,
        Requested,
        MonthlySpend,
        CurrentLimit,
        Balance,
        Terms,
        CustomerFor,
        PaymentIssues,
        PaymentRecord,
        Submitted,
        Status,
        ColumnCount
    };
    // The application's id (qint64).
    static constexpr int ApplicationIdRole = Qt::UserRole + 1;

    explicit CreditDecisionQueueModel(QObject *parent = nullptr);

    // The day "days as customer" and "last 12 months" are counted to.
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setItems(const QList<CreditApplicationItem> &items);
    // A customer's invoices and payments just fetched: its rows' payment record follows.
    void setBilling(qint64 customerId, const CachedBilling &billing);
    const CreditApplicationItem *item(int row) const;
    // The row of an application, or -1.
    int rowOf(qint64 applicationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(int row, Column column) const;
    QString recordTooltip(int row) const;
    void computeRecords();

    QList<CreditApplicationItem> m_items;
    // PaymentBehaviour of each row's cached billing on m_today (nullopt: nothing cached).
    QList<std::optional<PaymentBehaviour::Result>> m_records;
    QDate m_today;
};

} // namespace pac
