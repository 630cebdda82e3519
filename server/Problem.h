#pragma once

#include "models/FieldError.h"
#include "server/HttpMessage.h"

namespace pac::server {

// application/problem+json responses (RFC 9457): {type, title, status, detail, errors?}.
// `type` is https://portal.example/problems/<slug>; the slugs are listed in
// docs/portal-api.yaml. Server texts are English and not translated.
namespace problem {

HttpResponse make(HttpStatus status, const QString &slug, const QString &title,
                  const QString &detail, const QList<FieldError> &errors = {});

HttpResponse badRequest(const QString &detail, const QList<FieldError> &errors = {}); // 400
HttpResponse unauthorized(const QString &detail); // 401, with WWW-Authenticate: Bearer
HttpResponse forbidden(const FieldError &refusal); // 403
HttpResponse notFound(); // 404: also for what the caller may not see
HttpResponse methodNotAllowed(const QByteArray &allow); // 405
HttpResponse preconditionFailed(const QByteArray &currentEtag); // 412, with the current ETag
HttpResponse preconditionRequired(); // 428
HttpResponse payloadTooLarge(qint64 limitBytes); // 413
HttpResponse validation(const QList<FieldError> &errors); // 422
// 409: the resource is not in a state that allows the action (e.g. verifying a method that
// is already verified); `refusal` names why (codes invalid_transition, revoked, not_verified).
HttpResponse conflict(const FieldError &refusal);
HttpResponse idempotencyKeyReused(); // 422: same Idempotency-Key, other request
HttpResponse tooManyRequests(int retryAfterSeconds); // 429, with Retry-After
HttpResponse internalError(); // 500
// What the transport refuses before a request reaches the API: 400 bad-request, 408
// request-timeout, 413 payload-too-large, 431 headers-too-large, 501 not-implemented, 505
// version-not-supported; `detail` says which limit.
HttpResponse transportRefusal(HttpStatus status, const QString &detail);
// 429 before any request: the client address has too many connections open.
HttpResponse tooManyConnections(int retryAfterSeconds);
HttpResponse unavailable(int retryAfterSeconds); // 503, with Retry-After

} // namespace problem
} // namespace pac::server
