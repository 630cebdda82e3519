#pragma once

#include "server/ServerOptions.h"

#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

namespace pac::server {

class PortalHost;

// Lives on EmbeddedPortal's thread and owns the portal there, so the server, its sockets and
// its SQLite connection are created, used and destroyed on that one thread.
class EmbeddedPortalWorker : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedPortalWorker(const std::atomic_bool &cancel);
    ~EmbeddedPortalWorker() override;

    void open(const PortalServerOptions &options);

signals:
    void opened(const QUrl &baseUrl);
    void openFailed(const QString &error);

private:
    const std::atomic_bool &m_cancel;
    std::unique_ptr<PortalHost> m_host;
};

} // namespace pac::server
