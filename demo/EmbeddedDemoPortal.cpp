#include "demo/EmbeddedDemoPortal.h"

#include "server/EmbeddedPortal.h"

namespace pac::demo {

EmbeddedDemoPortal::EmbeddedDemoPortal(QObject *parent)
    : DemoPortal(parent)
    , m_portal(std::make_unique<server::EmbeddedPortal>())
{
    connect(m_portal.get(), &server::EmbeddedPortal::started, this, &DemoPortal::started);
    connect(m_portal.get(), &server::EmbeddedPortal::failed, this, &DemoPortal::failed);
}

EmbeddedDemoPortal::~EmbeddedDemoPortal() = default;

void EmbeddedDemoPortal::start(const DemoPortalSettings &settings)
{
    server::PortalServerOptions options;
    options.port = 0; // any free port on 127.0.0.1
    options.dbPath = settings.storePath;
    options.demo = true;
    if (settings.customers > 0)
        options.customers = settings.customers;
    m_portal->start(options);
}

bool EmbeddedDemoPortal::isRunning() const
{
    return m_portal->isRunning();
}

QUrl EmbeddedDemoPortal::baseUrl() const
{
    return m_portal->baseUrl();
}

DemoPortalFactory embeddedDemoPortals()
{
    return []() -> std::unique_ptr<DemoPortal> { return std::make_unique<EmbeddedDemoPortal>(); };
}

} // namespace pac::demo
