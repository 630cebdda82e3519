#pragma once

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>

#include <functional>
#include <optional>

namespace pac::server {

// The server's one source of time. With a fixed "today" (--today) every timestamp falls on
// that date (the real time of day), so tests that depend on the date (ACH eligibility) are
// deterministic. now() never goes backwards, so updated_at order is the order of the changes
// and updated_since deltas miss nothing.
class ServerClock
{
public:
    explicit ServerClock(std::optional<QDate> fixedToday = std::nullopt);

    QDateTime now(); // UTC, millisecond resolution, non-decreasing
    QDate today() const;

    // Milliseconds of a monotonic clock, for intervals (sign-in backoff). A test sets a
    // source of its own and moves it on instead of waiting real seconds; the source is
    // called on the server's thread.
    using MonotonicSource = std::function<qint64()>;
    void setMonotonicSource(MonotonicSource source) { m_monotonicSource = std::move(source); }
    qint64 monotonicMs() const;

    // Milliseconds added to the real time of now() (session expiry): a test moves it on
    // instead of waiting for a token to expire. Called on the server's thread.
    using OffsetSource = std::function<qint64()>;
    void setWallOffsetSource(OffsetSource source) { m_wallOffsetSource = std::move(source); }

private:
    std::optional<QDate> m_fixedToday;
    MonotonicSource m_monotonicSource;
    OffsetSource m_wallOffsetSource;
    QElapsedTimer m_monotonic;
    QDateTime m_last;
};

} // namespace pac::server
