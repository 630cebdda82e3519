#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>

namespace pac::server::test {

namespace {
constexpr qint64 kMaxQueuedBytes = 256 * 1024;
}

RawHttpClient::RawHttpClient(quint16 port)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                     [this]() { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::bytesWritten, &m_socket, [this](qint64 written) {
        m_bytesSent += written;
        fill();
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(5000);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

void RawHttpClient::pump(std::function<QByteArray()> next)
{
    m_next = std::move(next);
    fill();
}

void RawHttpClient::fill()
{
    while (m_next && m_received.isEmpty() && isConnected()
           && m_socket.bytesToWrite() < kMaxQueuedBytes) {
        const QByteArray bytes = m_next();
        if (bytes.isEmpty()) {
            m_next = nullptr;
            return;
        }
        m_socket.write(bytes);
    }
}

bool RawHttpClient::waitForAnswer(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_received.contains("\r\n\r\n") && !isClosed() && !deadline.hasExpired()) {
        QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
        spy.wait(int(std::max<qint64>(1, std::min<qint64>(100, deadline.remainingTime()))));
    }
    return m_received.contains("\r\n\r\n");
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!isClosed() && !deadline.hasExpired()) {
        QSignalSpy spy(&m_socket, &QTcpSocket::disconnected);
        spy.wait(int(std::max<qint64>(1, std::min<qint64>(100, deadline.remainingTime()))));
    }
    return isClosed();
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace pac::server::test
