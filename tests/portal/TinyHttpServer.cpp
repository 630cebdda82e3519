#include "TinyHttpServer.h"

#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray TinyHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TinyHttpServer::Action TinyHttpServer::respond(int status, const QByteArray &body,
                                               const QList<QByteArray> &headerLines)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    bool hasType = false;
    for (const QByteArray &line : headerLines) {
        bytes += line + "\r\n";
        hasType = hasType || line.toLower().startsWith("content-type:");
    }
    if (!hasType && !body.isEmpty())
        bytes += "Content-Type: application/json\r\n";
    return {Action::Kind::Respond, bytes + "\r\n" + body};
}

TinyHttpServer::TinyHttpServer(std::optional<QSslConfiguration> tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls.has_value())
    , m_handler([](const Request &, int) { return respond(200, "{}"); })
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TinyHttpServer::acceptPending);
}

TinyHttpServer::~TinyHttpServer() = default;

bool TinyHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TinyHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TinyHttpServer::origin() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void TinyHttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readFrom(socket);
    }
}

void TinyHttpServer::readFrom(QTcpSocket *socket)
{
    // Requests may arrive in pieces and several on one kept-alive connection; the unparsed
    // rest stays in the socket's property.
    QByteArray buffer = socket->property("pending").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);

        const int index = int(m_requests.size());
        m_requests.append(request);
        const Action action = m_handler(request, index);
        emit requestReceived();
        if (action.kind == Action::Kind::Close) {
            socket->abort();
            return;
        }
        if (action.kind == Action::Kind::Respond)
            socket->write(action.bytes);
    }
    socket->setProperty("pending", buffer);
}
