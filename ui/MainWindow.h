#pragma once

#include "customerindex/CustomerView.h"
#include "ui/ConsoleContext.h"

#include <QDate>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QMenu;
class QSplitter;

namespace pac {

class CsvExporter;
class CustomerActions;
class CustomerLoader;
class CustomerTablePanel;
class DetailPanel;
class HistoryLoader;
class SyncStatusBar;
class ViewsPanel;
struct SyncFailure;
struct SyncSummary;

// The console's main window: the views list, the customer table and the detail panel side
// by side, the status bar, menus, toolbar and shortcuts (Ctrl+F filter, Ctrl+R sync,
// Ctrl+E export, Ctrl+1… views). It composes its parts and keeps them in step with the
// cache: loads the table on a worker at start, applies the rows a sync or an edit changed,
// and refreshes the customer shown. Window state, splitters, column widths, sort, view and
// filter are kept in the profile's settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts loading the cached customers into the table (call once, after show()).
    void startLoading();
    // The day the views and ACH dates are evaluated on (moves on at midnight by itself).
    void setToday(QDate today);
    QDate today() const { return m_today; }

    // Shows a customer (selects it in the table when it is shown there).
    void showCustomer(qint64 customerId);

    ViewsPanel *viewsPanel() const { return m_views; }
    CustomerTablePanel *tablePanel() const { return m_table; }
    DetailPanel *detailPanel() const { return m_detail; }
    SyncStatusBar *syncStatusBar() const { return m_status; }
    CustomerActions *customerActions() const { return m_actions; }
    CsvExporter *csvExporter() const { return m_exporter; }
    QAction *syncAction() const { return m_syncAction; }
    // Between the table and the detail panel.
    QSplitter *detailSplitter() const { return m_splitter; }
    QAction *newCreditApplicationAction() const { return m_newCreditAction; }
    // The Customer menu, for the features that add their actions to it.
    QMenu *customerMenu() const { return m_customerMenu; }

    void saveSettings();

signals:
    // The cached customers are in the table (the first load, or a reload).
    void customersLoaded(qsizetype customers, qint64 elapsedMs);
    void newCreditApplicationRequested(qint64 customerId);
    // From the Net 15 what-if: an application asking for the limit that covers the exposure.
    void creditApplicationWithLimitRequested(qint64 customerId, qint64 requestedLimitCents);
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void connectEngine();
    void refreshCustomers(const QList<qint64> &ids);
    void refreshCurrent();
    void refreshOutbox();
    void refreshAsOf();
    void updateCustomerActions();
    void onSyncFinished(const SyncSummary &summary);
    void onSyncFailed(const SyncFailure &failure);
    void exportCsv();
    void scheduleMidnight();

    ConsoleContext m_context;
    QDate m_today;
    QTimer m_midnight;

    CustomerLoader *m_loader;
    HistoryLoader *m_history;
    CustomerActions *m_actions;
    CsvExporter *m_exporter;

    ViewsPanel *m_views;
    CustomerTablePanel *m_table;
    DetailPanel *m_detail;
    SyncStatusBar *m_status;
    QSplitter *m_splitter;
    QSplitter *m_mainSplitter;

    QAction *m_syncAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newCreditAction = nullptr;
    QMenu *m_customerMenu = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_viewActions;
    bool m_firstLoadDone = false;
};

} // namespace pac
