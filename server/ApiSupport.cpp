#include "server/ApiSupport.h"

#include "models/JsonNumberLiterals.h"
#include "server/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace pac::server::api {

namespace {

QString typeName(JsonType type)
{
    switch (type) {
    case JsonType::String:
        return QStringLiteral("a string");
    case JsonType::Integer:
        return QStringLiteral("an integer");
    case JsonType::Boolean:
        return QStringLiteral("true or false");
    case JsonType::StringArray:
        return QStringLiteral("an array of strings");
    }
    return {};
}

bool hasType(const QJsonValue &value, JsonType type)
{
    switch (type) {
    case JsonType::String:
        return value.isString();
    case JsonType::Boolean:
        return value.isBool();
    case JsonType::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case JsonType::StringArray: {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return item.isString(); });
    }
    }
    return false;
}

// The entity tags of an If-Match / If-None-Match list: "\"3\", \"4\"" → {"\"3\"", "\"4\""}.
QList<QByteArray> entityTags(const QByteArray &header)
{
    QList<QByteArray> tags;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray tag = part.trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

} // namespace

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(space + 1).trimmed();
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = problem::badRequest(QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = problem::badRequest(QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    // Every number of the API is an integer; the parser has already turned 1e7 into
    // 10000000, so the literal is checked on the raw text.
    if (const auto literal = JsonNumberLiterals::firstNonInteger(request.body)) {
        *error = problem::badRequest(
            QStringLiteral("Numbers must be written as integers (cents, ids, versions): "
                           "“%1” at byte %2.")
                .arg(QString::fromLatin1(
                    literal->text.first(std::min<qsizetype>(literal->text.size(), 32))))
                .arg(literal->offset));
        return std::nullopt;
    }
    return document.object();
}

QList<FieldError> checkMembers(const QJsonObject &object, std::initializer_list<Member> members)
{
    QList<FieldError> errors;
    for (const Member &member : members) {
        const QJsonValue value = object.value(member.name);
        if (value.isUndefined() || value.isNull()) {
            if (member.required) {
                errors.append({member.name, errorcode::Required,
                               QStringLiteral("%1 is required.").arg(member.name)});
            }
        } else if (!hasType(value, member.type)) {
            errors.append(
                {member.name, QStringLiteral("wrong_type"),
                 QStringLiteral("%1 must be %2.").arg(member.name, typeName(member.type))});
        }
    }
    return errors;
}

HttpResponse malformedBody(const QList<FieldError> &errors)
{
    return problem::badRequest(QStringLiteral("The body does not have the expected form."), errors);
}

std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, const QByteArray &currentEtag)
{
    if (!request.hasHeader("if-match"))
        return problem::preconditionRequired();
    const QList<QByteArray> tags = entityTags(request.header("if-match"));
    if (tags.contains("*") || tags.contains(currentEtag))
        return std::nullopt;
    return problem::preconditionFailed(currentEtag);
}

bool ifNoneMatchHits(const HttpRequest &request, const QByteArray &currentEtag)
{
    if (!request.hasHeader("if-none-match"))
        return false;
    const QList<QByteArray> tags = entityTags(request.header("if-none-match"));
    // Weak comparison (RFC 9110 13.1.2): W/"3" matches "3".
    return std::any_of(tags.begin(), tags.end(), [&](const QByteArray &tag) {
        return tag == "*" || tag == currentEtag || tag == "W/" + currentEtag;
    });
}

HttpResponse notModified(const QByteArray &etag)
{
    HttpResponse response = HttpResponse::empty(HttpStatus::NotModified);
    response.setHeader("ETag", etag);
    return response;
}

HttpResponse resource(HttpStatus status, const QJsonObject &body, const QByteArray &etag)
{
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("ETag", etag);
    return response;
}

HttpResponse resource(HttpStatus status, QByteArray jsonBody, const QByteArray &etag)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(jsonBody);
    response.setHeader("ETag", etag);
    return response;
}

std::optional<int> limitParameter(const HttpRequest &request, HttpResponse *error)
{
    if (!request.hasQueryItem(QStringLiteral("limit")))
        return kDefaultLimit;
    const QString text = request.queryValue(QStringLiteral("limit"));
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (ok && limit >= 1 && limit <= kMaxLimit)
        return limit;
    const QString code = !ok ? errorcode::InvalidFormat
        : limit < 1          ? errorcode::TooLow
                             : errorcode::TooHigh;
    *error = problem::badRequest(
        QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxLimit),
        {{QStringLiteral("limit"), code,
          QStringLiteral("“%1” is not a page size from 1 to %2.").arg(text).arg(kMaxLimit)}});
    return std::nullopt;
}

std::optional<HttpResponse> rejectUnknownParameters(const HttpRequest &request,
                                                    std::initializer_list<QLatin1String> known)
{
    const auto items = request.query.queryItems();
    for (const auto &[key, value] : items) {
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            return problem::badRequest(
                QStringLiteral("Unknown query parameter “%1”.").arg(key),
                {{key, QStringLiteral("unknown_parameter"),
                  QStringLiteral("This listing has no parameter “%1”.").arg(key)}});
        }
    }
    return std::nullopt;
}

} // namespace pac::server::api
