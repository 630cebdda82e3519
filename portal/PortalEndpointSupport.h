#pragma once

// What the endpoint files of PortalClient (PortalEndpoints*.cpp) share: building a request
// and decoding its answer. Internal to pac_portal_client.
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "portal/PortalResult.h"
#include "portal/PortalTypes.h"

#include <QJsonObject>

#include <optional>

namespace pac::endpoint {

// A BadResponse error for `response`, with a technical `detail`.
PortalError badResponse(const HttpResponse &response, const QString &detail);

// The JSON object of a 2xx body; a 304 or an undecodable body is a BadResponse.
std::optional<QJsonObject> bodyObject(const HttpResponse &response, PortalError *error);

// Decodes a 2xx JSON object body with one of the *FromJson functions.
template<typename T, typename FromJson>
PortalResult<T> decode(const HttpResponse &response, FromJson fromJson)
{
    PortalError error;
    const std::optional<QJsonObject> object = bodyObject(response, &error);
    if (!object)
        return error;
    QString badField;
    std::optional<T> value = fromJson(*object, &badField);
    if (!value)
        return badResponse(response,
                           QStringLiteral("missing or invalid member \"%1\"").arg(badField));
    return std::move(*value);
}

// Adapts a typed callback and a decoder to the raw completion of a PortalCall.
template<typename T, typename Decoder>
PortalCall::Completion deliver(PortalClient::Callback<T> done, Decoder decoder)
{
    return [done = std::move(done), decoder](const PortalResult<HttpResponse> &outcome) {
        if (!outcome.ok()) {
            done(outcome.error());
            return;
        }
        done(decoder(outcome.value()));
    };
}

// The body of a 200 application/pdf answer; anything else is a BadResponse.
PortalResult<QByteArray> decodePdf(const HttpResponse &response);

QByteArray jsonBody(const QJsonObject &object);

// A change: `method` `path` with a JSON body, If-Match and Idempotency-Key from `guard`.
PortalRequest change(QByteArray method, QString path, const QJsonObject &body,
                     const ChangeGuard &guard);

} // namespace pac::endpoint
