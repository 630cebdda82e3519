#include "portal/PortalCall.h"

#include "portal/Log.h"
#include "portal/UrlPolicy.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <utility>

namespace pac {

namespace {

using Kind = PortalError::Kind;

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Errors the network layer reports before or instead of an HTTP status: QNetworkReply's
// connection errors (1..99) and protocol failures without a status line.
bool isTransportError(QNetworkReply::NetworkError error, int status)
{
    const int code = int(error);
    return (code >= 1 && code <= 99) || (status == 0 && error != QNetworkReply::NoError);
}

PortalError transportError(QNetworkReply::NetworkError error, const QStringList &tlsErrors)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(int(error));
    // The enum's name, never errorString(): that may quote the URL and with it a search term.
    PortalError result = PortalError::make(Kind::Network, QString::fromLatin1(name));
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Our own abort() disconnects before aborting, so a cancel seen here is Qt's
        // transfer timeout.
        result.kind = Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        result.kind = Kind::Tls;
        result.tlsErrors = tlsErrors;
        break;
    case QNetworkReply::ProtocolFailure:
        result.kind = Kind::BadResponse;
        break;
    default:
        break;
    }
    return result;
}

bool isRetryableError(const PortalError &error)
{
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::RateLimited:
    case Kind::Server:
        return isRetryableStatus(error.httpStatus);
    default:
        return false;
    }
}

// Path and query for a log line, with the search term left out: people search by account
// number, which must never reach a log.
QString loggableTarget(const QUrl &url)
{
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("q"))) {
        query.removeAllQueryItems(QStringLiteral("q"));
        query.addQueryItem(QStringLiteral("q"), QStringLiteral("(redacted)"));
    }
    const QString text = query.toString(QUrl::FullyEncoded);
    return text.isEmpty() ? url.path() : url.path() + u'?' + text;
}

} // namespace

PortalCall::PortalCall(TransportSettings settings, PortalRequest request, Completion completion,
                       QObject *context)
    : QObject(context)
    , m_settings(std::move(settings))
    , m_request(std::move(request))
    , m_completion(std::move(completion))
    , m_requestId(QUuid::createUuid())
{
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early; Retry-After is a minimum.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &PortalCall::sendAttempt);
}

PortalCall::~PortalCall()
{
    m_retryTimer.stop();
    discardReply();
}

QUrl PortalCall::requestUrl() const
{
    QUrl url = m_settings.apiBase;
    url.setPath(url.path() + m_request.path);
    if (!m_request.query.isEmpty())
        url.setQuery(m_request.query);
    return url;
}

void PortalCall::start()
{
    const QUrl url = requestUrl();
    // Refusals are reported from the event loop like every other outcome, so a callback
    // never runs inside the call that started it.
    if (!isAllowedPortalUrl(url)) {
        QTimer::singleShot(0, this, [this] {
            finish(
                PortalError::make(Kind::InsecureUrl, QStringLiteral("refused URL scheme or host")));
        });
        return;
    }
    if (!m_settings.network) {
        QTimer::singleShot(0, this, [this] {
            finish(PortalError::make(Kind::Network, QStringLiteral("no network access manager")));
        });
        return;
    }
    sendAttempt();
}

void PortalCall::sendAttempt()
{
    if (!m_settings.network) {
        finish(PortalError::make(Kind::Network, QStringLiteral("no network access manager")));
        return;
    }
    // Every attempt starts from the original request; a redirect seen by an earlier attempt
    // is not remembered.
    if (m_redirects == 0) {
        ++m_attempt;
        m_url = requestUrl();
        m_method = m_request.method;
        m_body = m_request.body;
    }
    m_tlsErrors.clear();

    QNetworkRequest request(m_url);
    // Redirects are followed by followRedirect(), which refuses other origins: Qt's default
    // policy would carry the Authorization header to any host (docs/engineering.md).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Customer data stays out of any disk cache someone attached to the manager.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(int(m_settings.transferTimeout.count()));
    if (m_url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_settings.tls);

    request.setRawHeader("User-Agent", m_settings.userAgent);
    request.setRawHeader("Accept", m_request.accept);
    request.setRawHeader("X-Request-Id", m_requestId.toByteArray(QUuid::WithoutBraces));
    request.setRawHeader("X-Request-Attempt", QByteArray::number(m_attempt));
    if (m_request.authenticated && !m_settings.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.bearerToken);
    if (!m_body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!m_request.ifMatch.isEmpty())
        request.setRawHeader("If-Match", m_request.ifMatch);
    if (!m_request.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", m_request.ifNoneMatch);
    if (!m_request.idempotencyKey.isNull())
        request.setRawHeader("Idempotency-Key",
                             m_request.idempotencyKey.toByteArray(QUuid::WithoutBraces));

    m_attemptClock.start();
    m_reply = m_settings.network->sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::finished, this, &PortalCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &PortalCall::onSslErrors);
    // bytesTotal is the announced Content-Length (-1 for chunked), so an oversized reply is
    // refused on its headers, and a chunked one once it grows past the limit.
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PortalCall::checkReplySize);
}

void PortalCall::checkReplySize(qint64 bytesReceived, qint64 bytesTotal)
{
    const qint64 size = std::max(bytesReceived, bytesTotal);
    if (size <= m_settings.maxReplyBytes || !m_reply || m_oversizedReply)
        return;
    m_oversizedReply = size;
    m_reply->abort(); // finished() follows, synchronously
}

void PortalCall::onSslErrors(const QList<QSslError> &errors)
{
    // Recorded for the message; never ignored. Peer verification stays on.
    for (const QSslError &error : errors)
        m_tlsErrors.append(error.errorString());
    qCWarning(lcPortal).noquote() << "TLS verification failed for" << m_url.host() << ':'
                                  << m_tlsErrors.join(QStringLiteral("; "));
}

void PortalCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const qint64 size = std::exchange(m_oversizedReply, 0); size) {
        // Final, not transient: the same request would get the same reply again.
        logAttempt(status, "reply too large");
        finish(PortalError::make(Kind::BadResponse,
                                 QStringLiteral("the reply (%1 bytes or more) exceeds the "
                                                "client's limit of %2 bytes")
                                     .arg(size)
                                     .arg(m_settings.maxReplyBytes)));
        return;
    }

    if (isTransportError(networkError, status)) {
        PortalError error = transportError(networkError, m_tlsErrors);
        logAttempt(status, qPrintable(error.detail));
        retryOrFail(std::move(error));
        return;
    }

    HttpResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    // A connection that ends short of the promised Content-Length can reach us without a
    // network error (Qt may take the close as the end): a cut reply is a network failure,
    // retried like one (a change carries its idempotency key), never a body to decode.
    if (const QByteArray length = response.header("Content-Length"); status != 204 && status != 304
        && !length.isEmpty() && response.header("Content-Encoding").isEmpty()) {
        bool ok = false;
        const qint64 promised = length.trimmed().toLongLong(&ok);
        if (ok && promised != response.body.size()) {
            logAttempt(status, "reply cut short");
            retryOrFail(PortalError::make(Kind::Network,
                                          QStringLiteral("the reply ended after %1 of %2 bytes")
                                              .arg(response.body.size())
                                              .arg(promised)));
            return;
        }
    }
    logAttempt(status, "");

    if (isRedirectStatus(status)) {
        followRedirect(response);
        return;
    }
    m_redirects = 0;
    if ((status >= 200 && status <= 299) || status == 304) {
        finish(response);
        return;
    }
    PortalError error = PortalError::fromResponse(response);
    const QByteArray retryAfter = response.header("Retry-After");
    if (!retryAfter.isEmpty())
        error.retryAfter = parseRetryAfter(retryAfter, m_settings.clock());
    retryOrFail(std::move(error));
}

void PortalCall::followRedirect(const HttpResponse &response)
{
    const QByteArray location = response.header("Location");
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    if (location.isEmpty() || !target.isValid()) {
        m_redirects = 0;
        finish(PortalError::make(Kind::BadResponse, QStringLiteral("redirect without a location")));
        return;
    }
    // Whatever the request carries (a token, a password, an account number) stays with the
    // portal's origin: a redirect elsewhere is refused, not followed without credentials.
    if (!isSameOrigin(m_url, target)) {
        qCWarning(lcPortal).noquote() << "refused a redirect from" << m_url.host() << "to"
                                      << target.scheme() + u"://" + target.authority();
        m_redirects = 0;
        PortalError error = PortalError::make(Kind::RedirectRefused,
                                              QStringLiteral("redirect to another origin"));
        error.httpStatus = response.status;
        finish(error);
        return;
    }
    if (++m_redirects > MaxRedirects) {
        m_redirects = 0;
        PortalError error
            = PortalError::make(Kind::RedirectRefused, QStringLiteral("too many redirects"));
        error.httpStatus = response.status;
        finish(error);
        return;
    }
    // 303 always, and 301/302 after a POST (as browsers do), continue as a GET without body.
    if (response.status == 303
        || ((response.status == 301 || response.status == 302) && m_method == "POST")) {
        m_method = "GET";
        m_body.clear();
    }
    m_url = target;
    sendAttempt();
}

void PortalCall::retryOrFail(PortalError error)
{
    m_redirects = 0;
    const bool retry = m_attempt < m_settings.retry.maxAttempts && isRetryableError(error)
        && isRetryableRequest(m_request.method, !m_request.idempotencyKey.isNull());
    if (!retry) {
        finish(error);
        return;
    }
    const auto delay
        = m_settings.retry.delayBeforeRetry(m_attempt, m_settings.random(), error.retryAfter);
    qCDebug(lcPortal).nospace() << "request " << m_requestId.toString(QUuid::WithoutBraces)
                                << " attempt " << m_attempt << " failed ("
                                << PortalError::kindName(error.kind) << "), retry in "
                                << delay.count() << " ms";
    m_retryTimer.start(delay);
    emit retryScheduled(m_attempt, delay.count());
}

void PortalCall::finish(const PortalResult<HttpResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();

    // The callback may destroy the context and with it this object: run it from a local copy
    // and touch no member afterwards unless we still exist.
    const Completion completion = std::move(m_completion);
    m_completion = nullptr;
    QPointer<PortalCall> self(this);
    if (result.ok()) {
        HttpResponse response = result.value();
        response.requestId = m_requestId.toString(QUuid::WithoutBraces);
        completion(response);
    } else {
        PortalError error = result.error();
        error.requestId = m_requestId.toString(QUuid::WithoutBraces);
        completion(error);
    }
    if (!self)
        return;
    emit finished();
    if (self)
        deleteLater();
}

void PortalCall::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    discardReply();
    finish(PortalError::make(Kind::Cancelled));
}

void PortalCall::discardReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void PortalCall::logAttempt(int status, const char *outcome) const
{
    // Method, path, status, duration and request id; never headers or bodies, which carry
    // the token, passwords and account numbers.
    qCDebug(lcPortal).nospace().noquote()
        << m_method << ' ' << loggableTarget(m_url) << ' ' << status << ' ' << outcome << " "
        << m_attemptClock.elapsed() << " ms id=" << m_requestId.toString(QUuid::WithoutBraces)
        << " attempt=" << m_attempt;
}

} // namespace pac
