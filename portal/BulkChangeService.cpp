#include "portal/BulkChangeService.h"

#include "portal/Log.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pac {

namespace {

// Past this many customers one pass over the cache beats looking each one up.
constexpr qsizetype LookupsAtMost = 200;

} // namespace

BulkChangeService::BulkChangeService(LocalCache &cache, SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_engine(engine)
{
    if (m_engine)
        connect(m_engine, &SyncEngine::outboxChanged, this, &BulkChangeService::reportProgress);
}

QList<BulkItem> BulkChangeService::itemsFor(const QList<qint64> &customerIds,
                                            const BulkChange &change)
{
    QList<BulkItem> items;
    items.reserve(customerIds.size());
    for (qint64 id : customerIds)
        items.append({id, change});
    return items;
}

StorageResult<BulkInput> BulkChangeService::snapshot(const QList<BulkItem> &items) const
{
    return snapshotOf(m_cache, items);
}

StorageResult<BulkInput> BulkChangeService::snapshotOf(LocalCache &cache,
                                                       const QList<BulkItem> &items)
{
    const auto meta = cache.meta().read();
    if (!meta)
        return meta.error();
    if (!meta->user) {
        return StorageError::make(StorageError::Kind::InvalidState,
                                  QCoreApplication::translate("pac::EditResult", "Sign in first."));
    }
    BulkInput input;
    input.role = meta->user->role;
    input.today = QDate::currentDate();
    input.items = items;
    QSet<qint64> wanted;
    bool net15 = false;
    for (const BulkItem &item : items) {
        wanted.insert(item.customerId);
        net15 = net15
            || (item.change.action == BulkChange::Action::SetTerms
                && item.change.terms == PaymentTermsKind::Net15);
    }
    if (wanted.size() <= LookupsAtMost) {
        for (qint64 id : std::as_const(wanted)) {
            const auto found = cache.customers().find(id);
            if (!found)
                return found.error();
            if (found->has_value())
                input.subjects.insert(id, BulkSubject {**found, {}, std::nullopt});
        }
    } else {
        const StorageStatus read = cache.customers().forEachCustomer([&](const CachedCustomer &c) {
            if (wanted.contains(c.server.id))
                input.subjects.insert(c.server.id, BulkSubject {c, {}, std::nullopt});
            return true;
        });
        if (!read)
            return read.error();
    }
    const auto entries = cache.outbox().entries();
    if (!entries)
        return entries.error();
    for (const OutboxEntry &entry : entries.value()) {
        const auto subject = input.subjects.find(entry.customerId);
        if (subject != input.subjects.end())
            subject->entries.append(entry);
    }
    if (net15) {
        for (auto subject = input.subjects.begin(); subject != input.subjects.end(); ++subject) {
            const auto billing = cache.invoices().find(subject.key());
            if (!billing)
                return billing.error();
            if (billing->has_value())
                subject->invoices = (*billing)->invoices;
        }
    }
    return input;
}

QFuture<BulkPreview> BulkChangeService::previewInBackground(BulkInput input)
{
    return QtConcurrent::run([input = std::move(input)] { return BulkRules::preview(input); });
}

QFuture<BulkChangeService::BackgroundPreview>
BulkChangeService::previewFromCache(const QString &cachePath, const QList<BulkItem> &items)
{
    return QtConcurrent::run([cachePath, items] {
        BackgroundPreview result;
        // Opened, used and closed on this pool thread: a connection never changes threads.
        auto reader = LocalCache::openReader(cachePath);
        if (!reader) {
            result.error = reader.error().message;
            return result;
        }
        const auto input = snapshotOf(*reader.value(), items);
        if (!input) {
            result.error = input.error().message;
            return result;
        }
        result.preview = BulkRules::preview(input.value());
        return result;
    });
}

StorageResult<qint64> BulkChangeService::apply(const BulkPreview &preview, const QString &action,
                                               std::optional<qint64> undoOf)
{
    const auto meta = m_cache.meta().read();
    if (!meta)
        return meta.error();
    if (!meta->user) {
        return StorageError::make(StorageError::Kind::InvalidState,
                                  QCoreApplication::translate("pac::EditResult", "Sign in first."));
    }
    NewBulkBatch batch;
    batch.user = *meta->user;
    batch.action = action;
    batch.undoOf = undoOf;
    batch.changed = preview.totals.changed;
    batch.unchanged = preview.totals.unchanged;
    batch.skipped = preview.totals.skipped;
    for (const BulkPreviewRow &row : preview.rows) {
        if (row.outcome == BulkPreviewRow::Outcome::Change && row.edit)
            batch.items.append({*row.edit, row.restore});
    }
    if (batch.items.isEmpty())
        return qint64(0);
    const auto saved = m_cache.bulkBatches().apply(batch);
    if (!saved) {
        qCWarning(lcPortal) << "bulk change not saved:" << saved.error().message
                            << saved.error().detail;
        return saved;
    }
    m_watched.insert(saved.value());
    emit batchApplied(saved.value());
    if (m_pushAfterApply && m_engine)
        m_engine->push(PushScope::AllPending);
    return saved;
}

StorageResult<QList<BulkItem>> BulkChangeService::undoItems(qint64 batchId) const
{
    const auto found = m_cache.bulkBatches().find(batchId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        return StorageError::make(StorageError::Kind::NotFound,
                                  BulkRules::tr("There is no bulk change %1.").arg(batchId));
    }
    const auto items = m_cache.bulkBatches().items(batchId);
    if (!items)
        return items.error();
    QList<BulkItem> result;
    for (const BulkBatchItem &item : items.value()) {
        BulkChange change;
        change.action = BulkChange::Action::Restore;
        if (item.kind == EditKind::AchManualEnable)
            change.restore = AchManualEnableEdit {};
        else
            change.restore = outboxEditFromJson(item.kind, item.before);
        if (item.state == BulkItemState::Sent)
            change.restoreEtag = item.sentEtag;
        result.append({item.customerId, change});
    }
    return result;
}

StorageResult<QList<BulkBatch>> BulkChangeService::batches() const
{
    return m_cache.bulkBatches().batches();
}

StorageResult<std::optional<BulkBatch>> BulkChangeService::batch(qint64 id) const
{
    return m_cache.bulkBatches().find(id);
}

StorageResult<QList<BulkBatchItem>> BulkChangeService::items(qint64 batchId) const
{
    return m_cache.bulkBatches().items(batchId);
}

void BulkChangeService::reportProgress()
{
    for (auto id = m_watched.begin(); id != m_watched.end();) {
        const auto found = m_cache.bulkBatches().find(*id);
        if (!found || !found->has_value()) {
            id = m_watched.erase(id);
            continue;
        }
        const BulkResults results = (*found)->results;
        emit batchProgress(*id, results);
        if (results.waiting == 0)
            id = m_watched.erase(id);
        else
            ++id;
    }
}

} // namespace pac
