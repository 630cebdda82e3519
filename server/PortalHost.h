#pragma once

#include "server/ServerClock.h"
#include "server/ServerOptions.h"
#include "server/Store.h"

#include <QUrl>

#include <atomic>
#include <memory>

namespace pac::server {

class PortalApi;
class PortalServer;

// Everything one running portal consists of, built from PortalServerOptions on the calling
// thread: the store (opened and migrated), the demo dataset (only into an empty store), the
// API and the listening server. portal-server runs it on its main thread, EmbeddedPortal on
// a thread of its own.
class PortalHost
{
public:
    explicit PortalHost(const PortalServerOptions &options);
    ~PortalHost();
    PortalHost(const PortalHost &) = delete;
    PortalHost &operator=(const PortalHost &) = delete;

    // Returns false and sets *error if the store, the dataset or the port fails. Seeding
    // checks *cancel now and then and gives up when it turns true.
    bool start(QString *error, const std::atomic_bool *cancel = nullptr);

    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT — clients append /api/v1.
    QUrl baseUrl() const;

private:
    PortalServerOptions m_options;
    ServerClock m_clock;
    Store m_store;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PortalServer> m_server;
    quint16 m_port = 0;
};

} // namespace pac::server
