#pragma once

#include "storage/MetaStore.h"
#include "storage/OutboxEntry.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pac {

class CacheConnection;

// One customer's part of a bulk change to save: its edit, and the customer's value before
// (the body of the edit that restores it: what an undo of the batch queues).
struct NewBulkItem
{
    NewEdit edit;
    QJsonObject before;
};

// A bulk change to save (billing rule 9): who, what (a sentence for the batch list), the
// counts of its preview, and the edits of the customers that change.
struct NewBulkBatch
{
    CacheUser user;
    QString action; // "add invoice email ann@x.com", translated
    std::optional<qint64> undoOf; // the batch this one undoes
    int changed = 0;
    int unchanged = 0;
    int skipped = 0;
    QList<NewBulkItem> items;
};

// What became of a batch's edits, from the outbox: sent (the portal took it), waiting
// (pending or being sent: offline, or not pushed yet), conflict, refused (failed for good),
// discarded (dropped from the outbox before reaching the portal).
struct BulkResults
{
    int sent = 0;
    int waiting = 0;
    int conflict = 0;
    int refused = 0;
    int discarded = 0;
    int total() const { return sent + waiting + conflict + refused + discarded; }
    bool operator==(const BulkResults &) const = default;
};

enum class BulkItemState { Sent, Waiting, Conflict, Refused, Discarded };

struct BulkBatch
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    CacheUser user;
    QString action;
    std::optional<qint64> undoOf;
    int changed = 0;
    int unchanged = 0;
    int skipped = 0;
    BulkResults results;
};

struct BulkBatchItem
{
    qint64 batchId = 0;
    qint64 customerId = 0;
    qint64 outboxId = 0;
    EditKind kind = EditKind::InvoiceEmails;
    QJsonObject before; // the body that restores the customer's value before the batch
    QJsonObject after; // the body the batch queued
    BulkItemState state = BulkItemState::Waiting;
    QByteArray sentEtag; // Sent: the version of the customer the change made
};

// The saved bulk changes (schema version 10). apply() writes a batch, every edit of it into
// the outbox (each tagged with the batch id) and the local views, in ONE transaction with
// synchronous=FULL: a crash or a failure anywhere leaves all of it or none of it.
class BulkBatchStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::BulkBatchStore)

public:
    explicit BulkBatchStore(CacheConnection &connection);

    // The new batch's id. Any edit refused (OutboxStore::enqueueWithin) refuses the batch.
    StorageResult<qint64> apply(const NewBulkBatch &batch);

    // Newest first, with their results.
    StorageResult<QList<BulkBatch>> batches() const;
    StorageResult<std::optional<BulkBatch>> find(qint64 id) const;
    // In the order they were queued.
    StorageResult<QList<BulkBatchItem>> items(qint64 batchId) const;

private:
    StorageResult<QList<BulkBatch>> read(std::optional<qint64> id) const;

    CacheConnection &m_connection;
};

} // namespace pac
