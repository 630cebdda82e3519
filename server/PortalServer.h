#pragma once

#include "server/FaultInjector.h"
#include "server/HttpMessage.h"
#include "server/ServerOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

namespace pac::server {

class HttpConnection;
class PortalApi;

// The transport: accepts connections on 127.0.0.1, reads requests through HttpConnection
// (which bounds what a client may send and how long it may take: ConnectionLimits), has
// PortalApi answer them and writes the answers, which lets it inject the faults of --faults
// (503, a connection cut before or after the change, a delayed answer) and log every
// request. Our own reader replaces QtHttpServer's, which 6.4 lets buffer any body and any
// number of headers before we see them. A delayed answer waits on a timer, never blocking
// the thread, and is dropped if the client left meanwhile (QPointer to the connection).
class PortalServer : public QObject
{
    Q_OBJECT

public:
    PortalServer(PortalApi &api, const FaultSpec &faults, const ConnectionLimits &limits = {},
                 QObject *parent = nullptr);
    ~PortalServer() override;

    // Listens on 127.0.0.1 (port 0: any free port). Returns the port, or 0 and sets *error.
    quint16 listenOnLoopback(quint16 port, QString *error);
    int connectionCount() const { return m_connectionCount; }

private:
    struct Exchange
    {
        HttpRequest request;
        HttpResponse response;
        FaultKind fault = FaultKind::None;
        QElapsedTimer timer;
    };
    void acceptConnections();
    void handleRequest(HttpConnection *connection, const HttpRequest &request);
    void deliver(const QPointer<HttpConnection> &connection, const Exchange &exchange);
    QByteArray requestIdFor(const HttpRequest &request);
    void log(const Exchange &exchange, const char *outcome) const;

    PortalApi &m_api;
    FaultInjector m_faults;
    ConnectionLimits m_limits;
    QTcpServer m_tcp;
    QHash<QHostAddress, int> m_perAddress;
    int m_connectionCount = 0;
    quint64 m_requestCount = 0;
};

} // namespace pac::server
