#pragma once

#include "server/HttpRequestParser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pac::server {

// One client connection: reads its requests through HttpRequestParser one at a time (a
// pipelined request waits until the one before it is answered, and while one is being
// answered nothing more is read: the socket's read buffer is bounded, so a client that
// keeps sending meets TCP back-pressure, not our memory), and times it out:
//  - requestTimeoutMs from the first byte of a request to its last → 408, closed;
//  - idleTimeoutMs with no request begun (after accepting, after an answer) → closed.
// A request the parser refuses is answered (400/413/431/501/505) and the connection closed
// gracefully: our side is shut down for writing and what the client still sends is read
// and dropped for at most lingerMs, so the client reads the answer instead of a reset.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of `socket`.
    HttpConnection(QTcpSocket *socket, const ConnectionLimits &limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    QTcpSocket *socket() const { return m_socket; }
    // The answer to the request last emitted by requestReceived(); then the next one is read.
    void respond(const QByteArray &message, bool keepAlive);
    // Sends `message` and closes (refusals made before or beside any request).
    void refuse(const QByteArray &message);
    // Cuts the connection at once, nothing more sent (fault injection).
    void abort();
    // Sends `partial` and closes short of it (fault injection: cut after the change).
    void cutAfter(const QByteArray &partial);

signals:
    void requestReceived(const pac::server::HttpRequest &request);
    // A request refused by the parser or timed out: the server logs it.
    void refused(int status, const QString &why);
    void closed(); // the socket is gone; the connection deletes itself later

private:
    void readIncoming();
    void requestTimedOut();
    void closeGracefully();
    void shutdownWriting();
    void finish();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    HttpRequestParser m_parser;
    QByteArray m_pending; // read from the socket, not yet taken by the parser
    QTimer m_requestTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    bool m_busy = false; // a request is being answered
    bool m_closing = false; // answered for the last time: only draining is left
    bool m_finished = false;
};

} // namespace pac::server
