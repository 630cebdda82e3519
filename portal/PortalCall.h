#pragma once

#include "portal/HttpResponse.h"
#include "portal/PortalRequest.h"
#include "portal/PortalResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <functional>

class QNetworkReply;
class QSslError;

namespace pac {

class PortalClient;

// The handle of one call in flight. It runs the attempts of the call (timeouts, retries with
// backoff, same-origin redirects), then hands the outcome to the caller's callback and
// deletes itself (keep a QPointer<PortalCall> if you need to abort it later).
//
// The call is a child of the caller's context object: destroying the context aborts the call
// and its callback never runs.
class PortalCall : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(const PortalResult<HttpResponse> &)>;

    ~PortalCall() override;

    // Stops the call: the request in flight is aborted, no retry follows, and the callback
    // runs once, at once, with a Cancelled error. Nothing happens after the call finished.
    void abort();

    // The X-Request-Id sent with every attempt of this call.
    QUuid requestId() const { return m_requestId; }
    // Attempts started so far (redirects are not attempts).
    int attempts() const { return m_attempt; }
    bool isFinished() const { return m_finished; }

signals:
    // An attempt failed with a retryable error; the next one starts after delayMs.
    void retryScheduled(int failedAttempts, qint64 delayMs);
    // The callback has run; the call deletes itself afterwards.
    void finished();

private:
    friend class PortalClient;

    // Redirects followed per attempt before giving up (RedirectRefused).
    static constexpr int MaxRedirects = 5;

    PortalCall(TransportSettings settings, PortalRequest request, Completion completion,
               QObject *context);
    void start();
    QUrl requestUrl() const;

    void sendAttempt();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void checkReplySize(qint64 bytesReceived, qint64 bytesTotal);
    void followRedirect(const HttpResponse &response);
    void retryOrFail(PortalError error);
    void finish(const PortalResult<HttpResponse> &result);
    void discardReply();
    void logAttempt(int status, const char *outcome) const;

    TransportSettings m_settings;
    PortalRequest m_request;
    Completion m_completion;
    QUuid m_requestId;

    // The state of the current attempt: a 303 turns it into a GET at another path.
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    int m_redirects = 0;

    int m_attempt = 0;
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    QStringList m_tlsErrors;
    qint64 m_oversizedReply = 0; // the size that made this attempt abort, 0 when none
    QElapsedTimer m_attemptClock;
    QTimer m_retryTimer;
};

} // namespace pac
