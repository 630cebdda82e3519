#include "PortalTestClient.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUuid>

#include <algorithm>

namespace pac::server::test {

namespace {
constexpr int kReplyTimeoutMs = 15000;
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList Reply::errorCodes() const
{
    QStringList codes;
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors)
        codes.append(e.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

QStringList Reply::errorFields() const
{
    QStringList fields;
    const QJsonArray errors = json().value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &e : errors)
        fields.append(e.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

PortalTestClient::PortalTestClient(const QUrl &baseUrl)
    : m_base(baseUrl)
{ }

bool PortalTestClient::signIn(const QString &username, const QString &password)
{
    const Reply reply
        = post(QStringLiteral("/session"),
               {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.status != 201)
        return false;
    m_token = reply.json().value(QStringLiteral("token")).toString().toLatin1();
    return !m_token.isEmpty();
}

Reply PortalTestClient::send(const QByteArray &method, const QString &pathAndQuery,
                             const QByteArray &body, const Headers &headers)
{
    QUrl url = m_base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/api/v1") + pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(kReplyTimeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *networkReply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(networkReply, &QNetworkReply::finished);
    if (!networkReply->isFinished())
        finished.wait(kReplyTimeoutMs);
    Reply reply;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.error = networkReply->error();
    reply.body = networkReply->readAll();
    reply.headers = networkReply->rawHeaderPairs();
    networkReply->deleteLater();
    return reply;
}

Reply PortalTestClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

Reply PortalTestClient::put(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply PortalTestClient::post(const QString &path, const QJsonObject &body, const Headers &headers)
{
    Headers sent = headers;
    const bool hasKey = std::any_of(sent.cbegin(), sent.cend(), [](const auto &header) {
        return header.first.compare("idempotency-key", Qt::CaseInsensitive) == 0;
    });
    if (m_freshKeys && !hasKey)
        sent.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), sent);
}

QByteArray PortalTestClient::etagOf(const QString &resourcePath)
{
    return get(resourcePath).header("ETag");
}

QList<qint64> PortalTestClient::allCustomerIds(const QString &query)
{
    QList<qint64> ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/customers?limit=50");
        if (!query.isEmpty())
            path += QLatin1Char('&') + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=")
                + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply reply = get(path);
        if (reply.status != 200)
            return ids;
        const QJsonArray items = reply.items();
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
        cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return ids;
}

QJsonArray PortalTestClient::allItems(const QString &pathAndQuery, int limit, bool *ok)
{
    QJsonArray items;
    QString cursor;
    const QChar separator = pathAndQuery.contains(QLatin1Char('?')) ? u'&' : u'?';
    for (int page = 0; page < 10'000; ++page) {
        QString path = pathAndQuery + separator + QStringLiteral("limit=%1").arg(limit);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=")
                + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Reply reply = get(path);
        if (reply.status != 200) {
            if (ok)
                *ok = false;
            return items;
        }
        for (const QJsonValue &item : reply.items())
            items.append(item);
        cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    if (ok)
        *ok = true;
    return items;
}

QUrl startPortal(EmbeddedPortal &portal, const PortalServerOptions &options, QString *error)
{
    QSignalSpy started(&portal, &EmbeddedPortal::started);
    QSignalSpy failed(&portal, &EmbeddedPortal::failed);
    portal.start(options);
    for (int i = 0; i < 60 && started.isEmpty() && failed.isEmpty(); ++i)
        started.wait(1000);
    if (!failed.isEmpty() && error)
        *error = failed.constFirst().constFirst().toString();
    return started.isEmpty() ? QUrl() : started.constFirst().constFirst().toUrl();
}

PortalServerOptions demoOptions(int customers)
{
    PortalServerOptions options;
    options.demo = true;
    options.customers = customers;
    options.seed = 7;
    options.today = kToday;
    options.passwordIterations = 1000; // sign-ins in microseconds, not a quarter second
    return options;
}

} // namespace pac::server::test
