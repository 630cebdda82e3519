#pragma once

#include "server/HttpMessage.h"

namespace pac::server {

class ServerClock;
class Store;

// Remembered responses of requests sent with an Idempotency-Key, per user, for 24 hours.
// Only successful responses are remembered: a refused request changed nothing, so running
// it again (say, with a fresh If-Match after a conflict) is safe and more useful than
// replaying the refusal. The caller stores the response in the same transaction as the
// change, so a change and its record commit together or not at all. A request that changed
// nothing is not remembered either (PortalApi checks HttpResponse::changedNothing). A refusal
// that changed something (HttpResponse::keepsChange: a micro-deposit try used) is remembered
// like a success, so a retry answers it again instead of using another try.
class IdempotencyStore
{
public:
    static constexpr int kMaxKeyLength = 255;
    static constexpr int kRetentionHours = 24;
    // The most keys kept per user: a client retries its last few edits, not thousands, so
    // past this the oldest are forgotten (a retry of one of those runs again, and If-Match
    // still stops a second effect). One token cannot grow the store without bound.
    static constexpr int kMaxKeysPerUser = 500;

    IdempotencyStore(Store &store, ServerClock &clock);

    static bool isValidKey(const QByteArray &key); // 1–255 visible ASCII characters
    // What identifies "the same request": method, path and body.
    static QByteArray fingerprint(const HttpRequest &request);

    enum class Outcome { New, Replay, Mismatch };
    struct Lookup
    {
        Outcome outcome = Outcome::New;
        HttpResponse response; // for Replay: the first response, marked Idempotent-Replayed
    };
    Lookup find(qint64 userId, const QByteArray &key, const QByteArray &fingerprint);
    bool remember(qint64 userId, const QByteArray &key, const QByteArray &fingerprint,
                  const HttpResponse &response);
    int countFor(qint64 userId) const; // keys kept for the user (tests, diagnostics)

private:
    bool forgetBeyondCap(qint64 userId, const QByteArray &keptKey);

    Store &m_store;
    ServerClock &m_clock;
};

} // namespace pac::server
