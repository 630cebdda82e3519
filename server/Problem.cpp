#include "server/Problem.h"

namespace pac::server::problem {

HttpResponse make(HttpStatus status, const QString &slug, const QString &title,
                  const QString &detail, const QList<FieldError> &errors)
{
    QJsonObject body {
        {QStringLiteral("type"),
         QString(QStringLiteral("https://portal.example/problems/") + slug)},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), int(status)},
        {QStringLiteral("detail"), detail},
    };
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), toJson(errors));
    HttpResponse response = HttpResponse::json(status, body);
    response.contentType = "application/problem+json";
    return response;
}

HttpResponse badRequest(const QString &detail, const QList<FieldError> &errors)
{
    return make(HttpStatus::BadRequest, QStringLiteral("bad-request"),
                QStringLiteral("Bad request"), detail, errors);
}

HttpResponse unauthorized(const QString &detail)
{
    HttpResponse response = make(HttpStatus::Unauthorized, QStringLiteral("unauthorized"),
                                 QStringLiteral("Not signed in"), detail);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"portal\"");
    return response;
}

HttpResponse forbidden(const FieldError &refusal)
{
    return make(HttpStatus::Forbidden, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                refusal.message, {refusal});
}

HttpResponse conflict(const FieldError &refusal)
{
    return make(HttpStatus::Conflict, QStringLiteral("conflict"), QStringLiteral("Conflict"),
                refusal.message, {refusal});
}

HttpResponse notFound()
{
    return make(HttpStatus::NotFound, QStringLiteral("not-found"), QStringLiteral("Not found"),
                QStringLiteral("There is no such resource."));
}

HttpResponse methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response
        = make(HttpStatus::MethodNotAllowed, QStringLiteral("method-not-allowed"),
               QStringLiteral("Method not allowed"),
               QStringLiteral("This resource allows %1.").arg(QString::fromLatin1(allow)));
    response.setHeader("Allow", allow);
    return response;
}

HttpResponse preconditionFailed(const QByteArray &currentEtag)
{
    HttpResponse response
        = make(HttpStatus::PreconditionFailed, QStringLiteral("precondition-failed"),
               QStringLiteral("Precondition failed"),
               QStringLiteral("The resource changed since you read it; its current ETag is %1.")
                   .arg(QString::fromLatin1(currentEtag)));
    response.setHeader("ETag", currentEtag);
    return response;
}

HttpResponse preconditionRequired()
{
    return make(HttpStatus::PreconditionRequired, QStringLiteral("precondition-required"),
                QStringLiteral("Precondition required"),
                QStringLiteral("A change needs If-Match with the ETag of the resource."));
}

HttpResponse payloadTooLarge(qint64 limitBytes)
{
    return make(HttpStatus::PayloadTooLarge, QStringLiteral("payload-too-large"),
                QStringLiteral("Request body too large"),
                QStringLiteral("A request body may have at most %1 bytes.").arg(limitBytes));
}

HttpResponse validation(const QList<FieldError> &errors)
{
    return make(HttpStatus::UnprocessableEntity, QStringLiteral("validation"),
                QStringLiteral("Validation failed"),
                errors.size() == 1 ? errors.constFirst().message
                                   : QStringLiteral("%1 fields are not valid.").arg(errors.size()),
                errors);
}

HttpResponse idempotencyKeyReused()
{
    return make(HttpStatus::UnprocessableEntity, QStringLiteral("idempotency-key-reused"),
                QStringLiteral("Idempotency key reused"),
                QStringLiteral("This Idempotency-Key was used for a different request."),
                {{QStringLiteral("Idempotency-Key"), QStringLiteral("idempotency_key_reused"),
                  QStringLiteral("This key was already used with another request body.")}});
}

HttpResponse tooManyRequests(int retryAfterSeconds)
{
    HttpResponse response
        = make(HttpStatus::TooManyRequests, QStringLiteral("rate-limited"),
               QStringLiteral("Too many requests"),
               QStringLiteral("Slow down; try again in %1 s.").arg(retryAfterSeconds));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse internalError()
{
    return make(HttpStatus::InternalServerError, QStringLiteral("internal"),
                QStringLiteral("Internal error"),
                QStringLiteral("The portal could not complete the request; nothing was changed."));
}

HttpResponse transportRefusal(HttpStatus status, const QString &detail)
{
    switch (status) {
    case HttpStatus::RequestTimeout:
        return make(status, QStringLiteral("request-timeout"), QStringLiteral("Request timeout"),
                    detail);
    case HttpStatus::PayloadTooLarge:
        return make(status, QStringLiteral("payload-too-large"),
                    QStringLiteral("Request body too large"), detail);
    case HttpStatus::RequestHeaderFieldsTooLarge:
        return make(status, QStringLiteral("headers-too-large"),
                    QStringLiteral("Request headers too large"), detail);
    case HttpStatus::NotImplemented:
        return make(status, QStringLiteral("not-implemented"), QStringLiteral("Not implemented"),
                    detail);
    case HttpStatus::HttpVersionNotSupported:
        return make(status, QStringLiteral("version-not-supported"),
                    QStringLiteral("HTTP version not supported"), detail);
    default:
        return badRequest(detail);
    }
}

HttpResponse tooManyConnections(int retryAfterSeconds)
{
    HttpResponse response = make(
        HttpStatus::TooManyRequests, QStringLiteral("rate-limited"),
        QStringLiteral("Too many connections"),
        QStringLiteral("Your address has too many connections open; close some and try again."));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse unavailable(int retryAfterSeconds)
{
    HttpResponse response
        = make(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"),
               QStringLiteral("Service unavailable"),
               QStringLiteral("The portal is busy; try again in %1 s.").arg(retryAfterSeconds));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace pac::server::problem
