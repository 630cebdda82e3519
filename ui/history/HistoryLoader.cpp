#include "ui/history/HistoryLoader.h"

#include "models/CustomerJson.h"
#include "portal/PortalClient.h"
#include "portal/PortalJson.h"
#include "storage/LocalCache.h"
#include "ui/Log.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pac {

namespace {

// The entry as GET /customers/{id}/history sends it, so the cache holds the portal's form.
QJsonObject entryToJson(const HistoryEntry &entry)
{
    QJsonObject actor = toJson(entry.actor);
    actor.insert(QStringLiteral("role"), toWire(entry.actorRole));
    return QJsonObject {
        {QStringLiteral("at"), toRfc3339(entry.at)}, {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), entry.action},    {QStringLiteral("field"), entry.field},
        {QStringLiteral("before"), entry.before},    {QStringLiteral("after"), entry.after},
    };
}

} // namespace

HistoryLoader::HistoryLoader(PortalClient &client, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{ }

HistoryLoader::~HistoryLoader()
{
    cancel();
}

void HistoryLoader::cancel()
{
    if (m_call)
        m_call->abort();
    m_call.clear();
}

void HistoryLoader::load(qint64 customerId)
{
    cancel();
    m_customerId = customerId;
    m_entries.clear();
    m_pages = 0;

    const StorageResult<std::optional<CachedHistory>> cached = m_cache.history().find(customerId);
    if (!cached.ok()) {
        qCWarning(lcUi) << "history cache read failed:" << cached.error().detail;
    } else if (cached.value()) {
        QList<HistoryEntry> entries;
        for (const QJsonValue &value : cached.value()->entries) {
            if (std::optional<HistoryEntry> entry = historyEntryFromJson(value.toObject()))
                entries.append(*entry);
        }
        emit loaded(customerId, entries, cached.value()->fetchedAt, false);
    }
    fetchPage({});
}

void HistoryLoader::fetchPage(const QString &cursor)
{
    const qint64 customerId = m_customerId;
    m_call = m_client.history(
        customerId, cursor, this, [this, customerId](const PortalResult<HistoryPage> &result) {
            m_call.clear();
            if (customerId != m_customerId)
                return;
            if (!result.ok()) {
                if (result.error().kind != PortalError::Kind::Cancelled)
                    emit failed(customerId, result.error().message());
                return;
            }
            m_entries.append(result.value().items);
            ++m_pages;
            if (!result.value().nextCursor.isEmpty() && m_pages < kMaxPages) {
                fetchPage(result.value().nextCursor);
                return;
            }
            store();
            emit loaded(customerId, m_entries, QDateTime::currentDateTimeUtc(), true);
        });
}

void HistoryLoader::store()
{
    QJsonArray array;
    for (const HistoryEntry &entry : std::as_const(m_entries))
        array.append(entryToJson(entry));
    const StorageStatus status
        = m_cache.history().store(m_customerId, array, QDateTime::currentDateTimeUtc());
    if (!status.ok())
        qCWarning(lcUi) << "history cache write failed:" << status.error().detail;
}

} // namespace pac
