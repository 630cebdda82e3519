#include "ui/invoices/InvoiceFeature.h"

#include "portal/InvoiceLoader.h"
#include "portal/SyncEngine.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/invoices/InvoicePdfActions.h"
#include "ui/invoices/InvoiceResendAction.h"
#include "ui/invoices/InvoicesTab.h"

#include <QDir>
#include <QStatusBar>
#include <QTabWidget>

namespace pac {

namespace {
// How long a PDF's outcome stays in the status bar (as the credit PDFs' does).
constexpr int kStatusMs = 8000;
} // namespace

InvoiceFeature::InvoiceFeature(MainWindow &window, const ConsoleContext &context)
    : QObject(&window)
    , m_mainWindow(window)
    , m_loader(new InvoiceLoader(context.client, context.cache, this))
    , m_tab(new InvoicesTab(*m_loader))
    , m_pdf(new InvoicePdfActions(context.client, context.presenter, this))
    , m_resend(new InvoiceResendAction(context.edits, context.engine, context.presenter, this))
{
    QTabWidget *tabs = window.detailPanel()->tabs();
    window.detailPanel()->addTab(m_tab, tr("In&voices"));
    connect(tabs, &QTabWidget::currentChanged, this,
            [this, tabs] { m_tab->setActive(tabs->currentWidget() == m_tab); });
    connect(window.tablePanel(), &CustomerTablePanel::currentCustomerChanged, m_tab,
            &InvoicesTab::setCustomer);
    // A sync that changed the customer shown may have brought a payment or a new invoice.
    connect(&context.engine, &SyncEngine::customersChanged, this, [this](const QList<qint64> &ids) {
        if (m_tab->customerId() && ids.contains(m_tab->customerId()) && m_tab->isVisible())
            m_tab->reload();
    });
    connect(m_tab, &InvoicesTab::savePdfRequested, this,
            [this](const Invoice &invoice) { m_pdf->savePdf(invoice, &m_mainWindow); });
    connect(m_tab, &InvoicesTab::openPdfRequested, this,
            [this](const Invoice &invoice) { m_pdf->openPdf(invoice, &m_mainWindow); });
    connect(m_pdf, &InvoicePdfActions::written, this, [this](const QString &path) {
        m_mainWindow.statusBar()->showMessage(
            tr("Invoice saved to %1").arg(QDir::toNativeSeparators(path)), kStatusMs);
    });
    connect(m_pdf, &InvoicePdfActions::failed, this, [this](const QString &message) {
        m_mainWindow.statusBar()->showMessage(message, kStatusMs);
    });
    // Resend invoice…: confirmed in a dialog, then queued and pushed like every edit; the
    // push's customersChanged reloads the tab, whose log then shows the delivery.
    connect(m_tab, &InvoicesTab::resendRequested, this,
            [this](const Invoice &invoice) { m_resend->resend(invoice, &m_mainWindow); });
    connect(m_resend, &InvoiceResendAction::message, this, [this](const QString &message) {
        m_tab->showResendStatus(message);
        m_mainWindow.statusBar()->showMessage(message, kStatusMs);
    });
    m_tab->setCustomer(window.detailPanel()->customerId());
    m_tab->setActive(tabs->currentWidget() == m_tab);
}

} // namespace pac
