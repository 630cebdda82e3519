#include "portal/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace pac {

using std::chrono::milliseconds;

milliseconds RetryPolicy::backoff(int failedAttempts, double random01) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    // Computed in double so 2^30 * baseDelay cannot overflow before the ceiling applies.
    const double ceiling
        = std::min(double(maxDelay.count()), double(baseDelay.count()) * std::ldexp(1.0, exponent));
    const double jitter = std::clamp(random01, 0.0, 1.0);
    return milliseconds(qint64(std::floor(ceiling * jitter)));
}

milliseconds RetryPolicy::delayBeforeRetry(int failedAttempts, double random01,
                                           std::optional<milliseconds> retryAfter) const
{
    if (retryAfter)
        return std::clamp(*retryAfter, milliseconds(0), maxRetryAfter);
    return backoff(failedAttempts, random01);
}

std::optional<milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(milliseconds(seconds * 1000));

    // IMF-fixdate, always English names and GMT: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QString date = QString::fromLatin1(text);
    if (!date.endsWith(QLatin1String(" GMT")))
        return std::nullopt;
    QDateTime at
        = QLocale::c().toDateTime(date.chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeZone(QTimeZone::utc());
    return milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

bool isRetryableRequest(QByteArrayView method, bool hasIdempotencyKey)
{
    return method == "GET" || method == "HEAD" || hasIdempotencyKey;
}

bool isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

} // namespace pac
