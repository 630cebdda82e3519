#include "LivePortal.h"

#include <QSignalSpy>

using namespace pac;
using std::chrono::milliseconds;

server::PortalServerOptions LivePortal::options(int customers, const QString &faults)
{
    server::PortalServerOptions options;
    options.demo = true;
    options.customers = customers;
    options.seed = 7;
    options.today = Today;
    options.rateLimit = 0;
    options.faults = faults;
    return options;
}

bool LivePortal::start(const server::PortalServerOptions &options, QString *error)
{
    QSignalSpy started(&m_portal, &server::EmbeddedPortal::started);
    QSignalSpy failed(&m_portal, &server::EmbeddedPortal::failed);
    m_portal.start(options);
    const bool answered
        = QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, WaitMs);
    if (!answered || started.isEmpty()) {
        *error = failed.isEmpty() ? QStringLiteral("the portal did not start in time")
                                  : failed.constFirst().constFirst().toString();
        return false;
    }
    m_origin = started.constFirst().constFirst().toUrl();
    return true;
}

std::unique_ptr<PortalClient> LivePortal::client()
{
    auto client = std::make_unique<PortalClient>(&m_network);
    client->setOrigin(m_origin);
    RetryPolicy policy;
    policy.baseDelay = milliseconds(5);
    policy.maxDelay = milliseconds(50);
    policy.maxRetryAfter = milliseconds(50);
    client->setRetryPolicy(policy);
    client->setTransferTimeout(milliseconds(10'000));
    return client;
}

std::unique_ptr<PortalClient> LivePortal::signedIn(const QString &username, PortalSession *session)
{
    auto c = client();
    const auto result = await<PortalSession>([&](QObject *context, auto done) {
        return c->signIn(username, QStringLiteral("demo"), context, done);
    });
    if (!result.ok())
        return nullptr;
    if (session)
        *session = result.value();
    return c;
}
