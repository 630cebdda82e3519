#pragma once

#include "models/FieldError.h"
#include "server/HttpMessage.h"

#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace pac::server::api {

// The token of "Authorization: Bearer <token>"; empty when there is none.
QByteArray bearerToken(const HttpRequest &request);

// Request bodies: a JSON object, members of the expected JSON types. Anything else is the
// client's mistake in form (400), as opposed to a well-formed request the rules refuse (422).
std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *error);

enum class JsonType { String, Integer, Boolean, StringArray };
struct Member
{
    QLatin1String name;
    JsonType type;
    bool required = true;
};
// Errors for missing required members (code "required") and members of another type
// (code "wrong_type"); a present `null` counts as missing.
QList<FieldError> checkMembers(const QJsonObject &object, std::initializer_list<Member> members);
HttpResponse malformedBody(const QList<FieldError> &errors);

// Preconditions of a change: no If-Match → 428; one that names neither the current ETag nor
// "*" → 412 carrying the current ETag. nullopt: go ahead.
std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, const QByteArray &currentEtag);
// Whether If-None-Match names the current ETag (then a GET answers 304).
bool ifNoneMatchHits(const HttpRequest &request, const QByteArray &currentEtag);
HttpResponse notModified(const QByteArray &etag);

// A JSON resource with its ETag; `jsonBody` is the text of one already written
// (models/CustomerJsonWriter.h).
HttpResponse resource(HttpStatus status, const QJsonObject &body, const QByteArray &etag);
HttpResponse resource(HttpStatus status, QByteArray jsonBody, const QByteArray &etag);

// `limit` of a listing: default 100, 1–1000; other values → 400 naming the field.
inline constexpr int kDefaultLimit = 100;
inline constexpr int kMaxLimit = 1000;
std::optional<int> limitParameter(const HttpRequest &request, HttpResponse *error);

// The parameters a listing accepts; any other → 400, so a typo is not silently ignored.
std::optional<HttpResponse> rejectUnknownParameters(const HttpRequest &request,
                                                    std::initializer_list<QLatin1String> known);

} // namespace pac::server::api
