#pragma once

#include "models/Customer.h"
#include "ui/credit/CreditApplicationItems.h"

#include <QDate>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pac {

class CustomerEditService;
class InvoiceLoader;
class PaymentRecordBox;

// One known credit application with what a decision needs (the customer's current limit,
// balance, terms, days as customer, payment issues in the last 12 months, the requested limit
// and monthly spend, the payment record from the invoices and payments) and, for support staff, the
// decision: approve with an amount (above the current limit, at most the requested one; prefilled
// with the requested) or decline with a reason. The decision goes through the edit service and the
// outbox like every edit. Other roles see the controls disabled with the reason.
class CreditDecisionPanel : public QWidget
{
    Q_OBJECT

public:
    // `billing`: a loader of the panel's own, for the payment record of the customer shown.
    CreditDecisionPanel(Role role, CustomerEditService &edits, InvoiceLoader &billing,
                        QWidget *parent = nullptr);

    void setToday(QDate today);
    // Shows an item (a known application; anything else clears the panel).
    void setItem(const CreditApplicationItem &item);
    void clear();
    qint64 applicationId() const { return m_item ? m_item->application.id : 0; }
    // The facts in one column (a narrow tab) or two (a wide window): customer, then request.
    void setFactColumns(int columns);
    // The panel's own "Save as PDF…" (a window has no other; the Credit tab has its own).
    void setPdfButtonVisible(bool visible);
    PaymentRecordBox *paymentRecord() const { return m_paymentRecord; }

signals:
    // The decision is in the outbox.
    void decided(qint64 applicationId);
    void pdfRequested(const pac::CreditApplicationItem &item);

private:
    void approve();
    void decline();
    void updateApproveMessage();
    void updateControls();
    // The rule's verdict on approving `text` (empty = fine).
    QString approveProblem(const QString &text) const;
    void showResult(const QString &message, bool failed);

    Role m_role;
    CustomerEditService &m_edits;
    QDate m_today;
    std::optional<CreditApplicationItem> m_item;

    QLabel *m_title;
    QLabel *m_status;
    QGridLayout *m_facts;
    QList<std::pair<QLabel *, QLabel *>> m_factRows; // caption, value; customer then request
    QLabel *m_currentLimit;
    QLabel *m_balance;
    QLabel *m_terms;
    QLabel *m_customerFor;
    QLabel *m_paymentIssues;
    QLabel *m_requested;
    QLabel *m_monthlySpend;
    QLabel *m_submitted;
    PaymentRecordBox *m_paymentRecord;
    QGroupBox *m_decision;
    QLineEdit *m_approveLimit;
    QLabel *m_approveMessage;
    QPushButton *m_approve;
    QLineEdit *m_declineReason;
    QLabel *m_declineMessage;
    QPushButton *m_decline;
    QPushButton *m_pdf;
    QLabel *m_result;
};

} // namespace pac
