#pragma once

#include <QByteArray>
#include <QTcpSocket>

#include <functional>

// A bare TCP client for the transport probes: sends exactly the bytes a test gives (slow,
// malformed, endless) and keeps everything the portal answers. Waits are bounded.
namespace pac::server::test {

class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    QTcpSocket &socket() { return m_socket; }
    const QByteArray &received() const { return m_received; }
    QByteArray statusLine() const { return m_received.left(m_received.indexOf("\r\n")); }
    qint64 bytesSent() const { return m_bytesSent; }

    void send(const QByteArray &bytes);
    // Keeps writing what `next` gives (empty: done) while the socket takes it, a few
    // hundred KiB queued at most, until the portal answers or closes.
    void pump(std::function<QByteArray()> next);
    // Waits (bounded) until an answer's head is in or the connection is closed.
    bool waitForAnswer(int timeoutMs = 5000);
    bool waitForClose(int timeoutMs = 5000);

private:
    void fill();

    QTcpSocket m_socket;
    QByteArray m_received;
    qint64 m_bytesSent = 0;
    std::function<QByteArray()> m_next;
};

// The resident memory of this process in KiB (VmRSS), for the memory probes.
qint64 residentKiB();

} // namespace pac::server::test
