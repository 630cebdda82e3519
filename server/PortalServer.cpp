#include "server/PortalServer.h"

#include "server/Log.h"
#include "server/PortalApi.h"
#include "server/Problem.h"

#include <QHttpServerRequest>
#include <QTcpServer>
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

PortalServer::PortalServer(PortalApi &api, const FaultSpec &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_faults(faults)
{
    keepQtHttpServerDebugOff();
}

quint16 PortalServer::listenOnLoopback(quint16 port, QString *error)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        const auto tcpServers = servers();
        if (!tcpServers.isEmpty())
            *error += QStringLiteral(": ") + tcpServers.constLast()->errorString();
    }
    return bound;
}

QByteArray PortalServer::requestIdFor(const HttpRequest &request)
{
    ++m_requestCount;
    const QByteArray sent = request.header("x-request-id");
    return isSafeRequestId(sent) ? sent : "req-" + QByteArray::number(m_requestCount, 16);
}

bool PortalServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange exchange;
    exchange.timer.start();
    exchange.request = HttpRequest::from(request);
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
        socket->abort();
        return true;
    }
    exchange.response
        = fault.kind == FaultKind::Error ? problem::unavailable(1) : m_api.handle(exchange.request);

    const QPointer<QTcpSocket> guarded(socket);
    if (fault.delayMs > 0) {
        QTimer::singleShot(fault.delayMs, Qt::PreciseTimer, this,
                           [this, guarded, exchange]() { deliver(guarded, exchange); });
    } else {
        deliver(guarded, exchange);
    }
    return true;
}

void PortalServer::deliver(const QPointer<QTcpSocket> &socket, const Exchange &exchange)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
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
        socket->write(message.left(headEnd + (message.size() - headEnd) / 2));
        socket->disconnectFromHost();
        log(exchange, "cut after handling");
        return;
    }
    socket->write(message);
    if (!keepAlive)
        socket->disconnectFromHost();
    log(exchange, "answered");
}

void PortalServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange exchange;
    exchange.timer.start();
    exchange.request = HttpRequest::from(request);
    exchange.request.requestId = requestIdFor(exchange.request);
    exchange.response = problem::notFound();
    deliver(QPointer<QTcpSocket>(socket), exchange);
}

void PortalServer::log(const Exchange &exchange, const char *outcome) const
{
    // The path only: the query may hold search text (an account number, an email).
    qCDebug(lcServer).noquote() << exchange.request.requestId << exchange.request.method
                                << exchange.request.path << int(exchange.response.status)
                                << QStringLiteral("%1 ms").arg(exchange.timer.elapsed()) << outcome;
}

} // namespace pac::server
