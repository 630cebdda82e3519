#pragma once

#include "models/Customer.h"
#include "portal/PortalTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pac {

class PaymentMethodTableModel;

// The customer's bank accounts on the Billing tab (billing rule 8): each with its state
// (pending with tries left, verified, default, failed, revoked) and authorization, what to do
// next for the selected one, and its actions — Verify deposits…, Make default, Save
// authorization PDF…, Remove bank account… — each enabled only where the rule allows it and
// the role may, with the reason in the tooltip otherwise. The panel only shows and asks
// (signals); AchFeature loads the accounts and does the work. They come from the portal: the
// cache keeps no bank account, so offline the panel says so.
class BankAccountsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BankAccountsPanel(Role role, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    // A new customer: clears the list and says it is loading.
    void setCustomer(qint64 customerId);
    void setMethods(qint64 customerId, const QList<PaymentMethod> &methods);
    void setLoadFailed(qint64 customerId, const QString &message);
    const PaymentMethod *selectedMethod() const;
    void selectMethod(qint64 methodId);
    PaymentMethodTableModel &model() const { return *m_model; }

signals:
    void verifyRequested(qint64 customerId, const pac::PaymentMethod &method);
    void makeDefaultRequested(qint64 customerId, const pac::PaymentMethod &method);
    void saveAuthorizationRequested(qint64 customerId, const pac::PaymentMethod &method);
    void removeRequested(qint64 customerId, const pac::PaymentMethod &method);

private:
    void updateActions();

    Role m_role;
    qint64 m_customerId = 0;
    PaymentMethodTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_nextStep;
    QPushButton *m_verify;
    QPushButton *m_makeDefault;
    QPushButton *m_savePdf;
    QPushButton *m_remove;
};

} // namespace pac
