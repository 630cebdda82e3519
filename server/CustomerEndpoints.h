#pragma once

#include "server/Router.h"

namespace pac::server {

class PortalServices;

// Reading customers: GET /customers (paged, deltas, search), GET /customers/{id} (ETag,
// If-None-Match) and GET /customers/{id}/history.
class CustomerEndpoints
{
public:
    explicit CustomerEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &context);
    HttpResponse get(const RequestContext &context);
    HttpResponse history(const RequestContext &context);

    PortalServices &m_services;
};

} // namespace pac::server
