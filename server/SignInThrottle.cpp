#include "server/SignInThrottle.h"

#include "server/ServerClock.h"

#include <QString>

#include <algorithm>

namespace pac::server {

namespace {

QByteArray userKey(const QString &username)
{
    return "user:" + username.toUtf8();
}

QByteArray addressKey(const QByteArray &address)
{
    return "address:" + address;
}

} // namespace

SignInThrottle::SignInThrottle(ServerClock &clock)
    : m_clock(clock)
{ }

int SignInThrottle::waitFor(const QByteArray &key, qint64 nowMs)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->lockedUntilMs <= nowMs)
        return 0;
    return int(std::max<qint64>(1, (it->lockedUntilMs - nowMs + 999) / 1000));
}

int SignInThrottle::retryAfter(const QString &username, const QByteArray &address)
{
    const qint64 now = m_clock.monotonicMs();
    return std::max(waitFor(userKey(username), now), waitFor(addressKey(address), now));
}

void SignInThrottle::fail(const QByteArray &key, int freeFailures, qint64 nowMs)
{
    Entry &entry = m_entries[key];
    if (entry.failures > 0 && nowMs - entry.lastFailureMs > kForgetAfterSeconds * 1000LL)
        entry = Entry();
    ++entry.failures;
    entry.lastFailureMs = nowMs;
    const int over = entry.failures - freeFailures;
    if (over > 0) {
        const qint64 seconds
            = over > 20 ? kMaxLockSeconds : std::min<qint64>(kMaxLockSeconds, 1LL << (over - 1));
        entry.lockedUntilMs = nowMs + seconds * 1000;
    }
}

void SignInThrottle::failed(const QString &username, const QByteArray &address)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_entries.size() >= kMaxKeys)
        forgetQuiet(now);
    fail(userKey(username), kFreeFailuresPerUsername, now);
    fail(addressKey(address), kFreeFailuresPerAddress, now);
}

void SignInThrottle::succeeded(const QString &username)
{
    m_entries.remove(userKey(username));
}

void SignInThrottle::forgetQuiet(qint64 nowMs)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool quiet = it->lockedUntilMs <= nowMs
            && nowMs - it->lastFailureMs > kForgetAfterSeconds * 1000LL;
        it = quiet ? m_entries.erase(it) : std::next(it);
    }
    // Still full (a flood of fresh usernames): the unlocked ones go; they cost nothing yet.
    for (auto it = m_entries.begin(); m_entries.size() >= kMaxKeys && it != m_entries.end();)
        it = it->lockedUntilMs <= nowMs ? m_entries.erase(it) : std::next(it);
}

} // namespace pac::server
