#pragma once

#include "portal/PortalTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace pac {

class LocalCache;
class PortalCall;
class PortalClient;

// Gets the audit history of a customer for the History tab: what the cache kept from the
// last fetch first (so it shows offline, at once), then the portal's current history, which
// is stored in the cache for next time. Asking for another customer aborts the fetch in
// flight. All asynchronous; the cache read is one small row.
class HistoryLoader : public QObject
{
    Q_OBJECT

public:
    // Pages fetched per customer at most (newest first), so one long history cannot keep
    // the tab busy for long.
    static constexpr int kMaxPages = 10;

    HistoryLoader(PortalClient &client, LocalCache &cache, QObject *parent = nullptr);
    ~HistoryLoader() override;

    void load(qint64 customerId);
    void cancel();
    qint64 customerId() const { return m_customerId; }

signals:
    // `fresh`: straight from the portal; else the cached copy fetched at `asOf`.
    void loaded(qint64 customerId, const QList<pac::HistoryEntry> &entries, const QDateTime &asOf,
                bool fresh);
    // The portal could not be asked (offline, ...); cached entries, if any, were sent before.
    void failed(qint64 customerId, const QString &message);

private:
    void fetchPage(const QString &cursor);
    void store();

    PortalClient &m_client;
    LocalCache &m_cache;
    qint64 m_customerId = 0;
    QList<HistoryEntry> m_entries;
    int m_pages = 0;
    QPointer<PortalCall> m_call;
};

} // namespace pac
