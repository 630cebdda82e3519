#pragma once

#include "server/FaultInjector.h"
#include "server/HttpMessage.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

class QTcpSocket;

namespace pac::server {

class PortalApi;

// The transport: QtHttpServer 6.4 parses requests, PortalApi answers them, and this class
// writes the answers itself, which lets it inject the faults of --faults (503, a connection
// cut before or after the change, a delayed answer) and log every request. A delayed answer
// waits on a timer, never blocking the thread, and is dropped if the client left meanwhile
// (the socket is guarded with QPointer: writing to a gone client crashes 6.4).
class PortalServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    PortalServer(PortalApi &api, const FaultSpec &faults, QObject *parent = nullptr);

    // Listens on 127.0.0.1 (port 0: any free port). Returns the port, or 0 and sets *error.
    quint16 listenOnLoopback(quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Exchange
    {
        HttpRequest request;
        HttpResponse response;
        FaultKind fault = FaultKind::None;
        QElapsedTimer timer;
    };
    void deliver(const QPointer<QTcpSocket> &socket, const Exchange &exchange);
    QByteArray requestIdFor(const HttpRequest &request);
    void log(const Exchange &exchange, const char *outcome) const;

    PortalApi &m_api;
    FaultInjector m_faults;
    quint64 m_requestCount = 0;
};

} // namespace pac::server
