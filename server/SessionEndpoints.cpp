#include "server/SessionEndpoints.h"

#include "models/CustomerJson.h"
#include "server/ApiSupport.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

#include <QFuture>
#include <QtConcurrent>

namespace pac::server {

namespace {

constexpr int kMaxCredentialLength = 200;

// Two hashes at a time: on two cores that leaves the server's thread room, and a queue of
// sign-ins waits its turn (bounded by kMaxPendingSignIns).
constexpr int kHashingThreads = 2;

HttpResponse wrongCredentials()
{
    return problem::unauthorized(QStringLiteral("Wrong username or password."));
}

} // namespace

SessionEndpoints::SessionEndpoints(PortalServices &services)
    : m_services(services)
    , m_throttle(services.clock())
{
    m_pool.setMaxThreadCount(kHashingThreads);
}

SessionEndpoints::~SessionEndpoints()
{
    // Sign-ins not yet started are dropped (their clients get nothing, as if cut); the one
    // being hashed is waited for by the pool's destructor: a fraction of a second.
    m_pool.clear();
}

void SessionEndpoints::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/health"), Router::Access::Anyone,
               [this](const RequestContext &c) { return health(c); });
    router.add(
        "POST", QStringLiteral("/session"), Router::Access::Anyone,
        [this](const RequestContext &c) { return signIn(c); },
        [this](const RequestContext &c, const Router::Reply &reply) {
            signInAsync(c.request, reply);
        });
    router.add("DELETE", QStringLiteral("/session"), Router::Access::SignedIn,
               [this](const RequestContext &c) { return signOut(c); });
}

HttpResponse SessionEndpoints::health(const RequestContext &)
{
    return HttpResponse::json(HttpStatus::Ok,
                              {{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("version"), QStringLiteral(PAC_VERSION)}});
}

std::optional<SessionEndpoints::Attempt> SessionEndpoints::accept(const HttpRequest &request,
                                                                  HttpResponse *refusal)
{
    const auto body = api::jsonBody(request, refusal);
    if (!body)
        return std::nullopt;
    if (const auto errors = api::checkMembers(*body,
                                              {{QLatin1String("username"), api::JsonType::String},
                                               {QLatin1String("password"), api::JsonType::String}});
        !errors.isEmpty()) {
        *refusal = api::malformedBody(errors);
        return std::nullopt;
    }
    Attempt attempt;
    attempt.username = body->value(QStringLiteral("username")).toString();
    attempt.password = body->value(QStringLiteral("password")).toString();
    attempt.address = request.remoteAddress.toString().toLatin1();
    attempt.plausible = attempt.username.size() <= kMaxCredentialLength
        && attempt.password.size() <= kMaxCredentialLength;
    // Before any hash, and the same for a username that exists and one that does not.
    if (const int wait
        = m_throttle.retryAfter(attempt.username.left(kMaxCredentialLength), attempt.address);
        wait > 0) {
        *refusal = problem::tooManyRequests(wait);
        return std::nullopt;
    }
    return attempt;
}

HttpResponse SessionEndpoints::finish(const Attempt &attempt,
                                      const SessionStore::Credentials &credentials,
                                      const SessionStore::Verification &verification)
{
    const auto session = m_services.sessions().open(credentials, verification);
    if (!session) {
        m_throttle.failed(attempt.username.left(kMaxCredentialLength), attempt.address);
        return wrongCredentials();
    }
    m_throttle.succeeded(attempt.username);
    return HttpResponse::json(HttpStatus::Created,
                              {{QStringLiteral("token"), session->token},
                               {QStringLiteral("expires_at"), toRfc3339(session->expiresAt)},
                               {QStringLiteral("user"), session->user.toJson()}});
}

HttpResponse SessionEndpoints::signIn(const RequestContext &context)
{
    HttpResponse refusal;
    const auto attempt = accept(context.request, &refusal);
    if (!attempt)
        return refusal;
    if (!attempt->plausible)
        return finish(*attempt, {}, {});
    SessionStore &sessions = m_services.sessions();
    const SessionStore::Credentials credentials = sessions.lookUp(attempt->username);
    return finish(*attempt, credentials,
                  SessionStore::verify(sessions.hasher(), attempt->password, credentials));
}

void SessionEndpoints::signInAsync(const HttpRequest &request, const Reply &reply)
{
    HttpResponse refusal;
    const auto attempt = accept(request, &refusal);
    if (!attempt) {
        reply(refusal);
        return;
    }
    if (!attempt->plausible) {
        reply(finish(*attempt, {}, {}));
        return;
    }
    if (m_pending >= kMaxPendingSignIns) {
        reply(problem::unavailable(1));
        return;
    }
    SessionStore &sessions = m_services.sessions();
    const SessionStore::Credentials credentials = sessions.lookUp(attempt->username);
    const PasswordHasher hasher = sessions.hasher();
    ++m_pending;
    // The worker sees copies only: the hasher, the password, the stored hash.
    QtConcurrent::run(&m_pool,
                      [hasher, password = attempt->password, credentials]() {
                          return SessionStore::verify(hasher, password, credentials);
                      })
        .then(&m_context,
              [this, attempt = *attempt, credentials,
               reply](const SessionStore::Verification &verification) {
                  --m_pending;
                  reply(finish(attempt, credentials, verification));
              });
}

HttpResponse SessionEndpoints::signOut(const RequestContext &context)
{
    m_services.sessions().signOut(api::bearerToken(context.request));
    return HttpResponse::empty(HttpStatus::NoContent);
}

} // namespace pac::server
