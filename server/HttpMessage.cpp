#include "server/HttpMessage.h"

#include <QJsonDocument>
#include <QMetaEnum>

namespace pac::server {

namespace {

QByteArray reasonPhrase(HttpStatus status)
{
    // "PreconditionFailed" -> "Precondition Failed": the enum names are the standard phrases.
    if (status == HttpStatus::Ok)
        return "OK";
    const char *key = QMetaEnum::fromType<HttpStatus>().valueToKey(int(status));
    if (!key)
        return "Status";
    QByteArray phrase;
    for (const char *c = key; *c; ++c) {
        if (c != key && *c >= 'A' && *c <= 'Z')
            phrase += ' ';
        phrase += *c;
    }
    return phrase;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::hasQueryItem(const QString &key) const
{
    return query.hasQueryItem(key);
}

HttpResponse HttpResponse::json(HttpStatus status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::empty(HttpStatus status)
{
    HttpResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponse::serialize(const QByteArray &requestId, bool keepAlive) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(int(status)) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    // 304 carries no body and, per RFC 9110, no Content-Length of a body it does not send.
    if (status != HttpStatus::NotModified)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!requestId.isEmpty())
        out += "X-Request-Id: " + requestId + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (status != HttpStatus::NotModified)
        out += body;
    return out;
}

} // namespace pac::server
