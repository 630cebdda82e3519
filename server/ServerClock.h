#pragma once

#include <QDate>
#include <QDateTime>

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

private:
    std::optional<QDate> m_fixedToday;
    QDateTime m_last;
};

} // namespace pac::server
