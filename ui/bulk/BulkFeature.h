#pragma once

#include "ui/ConsoleContext.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace pac {

class BulkChangeDialog;
class BulkChangeService;
class BulkPreviewTableModel;
class MainWindow;
class RecentBulkChangesDialog;

// Bulk changes in the console (issue 13, billing rule 9), composed into the main window:
// *Customer → Bulk change…* (Ctrl+Shift+B, also in the customer table's context menu) opens
// the bulk dialog over the selected rows (or, with one or none selected, all the customers of
// the current view and filter); its preview is computed on a pool thread, its Apply saves one
// batch and the normal push sends it, with progress and results. *Customer → Recent bulk
// changes…* lists the batches, and *Undo batch…* previews and applies the undo like any bulk
// change.
//
// The preview reads what it needs (the customers, their outbox entries, for Net 15 their
// invoices) and runs the rules on a pool thread, through a cache connection of that thread's
// own (BulkChangeService::previewFromCache, LocalCache::openReader): the GUI thread reads
// nothing, however many customers are selected.
//
// Usage, in the composition root once the main window exists:
//     new BulkFeature(*window, context); // owned by the window
class BulkFeature : public QObject
{
    Q_OBJECT

public:
    BulkFeature(MainWindow &window, const ConsoleContext &context);

    BulkChangeService &service() const { return *m_service; }
    QAction *bulkChangeAction() const { return m_bulkAction; }
    QAction *recentBulkChangesAction() const { return m_recentAction; }

    // Opens the bulk dialog over the table's selection (see the class comment).
    BulkChangeDialog *openBulkChange();
    RecentBulkChangesDialog *openRecentBulkChanges();
    // Opens the undo of `batchId` in a bulk dialog and starts its preview; null (with a
    // message) when the batch cannot be undone.
    BulkChangeDialog *openUndo(qint64 batchId);

    // Writes the preview as CSV (whole or nothing); false with `why` otherwise.
    static bool writePreviewCsv(const BulkPreviewTableModel &model, const QString &path,
                                QString *why);

signals:
    // A sentence for the status bar.
    void message(const QString &text);
    void previewShown(pac::BulkChangeDialog *dialog);

private:
    void connectDialog(BulkChangeDialog *dialog);
    void preview(BulkChangeDialog *dialog);
    void apply(BulkChangeDialog *dialog);
    void exportPreview(BulkChangeDialog *dialog);
    void refreshRecent();

    MainWindow &m_window;
    ConsoleContext m_context; // a copy: the references in it outlive the window
    BulkChangeService *m_service;
    QAction *m_bulkAction;
    QAction *m_recentAction;
    QPointer<RecentBulkChangesDialog> m_recent;
};

} // namespace pac
