#pragma once

#include "server/ServerOptions.h"

#include <QObject>
#include <QUrl>

#include <atomic>

class QThread;

namespace pac::server {

// The reference portal in-process, on a thread of its own, so the caller's thread (the
// console's GUI thread, agentctl's, a test's) never waits for the store, the demo dataset or
// a request. Usage:
//
//     EmbeddedPortal portal;
//     connect(&portal, &EmbeddedPortal::started, this, [](const QUrl &base) {
//         // base is http://127.0.0.1:PORT; the API is at base + "/api/v1"
//     });
//     portal.start(options); // returns at once; started() or failed() follows
//
// stop() and the destructor shut the portal down: a demo dataset still being written is
// abandoned, the server and its SQLite connection close on their thread, and the call waits
// only for that (milliseconds).
class EmbeddedPortal : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedPortal(QObject *parent = nullptr);
    ~EmbeddedPortal() override;

    // Asynchronous. Ignored (with a warning) unless stopped.
    void start(const PortalServerOptions &options);
    void stop();

    bool isRunning() const { return m_state == State::Running; }
    QUrl baseUrl() const { return m_baseUrl; } // empty unless running

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    enum class State { Stopped, Starting, Running };

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    quint64 m_generation = 0; // tells a late signal of an earlier start from the current one
};

} // namespace pac::server
