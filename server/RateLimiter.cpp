#include "server/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace pac::server {

namespace {
constexpr qsizetype kMaxBuckets = 10000;
}

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(std::max(0.0, ratePerSecond))
    , m_burst(std::max(1.0, burst > 0 ? burst : 2 * m_rate)) // a bucket holds one request at least
{ }

int RateLimiter::acquire(const QByteArray &key, qint64 nowMs)
{
    if (!isEnabled())
        return 0;
    if (m_buckets.size() >= kMaxBuckets && !m_buckets.contains(key))
        forgetIdle(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_burst, nowMs});
    Bucket &bucket = *it;
    const double elapsed = std::max<qint64>(0, nowMs - bucket.lastMs) / 1000.0;
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsed * m_rate);
    bucket.lastMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_rate)));
}

void RateLimiter::forgetIdle(qint64 nowMs)
{
    // A bucket that would be full again carries no state worth keeping.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double refilled = it->tokens + (nowMs - it->lastMs) / 1000.0 * m_rate;
        it = refilled >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
}

} // namespace pac::server
