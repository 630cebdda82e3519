#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace pac {

// When and how often one call to the portal is attempted again (DESIGN.md "Data flow of an
// edit"). A value type; tests set the delays to milliseconds so retries run fast.
struct RetryPolicy
{
    // Attempts in total, the first one included (1 = never retry).
    int maxAttempts = 4;
    // Backoff before the first retry is drawn from [0, baseDelay]; it doubles per retry ...
    std::chrono::milliseconds baseDelay {500};
    // ... up to this ceiling ("full jitter": the delay is uniform in [0, ceiling]).
    std::chrono::milliseconds maxDelay {30'000};
    // The longest server-requested Retry-After we honour; a longer one is cut to this, so a
    // misbehaving server cannot park a call for hours.
    std::chrono::milliseconds maxRetryAfter {120'000};

    // The delay before the next attempt after `failedAttempts` attempts failed (1-based),
    // with full jitter: random01 (in [0, 1)) times min(maxDelay, baseDelay * 2^(n-1)).
    std::chrono::milliseconds backoff(int failedAttempts, double random01) const;

    // The delay actually used: the server's Retry-After when it sent one (capped at
    // maxRetryAfter), else backoff().
    std::chrono::milliseconds
    delayBeforeRetry(int failedAttempts, double random01,
                     std::optional<std::chrono::milliseconds> retryAfter) const;

    bool operator==(const RetryPolicy &) const = default;
};

// Parses a Retry-After header value: delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2026 07:28:00 GMT", the IMF-fixdate form; RFC 850 and asctime dates are
// obsolete and not accepted). A date in the past gives 0. nullopt when unparsable.
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value,
                                                         const QDateTime &now);

// Whether a request may be sent twice: safe methods (GET, HEAD) always, others only when they
// carry an Idempotency-Key (the server then answers a repeat with the first response).
bool isRetryableRequest(QByteArrayView method, bool hasIdempotencyKey);

// HTTP statuses worth another attempt: 429 and the gateway/unavailable family 502, 503, 504.
// Other 5xx are transient for the sync engine (PortalError::isTransient) but an immediate
// repeat of the same call is unlikely to help.
bool isRetryableStatus(int httpStatus);

} // namespace pac
