#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace pac::server {

using HttpStatus = QHttpServerResponder::StatusCode;

// A request as HttpRequestParser read it off the connection: a value, since a delayed
// response outlives the connection's reading of it.
struct HttpRequest
{
    QByteArray method; // "GET", "PUT", ...
    QString path; // decoded path, e.g. "/api/v1/customers/7"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QHostAddress remoteAddress;
    QByteArray requestId;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    QString queryValue(const QString &key) const; // fully decoded
    bool hasQueryItem(const QString &key) const;
};

struct HttpResponse
{
    HttpStatus status = HttpStatus::Ok;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A success that changed nothing (the customer already had what was asked): not
    // remembered under its Idempotency-Key, since repeating it changes nothing either.
    bool changedNothing = false;
    // A refusal that still changed something the client must not get back by retrying (a
    // micro-deposit try used): committed, and remembered under its Idempotency-Key, like a
    // success.
    bool keepsChange = false;

    static HttpResponse json(HttpStatus status, const QJsonObject &object);
    static HttpResponse empty(HttpStatus status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive
    bool isSuccess() const { return int(status) >= 200 && int(status) < 300; }

    // The whole message as sent on the wire (HTTP/1.1, Content-Length framing).
    QByteArray serialize(const QByteArray &requestId, bool keepAlive) const;
};

} // namespace pac::server
