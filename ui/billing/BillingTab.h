#pragma once

#include "models/Customer.h"
#include "storage/CachedCustomer.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pac {

class AchChecklistWidget;
class StatusChip;

// The "Billing" tab: payment terms with the action to move to Net 15 (or back), the credit
// limit, balance and share of the limit used, and ACH: the eligibility checklist with the
// actions to add a bank account and, for support, to enable ACH manually. Actions the role
// may not take, or that the rules refuse for this customer, are disabled with a tooltip
// saying why and who can. The tab only asks (signals); CustomerActions does the work.
class BillingTab : public QWidget
{
    Q_OBJECT

public:
    explicit BillingTab(Role role, QWidget *parent = nullptr);

    void setCustomer(const CachedCustomer &customer, QDate today);
    void clear();
    // The customer's bank accounts (AchFeature's BankAccountsPanel), under the ACH checklist.
    void setBankAccountsPanel(QWidget *panel);

signals:
    void paymentTermsChangeRequested(qint64 customerId, pac::PaymentTermsKind target);
    void addAchAccountRequested(qint64 customerId);
    void manualAchRequested(qint64 customerId);

private:
    void updateActions(const Customer &customer);

    Role m_role;
    qint64 m_customerId = 0;
    PaymentTermsKind m_terms = PaymentTermsKind::DueOnReceipt;

    QLabel *m_termsValue;
    StatusChip *m_pending;
    QPushButton *m_changeTerms;
    QLabel *m_limitValue;
    QLabel *m_balanceValue;
    QLabel *m_usedValue;
    QProgressBar *m_usedBar;
    StatusChip *m_nearLimit;
    AchChecklistWidget *m_checklist;
    QPushButton *m_addAch;
    QPushButton *m_manualAch;
    QVBoxLayout *m_achSection;
};

} // namespace pac
