#include "ui/ScreenshotTour.h"

#include "customerindex/CustomerTableModel.h"
#include "models/InvoiceEmailList.h"
#include "portal/CustomerEditService.h"
#include "portal/InvoiceLoader.h"
#include "portal/SyncEngine.h"
#include "presentation/ViewListModel.h"
#include "storage/LocalCache.h"
#include "ui/ConsoleApplication.h"
#include "ui/ConsoleOptions.h"
#include "ui/CustomerActions.h"
#include "ui/DetailPanel.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/MainWindow.h"
#include "ui/PortalSideEdit.h"
#include "ui/SessionController.h"
#include "ui/SignInDialog.h"
#include "ui/credit/CreditApplicationsWindow.h"
#include "ui/credit/CreditDecisionPanel.h"
#include "ui/credit/CreditDecisionQueueModel.h"
#include "ui/credit/CreditFeature.h"
#include "ui/credit/PaymentRecordBox.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/customers/ViewsPanel.h"
#include "ui/history/HistoryTab.h"
#include "ui/invoices/InvoicesTab.h"
#include "ui/recipients/InvoiceEmailEditor.h"
#include "ui/recipients/InvoiceRecipientsTab.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace pac {

namespace {
const QString kPassword = QStringLiteral("demo");
} // namespace

ScreenshotTour::ScreenshotTour(const ConsoleOptions &options, DemoPortalFactory demoPortals,
                               QObject *parent)
    : QObject(parent)
    , m_output(options.screenshotDir)
{
    ConsoleOptions console = options;
    console.demo = true;
    if (console.profile.isEmpty()) {
        m_profileDir = std::make_unique<QTemporaryDir>();
        console.profile = m_profileDir->path();
    }
    m_console = std::make_unique<ConsoleApplication>(console, std::move(demoPortals));
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this,
            [this]() { fail(QStringLiteral("timed out waiting for: %1").arg(m_step)); });
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    if (!m_output.mkpath(QStringLiteral("."))) {
        fail(QStringLiteral("cannot create %1").arg(m_output.path()));
        return;
    }
    QString error;
    if (!m_console->start(&error)) {
        fail(error);
        return;
    }
    // The sign-in form as a first-time user sees it.
    SignInDialog form;
    SignInRequest request;
    request.demo = true;
    request.userName = QStringLiteral("master1");
    form.setRequest(request);
    form.show();
    grab(&form, QStringLiteral("sign-in.png"));
    form.close();
    signInAs(QStringLiteral("master1"), [this]() { showBilling(); });
}

MainWindow *ScreenshotTour::window() const
{
    return m_console->mainWindow();
}

void ScreenshotTour::signInAs(const QString &user, std::function<void()> then)
{
    SignInRequest request;
    request.demo = true;
    request.userName = user;
    request.password = kPassword;
    m_console->signIn(request);
    // Signed in, synced, and the table filled with the synced customers.
    when(
        QStringLiteral("sign-in and first sync of %1").arg(user), m_console.get(),
        &ConsoleApplication::mainWindowOpened, [this]() { return window() != nullptr; },
        [this, then]() {
            window()->resize(1600, 920);
            CustomerTablePanel *table = window()->tablePanel();
            when(
                QStringLiteral("the table to fill"), table, &CustomerTablePanel::busyChanged,
                [table]() { return table->model()->totalCount() > 0 && !table->isBusy(); }, then);
        });
}

qint64 ScreenshotTour::pickCustomer(CustomerView view,
                                    const std::function<bool(const Customer &)> &accept)
{
    CustomerTableModel *model = window()->tablePanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->customerId(row);
        const auto found = m_console->cache()->customers().find(id);
        if (found.ok() && found.value() && accept(found.value()->shown()))
            return id;
    }
    qCWarning(lcUi) << "no customer in view" << CustomerViews::key(view) << "fits the screenshot";
    return model->rowCount() > 0 ? model->customerId(0) : 0;
}

void ScreenshotTour::showBilling()
{
    CustomerTablePanel *table = window()->tablePanel();
    window()->viewsPanel()->setCurrentView(CustomerView::PaymentIssueLast90Days);
    when(
        QStringLiteral("the payment issue view"), table, &CustomerTablePanel::busyChanged,
        [table]() {
            return table->spec().view == CustomerView::PaymentIssueLast90Days && !table->isBusy();
        },
        [this]() {
            const qint64 id
                = pickCustomer(CustomerView::PaymentIssueLast90Days, [](const Customer &c) {
                      return c.country == QLatin1String("US") && c.status == CustomerStatus::Active
                          && c.paymentTerms == PaymentTermsKind::DueOnReceipt
                          && c.ach.reason == AchReason::RecentPaymentIssue
                          && c.creditLimitCents > 0;
                  });
            window()->showCustomer(id);
            window()->detailPanel()->tabs()->setCurrentIndex(0);
            grab(window(), QStringLiteral("console-billing.png"));
            showRecipients();
        });
}

void ScreenshotTour::showRecipients()
{
    window()->viewsPanel()->setCurrentView(CustomerView::All);
    CustomerTablePanel *table = window()->tablePanel();
    when(
        QStringLiteral("the view of all customers"), table, &CustomerTablePanel::busyChanged,
        [table]() { return table->spec().view == CustomerView::All && !table->isBusy(); },
        [this]() {
            // A customer with a redundant address and room for more shows every marker.
            const qint64 id = pickCustomer(CustomerView::All, [](const Customer &c) {
                return c.status == CustomerStatus::Active && c.invoiceEmails.size() >= 2
                    && c.invoiceEmails.size() <= 6
                    && !InvoiceEmailList::redundantAddresses(c.invoiceEmails, c.billingContacts)
                            .isEmpty();
            });
            window()->showCustomer(id);
            DetailPanel *detail = window()->detailPanel();
            detail->tabs()->setCurrentWidget(detail->recipientsTab());
            detail->recipientsTab()->editor()->addText(
                QStringLiteral("Accounts Payable <ap@example.com>; billing@@example.com"));
            QTimer::singleShot(0, this, [this]() {
                grab(window(), QStringLiteral("console-invoice-recipients.png"));
                window()->detailPanel()->recipientsTab()->editor()->revert();
                stageConflict();
            });
        });
}

void ScreenshotTour::stageConflict()
{
    const qint64 id = pickCustomer(CustomerView::All, [](const Customer &c) {
        return c.status == CustomerStatus::Active && c.invoiceEmails.size() >= 1
            && c.invoiceEmails.size() <= 4;
    });
    m_conflictCustomer = id;
    window()->showCustomer(id);
    // A colleague changes the list on the portal; this console has not synced since, so the
    // edit made here is based on the version before theirs and the portal refuses it (412).
    auto *colleague = new PortalSideEdit(m_console->session().demoPortal()->baseUrl(), this);
    m_step = QStringLiteral("a colleague's change on the portal");
    m_watchdog.start(StepTimeout);
    colleague->changeInvoiceEmails(
        QStringLiteral("master1"), kPassword, id,
        [](QStringList emails) {
            emails << QStringLiteral("payables@example.com");
            return emails;
        },
        [this, id, colleague](bool ok, const QString &error) {
            colleague->deleteLater();
            if (!ok) {
                fail(QStringLiteral("the colleague's change failed: %1").arg(error));
                return;
            }
            const auto cached = m_console->cache()->customers().find(id);
            QStringList mine = cached.value()->shown().invoiceEmails;
            mine << QStringLiteral("controller@example.com");
            const EditResult saved = m_console->edits()->setInvoiceEmails(id, mine);
            if (!saved.ok()) {
                fail(QStringLiteral("the local edit was refused: %1").arg(saved.message));
                return;
            }
            when(
                QStringLiteral("the conflict"), m_console->engine(), &SyncEngine::pushFinished,
                [this, id]() {
                    const auto now = m_console->cache()->customers().find(id);
                    return now.ok() && now.value() && now.value()->flags.conflict;
                },
                [this, id]() { showConflictDialog(id); });
        });
}

void ScreenshotTour::showConflictDialog(qint64 customerId)
{
    window()->showCustomer(customerId);
    auto *context = new QObject(this);
    connect(&m_console->presenter(), &DialogPresenter::presented, context,
            [this, context, customerId](QDialog *dialog) {
                context->deleteLater();
                dialog->adjustSize();
                QTimer::singleShot(0, this, [this, dialog, customerId]() {
                    grab(window(), QStringLiteral("console-conflict-banner.png"));
                    grab(dialog, QStringLiteral("console-conflict.png"));
                    // Settle it with the merged list, then look at the history it made.
                    if (auto *merged
                        = dialog->findChild<QPushButton *>(QStringLiteral("useMerged")))
                        merged->click();
                    SyncEngine *engine = m_console->engine();
                    when(
                        QStringLiteral("the merged list to reach the portal"), engine,
                        &SyncEngine::pushFinished,
                        [this, customerId]() {
                            const auto found = m_console->cache()->customers().find(customerId);
                            return found.ok() && found.value() && !found.value()->flags.conflict
                                && !found.value()->flags.hasPendingEdit();
                        },
                        [this, customerId]() { showHistory(customerId); });
                    engine->push();
                });
            });
    window()->customerActions()->resolveConflict(customerId);
}

void ScreenshotTour::showHistory(qint64 customerId)
{
    window()->showCustomer(customerId);
    DetailPanel *detail = window()->detailPanel();
    HistoryTab *history = detail->historyTab();
    auto fresh = std::make_shared<bool>(false);
    connect(history, &HistoryTab::historyShown, this,
            [fresh](qint64, int, bool isFresh) { *fresh = *fresh || isFresh; });
    // Showing the tab loads the history: the cache's first, then the portal's. The user
    // widens the panel for the before/after columns.
    window()->detailSplitter()->setSizes({560, 790});
    detail->tabs()->setCurrentWidget(history);
    when(
        QStringLiteral("the history from the portal"), history, &HistoryTab::historyShown,
        [fresh]() { return *fresh; },
        [this]() {
            grab(window(), QStringLiteral("console-history.png"));
            showInvoices();
        });
}

void ScreenshotTour::showInvoices()
{
    // A customer past due now (the demo's suspended ones owe their newest invoice), else the
    // first of all: the past-due invoice stands out in the list.
    CustomerTablePanel *table = window()->tablePanel();
    const ViewListModel *views = window()->viewsPanel()->model();
    const CustomerView view = views->index(views->rowOf(CustomerView::PastDueNow))
                                  .data(ViewListModel::CountRole)
                                  .toLongLong()
            > 0
        ? CustomerView::PastDueNow
        : CustomerView::All;
    window()->viewsPanel()->setCurrentView(view);
    when(
        QStringLiteral("the past due view"), table, &CustomerTablePanel::busyChanged,
        [table, view]() {
            return table->spec().view == view && !table->isBusy() && table->model()->rowCount() > 0;
        },
        [this, table]() {
            window()->showCustomer(table->model()->customerId(0));
            auto *tab = window()->findChild<InvoicesTab *>(QStringLiteral("invoicesTab"));
            auto fresh = std::make_shared<bool>(false);
            connect(tab, &InvoicesTab::invoicesShown, this,
                    [fresh](qint64, int, bool isFresh) { *fresh = *fresh || isFresh; });
            window()->detailPanel()->tabs()->setCurrentWidget(tab);
            when(
                QStringLiteral("the invoices from the portal"), tab, &InvoicesTab::invoicesShown,
                [fresh]() { return *fresh; },
                [this, tab]() {
                    tab->view()->selectRow(0);
                    QTimer::singleShot(0, this, [this]() {
                        grab(window(), QStringLiteral("console-invoices.png"));
                        showNet15WhatIf();
                    });
                });
        });
}

void ScreenshotTour::showNet15WhatIf()
{
    window()->viewsPanel()->setCurrentView(CustomerView::All);
    CustomerTablePanel *table = window()->tablePanel();
    when(
        QStringLiteral("the view of all customers"), table, &CustomerTablePanel::busyChanged,
        [table]() { return table->spec().view == CustomerView::All && !table->isBusy(); },
        [this]() {
            // Due on receipt with no limit yet: the what-if holds it against the $500.
            const qint64 id = pickCustomer(CustomerView::All, [](const Customer &c) {
                return c.status == CustomerStatus::Active
                    && c.paymentTerms == PaymentTermsKind::DueOnReceipt && c.creditLimitCents == 0;
            });
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(&m_console->presenter(), &DialogPresenter::presented, this,
                                  [this, connection](QDialog *presented) {
                                      disconnect(*connection);
                                      grabWhatIf(presented);
                                  });
            window()->showCustomer(id);
            window()->customerActions()->changePaymentTerms(id, PaymentTermsKind::Net15);
        });
}

void ScreenshotTour::grabWhatIf(QDialog *presented)
{
    QPointer<QDialog> dialog(presented);
    auto *loader = presented->findChild<InvoiceLoader *>();
    auto fresh = std::make_shared<bool>(false);
    connect(loader, &InvoiceLoader::loaded, this,
            [fresh](qint64, const CachedBilling &, bool isFresh) { *fresh = *fresh || isFresh; });
    when(
        QStringLiteral("the Net 15 what-if"), loader, &InvoiceLoader::loaded,
        [fresh]() { return *fresh; },
        [this, dialog]() {
            QTimer::singleShot(0, this, [this, dialog]() {
                if (dialog) {
                    grab(dialog, QStringLiteral("console-net15-whatif.png"));
                    dialog->reject();
                }
                showAchSetup();
            });
        });
}

void ScreenshotTour::showDecisionQueue()
{
    CreditApplicationsWindow *queue = window()->findChild<CreditFeature *>()->showApplications();
    queue->resize(1400, 820);
    if (queue->model()->rowCount() == 0) {
        queue->close();
        showSpanish();
        return;
    }
    PaymentRecordBox *record = queue->decisionPanel()->paymentRecord();
    auto fresh = std::make_shared<bool>(false);
    connect(record, &PaymentRecordBox::billingShown, this,
            [fresh](qint64, const CachedBilling &, bool isFresh) { *fresh = *fresh || isFresh; });
    queue->selectApplication(queue->model()->item(0)->application.id);
    when(
        QStringLiteral("the payment record"), record, &PaymentRecordBox::billingShown,
        [fresh]() { return *fresh; },
        [this, queue]() {
            QTimer::singleShot(0, this, [this, queue]() {
                grab(queue, QStringLiteral("console-decision-queue.png"));
                queue->close();
                showSpanish();
            });
        });
}

void ScreenshotTour::showSupport()
{
    m_console->signOut();
    signInAs(QStringLiteral("support1"), [this]() {
        window()->viewsPanel()->setCurrentView(CustomerView::CreditApplicationsAwaitingDecision);
        CustomerTablePanel *table = window()->tablePanel();
        when(
            QStringLiteral("the decision view"), table, &CustomerTablePanel::busyChanged,
            [table]() {
                return table->spec().view == CustomerView::CreditApplicationsAwaitingDecision
                    && !table->isBusy() && table->model()->rowCount() > 0;
            },
            [this]() {
                // The view opens the customer's Credit tab: what a decision needs.
                window()->showCustomer(window()->tablePanel()->model()->customerId(0));
                QTimer::singleShot(0, this, [this]() {
                    grab(window(), QStringLiteral("console-support.png"));
                    showDecisionQueue();
                });
            });
    });
}

void ScreenshotTour::showSpanish()
{
    m_console->setLanguage(QStringLiteral("es"));
    CustomerTablePanel *table = window()->tablePanel();
    window()->resize(1600, 920);
    window()->viewsPanel()->setCurrentView(CustomerView::All);
    when(
        QStringLiteral("the Spanish console"), table, &CustomerTablePanel::busyChanged,
        [table]() {
            return table->spec().view == CustomerView::All && table->model()->totalCount() > 0
                && !table->isBusy();
        },
        [this]() {
            // Support may enable ACH by hand for a US customer that does not qualify.
            const qint64 id = pickCustomer(CustomerView::All, [](const Customer &c) {
                return c.country == QLatin1String("US") && c.status == CustomerStatus::Active
                    && c.ach.status == AchStatus::NotEligible && c.creditLimitCents > 0;
            });
            window()->showCustomer(id);
            window()->detailPanel()->tabs()->setCurrentIndex(0);
            QTimer::singleShot(0, this, [this]() {
                grab(window(), QStringLiteral("console-spanish.png"));
                done();
            });
        });
}

void ScreenshotTour::grab(QWidget *widget, const QString &name)
{
    // Nested layouts settle one level per pass of their layout requests.
    for (int pass = 0; pass < 5; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = m_output.filePath(name);
    if (!widget->grab().save(path)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return;
    }
    ++m_written;
    qCInfo(lcUi) << "screenshot" << path;
}

void ScreenshotTour::fail(const QString &why)
{
    if (m_failed)
        return;
    m_failed = true;
    m_watchdog.stop();
    qCCritical(lcUi) << "screenshot tour failed:" << why;
    emit finished(1);
}

void ScreenshotTour::done()
{
    if (m_failed)
        return;
    m_watchdog.stop();
    qCInfo(lcUi) << "screenshot tour wrote" << m_written << "images to" << m_output.path();
    emit finished(0);
}

} // namespace pac
