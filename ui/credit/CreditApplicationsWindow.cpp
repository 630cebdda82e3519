#include "ui/credit/CreditApplicationsWindow.h"

#include "portal/InvoiceLoader.h"
#include "storage/LocalCache.h"
#include "ui/Log.h"
#include "ui/credit/CreditApplicationItems.h"
#include "ui/credit/CreditDecisionPanel.h"
#include "ui/credit/CreditDecisionQueueModel.h"
#include "ui/credit/CreditPdfExporter.h"
#include "ui/credit/PaymentRecordBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

CreditApplicationsWindow::CreditApplicationsWindow(Role role, PortalClient &client,
                                                   LocalCache &cache, CustomerEditService &edits,
                                                   CreditPdfExporter &pdf, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_cache(cache)
    , m_pdf(pdf)
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_model(new CreditDecisionQueueModel(this))
    , m_table(new QTableView(this))
    , m_panel(new CreditDecisionPanel(role, edits, *new InvoiceLoader(client, cache, this), this))
{
    setObjectName(QStringLiteral("creditApplicationsWindow"));
    setWindowTitle(role == Role::Support ? tr("Credit applications — decision queue")
                                         : tr("Credit applications"));
    resize(1280, 780);
    m_filter->setObjectName(QStringLiteral("creditFilterCombo"));
    m_filter->addItem(tr("Awaiting decision"), int(Filter::AwaitingDecision));
    m_filter->addItem(tr("All applications"), int(Filter::All));
    m_count->setObjectName(QStringLiteral("creditQueueCount"));
    m_table->setObjectName(QStringLiteral("creditQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CreditDecisionQueueModel::Customer,
                                                      QHeaderView::Stretch);
    m_panel->setFactColumns(2);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_count);
    // The queue across the window (its columns are what a decision weighs), the selected
    // application under it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &CreditApplicationsWindow::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreditApplicationsWindow::onCurrentChanged);
    connect(m_panel, &CreditDecisionPanel::decided, this, [this](qint64 id) {
        reload();
        emit decided(id);
    });
    connect(m_panel, &CreditDecisionPanel::pdfRequested, this,
            &CreditApplicationsWindow::exportPdf);
    // The records the panel just fetched fill the queue's "payment record" column too.
    connect(m_panel->paymentRecord(), &PaymentRecordBox::billingShown, m_model,
            &CreditDecisionQueueModel::setBilling);
    setFilter(role == Role::Support ? Filter::AwaitingDecision : Filter::All);
}

void CreditApplicationsWindow::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
    reload();
}

CreditApplicationsWindow::Filter CreditApplicationsWindow::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

void CreditApplicationsWindow::setToday(QDate today)
{
    m_model->setToday(today);
    m_panel->setToday(today);
}

void CreditApplicationsWindow::reload()
{
    const qint64 selected = m_panel->applicationId();
    const auto status = filter() == Filter::AwaitingDecision
        ? std::optional(CreditApplicationStatus::Submitted)
        : std::nullopt;
    const auto items = CreditApplicationItems::known(m_cache, status);
    if (!items) {
        qCWarning(lcUi) << "credit applications not read:" << items.error().message;
        m_count->setText(items.error().message);
        return;
    }
    m_model->setItems(*items);
    m_count->setText(tr("%n application(s)", nullptr, int(items->size())));
    if (!selectApplication(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    onCurrentChanged();
}

bool CreditApplicationsWindow::selectApplication(qint64 applicationId)
{
    const int row = applicationId > 0 ? m_model->rowOf(applicationId) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void CreditApplicationsWindow::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const CreditApplicationItem *item = current.isValid() ? m_model->item(current.row()) : nullptr;
    if (item)
        m_panel->setItem(*item);
    else
        m_panel->clear();
}

void CreditApplicationsWindow::exportPdf(const CreditApplicationItem &item)
{
    CreditDocumentContext context;
    context.customerName = item.customer ? item.customer->name : QString();
    context.generatedAt = QDateTime::currentDateTimeUtc();
    context.locale = QLocale();
    m_pdf.exportPdf(item.application, context, this);
}

} // namespace pac
