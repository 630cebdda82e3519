#include "portal/PortalEndpointSupport.h"

#include <QJsonDocument>

namespace pac::endpoint {

PortalError badResponse(const HttpResponse &response, const QString &detail)
{
    PortalError error = PortalError::make(PortalError::Kind::BadResponse, detail);
    error.httpStatus = response.status;
    error.requestId = response.requestId;
    return error;
}

std::optional<QJsonObject> bodyObject(const HttpResponse &response, PortalError *error)
{
    if (response.status < 200 || response.status > 299) {
        *error = badResponse(response,
                             QStringLiteral("unexpected HTTP status %1").arg(response.status));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject()) {
        *error = badResponse(response,
                             parseError.error != QJsonParseError::NoError
                                 ? QStringLiteral("invalid JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString())
                                 : QStringLiteral("the body is not a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

PortalResult<QByteArray> decodePdf(const HttpResponse &response)
{
    if (response.status != 200 || !response.body.startsWith("%PDF-"))
        return badResponse(response, QStringLiteral("not a PDF"));
    return response.body;
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

PortalRequest change(QByteArray method, QString path, const QJsonObject &body,
                     const ChangeGuard &guard)
{
    PortalRequest request;
    request.method = std::move(method);
    request.path = std::move(path);
    request.body = jsonBody(body);
    request.ifMatch = guard.ifMatch;
    request.idempotencyKey = guard.idempotencyKey;
    return request;
}

} // namespace pac::endpoint
