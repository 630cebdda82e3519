#include "ui/invoices/InvoiceFeature.h"

#include "portal/InvoiceLoader.h"
#include "portal/SyncEngine.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerTablePanel.h"
#include "ui/invoices/InvoicesTab.h"

#include <QTabWidget>

namespace pac {

InvoiceFeature::InvoiceFeature(MainWindow &window, const ConsoleContext &context)
    : QObject(&window)
    , m_mainWindow(window)
    , m_loader(new InvoiceLoader(context.client, context.cache, this))
    , m_tab(new InvoicesTab(*m_loader))
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
    m_tab->setCustomer(window.detailPanel()->customerId());
    m_tab->setActive(tabs->currentWidget() == m_tab);
}

} // namespace pac
