#pragma once

#include "portal/PortalTypes.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableView;

namespace pac {

class HistoryLoader;
class HistoryTableModel;

// The "History" tab: the customer's audit entries (when, who, what, before, after) as a
// table, from the cache at once and from the portal when it answers. Loads only while the
// tab is shown (setActive), so browsing customers costs no requests.
class HistoryTab : public QWidget
{
    Q_OBJECT

public:
    HistoryTab(HistoryLoader &loader, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    // Loads when the tab becomes visible and the customer changed since the last load.
    void setActive(bool active);
    void reload();

    HistoryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void historyShown(qint64 customerId, int entries, bool fresh);

private:
    void showLoaded(qint64 customerId, const QList<pac::HistoryEntry> &entries,
                    const QDateTime &asOf, bool fresh);
    void showFailed(qint64 customerId, const QString &message);

    HistoryLoader &m_loader;
    HistoryTableModel *m_model;
    QTableView *m_view;
    QLabel *m_state;
    qint64 m_customerId = 0;
    qint64 m_loadedFor = 0;
    bool m_active = false;
    bool m_haveCached = false;
};

} // namespace pac
