#include "server/SessionEndpoints.h"

#include "models/CustomerJson.h"
#include "server/ApiSupport.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

namespace pac::server {

namespace {
constexpr int kMaxCredentialLength = 200;
}

SessionEndpoints::SessionEndpoints(PortalServices &services)
    : m_services(services)
{ }

void SessionEndpoints::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/health"), Router::Access::Anyone,
               [this](const RequestContext &c) { return health(c); });
    router.add("POST", QStringLiteral("/session"), Router::Access::Anyone,
               [this](const RequestContext &c) { return signIn(c); });
    router.add("DELETE", QStringLiteral("/session"), Router::Access::SignedIn,
               [this](const RequestContext &c) { return signOut(c); });
}

HttpResponse SessionEndpoints::health(const RequestContext &)
{
    return HttpResponse::json(HttpStatus::Ok,
                              {{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("version"), QStringLiteral(PAC_VERSION)}});
}

HttpResponse SessionEndpoints::signIn(const RequestContext &context)
{
    HttpResponse error;
    const auto body = api::jsonBody(context.request, &error);
    if (!body)
        return error;
    if (const auto errors = api::checkMembers(*body,
                                              {{QLatin1String("username"), api::JsonType::String},
                                               {QLatin1String("password"), api::JsonType::String}});
        !errors.isEmpty()) {
        return api::malformedBody(errors);
    }
    const QString username = body->value(QStringLiteral("username")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    std::optional<SessionStore::Session> session;
    // Overlong credentials are wrong ones; no need to spend a hash on them.
    if (username.size() <= kMaxCredentialLength && password.size() <= kMaxCredentialLength)
        session = m_services.sessions().signIn(username, password);
    if (!session)
        return problem::unauthorized(QStringLiteral("Wrong username or password."));
    return HttpResponse::json(HttpStatus::Created,
                              {{QStringLiteral("token"), session->token},
                               {QStringLiteral("expires_at"), toRfc3339(session->expiresAt)},
                               {QStringLiteral("user"), session->user.toJson()}});
}

HttpResponse SessionEndpoints::signOut(const RequestContext &context)
{
    m_services.sessions().signOut(api::bearerToken(context.request));
    return HttpResponse::empty(HttpStatus::NoContent);
}

} // namespace pac::server
