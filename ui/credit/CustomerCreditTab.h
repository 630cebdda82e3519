#pragma once

#include "models/Customer.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pac {

class CreditApplicationListModel;
class CreditDecisionPanel;
class CreditPdfExporter;
class CustomerEditService;
class DialogPresenter;
class LocalCache;
class PortalClient;
struct CreditApplicationItem;

// The "Credit" tab of the customer detail panel: the customer's credit applications — drafts
// (resume, delete), submissions on their way to the portal, and the applications the portal
// knows with their status (approved with the limit, declined with the reason) — and, for the
// one selected, what a decision needs and the decision itself (support staff).
class CustomerCreditTab : public QWidget
{
    Q_OBJECT

public:
    // `client` and `cache`: the decision panel's payment record reads and fetches the
    // customer's invoices and payments.
    CustomerCreditTab(Role role, PortalClient &client, LocalCache &cache,
                      CustomerEditService &edits, CreditPdfExporter &pdf,
                      DialogPresenter &presenter, QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);
    void clear();
    qint64 customerId() const { return m_customer ? m_customer->id : 0; }
    void setToday(QDate today);
    // Reads the customer's applications again (after a sync, an edit, a saved draft).
    void reload();

    CreditApplicationListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CreditDecisionPanel *decisionPanel() const { return m_decision; }

signals:
    void newApplicationRequested(qint64 customerId);
    void resumeRequested(const QString &draftId);

private:
    const CreditApplicationItem *currentItem() const;
    void updateActions();
    // Asks first: a draft is the only copy of what was typed.
    void deleteDraft();
    void exportPdf();

    Role m_role;
    LocalCache &m_cache;
    CreditPdfExporter &m_pdf;
    DialogPresenter &m_presenter;
    std::optional<Customer> m_customer;
    QDate m_today;

    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_resume;
    QPushButton *m_delete;
    QPushButton *m_pdfButton;
    CreditApplicationListModel *m_model;
    QTableView *m_table;
    CreditDecisionPanel *m_decision;
};

} // namespace pac
