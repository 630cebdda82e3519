#include "server/PortalServer.h"

#include "server/HttpConnection.h"
#include "server/Log.h"
#include "server/PortalApi.h"
#include "server/Problem.h"

#include <QTcpSocket>
#include <QTimer>

namespace pac::server {

namespace {

constexpr int kMaxRequestIdLength = 128;

bool isSafeRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > kMaxRequestIdLength)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.' || c == ':';
    });
}

} // namespace

PortalServer::PortalServer(PortalApi &api, const FaultSpec &faults, const ConnectionLimits &limits,
                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_faults(faults)
    , m_limits(limits)
{
    // Accepted at once, so the pending queue of QTcpServer never fills while we refuse.
    m_tcp.setMaxPendingConnections(limits.maxConnections);
    connect(&m_tcp, &QTcpServer::newConnection, this, &PortalServer::acceptConnections);
}

PortalServer::~PortalServer()
{
    m_tcp.close();
    // The connections are children; deleting them now keeps their closed() from reaching
    // a half-destroyed server.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

quint16 PortalServer::listenOnLoopback(quint16 port, QString *error)
{
    if (!m_tcp.listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(m_tcp.errorString());
        return 0;
    }
    return m_tcp.serverPort();
}

void PortalServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        const QHostAddress address = socket->peerAddress();
        if (m_connectionCount >= m_limits.maxConnections
            || m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
            // Turned away with an answer it can read, and without holding the slot: the
            // socket is closed as soon as the answer is out (or aborted if it never is).
            qCInfo(lcServer) << "too many connections; one from" << address.toString()
                             << "turned away";
            socket->setParent(this);
            socket->write(problem::tooManyConnections(1).serialize({}, false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(m_limits.lingerMs, socket, [socket]() {
                socket->abort();
                socket->deleteLater();
            });
            continue;
        }
        ++m_connectionCount;
        ++m_perAddress[address];
        auto *connection = new HttpConnection(socket, m_limits, this);
        connect(
            connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { handleRequest(connection, request); });
        connect(connection, &HttpConnection::refused, this, [](int status, const QString &why) {
            qCInfo(lcServer).noquote() << "refused before the API:" << status << why;
        });
        connect(connection, &HttpConnection::closed, this, [this, address]() {
            --m_connectionCount;
            if (--m_perAddress[address] <= 0)
                m_perAddress.remove(address);
        });
    }
}

QByteArray PortalServer::requestIdFor(const HttpRequest &request)
{
    ++m_requestCount;
    const QByteArray sent = request.header("x-request-id");
    return isSafeRequestId(sent) ? sent : "req-" + QByteArray::number(m_requestCount, 16);
}

void PortalServer::handleRequest(HttpConnection *connection, const HttpRequest &request)
{
    Exchange exchange;
    exchange.timer.start();
    exchange.request = request;
    exchange.request.requestId = requestIdFor(exchange.request);

    FaultDecision fault;
    if (m_faults.isActive()
        && !FaultInjector::isExempt(exchange.request.method,
                                    PortalApi::apiPath(exchange.request.path))) {
        fault = m_faults.next();
    }
    exchange.fault = fault.kind;
    if (fault.kind == FaultKind::DropBeforeEffect) {
        // As if the request never arrived: nothing was done, nothing is answered.
        log(exchange, "dropped before handling");
        connection->abort();
        return;
    }
    const QPointer<HttpConnection> guarded(connection);
    const QPointer<PortalServer> self(this);
    const int delayMs = fault.delayMs;
    auto answer = [self, guarded, exchange, delayMs](const HttpResponse &response) mutable {
        if (!self)
            return;
        exchange.response = response;
        if (delayMs > 0) {
            QTimer::singleShot(delayMs, Qt::PreciseTimer, self.data(),
                               [self, guarded, exchange]() { self->deliver(guarded, exchange); });
        } else {
            self->deliver(guarded, exchange);
        }
    };
    if (fault.kind == FaultKind::Error)
        answer(problem::unavailable(1));
    else
        m_api.handle(exchange.request, answer); // a sign-in answers later, off a worker
}

void PortalServer::deliver(const QPointer<HttpConnection> &connection, const Exchange &exchange)
{
    if (!connection || connection->socket()->state() != QAbstractSocket::ConnectedState) {
        log(exchange, "client gone");
        return;
    }
    const bool keepAlive
        = exchange.request.keepAlive && exchange.fault != FaultKind::DropAfterEffect;
    const QByteArray message = exchange.response.serialize(exchange.request.requestId, keepAlive);
    if (exchange.fault == FaultKind::DropAfterEffect) {
        // The change is done; the client gets the head and part of the body, then the
        // connection ends, short of the Content-Length it was promised.
        const qsizetype headEnd = message.indexOf("\r\n\r\n") + 4;
        connection->cutAfter(message.left(headEnd + (message.size() - headEnd) / 2));
        log(exchange, "cut after handling");
        return;
    }
    connection->respond(message, keepAlive);
    log(exchange, "answered");
}

void PortalServer::log(const Exchange &exchange, const char *outcome) const
{
    // The path only: the query may hold search text (an account number, an email).
    qCDebug(lcServer).noquote() << exchange.request.requestId << exchange.request.method
                                << exchange.request.path << int(exchange.response.status)
                                << QStringLiteral("%1 ms").arg(exchange.timer.elapsed()) << outcome;
}

} // namespace pac::server
