#pragma once

#include "portal/DemoPortal.h"

#include <memory>

namespace pac::server {
class EmbeddedPortal;
}

namespace pac::demo {

// The built-in demo portal: the reference portal (server::EmbeddedPortal) in-process on a
// thread of its own, seeded with the demo dataset on first start.
class EmbeddedDemoPortal : public DemoPortal
{
    Q_OBJECT

public:
    explicit EmbeddedDemoPortal(QObject *parent = nullptr);
    ~EmbeddedDemoPortal() override;

    void start(const DemoPortalSettings &settings) override;
    bool isRunning() const override;
    QUrl baseUrl() const override;

private:
    std::unique_ptr<server::EmbeddedPortal> m_portal;
};

// What app/ hands to the console and agentctl.
DemoPortalFactory embeddedDemoPortals();

} // namespace pac::demo
