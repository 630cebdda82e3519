#pragma once

#include "portal/PortalTypes.h"

#include <QAbstractTableModel>

namespace pac {

// A customer's bank accounts as the Billing tab lists them, oldest first: account (••••last4
// and type), holder, state (verification with tries left, default, revoked), authorization
// (entry class, how, who, when). setMethods() replaces them with one reset. A row that needs
// the user (pending, failed) carries AttentionRole; the state column says it in words too.
class PaymentMethodTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Account, Holder, State, Authorization, Count };
    static constexpr int ColumnCount = int(Column::Count);
    enum Role {
        MethodIdRole = Qt::UserRole + 1, // qint64, on every column
        AttentionRole, // bool: pending or failed (and not revoked)
    };

    explicit PaymentMethodTableModel(QObject *parent = nullptr);

    void setMethods(const QList<PaymentMethod> &methods);
    const QList<PaymentMethod> &methods() const { return m_methods; }
    const PaymentMethod *methodAt(int row) const;
    // The row of a method id, or -1.
    int rowOf(qint64 methodId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PaymentMethod> m_methods;
};

} // namespace pac
