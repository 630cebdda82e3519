#include "server/EmbeddedPortalWorker.h"

#include "server/PortalHost.h"

namespace pac::server {

EmbeddedPortalWorker::EmbeddedPortalWorker(const std::atomic_bool &cancel)
    : m_cancel(cancel)
{ }

EmbeddedPortalWorker::~EmbeddedPortalWorker() = default;

void EmbeddedPortalWorker::open(const PortalServerOptions &options)
{
    m_host = std::make_unique<PortalHost>(options);
    QString error;
    if (!m_host->start(&error, &m_cancel)) {
        m_host.reset();
        emit openFailed(error);
        return;
    }
    emit opened(m_host->baseUrl());
}

} // namespace pac::server
