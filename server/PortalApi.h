#pragma once

#include "server/CreditApplicationEndpoints.h"
#include "server/CustomerChangeEndpoints.h"
#include "server/CustomerEndpoints.h"
#include "server/IdempotencyStore.h"
#include "server/InvoiceEndpoints.h"
#include "server/PaymentMethodActionEndpoints.h"
#include "server/PaymentMethodEndpoints.h"
#include "server/PortalServices.h"
#include "server/RateLimiter.h"
#include "server/Router.h"
#include "server/SessionEndpoints.h"

#include <QElapsedTimer>

#include <functional>

namespace pac::server {

struct PortalApiOptions
{
    double rateLimit = 1000; // requests per second per client; 0: off
    double rateBurst = 2000;
    int sessionTtlSeconds = 8 * 3600;
    int passwordIterations = PasswordHasher::kDefaultIterations; // tests: a few
};

// The HTTP API of docs/portal-api.yaml, transport aside: request in, response out. In order:
// base path, body size (413), rate limit (429), lists over kMaxListItems (400), route (404/405),
// session (401), then the endpoint. A change runs in one transaction with its audit entries and,
// when it carries an Idempotency-Key, with the remembered response; it commits only when it
// succeeded, so a refused request leaves the store as it was.
class PortalApi
{
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    // Every list of every body, whatever its member (the rules bound their own lists
    // tighter: 10 invoice emails, 10 trade references), checked on the raw text before the
    // body is parsed or any item is looked at.
    static constexpr qsizetype kMaxListItems = 1000;

    PortalApi(Store &store, ServerClock &clock, const PortalApiOptions &options);
    PortalApi(const PortalApi &) = delete;
    PortalApi &operator=(const PortalApi &) = delete;

    // Answers on the calling thread (in-process callers, the fuzz target): a sign-in hashes
    // and a PDF is drawn right here.
    HttpResponse handle(const HttpRequest &request);
    // The server's way: `reply` is called with the answer, at once or, for a slow route (a
    // sign-in, an invoice PDF), once a worker has done the work (never waited for on this
    // thread). Not called if the API is destroyed first.
    using Reply = std::function<void(const HttpResponse &)>;
    void handle(const HttpRequest &request, const Reply &reply);
    // Every "METHOD /path" the API answers (paths below /api/v1, "{id}" for parameters).
    QStringList routes() const;
    // The path below /api/v1, or a null string for a path outside the API.
    static QString apiPath(const QString &path);

private:
    // What the checks before the endpoint let through: the route, its ids, the session.
    struct Admitted
    {
        const Router::Route *route = nullptr;
        QList<qint64> ids;
        std::optional<Actor> actor;
        QString path;
    };
    std::optional<HttpResponse> admit(const HttpRequest &request, Admitted *admitted);
    HttpResponse dispatch(const HttpRequest &request, const Admitted &admitted);
    HttpResponse change(const HttpRequest &request, const Router::Route &route,
                        const RequestContext &context);

    PortalServices m_services;
    IdempotencyStore m_idempotency;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_monotonic;
    Router m_router;
    SessionEndpoints m_sessionEndpoints;
    CustomerEndpoints m_customerEndpoints;
    CustomerChangeEndpoints m_customerChangeEndpoints;
    PaymentMethodEndpoints m_paymentMethodEndpoints;
    PaymentMethodActionEndpoints m_paymentMethodActionEndpoints;
    CreditApplicationEndpoints m_creditApplicationEndpoints;
    InvoiceEndpoints m_invoiceEndpoints;
};

} // namespace pac::server
