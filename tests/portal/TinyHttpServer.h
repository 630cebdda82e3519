#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// A purpose-built HTTP/1.1 server on 127.0.0.1 for the client's transport and security
// mechanics (redirects, retries, timeouts, TLS): it records every request it receives and
// answers what the test tells it to. It is not a stand-in for the portal API: endpoint
// behaviour is tested against the real reference portal.
class TinyHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };

    // What to do with a request: answer with raw bytes, never answer, or close the connection.
    struct Action
    {
        enum class Kind { Respond, Hang, Close };
        Kind kind = Kind::Respond;
        QByteArray bytes;
    };
    using Handler = std::function<Action(const Request &request, int index)>;

    // A response with Content-Length and the given extra header lines ("Name: value").
    static Action respond(int status, const QByteArray &body = {},
                          const QList<QByteArray> &headerLines = {});
    static Action hang() { return {Action::Kind::Hang, {}}; }
    static Action close() { return {Action::Kind::Close, {}}; }

    // With a TLS configuration (local certificate and key) it speaks HTTPS.
    explicit TinyHttpServer(std::optional<QSslConfiguration> tls = std::nullopt,
                            QObject *parent = nullptr);
    ~TinyHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl origin() const; // http(s)://127.0.0.1:PORT

    // Answers request number `index` (0-based, over all connections). Default: 200 "{}".
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }

signals:
    void requestReceived();

private:
    void acceptPending();
    void readFrom(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Request> m_requests;
    int m_connections = 0;
};
