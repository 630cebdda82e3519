#include "server/PortalApi.h"

#include "server/ApiSupport.h"
#include "server/JsonListBound.h"
#include "server/Problem.h"
#include "server/Store.h"

namespace pac::server {

namespace {
const QLatin1String kBasePath("/api/v1");
}

PortalApi::PortalApi(Store &store, ServerClock &clock, const PortalApiOptions &options)
    : m_services(store, clock, options.sessionTtlSeconds, options.passwordIterations)
    , m_idempotency(store, clock)
    , m_rateLimiter(options.rateLimit, options.rateBurst)
    , m_sessionEndpoints(m_services)
    , m_customerEndpoints(m_services)
    , m_customerChangeEndpoints(m_services)
    , m_paymentMethodEndpoints(m_services)
    , m_paymentMethodActionEndpoints(m_services)
    , m_creditApplicationEndpoints(m_services)
    , m_invoiceEndpoints(m_services)
{
    m_monotonic.start();
    m_sessionEndpoints.addRoutes(m_router);
    m_customerEndpoints.addRoutes(m_router);
    m_customerChangeEndpoints.addRoutes(m_router);
    m_paymentMethodEndpoints.addRoutes(m_router);
    m_paymentMethodActionEndpoints.addRoutes(m_router);
    m_creditApplicationEndpoints.addRoutes(m_router);
    m_invoiceEndpoints.addRoutes(m_router);
}

QStringList PortalApi::routes() const
{
    QStringList out;
    for (const Router::Route &route : m_router.routes()) {
        out.append(QString::fromLatin1(route.method) + QStringLiteral(" /")
                   + route.segments.join(QLatin1Char('/')));
    }
    return out;
}

QString PortalApi::apiPath(const QString &path)
{
    if (path == kBasePath)
        return QStringLiteral("/");
    if (!path.startsWith(kBasePath + QLatin1Char('/')))
        return {};
    return path.mid(kBasePath.size());
}

HttpResponse PortalApi::handle(const HttpRequest &request)
{
    Admitted admitted;
    if (auto refusal = admit(request, &admitted))
        return *refusal;
    return dispatch(request, admitted);
}

void PortalApi::handle(const HttpRequest &request, const Reply &reply)
{
    Admitted admitted;
    if (auto refusal = admit(request, &admitted)) {
        reply(*refusal);
        return;
    }
    // A slow route (a sign-in hashes, a PDF is drawn) answers later, from a worker. Such
    // routes read, or sign in: none runs in change()'s transaction.
    if (admitted.route->asyncHandler) {
        RequestContext context {request, {}, admitted.ids};
        if (admitted.route->access == Router::Access::SignedIn)
            context.actor = *admitted.actor;
        admitted.route->asyncHandler(context, reply);
        return;
    }
    reply(dispatch(request, admitted));
}

std::optional<HttpResponse> PortalApi::admit(const HttpRequest &request, Admitted *admitted)
{
    const QString path = apiPath(request.path);
    if (path.isNull())
        return problem::notFound();
    if (request.body.size() > kMaxBodyBytes)
        return problem::payloadTooLarge(kMaxBodyBytes);
    // The session is looked up before the rate limit, so the bucket is the session's only
    // for a token that is one: without a token, or with a made-up or expired one, a client
    // shares its address's bucket (a new token per request must not mean a fresh bucket).
    const QByteArray token = api::bearerToken(request);
    admitted->actor = m_services.sessions().authenticate(token);
    const QByteArray bucket = admitted->actor
        ? QByteArray("token:" + SessionStore::tokenHash(token))
        : QByteArray("address:" + request.remoteAddress.toString().toLatin1());
    if (const int wait = m_rateLimiter.acquire(bucket, m_monotonic.elapsed()); wait > 0)
        return problem::tooManyRequests(wait);
    if (const auto list = firstOverlongList(request.body, kMaxListItems)) {
        return problem::badRequest(
            QStringLiteral("A list in the body has more than %1 items.").arg(kMaxListItems),
            {{list->path, QString(errorcode::TooMany),
              QStringLiteral("At most %1 items in a list.").arg(kMaxListItems)}});
    }

    const Router::Match match = m_router.match(request.method, path);
    if (!match.route) {
        return match.allowed.isEmpty() ? problem::notFound()
                                       : problem::methodNotAllowed(match.allowed);
    }
    if (match.route->access == Router::Access::SignedIn && !admitted->actor) {
        return problem::unauthorized(
            token.isEmpty() ? QStringLiteral("Sign in first (POST /session).")
                            : QStringLiteral("The session token is not valid or expired."));
    }
    admitted->route = match.route;
    admitted->ids = match.ids;
    admitted->path = path;
    return std::nullopt;
}

HttpResponse PortalApi::dispatch(const HttpRequest &request, const Admitted &admitted)
{
    RequestContext context {request, {}, admitted.ids};
    if (admitted.route->access == Router::Access::SignedIn)
        context.actor = *admitted.actor;
    if (request.method == "GET")
        return admitted.route->handler(context);
    return change(request, *admitted.route, context);
}

HttpResponse PortalApi::change(const HttpRequest &request, const Router::Route &route,
                               const RequestContext &context)
{
    const bool signedIn = route.access == Router::Access::SignedIn;
    const QByteArray key = request.header("idempotency-key");
    const bool idempotent = signedIn && request.hasHeader("idempotency-key");
    if (idempotent && !IdempotencyStore::isValidKey(key)) {
        return problem::badRequest(
            QStringLiteral("Idempotency-Key must be 1 to %1 visible ASCII characters.")
                .arg(IdempotencyStore::kMaxKeyLength));
    }

    Transaction transaction(m_services.store().database());
    if (!transaction.isOpen())
        return problem::internalError();
    QByteArray fingerprint;
    if (idempotent) {
        fingerprint = IdempotencyStore::fingerprint(request);
        auto lookup = m_idempotency.find(context.actor.id, key, fingerprint);
        if (lookup.outcome == IdempotencyStore::Outcome::Replay)
            return lookup.response;
        if (lookup.outcome == IdempotencyStore::Outcome::Mismatch)
            return problem::idempotencyKeyReused();
    }

    HttpResponse response = route.handler(context);
    if (!response.isSuccess() && !response.keepsChange)
        return response; // the transaction rolls back: a refused change leaves no trace
    if (idempotent && !response.changedNothing
        && !m_idempotency.remember(context.actor.id, key, fingerprint, response))
        return problem::internalError();
    if (!transaction.commit())
        return problem::internalError();
    return response;
}

} // namespace pac::server
