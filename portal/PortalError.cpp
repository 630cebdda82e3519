#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pac {

namespace {

using Kind = PortalError::Kind;

Kind kindOfStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 412:
        return Kind::PreconditionFailed;
    case 413:
        return Kind::PayloadTooLarge;
    case 422:
        return Kind::Validation;
    case 428:
        return Kind::PreconditionRequired;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return Kind::Server;
    if (status >= 400 && status <= 499)
        return Kind::BadRequest;
    // 1xx, an unexpected 2xx/3xx or nonsense: the client cannot use it.
    return Kind::BadResponse;
}

bool isProblemJson(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/problem+json" || mime == "application/json";
}

} // namespace

bool PortalError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString PortalError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::PreconditionFailed:
        return QStringLiteral("precondition_failed");
    case Kind::PreconditionRequired:
        return QStringLiteral("precondition_required");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::IdempotencyMismatch:
        return QStringLiteral("idempotency_mismatch");
    case Kind::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString PortalError::message() const
{
    switch (kind) {
    case Kind::Network:
        return tr("The portal cannot be reached. Check the network connection; changes are kept "
                  "and sent later.");
    case Kind::Timeout:
        return tr("The portal did not answer in time. Changes are kept and sent later.");
    case Kind::Tls:
        return tr("The portal's certificate is not trusted, so the connection was refused: %1")
            .arg(tlsErrors.join(QStringLiteral("; ")));
    case Kind::InsecureUrl:
        return tr("The portal address must start with https:// (plain http is only allowed "
                  "for this computer).");
    case Kind::RedirectRefused:
        return tr("The portal redirected the request to another address; it was not followed "
                  "so that your sign-in stays with the portal.");
    case Kind::BadRequest:
        return tr("The portal refused the request (HTTP %1): %2").arg(httpStatus).arg(detail);
    case Kind::Unauthorized:
        return tr("You are not signed in, or your session has expired. Please sign in again.");
    case Kind::Forbidden:
        return tr("Your role is not allowed to do this.");
    case Kind::NotFound:
        return tr("This item does not exist or is not visible to you.");
    case Kind::PreconditionFailed:
        return tr("Someone else changed this item in the meantime. Review their version and "
                  "your change.");
    case Kind::PreconditionRequired:
        return tr("The change was sent without the version it is based on, so the portal "
                  "refused it.");
    case Kind::Validation: {
        QStringList lines {tr("The portal refused the change:")};
        for (const FieldError &error : fieldErrors)
            lines.append(error.message.isEmpty() ? error.field + u": " + error.code
                                                 : error.message);
        if (fieldErrors.isEmpty() && !detail.isEmpty())
            lines.append(detail);
        return lines.join(u'\n');
    }
    case Kind::IdempotencyMismatch:
        return tr("The portal already received a different change under the same key; this "
                  "change was not applied.");
    case Kind::PayloadTooLarge:
        return tr("The change is too large for the portal.");
    case Kind::RateLimited:
        return tr("The portal is busy with too many requests. It will be tried again shortly.");
    case Kind::Server:
        return tr("The portal had a problem (HTTP %1). It will be tried again later.")
            .arg(httpStatus);
    case Kind::BadResponse:
        return tr("The portal sent an answer this console does not understand.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

PortalError PortalError::make(Kind kind, QString detail)
{
    PortalError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

PortalError PortalError::fromResponse(const HttpResponse &response)
{
    PortalError error;
    error.httpStatus = response.status;
    error.kind = kindOfStatus(response.status);
    if (error.kind == Kind::PreconditionFailed)
        error.currentEtag = response.header("ETag");

    if (!isProblemJson(response.header("Content-Type")))
        return error;
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    error.problemType = problem.value(QLatin1String("type")).toString();
    error.title = problem.value(QLatin1String("title")).toString();
    error.detail = problem.value(QLatin1String("detail")).toString();
    error.fieldErrors = fieldErrorsFromJson(problem.value(QLatin1String("errors")).toArray());
    if (const QJsonValue tries = problem.value(QLatin1String("tries_left")); tries.isDouble())
        error.triesLeft = tries.toInt();
    if (error.kind == Kind::Validation
        && error.problemType.contains(QLatin1String("idempotency"), Qt::CaseInsensitive)) {
        error.kind = Kind::IdempotencyMismatch;
    }
    return error;
}

} // namespace pac
