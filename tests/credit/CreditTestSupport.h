#pragma once

#include "models/CreditApplication.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "server/EmbeddedPortal.h"
#include "storage/LocalCache.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Shared by the credit tests that run against the real reference portal (server/), in
// process on 127.0.0.1 with a small deterministic demo dataset: one console's collaborators
// (PortalClient, LocalCache, SyncEngine, CustomerEditService) signed in as a demo user.
namespace pac::test {

inline constexpr int kWaitMs = 30'000;
inline const QDate kToday {2026, 3, 15};

class TestPortal
{
public:
    // Starts the demo portal and waits for it (false with the reason in *error).
    bool start(int customers, QString *error)
    {
        server::PortalServerOptions options;
        options.demo = true;
        options.customers = customers;
        options.seed = 7;
        options.today = kToday;
        options.rateLimit = 0;
        QSignalSpy started(&m_portal, &server::EmbeddedPortal::started);
        QSignalSpy failed(&m_portal, &server::EmbeddedPortal::failed);
        m_portal.start(options);
        if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, kWaitMs)
            || started.isEmpty()) {
            *error = failed.isEmpty() ? QStringLiteral("the portal did not start in time")
                                      : failed.constFirst().constFirst().toString();
            return false;
        }
        m_origin = started.constFirst().constFirst().toUrl();
        return true;
    }
    QUrl origin() const { return m_origin; }

private:
    server::EmbeddedPortal m_portal;
    QUrl m_origin;
};

// One signed-in console (or agentctl) of a demo user, on its own cache file.
class TestSession
{
public:
    TestSession(QNetworkAccessManager &network, const QUrl &origin, const QString &cachePath)
        : m_origin(origin)
        , m_client(&network)
    {
        m_client.setOrigin(origin);
        RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelay = std::chrono::milliseconds(5);
        fast.maxDelay = std::chrono::milliseconds(20);
        fast.maxRetryAfter = std::chrono::milliseconds(20);
        m_client.setRetryPolicy(fast);
        m_client.setTransferTimeout(std::chrono::seconds(10));
        auto opened = LocalCache::open(cachePath);
        if (opened)
            m_cache = std::move(opened).value();
        else
            qWarning() << "cache not opened:" << opened.error().message;
    }

    // Signs in (password "demo"), binds the cache and syncs in full. False on any failure.
    bool signIn(const QString &user)
    {
        if (!m_cache)
            return false;
        std::optional<PortalResult<PortalSession>> result;
        QObject context;
        m_client.signIn(user, QStringLiteral("demo"), &context,
                        [&](const PortalResult<PortalSession> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) || !result->ok())
            return false;
        m_session = result->value();
        // Every sync fetches the complete list of credit applications (the console's engine
        // does that only every few minutes, and follows decisions in between).
        SyncOptions options;
        options.creditApplicationsInterval = std::chrono::milliseconds(0);
        m_engine = std::make_unique<SyncEngine>(m_client, *m_cache, options);
        if (!m_engine->setSession(m_session, m_origin))
            return false;
        m_edits = std::make_unique<CustomerEditService>(*m_cache, m_client, m_engine.get());
        return sync();
    }

    // Runs a sync (push, pull, credit applications) to its end; false if it failed.
    //
    // Works around a race of SyncEngine (reported to the sync engineer): when the cache
    // writer's `finished` reaches the engine before the puller's `allReceived`, the run
    // never ends. Such a run is cancelled and the sync asked for once more.
    bool sync()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::syncFinished);
        QSignalSpy failed(m_engine.get(), &SyncEngine::syncFailed);
        m_engine->sync();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, kWaitMs)) {
            qWarning() << "sync did not end, phase" << int(m_engine->phase());
            return false;
        }
        if (!failed.isEmpty())
            qWarning() << "sync failed:"
                       << failed.constFirst().constFirst().value<SyncFailure>().message();
        return !finished.isEmpty();
    }

    // Waits until the outbox is empty (every edit applied); false on timeout.
    bool outboxDrained()
    {
        return QTest::qWaitFor(
            [&] {
                const auto counts = m_cache->outbox().counts();
                return counts && counts->total() == 0 && !m_engine->isBusy();
            },
            kWaitMs);
    }

    // The first customer of the cache that `accept` takes.
    std::optional<Customer> customer(const std::function<bool(const Customer &)> &accept) const
    {
        std::optional<Customer> found;
        const StorageStatus read
            = m_cache->customers().forEachCustomer([&](const CachedCustomer &c) {
                  if (accept(c.shown()))
                      found = c.shown();
                  return !found;
              });
        return read ? found : std::nullopt;
    }
    std::optional<Customer> customer(qint64 id) const
    {
        const auto found = m_cache->customers().find(id);
        return found && found->has_value() ? std::optional((*found)->shown()) : std::nullopt;
    }

    PortalClient &client() { return m_client; }
    LocalCache &cache() { return *m_cache; }
    SyncEngine &engine() { return *m_engine; }
    CustomerEditService &edits() { return *m_edits; }
    const PortalSession &session() const { return m_session; }
    Role role() const { return m_session.user.role; }

private:
    QUrl m_origin;
    PortalClient m_client;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<CustomerEditService> m_edits;
    PortalSession m_session;
};

// A complete, valid application for `customer`: two trade references, a requested limit of
// the customer's limit plus `increaseCents`.
inline CreditApplication applicationFor(const Customer &customer, qint64 increaseCents = 250000)
{
    CreditApplication a;
    a.customerId = customer.id;
    a.legalName = customer.name + QStringLiteral(" Holdings LLC");
    a.ein = QStringLiteral("12-3456789");
    a.entityType = EntityType::Llc;
    a.yearsInBusiness = 7;
    a.billingAddress = {QStringLiteral("1 Main St"), QString(), QStringLiteral("Boston"),
                        QStringLiteral("MA"), QStringLiteral("02139")};
    a.apContact = {QStringLiteral("Pat Payable"), QStringLiteral("ap@acme.example"),
                   QStringLiteral("(617) 555-0100")};
    a.bankReference = {QStringLiteral("First Bank"), QStringLiteral("Olive Officer"),
                       QStringLiteral("617-555-0101")};
    a.tradeReferences = {{QStringLiteral("Trunk Supply Co"), QStringLiteral("Tom Trade"),
                          QStringLiteral("212-555-0102"), QStringLiteral("tom@trunk.example")},
                         {QStringLiteral("Wire Works"), QStringLiteral("Wanda Wire"),
                          QStringLiteral("212-555-0103"), QStringLiteral("wanda@wire.example")}};
    a.requestedLimitCents = customer.creditLimitCents + increaseCents;
    a.expectedMonthlySpendCents = 120000;
    a.signerName = QStringLiteral("Ann Example");
    a.signerTitle = QStringLiteral("CFO");
    a.typedSignature = QStringLiteral("Ann Example");
    a.signedOn = kToday;
    a.consent = true;
    return a;
}

} // namespace pac::test
