#include "server/PortalServices.h"

#include "server/Problem.h"

namespace pac::server {

PortalServices::PortalServices(Store &store, ServerClock &clock, int sessionTtlSeconds,
                               int passwordIterations)
    : m_store(store)
    , m_clock(clock)
    , m_sessions(store, clock, sessionTtlSeconds, PasswordHasher(passwordIterations))
    , m_customers(store, clock)
    , m_audit(store)
    , m_paymentMethods(store)
    , m_creditApplications(store)
    , m_invoices(store, clock)
{ }

std::optional<CustomerRecord> PortalServices::customerFor(const Actor &actor, qint64 id,
                                                          Action action, HttpResponse *error)
{
    auto record = m_customers.find(id);
    if (!record || !Permissions::canSee(actor.viewer(), record->ownership)) {
        *error = problem::notFound();
        return std::nullopt;
    }
    if (const auto refusal = Permissions::refusal(actor.role, action)) {
        *error = problem::forbidden(*refusal);
        return std::nullopt;
    }
    return record;
}

bool PortalServices::mayAccess(const Actor &actor, qint64 customerId, Action action,
                               HttpResponse *error)
{
    const auto ownership = m_customers.ownership(customerId);
    if (!ownership || !Permissions::canSee(actor.viewer(), *ownership)) {
        *error = problem::notFound();
        return false;
    }
    if (const auto refusal = Permissions::refusal(actor.role, action)) {
        *error = problem::forbidden(*refusal);
        return false;
    }
    return true;
}

} // namespace pac::server
