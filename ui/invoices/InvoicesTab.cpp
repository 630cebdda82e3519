#include "ui/invoices/InvoicesTab.h"

#include "portal/InvoiceLoader.h"
#include "portal/PortalError.h"
#include "presentation/InvoiceTableModel.h"
#include "presentation/InvoiceText.h"
#include "presentation/UiText.h"
#include "ui/invoices/InvoiceRowDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pac {

InvoicesTab::InvoicesTab(InvoiceLoader &loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_model(new InvoiceTableModel(this))
    , m_view(new QTableView(this))
    , m_state(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_openPdf(new QPushButton(tr("&Open"), this))
    , m_savePdf(new QPushButton(tr("Save &PDF…"), this))
{
    setObjectName(QStringLiteral("invoicesTab"));
    m_view->setObjectName(QStringLiteral("invoicesView"));
    m_state->setObjectName(QStringLiteral("invoicesState"));
    m_detail->setObjectName(QStringLiteral("invoiceDetail"));
    m_openPdf->setObjectName(QStringLiteral("openInvoicePdfButton"));
    m_savePdf->setObjectName(QStringLiteral("saveInvoicePdfButton"));
    m_openPdf->setToolTip(tr("Show the selected invoice as the customer receives it"));
    m_savePdf->setToolTip(tr("Save the selected invoice as a PDF file"));
    m_view->setAccessibleName(tr("Invoices"));
    m_detail->setAccessibleName(tr("Selected invoice"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new InvoiceRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an invoice to see its lines, payments and sendings."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    // What acts on the selected invoice sits beside what the list says about itself.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    actions->addWidget(m_openPdf);
    actions->addWidget(m_savePdf);
    layout->addLayout(actions);
    addResendControls(actions, layout);
    layout->addWidget(splitter, 1);
    connect(m_openPdf, &QPushButton::clicked, this, [this] {
        if (const Invoice *invoice = currentInvoice())
            emit openPdfRequested(*invoice);
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        if (const Invoice *invoice = currentInvoice())
            emit savePdfRequested(*invoice);
    });

    connect(&m_loader, &InvoiceLoader::loaded, this, &InvoicesTab::showLoaded);
    connect(&m_loader, &InvoiceLoader::nothingCached, this, &InvoicesTab::showNothingCached);
    connect(&m_loader, &InvoiceLoader::failed, this, &InvoicesTab::showFailed);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesTab::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesTab::updateButtons);
    updateButtons();
}

const Invoice *InvoicesTab::currentInvoice() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->invoiceAt(current.row()) : nullptr;
}

void InvoicesTab::setCustomer(qint64 customerId)
{
    if (customerId == m_customerId)
        return;
    m_customerId = customerId;
    m_model->setInvoices({});
    m_payments.clear();
    m_detail->clear();
    showResendStatus({}); // a resend's news belongs to the customer it was made for
    m_state->setText(customerId ? tr("Loading the invoices…") : QString());
    if (m_active && customerId)
        reload();
}

void InvoicesTab::setActive(bool active)
{
    m_active = active;
    if (active && m_customerId && m_loadedFor != m_customerId)
        reload();
}

void InvoicesTab::reload()
{
    if (!m_customerId)
        return;
    m_loadedFor = m_customerId;
    m_haveCached = false;
    m_state->setText(tr("Loading the invoices…"));
    m_loader.load(m_customerId);
}

void InvoicesTab::showLoaded(qint64 customerId, const CachedBilling &billing, bool fresh)
{
    if (customerId != m_customerId)
        return;
    // Keep the selected invoice selected across the refresh from the portal.
    const Invoice *selected = currentInvoice();
    const qint64 selectedId = selected ? selected->id : 0;
    m_payments = billing.payments;
    m_model->setInvoices(billing.invoices);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->invoiceAt(row)->id == selectedId)
            m_view->selectRow(row);
    }
    if (!fresh) {
        m_haveCached = true;
        m_state->setText(tr("Invoices as of %1; asking the portal for changes since…")
                             .arg(UiText::dateTime(billing.fetchedAt)));
    } else if (billing.invoices.isEmpty()) {
        m_state->setText(tr("No invoices yet."));
    } else {
        int pastDue = 0;
        for (const Invoice &invoice : billing.invoices)
            pastDue += invoice.status == InvoiceStatus::PastDue ? 1 : 0;
        const QString count = tr("%n invoice(s), newest first.", "", int(billing.invoices.size()));
        m_state->setText(pastDue == 0 ? count : tr("%1 %n past due.", "", pastDue).arg(count));
    }
    showDetail();
    emit invoicesShown(customerId, int(billing.invoices.size()), fresh);
}

void InvoicesTab::showNothingCached(qint64 customerId)
{
    if (customerId == m_customerId)
        m_state->setText(tr("No invoices are kept on this computer for this customer yet."));
}

void InvoicesTab::showFailed(qint64 customerId, const PortalError &error)
{
    if (customerId != m_customerId)
        return;
    m_state->setText(m_haveCached
                         ? tr("Showing the invoices kept on this computer; the portal could not "
                              "be asked: %1")
                               .arg(error.message())
                         : tr("The invoices could not be loaded: %1").arg(error.message()));
}

void InvoicesTab::updateButtons()
{
    const bool selected = currentInvoice() != nullptr;
    m_openPdf->setEnabled(selected);
    m_savePdf->setEnabled(selected);
    if (m_resend)
        m_resend->setEnabled(selected);
}

void InvoicesTab::showDetail()
{
    updateButtons();
    const Invoice *invoice = currentInvoice();
    if (!invoice) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(InvoiceText::detailHtml(*invoice, m_payments));
}

// --- Resend invoice… ---

void InvoicesTab::addResendControls(QHBoxLayout *actions, QVBoxLayout *layout)
{
    m_resend = new QPushButton(tr("&Resend invoice…"), this);
    m_resend->setObjectName(QStringLiteral("resendInvoiceButton"));
    m_resend->setToolTip(tr("Send the selected invoice again to the customer's recipients as "
                            "they are now"));
    actions->addWidget(m_resend);
    m_resendStatus = new QLabel(this);
    m_resendStatus->setObjectName(QStringLiteral("invoiceResendStatus"));
    m_resendStatus->setWordWrap(true);
    m_resendStatus->hide();
    layout->addWidget(m_resendStatus);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (const Invoice *invoice = currentInvoice())
            emit resendRequested(*invoice);
    });
}

void InvoicesTab::showResendStatus(const QString &text)
{
    m_resendStatus->setText(text);
    m_resendStatus->setVisible(!text.isEmpty());
}

} // namespace pac
