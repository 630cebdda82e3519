#pragma once

#include "models/Customer.h"
#include "portal/BulkRules.h"
#include "storage/BulkBatchStore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace pac {

class BulkActionForm;
class BulkPreviewTableModel;

// The bulk change dialog (issue 13): what to change (BulkActionForm) for the customers
// chosen, *Preview* (computed off the GUI thread by whoever answers previewRequested: a busy
// bar meanwhile), the preview's rows with the totals line above them, *Export preview as
// CSV…*, then *Apply* (saved as one batch) and the sending's progress and results, with
// *Cancel sending* (the edits wait in the outbox). For an undo the customers and the changes
// are given (the batch's restore items) and only the preview and apply remain.
// The dialog shows; BulkFeature does the work.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    // A new bulk change over `selected`; with one or no row selected the user may choose all
    // `shown` customers (the current view and filter) instead, the default with none.
    BulkChangeDialog(Role role, const QList<qint64> &selected, const QList<qint64> &shown,
                     QWidget *parent = nullptr);
    // The undo of batch `undoOf`: `items` as BulkChangeService::undoItems gives them.
    BulkChangeDialog(qint64 undoOf, const QList<BulkItem> &items, QWidget *parent = nullptr);

    BulkActionForm *form() const { return m_form; } // null for an undo
    QList<qint64> customerIds() const;
    // What to preview; empty while the form is not valid.
    QList<BulkItem> items() const;
    // The batch's sentence for the batch list ("add invoice email ann@x.com").
    QString actionText() const;
    std::optional<qint64> undoOf() const { return m_undoOf; }
    const BulkPreviewTableModel &previewModel() const { return *m_model; }
    // The batch saved by Apply, 0 before.
    qint64 batchId() const { return m_batchId; }
    bool isPreviewing() const { return m_previewing; }

    void requestPreview();
    void setPreviewBusy();
    void setPreview(const BulkPreview &preview);
    void setFailed(const QString &message);
    void setApplied(qint64 batchId, const BulkResults &results);
    void setResults(const BulkResults &results);

signals:
    void previewRequested();
    void applyRequested();
    void exportRequested();
    void cancelSendingRequested();

private:
    void build(QWidget *top);
    void updateTitle();
    void invalidatePreview();
    void updateButtons();

    BulkActionForm *m_form = nullptr;
    QRadioButton *m_selectedOnly = nullptr;
    QRadioButton *m_allShown = nullptr;
    QList<qint64> m_selected;
    QList<qint64> m_shown;
    QList<BulkItem> m_undoItems;
    std::optional<qint64> m_undoOf;

    BulkPreviewTableModel *m_model;
    QLabel *m_totals = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_results = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelSendingButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_previewing = false;
    bool m_hasPreview = false;
    qint64 m_batchId = 0;
    BulkResults m_lastResults;
};

} // namespace pac
