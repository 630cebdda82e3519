#pragma once

#include "storage/CachedCustomer.h"
#include "storage/OutboxEntry.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace pac {

class BillingTab;
class HistoryLoader;
class HistoryTab;
class InvoiceRecipientsTab;
class StatusChip;

// The right-hand panel: who the selected customer is (name, account number, status, agent,
// master agent, customer since), a banner when one of its edits needs the user (a conflict
// to resolve, an edit the portal refused), and the tabs Billing, Invoice recipients and
// History (plus any tab the composition adds, e.g. Credit). With no customer selected it
// says how to pick one.
class DetailPanel : public QWidget
{
    Q_OBJECT

public:
    DetailPanel(Role role, HistoryLoader &history, QWidget *parent = nullptr);

    // `edits`: the customer's outbox entries (pending, conflict, failed), oldest first.
    void setCustomer(const CachedCustomer &customer, const QList<OutboxEntry> &edits, QDate today);
    void clear();
    qint64 customerId() const { return m_customerId; }

    int addTab(QWidget *tab, const QString &title);
    BillingTab *billingTab() const { return m_billing; }
    InvoiceRecipientsTab *recipientsTab() const { return m_recipients; }
    HistoryTab *historyTab() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void resolveConflictRequested(qint64 customerId);
    void discardEditRequested(qint64 entryId);

private:
    void updateBanner(const CachedCustomer &customer, const QList<OutboxEntry> &edits);

    qint64 m_customerId = 0;
    qint64 m_refusedEntryId = 0;
    QStackedWidget *m_stack;
    QLabel *m_name;
    QLabel *m_facts;
    StatusChip *m_status;
    StatusChip *m_pending;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerAction;
    QTabWidget *m_tabs;
    BillingTab *m_billing;
    InvoiceRecipientsTab *m_recipients;
    HistoryTab *m_history;
};

} // namespace pac
