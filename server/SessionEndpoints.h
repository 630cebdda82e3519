#pragma once

#include "server/Router.h"

namespace pac::server {

class PortalServices;

// GET /health, POST /session (sign in) and DELETE /session (sign out).
class SessionEndpoints
{
public:
    explicit SessionEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    HttpResponse health(const RequestContext &context);
    HttpResponse signIn(const RequestContext &context);
    HttpResponse signOut(const RequestContext &context);

    PortalServices &m_services;
};

} // namespace pac::server
