#pragma once

#include "server/EmbeddedPortal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

// Test support for talking to the real reference portal over loopback with QNAM.
namespace pac::server::test {

struct Reply
{
    int status = 0; // 0: no HTTP answer (connection refused, cut, ...)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
    // The `code`s of a problem's errors[], in order.
    QStringList errorCodes() const;
    QStringList errorFields() const;
};

// Sends requests below /api/v1 and waits for each (QSignalSpy::wait, bounded).
class PortalTestClient
{
public:
    explicit PortalTestClient(const QUrl &baseUrl);

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // Signs in with password "demo" and keeps the token. Returns false when refused.
    bool signIn(const QString &username, const QString &password = QStringLiteral("demo"));

    // The payment-method actions (and invoice sending) require an Idempotency-Key, which
    // every real client sends: with this on, a POST the test gives none gets a fresh one.
    // Off by default, so that the tests of the 400 can send none.
    void setFreshIdempotencyKeys(bool on) { m_freshKeys = on; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const Headers &headers = {});
    Reply get(const QString &pathAndQuery, const Headers &headers = {});
    Reply put(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {});

    // GET /customers/{id} and its ETag.
    QByteArray etagOf(const QString &resourcePath);
    // Every customer id of the caller's listing, following next_cursor.
    QList<qint64> allCustomerIds(const QString &query = {});
    // Every item of a listing {items, next_cursor} ("/customers/7/invoices?status=paid"),
    // `limit` a page, following next_cursor; *ok (optional) false on any answer but 200.
    QJsonArray allItems(const QString &pathAndQuery, int limit = 1000, bool *ok = nullptr);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
    bool m_freshKeys = false;
};

// Starts an EmbeddedPortal and waits until it listens; returns its base URL (empty on
// failure, with the reason in *error).
QUrl startPortal(EmbeddedPortal &portal, const PortalServerOptions &options,
                 QString *error = nullptr);

// The demo options the API tests use: 120 customers, seed 7, a fixed today.
PortalServerOptions demoOptions(int customers = 120);
inline const QDate kToday(2026, 3, 15);

} // namespace pac::server::test
