#pragma once

#include "models/Customer.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <optional>

namespace pac {

class CacheConnection;

// The signed-in user the cache belongs to (POST /session `user`).
struct CacheUser
{
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;
    bool operator==(const CacheUser &) const = default;
};

// Per-profile facts kept beside the data.
struct ProfileMeta
{
    int schemaVersion = 0;
    QUrl portalUrl; // empty until the first sign-in
    std::optional<CacheUser> user; // whose data the cache holds
    QDateTime lastServerTime; // `server_time` of the last completed sync (delta base)
    QDateTime lastFullSyncAt; // when the last full sync completed ("as of")
};

class MetaStore
{
    Q_DECLARE_TR_FUNCTIONS(pac::MetaStore)

public:
    explicit MetaStore(CacheConnection &connection);

    StorageResult<ProfileMeta> read() const;

    // Binds the cache to a portal and a user. If it held another portal's or another user's
    // data, that data (customers, history, credit applications, sync times) is cleared in the
    // same transaction — but only if the outbox is empty: unsent edits of another account are
    // never dropped silently (InvalidState, nothing changed). Drafts are kept.
    StorageStatus bindAccount(const QUrl &portalUrl, const CacheUser &user);

    // Records a completed sync: the portal's `server_time` (and, for a full sync, `at` as the
    // last full sync time). CacheWriter does this after the last page is committed.
    StorageStatus recordSync(const QDateTime &serverTime, bool fullSync, const QDateTime &at);

private:
    CacheConnection &m_connection;
};

} // namespace pac
