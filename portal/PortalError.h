#pragma once

#include "models/FieldError.h"
#include "portal/HttpResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace pac {

// Why a call to the portal did not give a result: what the caller branches on (kind), what
// the server said (status, problem+json), and a translated message for the user.
struct PortalError
{
    Q_DECLARE_TR_FUNCTIONS(pac::PortalError)

public:
    enum class Kind {
        Network, // no answer: refused, reset, unreachable, offline, cut mid-response
        Timeout, // no data for the transfer timeout
        Tls, // TLS handshake failed: untrusted, expired or mismatched certificate
        InsecureUrl, // plain http to a non-loopback host (nothing was sent)
        RedirectRefused, // a redirect to another origin, or too many redirects
        BadRequest, // 400 and other 4xx without a kind of their own
        Unauthorized, // 401: not signed in, or the session expired
        Forbidden, // 403: the role may not do this
        NotFound, // 404: does not exist or is not visible to this user
        PreconditionFailed, // 412: the resource changed since the ETag the edit was based on
        PreconditionRequired, // 428: If-Match missing
        Validation, // 422 with field errors
        IdempotencyMismatch, // 422: the Idempotency-Key was used before with another body
        PayloadTooLarge, // 413
        RateLimited, // 429
        Server, // 5xx
        BadResponse, // a response the client cannot decode
        Cancelled, // abort() by the caller
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP response was received
    QString problemType; // problem+json `type`
    QString title; // problem+json `title`
    QString detail; // problem+json `detail`, or a technical description
    QList<FieldError> fieldErrors; // problem+json `errors[]` (Validation)
    QByteArray currentEtag; // 412: the server's current ETag, if it sent one
    std::optional<std::chrono::milliseconds> retryAfter; // 429/503 Retry-After, if any
    QStringList tlsErrors; // the certificate problems of a Tls error
    QString requestId; // X-Request-Id of the call, to quote to support
    // The problem body's `tries_left` when it has one: a 422 wrong_amounts of
    // POST /payment-methods/{id}/verify says how many micro-deposit tries the method has left
    // (0 with verification_failed). Read from the body, not from the field messages.
    std::optional<int> triesLeft;

    // Transient errors leave an edit queued for a later retry (network, timeout, 429, 5xx);
    // every other error is final for this edit.
    bool isTransient() const;

    // A sentence for the user, translated ("pac::PortalError" context); for Validation the
    // server's field messages follow.
    QString message() const;

    // Stable lower-case name of a kind ("network", "precondition_failed"), for logs and tests.
    static QString kindName(Kind kind);

    // Builds the error of an HTTP error response (status ≥ 400, or an unexpected status):
    // maps the status to a kind and decodes an application/problem+json body when present
    // (an undecodable body still gives the status's kind). A 422 whose problem type names
    // the idempotency key is IdempotencyMismatch. Takes the ETag header for 412.
    static PortalError fromResponse(const HttpResponse &response);

    // An error of `kind` with no HTTP response behind it.
    static PortalError make(Kind kind, QString detail = {});
};

} // namespace pac
