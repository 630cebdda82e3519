#pragma once

#include <QByteArray>
#include <QHash>

namespace pac::server {

// A token bucket per client key (the session token's hash, or the client address before
// sign-in): `rate` requests per second on average, bursts of up to `burst`. Time comes from
// the caller (milliseconds of a monotonic clock), so tests need no sleeps.
class RateLimiter
{
public:
    // rate <= 0 switches limiting off; burst <= 0 means twice the rate (and at least 1).
    explicit RateLimiter(double ratePerSecond, double burst = 0);

    bool isEnabled() const { return m_rate > 0; }
    // Takes one token from `key`'s bucket. Returns 0 when the request may go on, else the
    // whole seconds (at least 1) after which it would (the Retry-After value).
    int acquire(const QByteArray &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void forgetIdle(qint64 nowMs);

    double m_rate;
    double m_burst;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace pac::server
