#pragma once

#include "portal/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace pac {

// One logical call to the portal API, as the endpoint methods of PortalClient describe it.
struct PortalRequest
{
    QByteArray method = "GET";
    QString path; // below the API base, e.g. "/customers/42"
    QUrlQuery query;
    QByteArray body; // JSON, sent as application/json when not empty
    QByteArray ifMatch; // the ETag a change is based on
    QByteArray ifNoneMatch; // a cached ETag (a 304 answer means "unchanged")
    QUuid idempotencyKey; // made by the caller when the edit was made; null = none
    bool authenticated = true; // sends "Authorization: Bearer <token>"
    QByteArray accept = "application/json"; // "application/pdf" for a document
};

// What every attempt of a call needs from the client; copied when the call starts, so
// changing the client's settings later does not change calls in flight.
struct TransportSettings
{
    QPointer<QNetworkAccessManager> network;
    QUrl apiBase; // origin + "/api/v1"
    QByteArray bearerToken;
    QByteArray userAgent;
    QSslConfiguration tls;
    std::chrono::milliseconds transferTimeout {30'000};
    // A reply body past this size is aborted and the call fails (BadResponse), so a broken or
    // hostile server cannot make the client hold gigabytes (QNetworkReply buffers it all).
    qint64 maxReplyBytes = 64 * 1024 * 1024;
    RetryPolicy retry;
    std::function<double()> random; // uniform in [0, 1), for backoff jitter
    std::function<QDateTime()> clock; // "now", for Retry-After dates
};

} // namespace pac
