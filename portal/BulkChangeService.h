#pragma once

#include "portal/BulkChange.h"
#include "portal/BulkRules.h"
#include "storage/BulkBatchStore.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace pac {

class LocalCache;
class SyncEngine;

// Bulk changes (billing rule 9) for the console's bulk dialog and `agentctl bulk`:
//  1. snapshot(): what the preview needs of the selected customers, read from the cache in
//     one pass (on the cache's thread);
//  2. previewInBackground() (or BulkRules::preview() directly): the preview, per customer by
//     the single-edit checks, computed on a pool thread; the GUI waits on the future with a
//     QFutureWatcher and never blocks;
//  3. apply(): every change of the preview and its outbox entry in ONE transaction under a
//     new batch id, then the normal push (idempotent, ordered per customer, conflicts per
//     customer); batchProgress() while it is sent, batch() for the results;
//  4. undoItems(): the changes that give a batch's customers their value before, to preview
//     and apply like any bulk change (sent on the version the batch made: a customer changed
//     by someone else since becomes a conflict, never overwritten);
//  5. batches(): the batch list (when, who, what, counts, results).
class BulkChangeService : public QObject
{
    Q_OBJECT

public:
    // `engine` may be null (nothing is sent until someone pushes).
    BulkChangeService(LocalCache &cache, SyncEngine *engine, QObject *parent = nullptr);

    // Whether apply() asks the engine to push at once (default true).
    void setPushAfterApply(bool push) { m_pushAfterApply = push; }

    // The signed-in user's role, the items, and each of their customers as the cache holds
    // it (with its outbox entries and, for Net 15, its cached invoices). A customer not in
    // the cache is left out (the preview skips it). InvalidState when nobody is signed in.
    StorageResult<BulkInput> snapshot(const QList<BulkItem> &items) const;
    // The same from any cache connection (the thread's own).
    static StorageResult<BulkInput> snapshotOf(LocalCache &cache, const QList<BulkItem> &items);
    // The same change for each of `customerIds`.
    static QList<BulkItem> itemsFor(const QList<qint64> &customerIds, const BulkChange &change);

    static QFuture<BulkPreview> previewInBackground(BulkInput input);

    // snapshot() and the preview together on a pool thread, reading the cache at `cachePath`
    // through a connection of that thread's own (LocalCache::openReader), so the GUI thread
    // reads nothing: what the console's bulk dialog uses. `error` is set when the cache could
    // not be read (then there is no preview).
    struct BackgroundPreview
    {
        BulkPreview preview;
        QString error;
    };
    static QFuture<BackgroundPreview> previewFromCache(const QString &cachePath,
                                                       const QList<BulkItem> &items);

    // Saves the preview's changes as a batch (`action`: what it does, for the batch list);
    // nothing at all on failure. A preview without any change saves nothing and returns 0.
    StorageResult<qint64> apply(const BulkPreview &preview, const QString &action,
                                std::optional<qint64> undoOf = std::nullopt);

    // Restore items for the customers of `batchId`; NotFound when there is no such batch.
    StorageResult<QList<BulkItem>> undoItems(qint64 batchId) const;

    StorageResult<QList<BulkBatch>> batches() const;
    StorageResult<std::optional<BulkBatch>> batch(qint64 id) const;
    StorageResult<QList<BulkBatchItem>> items(qint64 batchId) const;

signals:
    // A batch applied in this session changed results (an edit of it sent, refused, in
    // conflict, deferred): for the progress bar and the results view.
    void batchProgress(qint64 batchId, const pac::BulkResults &results);
    void batchApplied(qint64 batchId);

private:
    void reportProgress();

    LocalCache &m_cache;
    QPointer<SyncEngine> m_engine;
    bool m_pushAfterApply = true;
    QSet<qint64> m_watched; // batches applied here and not fully settled
};

} // namespace pac
