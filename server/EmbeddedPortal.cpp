#include "server/EmbeddedPortal.h"

#include "server/EmbeddedPortalWorker.h"
#include "server/Log.h"

#include <QThread>

namespace pac::server {

EmbeddedPortal::EmbeddedPortal(QObject *parent)
    : QObject(parent)
{ }

EmbeddedPortal::~EmbeddedPortal()
{
    stop();
}

void EmbeddedPortal::start(const PortalServerOptions &options)
{
    if (m_state != State::Stopped) {
        qCWarning(lcServer, "the embedded portal is already started");
        return;
    }
    m_state = State::Starting;
    m_cancel = false;
    const quint64 generation = ++m_generation;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("portal-server"));
    auto *worker = new EmbeddedPortalWorker(m_cancel);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &EmbeddedPortalWorker::opened, this, [this, generation](const QUrl &url) {
        if (generation != m_generation || m_state != State::Starting)
            return;
        m_state = State::Running;
        m_baseUrl = url;
        emit started(url);
    });
    connect(worker, &EmbeddedPortalWorker::openFailed, this,
            [this, generation](const QString &error) {
                if (generation != m_generation || m_state != State::Starting)
                    return;
                stop();
                emit failed(error);
            });
    m_thread->start();
    QMetaObject::invokeMethod(
        worker, [worker, options]() { worker->open(options); }, Qt::QueuedConnection);
}

void EmbeddedPortal::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_state = State::Stopped;
    m_baseUrl.clear();
    ++m_generation;
}

} // namespace pac::server
