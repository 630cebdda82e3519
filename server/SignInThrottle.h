#pragma once

#include <QByteArray>
#include <QHash>

namespace pac::server {

class ServerClock;

// Backoff against sign-in guessing, per username (as typed, existing or not, so the
// answers do not tell which usernames exist) and per client address: the first
// kFreeFailures failures of a key cost nothing, then each further failure locks the key
// for 1 s, 2 s, 4 s … up to kMaxLockSeconds. While a key is locked a sign-in is refused
// (429 + Retry-After) before any password is hashed, even a right one. A success clears
// the username's count (not the address's: one good account must not launder guesses at
// others); a key quiet for kForgetAfterSeconds is forgotten. Time comes from
// ServerClock::monotonicMs(), so tests move a clock instead of waiting.
class SignInThrottle
{
public:
    static constexpr int kFreeFailuresPerUsername = 5;
    static constexpr int kFreeFailuresPerAddress = 20; // people share addresses (NAT)
    static constexpr int kMaxLockSeconds = 15 * 60;
    static constexpr int kForgetAfterSeconds = 60 * 60;
    static constexpr qsizetype kMaxKeys = 20'000;

    explicit SignInThrottle(ServerClock &clock);

    // 0: go ahead; else the whole seconds (at least 1) to wait.
    int retryAfter(const QString &username, const QByteArray &address);
    void failed(const QString &username, const QByteArray &address);
    void succeeded(const QString &username);

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    int waitFor(const QByteArray &key, qint64 nowMs);
    void fail(const QByteArray &key, int freeFailures, qint64 nowMs);
    void forgetQuiet(qint64 nowMs);

    ServerClock &m_clock;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace pac::server
