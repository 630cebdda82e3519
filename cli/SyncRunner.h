#pragma once

#include "portal/SyncTypes.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace pac::cli {

class CommandContext;

// Runs a sync or a push of the command's SyncEngine to its end: signs in first, signs in
// again once when the portal answers 401 and a password is at hand, and on failure finishes
// the command with the right exit status (75 portal out of reach, 4 not signed in, 1 cache).
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(CommandContext &context, QObject *parent = nullptr);

    void sync(SyncMode mode, std::function<void(const pac::SyncSummary &)> done);
    void push(std::function<void(const pac::PushSummary &)> done);
    // Makes sure the cache holds the user's customers: syncs first if it never has.
    void ensureCache(std::function<void()> ready);
    // Before an edit: when the cache already holds this user's synced data, at once (so an
    // edit is saved even with the portal out of reach); else signs in and syncs first.
    void prepareEdit(std::function<void()> ready);

private:
    void startSync(SyncMode mode, bool mayRetry,
                   std::function<void(const pac::SyncSummary &)> done);
    void startPush(bool mayRetry, std::function<void(const pac::PushSummary &)> done);

    CommandContext &m_context;
};

} // namespace pac::cli
