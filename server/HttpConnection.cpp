#include "server/HttpConnection.h"

#include "server/Problem.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace pac::server {

namespace {

// What Qt reads ahead from the kernel per connection: past it the client waits (TCP
// back-pressure), so one connection never holds more than this plus what its request may.
constexpr qint64 kReadBufferBytes = 64 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    for (QTimer *timer : {&m_requestTimer, &m_idleTimer, &m_lingerTimer})
        timer->setSingleShot(true);
    m_requestTimer.setInterval(m_limits.requestTimeoutMs);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    m_lingerTimer.setInterval(m_limits.lingerMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::requestTimedOut);
    connect(&m_idleTimer, &QTimer::timeout, this, [this]() {
        // Nothing begun, nothing owed: close quietly (a client reconnects when it needs to).
        if (!m_busy && !m_parser.hasStarted() && m_pending.isEmpty())
            m_socket->disconnectFromHost();
    });
    connect(&m_lingerTimer, &QTimer::timeout, this, [this]() {
        m_socket->abort();
        finish();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readIncoming);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this]() {
        if (m_closing && m_socket->bytesToWrite() == 0)
            shutdownWriting();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    m_idleTimer.start();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readIncoming()
{
    if (m_finished)
        return;
    if (m_closing) {
        m_socket->skip(m_socket->bytesAvailable()); // read and dropped while lingering
        return;
    }
    while (!m_busy && !m_closing && !m_finished) {
        if (m_pending.isEmpty()) {
            m_pending = m_socket->read(kReadBufferBytes);
            if (m_pending.isEmpty())
                return;
        }
        const bool started = m_parser.hasStarted();
        m_pending.remove(0, m_parser.feed(m_pending));
        if (!started && m_parser.hasStarted()) {
            m_idleTimer.stop();
            m_requestTimer.start();
        }
        if (m_parser.wantsContinue()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_parser.continueSent();
        }
        if (m_parser.state() == HttpRequestParser::State::Failed) {
            m_requestTimer.stop();
            emit refused(int(m_parser.failure()), m_parser.failureDetail());
            refuse(problem::transportRefusal(m_parser.failure(), m_parser.failureDetail())
                       .serialize({}, false));
            return;
        }
        if (m_parser.state() == HttpRequestParser::State::Complete) {
            m_requestTimer.stop();
            m_busy = true;
            HttpRequest request = m_parser.takeRequest();
            request.remoteAddress = m_socket->peerAddress();
            // The answer may come at once (respond() inside this emit: the loop goes on
            // with the next pipelined request) or later (respond() calls back in here).
            emit requestReceived(request);
        }
    }
}

void HttpConnection::respond(const QByteArray &message, bool keepAlive)
{
    if (m_finished || m_closing)
        return;
    m_socket->write(message);
    m_busy = false;
    if (!keepAlive) {
        closeGracefully();
        return;
    }
    m_idleTimer.start();
    // Bytes of the next request may be waiting already, with no readyRead to come for them.
    QMetaObject::invokeMethod(this, &HttpConnection::readIncoming, Qt::QueuedConnection);
}

void HttpConnection::refuse(const QByteArray &message)
{
    if (m_finished || m_closing)
        return;
    m_socket->write(message);
    closeGracefully();
}

void HttpConnection::abort()
{
    m_socket->abort();
    finish();
}

void HttpConnection::cutAfter(const QByteArray &partial)
{
    m_socket->write(partial);
    m_socket->disconnectFromHost();
}

void HttpConnection::requestTimedOut()
{
    if (m_busy || m_closing)
        return;
    const QString why = QStringLiteral("The request did not arrive whole within %1 ms.")
                            .arg(m_limits.requestTimeoutMs);
    emit refused(int(HttpStatus::RequestTimeout), why);
    refuse(problem::transportRefusal(HttpStatus::RequestTimeout, why).serialize({}, false));
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    m_busy = false;
    m_pending.clear();
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_lingerTimer.start();
    if (m_socket->bytesToWrite() == 0)
        shutdownWriting();
}

void HttpConnection::shutdownWriting()
{
    // Our side ends (FIN after the answer); the client's unread bytes are dropped as they
    // come, until it closes or the linger time is up, so it is not reset before it has read.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    readIncoming();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_requestTimer.stop();
    m_idleTimer.stop();
    m_lingerTimer.stop();
    emit closed();
    deleteLater();
}

} // namespace pac::server
