#pragma once

#include "models/Customer.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace pac {

class CreditDecisionPanel;
class CreditDecisionQueueModel;
class CreditPdfExporter;
class CustomerEditService;
class LocalCache;
class PortalClient;
struct CreditApplicationItem;

// The credit applications the user may see, in a window of their own: for support staff the
// decision queue (submitted applications, oldest first, with what a decision needs and the
// decision beside), for agents and master agents the applications of their customers and
// how they were decided. Reads the local cache, so it works offline; the sync engine keeps
// it current (reload()).
class CreditApplicationsWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { AwaitingDecision, All };

    // `client`: the decision panel fetches the payment record of the customer selected.
    CreditApplicationsWindow(Role role, PortalClient &client, LocalCache &cache,
                             CustomerEditService &edits, CreditPdfExporter &pdf,
                             QWidget *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const;
    void setToday(QDate today);
    void reload();
    // Selects an application (when it is listed).
    bool selectApplication(qint64 applicationId);

    CreditDecisionQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CreditDecisionPanel *decisionPanel() const { return m_panel; }

signals:
    // A decision of this window went into the outbox.
    void decided(qint64 applicationId);

private:
    void onCurrentChanged();
    void exportPdf(const CreditApplicationItem &item);

    LocalCache &m_cache;
    CreditPdfExporter &m_pdf;
    QComboBox *m_filter;
    QLabel *m_count;
    CreditDecisionQueueModel *m_model;
    QTableView *m_table;
    CreditDecisionPanel *m_panel;
};

} // namespace pac
