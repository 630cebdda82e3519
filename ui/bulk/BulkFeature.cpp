#include "ui/bulk/BulkFeature.h"

#include "portal/BulkChangeService.h"
#include "portal/SyncEngine.h"
#include "presentation/BulkPreviewTableModel.h"
#include "storage/LocalCache.h"
#include "ui/DialogPresenter.h"
#include "ui/Log.h"
#include "ui/MainWindow.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/RecentBulkChangesDialog.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace pac {

namespace {
constexpr int kStatusMs = 8000;
} // namespace

BulkFeature::BulkFeature(MainWindow &window, const ConsoleContext &context)
    : QObject(&window)
    , m_window(window)
    , m_context(context)
    , m_service(new BulkChangeService(context.cache, &context.engine, this))
    , m_bulkAction(new QAction(tr("&Bulk change…"), this))
    , m_recentAction(new QAction(tr("Recent b&ulk changes…"), this))
{
    m_bulkAction->setObjectName(QStringLiteral("bulkChangeAction"));
    m_bulkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_bulkAction->setToolTip(tr("Change the selected customers (or all those shown) at once, "
                                "with a preview (Ctrl+Shift+B)"));
    m_recentAction->setObjectName(QStringLiteral("recentBulkChangesAction"));
    connect(m_bulkAction, &QAction::triggered, this, [this] { openBulkChange(); });
    connect(m_recentAction, &QAction::triggered, this, [this] { openRecentBulkChanges(); });
    if (QMenu *menu = window.customerMenu()) {
        menu->addSeparator();
        menu->addAction(m_bulkAction);
        menu->addAction(m_recentAction);
    }
    QTableView *table = window.tablePanel()->tableView();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(m_bulkAction);

    connect(m_service, &BulkChangeService::batchApplied, this, &BulkFeature::refreshRecent);
    connect(&context.engine, &SyncEngine::outboxChanged, this, &BulkFeature::refreshRecent);
    connect(this, &BulkFeature::message, this,
            [this](const QString &text) { m_window.statusBar()->showMessage(text, kStatusMs); });
}

BulkChangeDialog *BulkFeature::openBulkChange()
{
    CustomerTablePanel *panel = m_window.tablePanel();
    auto *dialog = new BulkChangeDialog(m_context.user.role, panel->selectedCustomerIds(),
                                        panel->shownCustomerIds(), &m_window);
    connectDialog(dialog);
    m_context.presenter.present(dialog);
    return dialog;
}

BulkChangeDialog *BulkFeature::openUndo(qint64 batchId)
{
    const auto items = m_service->undoItems(batchId);
    if (!items) {
        emit message(items.error().message);
        return nullptr;
    }
    auto *dialog = new BulkChangeDialog(batchId, items.value(), &m_window);
    connectDialog(dialog);
    m_context.presenter.present(dialog);
    dialog->requestPreview();
    return dialog;
}

RecentBulkChangesDialog *BulkFeature::openRecentBulkChanges()
{
    if (m_recent) {
        m_recent->raise();
        m_recent->activateWindow();
        return m_recent;
    }
    m_recent = new RecentBulkChangesDialog(&m_window);
    connect(m_recent, &RecentBulkChangesDialog::undoRequested, this, &BulkFeature::openUndo);
    refreshRecent();
    m_context.presenter.present(m_recent);
    return m_recent;
}

void BulkFeature::refreshRecent()
{
    if (!m_recent)
        return;
    const auto batches = m_service->batches();
    if (batches)
        m_recent->setBatches(batches.value());
    else
        m_recent->setFailed(batches.error().message);
}

void BulkFeature::connectDialog(BulkChangeDialog *dialog)
{
    connect(dialog, &BulkChangeDialog::previewRequested, this, [this, dialog] { preview(dialog); });
    connect(dialog, &BulkChangeDialog::applyRequested, this, [this, dialog] { apply(dialog); });
    connect(dialog, &BulkChangeDialog::exportRequested, this,
            [this, dialog] { exportPreview(dialog); });
    // Stops the push: the entries not sent stay pending in the outbox for the next sync.
    connect(dialog, &BulkChangeDialog::cancelSendingRequested, &m_context.engine,
            &SyncEngine::cancel);
    connect(m_service, &BulkChangeService::batchProgress, dialog,
            [dialog](qint64 batchId, const BulkResults &results) {
                if (batchId == dialog->batchId())
                    dialog->setResults(results);
            });
}

void BulkFeature::preview(BulkChangeDialog *dialog)
{
    dialog->setPreviewBusy();
    // Read and checked on a pool thread, through a cache connection of its own: the GUI
    // thread reads nothing, so it never stalls however many customers are selected.
    auto *watcher = new QFutureWatcher<BulkChangeService::BackgroundPreview>(dialog);
    connect(watcher, &QFutureWatcher<BulkChangeService::BackgroundPreview>::finished, dialog,
            [this, dialog, watcher] {
                watcher->deleteLater();
                const BulkChangeService::BackgroundPreview result = watcher->result();
                if (!result.error.isEmpty()) {
                    dialog->setFailed(result.error);
                    return;
                }
                dialog->setPreview(result.preview);
                emit previewShown(dialog);
            });
    watcher->setFuture(
        BulkChangeService::previewFromCache(m_context.cache.path(), dialog->items()));
}

void BulkFeature::apply(BulkChangeDialog *dialog)
{
    const auto saved = m_service->apply(dialog->previewModel().preview(), dialog->actionText(),
                                        dialog->undoOf());
    if (!saved) {
        dialog->setFailed(tr("Nothing was saved: %1").arg(saved.error().message));
        return;
    }
    if (saved.value() == 0) {
        dialog->setFailed(tr("Nothing to save: no customer changes."));
        return;
    }
    BulkResults results;
    if (const auto batch = m_service->batch(saved.value()); batch && batch->has_value())
        results = (*batch)->results;
    dialog->setApplied(saved.value(), results);
    emit message(tr("Bulk change %1 saved; sending it.").arg(saved.value()));
}

bool BulkFeature::writePreviewCsv(const BulkPreviewTableModel &model, const QString &path,
                                  QString *why)
{
    QSaveFile file(path);
    const QByteArray contents = model.csv();
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()
        || !file.commit()) {
        if (why)
            *why = file.errorString();
        return false;
    }
    return true;
}

void BulkFeature::exportPreview(BulkChangeDialog *dialog)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *files = new QFileDialog(dialog, tr("Export the preview as CSV"),
                                  QDir(folder).filePath(QStringLiteral("bulk-preview.csv")),
                                  tr("CSV files (*.csv)"));
    files->setObjectName(QStringLiteral("bulkExportFileDialog"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    QPointer<BulkChangeDialog> guard(dialog);
    connect(files, &QFileDialog::fileSelected, this, [this, guard](const QString &path) {
        if (!guard)
            return;
        QString why;
        if (writePreviewCsv(guard->previewModel(), path, &why))
            emit message(tr("Preview exported to %1").arg(QDir::toNativeSeparators(path)));
        else
            emit message(tr("The preview could not be exported to %1: %2")
                             .arg(QDir::toNativeSeparators(path), why));
    });
    m_context.presenter.present(files);
}

} // namespace pac
