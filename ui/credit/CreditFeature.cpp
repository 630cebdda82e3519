#include "ui/credit/CreditFeature.h"

#include "models/Money.h"
#include "portal/CustomerEditService.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"
#include "ui/ControlAccess.h"
#include "ui/DetailPanel.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/MainWindow.h"
#include "ui/credit/CreditApplicationForm.h"
#include "ui/credit/CreditApplicationsWindow.h"
#include "ui/credit/CreditPdfExporter.h"
#include "ui/credit/CreditWizard.h"
#include "ui/credit/CustomerCreditTab.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/customers/ViewsPanel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace pac {

CreditFeature::CreditFeature(MainWindow &window, const ConsoleContext &context)
    : QObject(&window)
    , m_mainWindow(window)
    , m_context(context)
    , m_today(QDate::currentDate())
    , m_pdf(new CreditPdfExporter(context.presenter, this))
    , m_tab(new CustomerCreditTab(context.user.role, context.client, context.cache, context.edits,
                                  *m_pdf, context.presenter))
{
    window.detailPanel()->addTab(m_tab, tr("Credit"));
    addActions();

    connect(&window, &MainWindow::newCreditApplicationRequested, this,
            &CreditFeature::startApplication);
    connect(&window, &MainWindow::creditApplicationWithLimitRequested, this,
            &CreditFeature::startApplicationFor);
    connect(window.tablePanel(), &CustomerTablePanel::currentCustomerChanged, this,
            &CreditFeature::showCustomer);
    connect(window.viewsPanel(), &ViewsPanel::viewChanged, this, [this](CustomerView view) {
        // The support view lists customers with an application to decide: show it at once.
        if (view == CustomerView::CreditApplicationsAwaitingDecision)
            m_mainWindow.detailPanel()->tabs()->setCurrentWidget(m_tab);
    });
    connect(m_tab, &CustomerCreditTab::newApplicationRequested, this,
            &CreditFeature::startApplication);
    connect(m_tab, &CustomerCreditTab::resumeRequested, this, &CreditFeature::resumeDraft);

    SyncEngine &engine = context.engine;
    connect(&engine, &SyncEngine::creditApplicationsChanged, this, &CreditFeature::refresh);
    connect(&engine, &SyncEngine::outboxChanged, this, &CreditFeature::refresh);
    connect(&engine, &SyncEngine::customersReloaded, this, &CreditFeature::refresh);
    connect(&engine, &SyncEngine::customersChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_tab->customerId()) || m_window)
            refresh();
    });
    connect(&context.edits, &CustomerEditService::creditApplicationsChanged, this,
            &CreditFeature::refresh);
    connect(&context.edits, &CustomerEditService::outboxChanged, this, &CreditFeature::refresh);
    connect(m_pdf, &CreditPdfExporter::written, this, [this](const QString &path) {
        report(tr("Saved the credit application as %1").arg(path));
        emit pdfWritten(path);
    });
    connect(m_pdf, &CreditPdfExporter::failed, this, [this](const QString &message) {
        report(message);
        emit pdfFailed(message);
    });
    showCustomer(window.detailPanel()->customerId());
}

CreditFeature::~CreditFeature()
{
    // A wizard still open keeps its draft (it saves when it goes); the window goes with us.
    delete m_window.data();
}

CreditWizard *CreditFeature::wizard() const
{
    return m_wizard.data();
}

CreditApplicationsWindow *CreditFeature::applicationsWindow() const
{
    return m_window.data();
}

void CreditFeature::addActions()
{
    m_applicationsAction = new QAction(tr("Credit &applications…"), this);
    m_applicationsAction->setObjectName(QStringLiteral("creditApplicationsAction"));
    m_applicationsAction->setToolTip(m_context.user.role == Role::Support
                                         ? tr("Decide the credit applications waiting for support")
                                         : tr("The credit applications of your customers"));
    connect(m_applicationsAction, &QAction::triggered, this, &CreditFeature::showApplications);
    // Beside "New credit application…", in whichever menu the window put it.
    QAction *newAction = m_mainWindow.newCreditApplicationAction();
    for (QAction *menuAction : m_mainWindow.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || !newAction || !menu->actions().contains(newAction))
            continue;
        const qsizetype at = menu->actions().indexOf(newAction);
        menu->insertAction(menu->actions().value(at + 1), m_applicationsAction);
        return;
    }
    m_mainWindow.menuBar()->addAction(m_applicationsAction);
}

void CreditFeature::setToday(QDate today)
{
    m_today = today;
    m_tab->setToday(today);
    if (m_window)
        m_window->setToday(today);
}

std::optional<Customer> CreditFeature::cachedCustomer(qint64 customerId) const
{
    if (customerId <= 0)
        return std::nullopt;
    const auto found = m_context.cache.customers().find(customerId);
    if (!found || !found->has_value())
        return std::nullopt;
    return (*found)->shown();
}

void CreditFeature::showCustomer(qint64 customerId)
{
    if (const auto customer = cachedCustomer(customerId))
        m_tab->setCustomer(*customer);
    else
        m_tab->clear();
}

void CreditFeature::refresh()
{
    showCustomer(m_tab->customerId() ? m_tab->customerId()
                                     : m_mainWindow.detailPanel()->customerId());
    if (m_window)
        m_window->reload();
}

void CreditFeature::report(const QString &message)
{
    m_mainWindow.statusBar()->showMessage(message, 8000);
}

CreditWizard *CreditFeature::startApplication(qint64 customerId)
{
    return startApplicationFor(customerId, 0);
}

CreditWizard *CreditFeature::startApplicationFor(qint64 customerId, qint64 requestedLimitCents)
{
    if (const QString refusal
        = ControlAccess::refusal(m_context.user.role, Action::SubmitCreditApplication);
        !refusal.isEmpty()) {
        report(refusal);
        return nullptr;
    }
    const auto customer = cachedCustomer(customerId);
    if (!customer) {
        report(tr("Select a customer to fill in a credit application for."));
        return nullptr;
    }
    CreditApplicationForm form {QLocale()};
    if (requestedLimitCents > 0) {
        form.setText(u"requested_limit_cents",
                     Money::fromCents(requestedLimitCents).format(QLocale()));
    }
    return openWizard(*customer, form, QString());
}

CreditWizard *CreditFeature::resumeDraft(const QString &draftId)
{
    const auto draft = m_context.cache.drafts().find(draftId);
    if (!draft || !draft->has_value()) {
        report(draft ? tr("The draft is gone.") : draft.error().message);
        return nullptr;
    }
    QString badField;
    const auto form
        = CreditApplicationForm::fromDraftContent((*draft)->content, QLocale(), &badField);
    const auto customer = cachedCustomer((*draft)->customerId);
    if (!form || !customer) {
        report(!form ? tr("The draft cannot be read (“%1” has a wrong value).").arg(badField)
                     : tr("The draft's customer is not in your list."));
        return nullptr;
    }
    return openWizard(*customer, *form, draftId);
}

CreditWizard *CreditFeature::openWizard(const Customer &customer, const CreditApplicationForm &form,
                                        const QString &draftId)
{
    if (m_wizard) {
        // One application at a time: the open one keeps what was typed.
        m_wizard->raise();
        m_wizard->activateWindow();
        report(tr("Finish or close the credit application that is open first."));
        return m_wizard;
    }
    auto *wizard = new CreditWizard(customer, form, draftId,
                                    {m_context.cache.drafts(), m_context.edits, *m_pdf}, m_today,
                                    &m_mainWindow);
    m_wizard = wizard;
    connect(wizard, &CreditWizard::draftSaved, this, [this](qint64 customerId) {
        if (customerId == m_tab->customerId())
            refresh();
    });
    connect(wizard, &CreditWizard::submitted, this, [this](qint64 customerId) {
        report(tr("Credit application submitted; it is on its way to the portal."));
        showCustomer(customerId);
        m_mainWindow.detailPanel()->tabs()->setCurrentWidget(m_tab);
    });
    connect(wizard, &QObject::destroyed, this, &CreditFeature::refresh);
    m_context.presenter.present(wizard);
    emit wizardOpened(wizard);
    return wizard;
}

CreditApplicationsWindow *CreditFeature::showApplications()
{
    if (!m_window) {
        m_window
            = new CreditApplicationsWindow(m_context.user.role, m_context.client, m_context.cache,
                                           m_context.edits, *m_pdf, &m_mainWindow);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_window->setToday(m_today);
        connect(m_window, &CreditApplicationsWindow::decided, this,
                [this] { showCustomer(m_tab->customerId()); });
    }
    m_window->reload();
    m_window->show();
    m_window->raise();
    return m_window;
}

} // namespace pac
