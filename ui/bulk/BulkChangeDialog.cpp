#include "ui/bulk/BulkChangeDialog.h"

#include "presentation/BulkBatchTableModel.h"
#include "presentation/BulkPreviewTableModel.h"
#include "ui/bulk/BulkActionForm.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pac {

BulkChangeDialog::BulkChangeDialog(Role role, const QList<qint64> &selected,
                                   const QList<qint64> &shown, QWidget *parent)
    : QDialog(parent)
    , m_selected(selected)
    , m_shown(shown)
    , m_model(new BulkPreviewTableModel(this))
{
    auto *top = new QWidget(this);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    if (selected.size() <= 1) {
        m_selectedOnly = new QRadioButton(tr("Only the selected c&ustomer"), top);
        m_selectedOnly->setObjectName(QStringLiteral("bulkScopeSelected"));
        m_allShown = new QRadioButton(
            tr("All %n customer(s) of the current &view and filter", "", int(shown.size())), top);
        m_allShown->setObjectName(QStringLiteral("bulkScopeAll"));
        auto *group = new QButtonGroup(top);
        group->addButton(m_selectedOnly);
        group->addButton(m_allShown);
        m_selectedOnly->setEnabled(!selected.isEmpty());
        (selected.isEmpty() ? m_allShown : m_selectedOnly)->setChecked(true);
        layout->addWidget(m_selectedOnly);
        layout->addWidget(m_allShown);
        for (QRadioButton *button : {m_selectedOnly, m_allShown}) {
            connect(button, &QRadioButton::toggled, this, [this](bool on) {
                if (!on)
                    return;
                updateTitle();
                invalidatePreview();
            });
        }
    }
    m_form = new BulkActionForm(role, top);
    layout->addWidget(m_form);
    connect(m_form, &BulkActionForm::changed, this, &BulkChangeDialog::invalidatePreview);
    build(top);
}

BulkChangeDialog::BulkChangeDialog(qint64 undoOf, const QList<BulkItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_undoItems(items)
    , m_undoOf(undoOf)
    , m_model(new BulkPreviewTableModel(this))
{
    auto *top = new QLabel(tr("Each customer of bulk change %1 gets back the value it had "
                              "before. A customer changed by someone else since becomes a "
                              "conflict when sent, never overwritten.")
                               .arg(undoOf),
                           this);
    top->setObjectName(QStringLiteral("bulkUndoExplanation"));
    top->setWordWrap(true);
    build(top);
}

void BulkChangeDialog::build(QWidget *top)
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    resize(820, 560);
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_previewButton->setToolTip(tr("Check every customer by the rules of a single edit; "
                                   "nothing is saved"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("bulkBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing the preview"));
    m_busy->hide();
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("bulkTotals"));
    m_totals->setAccessibleName(tr("Preview totals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bulkPreviewTable"));
    m_table->setAccessibleName(tr("Preview of the bulk change"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Sending the bulk change"));
    m_progress->setFormat(tr("%v of %m sent or settled"));
    m_progress->hide();
    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("bulkResults"));
    m_results->setAccessibleName(tr("Results of the bulk change"));
    m_results->setWordWrap(true);
    m_results->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton
        = buttons->addButton(tr("E&xport preview as CSV…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("bulkExportButton"));
    m_cancelSendingButton = buttons->addButton(tr("Cancel &sending"), QDialogButtonBox::ActionRole);
    m_cancelSendingButton->setObjectName(QStringLiteral("bulkCancelSendingButton"));
    m_cancelSendingButton->setToolTip(tr("Stop sending: nothing is lost, the changes wait in "
                                         "the outbox for the next sync"));
    m_cancelSendingButton->hide();
    m_applyButton = buttons->addButton(tr("Appl&y"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("bulkApplyButton"));
    m_applyButton->setToolTip(tr("Save every change of the preview as one batch and send it"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("bulkCloseButton"));
    m_applyButton->setAutoDefault(false);
    m_previewButton->setDefault(true);

    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewButton);
    previewRow->addWidget(m_busy, 1);
    previewRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addLayout(previewRow);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_results);
    layout->addWidget(buttons);

    connect(m_previewButton, &QPushButton::clicked, this, &BulkChangeDialog::requestPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &BulkChangeDialog::exportRequested);
    connect(m_cancelSendingButton, &QPushButton::clicked, this,
            &BulkChangeDialog::cancelSendingRequested);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (m_hasPreview && !m_batchId)
            emit applyRequested();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    updateTitle();
    updateButtons();
}

QList<qint64> BulkChangeDialog::customerIds() const
{
    if (m_undoOf) {
        QList<qint64> ids;
        for (const BulkItem &item : m_undoItems)
            ids.append(item.customerId);
        return ids;
    }
    if (m_allShown && m_allShown->isChecked())
        return m_shown;
    return m_selected;
}

QList<BulkItem> BulkChangeDialog::items() const
{
    if (m_undoOf)
        return m_undoItems;
    const auto change = m_form->change();
    if (!change)
        return {};
    QList<BulkItem> result;
    for (qint64 id : customerIds())
        result.append({id, *change});
    return result;
}

QString BulkChangeDialog::actionText() const
{
    if (m_undoOf)
        return tr("undo of bulk change %1").arg(*m_undoOf);
    const auto change = m_form->change();
    return change ? change->describe() : QString();
}

void BulkChangeDialog::updateTitle()
{
    const int count = int(customerIds().size());
    setWindowTitle(m_undoOf ? tr("Undo bulk change %1 — %n customer(s)", "", count).arg(*m_undoOf)
                            : tr("Bulk change — %n customer(s)", "", count));
}

void BulkChangeDialog::requestPreview()
{
    if (m_previewing || m_batchId || items().isEmpty())
        return;
    emit previewRequested();
}

void BulkChangeDialog::setPreviewBusy()
{
    m_previewing = true;
    m_hasPreview = false;
    m_model->clear();
    m_totals->setText(tr("Checking %n customer(s)…", "", int(customerIds().size())));
    m_busy->show();
    updateButtons();
}

void BulkChangeDialog::setPreview(const BulkPreview &preview)
{
    m_previewing = false;
    m_hasPreview = true;
    m_busy->hide();
    m_model->setPreview(preview);
    m_table->resizeColumnsToContents();
    // Long address lists are elided (the tooltip has them whole): after and reason stay in view.
    const int widest = m_table->fontMetrics().averageCharWidth() * 36;
    for (auto column :
         {BulkPreviewTableModel::Column::Before, BulkPreviewTableModel::Column::After}) {
        if (m_table->columnWidth(int(column)) > widest)
            m_table->setColumnWidth(int(column), widest);
    }
    m_totals->setText(preview.totals.text());
    updateButtons();
}

void BulkChangeDialog::setFailed(const QString &message)
{
    m_previewing = false;
    m_busy->hide();
    m_results->setText(message);
    m_results->show();
    updateButtons();
}

void BulkChangeDialog::setApplied(qint64 batchId, const BulkResults &results)
{
    m_batchId = batchId;
    if (m_form)
        m_form->setEnabled(false);
    for (QRadioButton *button : {m_selectedOnly, m_allShown}) {
        if (button)
            button->setEnabled(false);
    }
    m_totals->setText(
        tr("Bulk change %1 saved: %2").arg(batchId).arg(m_model->preview().totals.text(true)));
    m_progress->setRange(0, qMax(1, m_model->preview().totals.changed));
    m_progress->show();
    setResults(results);
}

void BulkChangeDialog::setResults(const BulkResults &results)
{
    m_lastResults = results;
    m_progress->setValue(results.total() - results.waiting);
    m_results->setText(tr("Results: %1").arg(BulkBatchTableModel::resultsText(results)));
    m_results->show();
    updateButtons();
}

void BulkChangeDialog::invalidatePreview()
{
    if (m_batchId)
        return;
    m_hasPreview = false;
    m_model->clear();
    m_totals->clear();
    m_results->hide();
    updateTitle();
    updateButtons();
}

void BulkChangeDialog::updateButtons()
{
    const bool applied = m_batchId != 0;
    m_previewButton->setEnabled(!applied && !m_previewing && !items().isEmpty());
    m_exportButton->setEnabled(m_hasPreview && m_model->rowCount() > 0);
    m_applyButton->setEnabled(!applied && m_hasPreview && m_model->preview().totals.changed > 0);
    m_cancelSendingButton->setVisible(applied);
    m_cancelSendingButton->setEnabled(applied && m_lastResults.waiting > 0);
}

} // namespace pac
