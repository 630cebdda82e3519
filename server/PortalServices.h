#pragma once

#include "models/Permissions.h"
#include "server/Actor.h"
#include "server/AuditLog.h"
#include "server/CreditApplicationStore.h"
#include "server/CustomerRepository.h"
#include "server/HttpMessage.h"
#include "server/InvoiceStore.h"
#include "server/PaymentMethodStore.h"
#include "server/ServerClock.h"
#include "server/SessionStore.h"

namespace pac::server {

class Store;

// The collaborators the endpoint handlers share; all live on the server's thread and use
// its one store connection.
class PortalServices
{
public:
    PortalServices(Store &store, ServerClock &clock, int sessionTtlSeconds,
                   int passwordIterations = PasswordHasher::kDefaultIterations);

    Store &store() { return m_store; }
    ServerClock &clock() { return m_clock; }
    SessionStore &sessions() { return m_sessions; }
    CustomerRepository &customers() { return m_customers; }
    AuditLog &audit() { return m_audit; }
    PaymentMethodStore &paymentMethods() { return m_paymentMethods; }
    CreditApplicationStore &creditApplications() { return m_creditApplications; }
    InvoiceStore &invoices() { return m_invoices; }

    // The customer `id` if `actor` may see it and take `action` on it; otherwise sets *error
    // to 404 (missing or invisible: existence is not revealed) or 403 (role may not).
    std::optional<CustomerRecord> customerFor(const Actor &actor, qint64 id, Action action,
                                              HttpResponse *error);
    // The same decision without reading the customer itself (listings of what belongs to
    // it): true, or false with *error set as customerFor() sets it.
    bool mayAccess(const Actor &actor, qint64 customerId, Action action, HttpResponse *error);

private:
    Store &m_store;
    ServerClock &m_clock;
    SessionStore m_sessions;
    CustomerRepository m_customers;
    AuditLog m_audit;
    PaymentMethodStore m_paymentMethods;
    CreditApplicationStore m_creditApplications;
    InvoiceStore m_invoices;
};

} // namespace pac::server
