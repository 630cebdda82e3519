#include "ui/credit/CustomerCreditTab.h"

#include "models/BillingText.h"
#include "models/Money.h"
#include "models/PaymentTerms.h"
#include "models/Permissions.h"
#include "portal/InvoiceLoader.h"
#include "storage/LocalCache.h"
#include "ui/ControlAccess.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/credit/CreditApplicationListModel.h"
#include "ui/credit/CreditDecisionPanel.h"
#include "ui/credit/CreditPdfExporter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

CustomerCreditTab::CustomerCreditTab(Role role, PortalClient &client, LocalCache &cache,
                                     CustomerEditService &edits, CreditPdfExporter &pdf,
                                     DialogPresenter &presenter, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_cache(cache)
    , m_pdf(pdf)
    , m_presenter(presenter)
    , m_today(QDate::currentDate())
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(tr("New application…"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_delete(new QPushButton(tr("Delete draft"), this))
    , m_pdfButton(new QPushButton(tr("Save as PDF…"), this))
    , m_model(new CreditApplicationListModel(this))
    , m_table(new QTableView(this))
    , m_decision(
          new CreditDecisionPanel(role, edits, *new InvoiceLoader(client, cache, this), this))
{
    setObjectName(QStringLiteral("customerCreditTab"));
    m_summary->setObjectName(QStringLiteral("creditSummary"));
    m_summary->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newApplicationButton"));
    m_resume->setObjectName(QStringLiteral("resumeDraftButton"));
    m_delete->setObjectName(QStringLiteral("deleteDraftButton"));
    m_pdfButton->setObjectName(QStringLiteral("itemPdfButton"));
    m_table->setObjectName(QStringLiteral("creditItemsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CreditApplicationListModel::Application,
                                                      QHeaderView::Stretch);
    // The tab has its own "Save as PDF…", for drafts too.
    m_decision->setPdfButtonVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_decision);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_customer)
            emit newApplicationRequested(m_customer->id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const CreditApplicationItem *item = currentItem();
            item && item->kind == CreditApplicationItem::Kind::Draft)
            emit resumeRequested(item->draftId);
    });
    connect(m_table, &QTableView::doubleClicked, m_resume, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, &CustomerCreditTab::deleteDraft);
    connect(m_pdfButton, &QPushButton::clicked, this, &CustomerCreditTab::exportPdf);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerCreditTab::updateActions);
    connect(m_decision, &CreditDecisionPanel::decided, this, &CustomerCreditTab::reload);
    connect(m_decision, &CreditDecisionPanel::pdfRequested, this, &CustomerCreditTab::exportPdf);
    clear();
}

void CustomerCreditTab::setToday(QDate today)
{
    m_today = today;
    m_decision->setToday(today);
}

void CustomerCreditTab::setCustomer(const Customer &customer)
{
    const bool other = !m_customer || m_customer->id != customer.id;
    m_customer = customer;
    m_summary->setText(tr("Credit limit %1 (%2). A higher limit needs a credit application, "
                          "decided by support staff.")
                           .arg(Money::fromCents(customer.creditLimitCents).format(QLocale()),
                                BillingText::termsName(customer.paymentTerms)));
    if (other)
        m_table->clearSelection();
    reload();
}

void CustomerCreditTab::clear()
{
    m_customer.reset();
    m_summary->clear();
    m_model->setItems({});
    m_decision->clear();
    updateActions();
}

void CustomerCreditTab::reload()
{
    if (!m_customer)
        return;
    const qint64 selectedId = currentItem() ? currentItem()->application.id : 0;
    const QString selectedDraft = currentItem() ? currentItem()->draftId : QString();
    const auto items = CreditApplicationItems::forCustomer(m_cache, m_customer->id);
    if (!items) {
        qCWarning(lcUi) << "credit applications not read:" << items.error().message;
        m_summary->setText(items.error().message);
        return;
    }
    QList<CreditApplicationItem> rows = *items;
    for (CreditApplicationItem &row : rows)
        row.customer = m_customer;
    m_model->setItems(rows);
    // Keep the selection on the same application, else select the first one.
    int select = rows.isEmpty() ? -1 : 0;
    for (int row = 0; row < rows.size(); ++row) {
        const CreditApplicationItem &item = rows.at(row);
        if ((selectedId > 0 && item.application.id == selectedId)
            || (!selectedDraft.isEmpty() && item.draftId == selectedDraft))
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    updateActions();
}

const CreditApplicationItem *CustomerCreditTab::currentItem() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->item(current.row()) : nullptr;
}

void CustomerCreditTab::updateActions()
{
    const CreditApplicationItem *item = currentItem();
    const bool draft = item && item->kind == CreditApplicationItem::Kind::Draft;
    ControlAccess::apply(m_new, m_role, Action::SubmitCreditApplication,
                         m_customer ? std::nullopt
                                    : std::optional<QString>(tr("Select a customer first.")));
    m_resume->setEnabled(draft);
    m_delete->setEnabled(draft);
    m_pdfButton->setEnabled(item != nullptr);
    if (item && item->kind == CreditApplicationItem::Kind::Known)
        m_decision->setItem(*item);
    else
        m_decision->clear();
}

void CustomerCreditTab::deleteDraft()
{
    const CreditApplicationItem *item = currentItem();
    if (!item || item->kind != CreditApplicationItem::Kind::Draft)
        return;
    const QString draftId = item->draftId;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Delete the draft?"),
        tr("The draft “%1” and everything typed into it will be gone.").arg(item->title()),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("deleteDraftQuestion"));
    QPushButton *remove = question->addButton(tr("Delete draft"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, remove, draftId](QAbstractButton *b) {
                if (b != remove)
                    return;
                if (StorageStatus removed = m_cache.drafts().remove(draftId); !removed) {
                    m_summary->setText(removed.error().message);
                    return;
                }
                qCInfo(lcUi) << "credit application draft deleted";
                reload();
            });
    m_presenter.present(question);
}

void CustomerCreditTab::exportPdf()
{
    const CreditApplicationItem *item = currentItem();
    if (!item || !m_customer)
        return;
    CreditDocumentContext context;
    context.customerName = m_customer->name;
    context.generatedAt = QDateTime::currentDateTimeUtc();
    context.locale = QLocale();
    m_pdf.exportPdf(item->application, context, this);
}

} // namespace pac
