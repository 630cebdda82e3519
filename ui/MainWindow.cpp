#include "ui/MainWindow.h"

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerTableModel.h"
#include "models/BillingText.h"
#include "models/Permissions.h"
#include "portal/CustomerEditService.h"
#include "portal/SyncEngine.h"
#include "presentation/UiText.h"
#include "presentation/ViewListModel.h"
#include "storage/LocalCache.h"
#include "ui/ConsoleSettings.h"
#include "ui/ControlAccess.h"
#include "ui/CustomerActions.h"
#include "ui/DetailPanel.h"
#include "ui/Log.h"
#include "ui/SyncStatusBar.h"
#include "ui/billing/BillingTab.h"
#include "ui/customers/CsvExporter.h"
#include "ui/customers/CustomerLoader.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/customers/ViewsPanel.h"
#include "ui/history/HistoryLoader.h"
#include "ui/recipients/InvoiceEmailEditor.h"
#include "ui/recipients/InvoiceRecipientsTab.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace pac {

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_today(QDate::currentDate())
    , m_loader(new CustomerLoader(context.cache, this))
    , m_history(new HistoryLoader(context.client, context.cache, this))
    , m_actions(new CustomerActions(context.edits, context.cache, context.client, context.presenter,
                                    this, this))
    , m_exporter(new CsvExporter(context.presenter, this, this))
    , m_views(new ViewsPanel(context.user.role, this))
    , m_table(new CustomerTablePanel(this))
    , m_detail(new DetailPanel(context.user.role, *m_history, this))
    , m_status(new SyncStatusBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 (%2) — Portal Agent Console")
                       .arg(context.user.name, BillingText::roleName(context.user.role)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agent-console.svg")));
    m_splitter->setObjectName(QStringLiteral("tableDetailSplitter"));
    m_mainSplitter->setObjectName(QStringLiteral("viewsSplitter"));

    // views | (table | detail)
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_views);
    m_mainSplitter->addWidget(m_splitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_views->setMinimumWidth(240);
    m_detail->setMinimumWidth(380);
    setCentralWidget(m_mainSplitter);
    setStatusBar(m_status);
    m_status->setUser(context.user.name, context.user.role);

    createActions();
    createMenus();

    connect(m_views, &ViewsPanel::viewChanged, this, [this](CustomerView view) {
        m_table->setView(view);
        m_context.settings.setLastView(CustomerViews::key(view));
    });
    connect(m_table, &CustomerTablePanel::viewCountsChanged, m_views, &ViewsPanel::setCounts);
    connect(m_table, &CustomerTablePanel::currentCustomerChanged, this,
            [this](qint64) { refreshCurrent(); });
    connect(m_loader, &CustomerLoader::loaded, this,
            [this](const std::shared_ptr<CustomerIndex> &index, qint64 elapsedMs) {
                m_table->setIndex(index);
                m_firstLoadDone = true;
                emit customersLoaded(index->size(), elapsedMs);
            });
    connect(m_loader, &CustomerLoader::loadFailed, m_table, &CustomerTablePanel::setLoadError);

    BillingTab *billing = m_detail->billingTab();
    connect(billing, &BillingTab::paymentTermsChangeRequested, m_actions,
            &CustomerActions::changePaymentTerms);
    connect(billing, &BillingTab::manualAchRequested, m_actions,
            &CustomerActions::enableAchManually);
    InvoiceRecipientsTab *recipients = m_detail->recipientsTab();
    connect(recipients, &InvoiceRecipientsTab::saveRequested, this,
            [this, recipients](qint64 customerId, const QStringList &emails) {
                const EditResult result = m_actions->saveInvoiceEmails(customerId, emails);
                if (!result.ok())
                    recipients->editor()->showErrors(result.errors);
            });
    connect(m_detail, &DetailPanel::resolveConflictRequested, m_actions,
            &CustomerActions::resolveConflict);
    connect(m_detail, &DetailPanel::discardEditRequested, m_actions, &CustomerActions::discardEdit);
    connect(m_detail->tabs(), &QTabWidget::currentChanged, this,
            [this](int index) { m_context.settings.setDetailTab(index); });
    connect(m_actions, &CustomerActions::creditApplicationRequested, this,
            &MainWindow::creditApplicationWithLimitRequested);
    connect(m_actions, &CustomerActions::message, this,
            [this](const QString &text) { m_status->showMessage(text, 8000); });
    connect(m_exporter, &CsvExporter::finished, this, [this](const QString &path, qsizetype rows) {
        m_status->showMessage(tr("%n customer(s) exported to %1.", "", int(rows)).arg(path), 8000);
    });
    connect(m_exporter, &CsvExporter::failed, this,
            [this](const QString &message) { m_status->showMessage(message, 12000); });
    connect(m_status, &SyncStatusBar::pendingEditsActivated, this,
            [this]() { m_views->setCurrentView(CustomerView::PendingEditsAndConflicts); });

    connectEngine();
    connect(&m_midnight, &QTimer::timeout, this, [this]() {
        setToday(QDate::currentDate());
        scheduleMidnight();
    });
    m_midnight.setSingleShot(true);
    scheduleMidnight();

    restoreSettings();
    refreshOutbox();
    refreshAsOf();
    updateCustomerActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_syncAction = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_syncAction->setToolTip(tr("Send your edits and get the portal's changes (Ctrl+R)"));
    connect(m_syncAction, &QAction::triggered, this,
            [this]() { m_context.engine.sync(SyncMode::Auto, PushScope::AllPending); });

    m_filterAction = new QAction(tr("&Filter customers"), this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_filterAction, &QAction::triggered, m_table, &CustomerTablePanel::focusFilter);

    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")),
                                 tr("&Export view as CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Save the customers shown, in their order, as a CSV file "
                                  "(Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);

    m_newCreditAction = new QAction(QIcon(QStringLiteral(":/icons/credit.svg")),
                                    tr("&New credit application…"), this);
    m_newCreditAction->setObjectName(QStringLiteral("newCreditApplicationAction"));
    m_newCreditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newCreditAction, &QAction::triggered, this,
            [this]() { emit newCreditApplicationRequested(m_table->currentCustomerId()); });

    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Ctrl+1 … Ctrl+7: the views, in the list's order.
    const QList<CustomerView> views = m_views->model()->views();
    for (int i = 0; i < views.size(); ++i) {
        const CustomerView view = views.at(i);
        auto *action = new QAction(CustomerViews::title(view), this);
        action->setObjectName(QStringLiteral("viewAction_") + CustomerViews::key(view));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
                [this, view]() { m_views->setCurrentView(view); });
        m_viewActions.append(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_signOutAction);
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filterAction);
    view->addAction(m_syncAction);
    view->addSeparator();
    view->addActions(m_viewActions);

    m_customerMenu = menuBar()->addMenu(tr("&Customer"));
    m_customerMenu->setObjectName(QStringLiteral("customerMenu"));
    m_customerMenu->addAction(m_newCreditAction);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(16, 16));
    tools->addAction(m_syncAction);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(m_newCreditAction);
}

void MainWindow::connectEngine()
{
    SyncEngine &engine = m_context.engine;
    connect(&engine, &SyncEngine::phaseChanged, m_status, &SyncStatusBar::setPhase);
    connect(&engine, &SyncEngine::progress, m_status, &SyncStatusBar::setProgress);
    connect(&engine, &SyncEngine::onlineChanged, m_status, &SyncStatusBar::setOnline);
    connect(&engine, &SyncEngine::syncFinished, this, &MainWindow::onSyncFinished);
    connect(&engine, &SyncEngine::syncFailed, this, &MainWindow::onSyncFailed);
    connect(&engine, &SyncEngine::customersChanged, this, &MainWindow::refreshCustomers);
    connect(&engine, &SyncEngine::customersReloaded, m_loader, &CustomerLoader::loadAll);
    connect(&engine, &SyncEngine::outboxChanged, this, &MainWindow::refreshOutbox);
    // A credit application submitted or decided flags its customer's row (the decision view):
    // the rows are read again (on the worker; a few hundred milliseconds at 100,000).
    connect(&engine, &SyncEngine::creditApplicationsChanged, m_loader, &CustomerLoader::loadAll);
    connect(&m_context.edits, &CustomerEditService::creditApplicationsChanged, m_loader,
            &CustomerLoader::loadAll);
    const auto oneCustomer = [this](qint64, qint64 customerId) { refreshCustomers({customerId}); };
    connect(&engine, &SyncEngine::editApplied, this, oneCustomer);
    connect(&engine, &SyncEngine::editFailed, this,
            [this](qint64, qint64 customerId, const PortalError &error) {
                refreshCustomers({customerId});
                m_status->showMessage(tr("The portal refused an edit: %1").arg(error.message()),
                                      12000);
            });
    connect(&engine, &SyncEngine::conflictDetected, this, [this](qint64 customerId, qint64) {
        refreshCustomers({customerId});
        m_status->showMessage(tr("A customer changed on the portal while your edit was on its "
                                 "way: resolve the conflict in its detail panel."),
                              12000);
    });
    connect(&m_context.edits, &CustomerEditService::customerEdited, this,
            [this](qint64 customerId) { refreshCustomers({customerId}); });
    connect(&m_context.edits, &CustomerEditService::outboxChanged, this,
            &MainWindow::refreshOutbox);
    m_status->setOnline(engine.isOnline());
    m_status->setPhase(engine.phase());
}

void MainWindow::startLoading()
{
    m_loader->loadAll();
}

void MainWindow::setToday(QDate today)
{
    m_today = today;
    m_table->setToday(today);
    refreshCurrent();
}

void MainWindow::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1));
    m_midnight.start(std::chrono::milliseconds(qMax<qint64>(1000, now.msecsTo(midnight))));
}

void MainWindow::showCustomer(qint64 customerId)
{
    if (customerId == 0) {
        m_table->tableView()->clearSelection();
        m_table->tableView()->setCurrentIndex({});
        return;
    }
    if (!m_table->selectCustomer(customerId)) {
        // Not in the current view or filter: show it anyway.
        m_views->setCurrentView(CustomerView::All);
        m_table->setFilterText({});
    }
    refreshCurrent();
}

void MainWindow::refreshCustomers(const QList<qint64> &ids)
{
    if (!m_firstLoadDone || ids.size() > CustomerLoader::kMaxIncremental) {
        m_loader->loadAll();
    } else {
        QList<qint64> removed;
        const QList<CustomerRow> rows = m_loader->rowsFor(ids, &removed);
        qCDebug(lcUi) << "customers changed:" << rows.size() << "rows updated," << removed.size()
                      << "gone";
        m_table->applyChanges(rows, removed);
    }
    if (ids.contains(m_detail->customerId()))
        refreshCurrent();
}

void MainWindow::refreshCurrent()
{
    const qint64 id = m_table->currentCustomerId();
    if (!id) {
        m_detail->clear();
        updateCustomerActions();
        return;
    }
    const StorageResult<std::optional<CachedCustomer>> found = m_context.cache.customers().find(id);
    const StorageResult<QList<OutboxEntry>> edits = m_context.cache.outbox().entriesFor(id);
    if (!found.ok() || !found.value()) {
        m_detail->clear();
    } else {
        m_detail->setCustomer(*found.value(), edits.ok() ? edits.value() : QList<OutboxEntry>(),
                              m_today);
    }
    updateCustomerActions();
}

void MainWindow::refreshOutbox()
{
    const StorageResult<OutboxCounts> counts = m_context.cache.outbox().counts();
    if (counts.ok())
        m_status->setOutboxCounts(counts.value());
    // Row flags and the detail banner follow the outbox.
    if (m_detail->customerId())
        refreshCurrent();
}

void MainWindow::refreshAsOf()
{
    const StorageResult<ProfileMeta> meta = m_context.cache.meta().read();
    if (!meta.ok())
        return;
    // The portal's clock of the last sync says how fresh the data is; before any delta,
    // the time of the last full sync.
    const QDateTime asOf = meta.value().lastServerTime.isValid() ? meta.value().lastServerTime
                                                                 : meta.value().lastFullSyncAt;
    m_status->setAsOf(asOf);
}

void MainWindow::updateCustomerActions()
{
    const bool selected = m_table->currentCustomerId() != 0;
    ControlAccess::apply(m_newCreditAction, m_context.user.role, Action::SubmitCreditApplication,
                         selected ? std::nullopt
                                  : std::optional<QString>(tr("Select a customer first.")),
                         tr("Fill in a credit application for the selected customer "
                            "(Ctrl+Shift+N)"));
}

void MainWindow::onSyncFinished(const SyncSummary &summary)
{
    refreshAsOf();
    refreshOutbox();
    m_status->showMessage(
        tr("Synced in %1 s: %n customer(s) updated.", "", int(summary.customersWritten))
            .arg(QLocale().toString(double(summary.elapsedMs) / 1000.0, 'f', 1)),
        6000);
}

void MainWindow::onSyncFailed(const SyncFailure &failure)
{
    refreshOutbox();
    m_status->showMessage(failure.message(), 12000);
}

void MainWindow::exportCsv()
{
    QList<CustomerColumn> columns;
    const QHeaderView *header = m_table->tableView()->horizontalHeader();
    // The visible columns, in the order the user arranged them.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(CustomerColumn(logical));
    }
    const QString name = tr("customers-%1-%2.csv")
                             .arg(CustomerViews::key(m_views->currentView()),
                                  QDate::currentDate().toString(Qt::ISODate));
    m_exporter->exportView(*m_table->model(), columns, name);
}

void MainWindow::restoreSettings()
{
    const ConsoleSettings &settings = m_context.settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1360, 820);
    restoreState(settings.windowState());
    if (!m_mainSplitter->restoreState(settings.splitterState(QStringLiteral("views"))))
        m_mainSplitter->setSizes({280, 1080});
    if (!m_splitter->restoreState(settings.splitterState(QStringLiteral("detail"))))
        m_splitter->setSizes({680, 440});
    m_table->restoreHeaderState(settings.headerState());
    const int tab = settings.detailTab();
    if (tab >= 0 && tab < m_detail->tabs()->count())
        m_detail->tabs()->setCurrentIndex(tab);
    if (const auto view = CustomerViews::fromKey(settings.lastView()))
        m_views->setCurrentView(*view);
    m_table->setFilterText(settings.lastFilter());
}

void MainWindow::saveSettings()
{
    ConsoleSettings &settings = m_context.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(QStringLiteral("views"), m_mainSplitter->saveState());
    settings.setSplitterState(QStringLiteral("detail"), m_splitter->saveState());
    settings.setHeaderState(m_table->headerState());
    settings.setLastView(CustomerViews::key(m_views->currentView()));
    settings.setLastFilter(m_table->filterText());
    settings.setDetailTab(m_detail->tabs()->currentIndex());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace pac
