#include "server/ServerClock.h"

#include <QTimeZone>

namespace pac::server {

ServerClock::ServerClock(std::optional<QDate> fixedToday)
    : m_fixedToday(fixedToday && fixedToday->isValid() ? fixedToday : std::nullopt)
{
    m_monotonic.start();
}

qint64 ServerClock::monotonicMs() const
{
    return m_monotonicSource ? m_monotonicSource() : m_monotonic.elapsed();
}

QDateTime ServerClock::now()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (m_wallOffsetSource)
        t = t.addMSecs(m_wallOffsetSource());
    if (m_fixedToday)
        t = QDateTime(*m_fixedToday, t.time(), QTimeZone::utc());
    if (m_last.isValid() && t < m_last)
        t = m_last;
    m_last = t;
    return t;
}

QDate ServerClock::today() const
{
    return m_fixedToday ? *m_fixedToday : QDateTime::currentDateTimeUtc().date();
}

} // namespace pac::server
