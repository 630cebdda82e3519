#include "server/PortalHost.h"

#include "server/DemoSeeder.h"
#include "server/FaultInjector.h"
#include "server/Log.h"
#include "server/PortalApi.h"
#include "server/PortalServer.h"

namespace pac::server {

PortalHost::PortalHost(const PortalServerOptions &options)
    : m_options(options)
    , m_clock(options.today)
{
    if (options.monotonicClock)
        m_clock.setMonotonicSource(options.monotonicClock);
    if (options.wallClockOffset)
        m_clock.setWallOffsetSource(options.wallClockOffset);
}

PortalHost::~PortalHost()
{
    // The server goes first: it holds references into the API, the API into the store.
    m_server.reset();
    m_api.reset();
    m_store.close();
}

bool PortalHost::start(QString *error, const std::atomic_bool *cancel)
{
    const auto faults = FaultSpec::parse(m_options.faults, error);
    if (!faults)
        return false;
    if (!m_store.open(m_options.dbPath, error))
        return false;
    if (m_options.demo && m_store.isEmpty()) {
        DemoSeeder seeder(m_store, m_clock.now(), m_options.passwordIterations);
        seeder.setMonthsOfInvoices(m_options.demoMonthsOfInvoices);
        if (!seeder.seed(m_options.customers, m_options.seed, error, cancel))
            return false;
    } else if (m_options.demo) {
        qCInfo(lcServer, "the store has data already; --demo seeds only an empty store");
    }
    PortalApiOptions apiOptions;
    apiOptions.rateLimit = m_options.rateLimit;
    apiOptions.rateBurst = 2 * m_options.rateLimit;
    apiOptions.sessionTtlSeconds = m_options.sessionTtlSeconds;
    apiOptions.passwordIterations = m_options.passwordIterations;
    m_api = std::make_unique<PortalApi>(m_store, m_clock, apiOptions);
    m_server = std::make_unique<PortalServer>(*m_api, *faults, m_options.connections);
    m_port = m_server->listenOnLoopback(m_options.port, error);
    if (faults->isActive())
        qCInfo(lcServer) << "injecting faults:" << m_options.faults;
    return m_port != 0;
}

QUrl PortalHost::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace pac::server
