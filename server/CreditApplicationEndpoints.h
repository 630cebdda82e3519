#pragma once

#include "server/Router.h"

namespace pac::server {

class PortalServices;

// Credit applications (billing rule 3): POST /customers/{id}/credit-applications submits one
// (If-Match: the customer's ETag; 201 with the application's ETag), GET
// /credit-applications[?status=] and GET /credit-applications/{id} read what the caller may
// see, and POST /credit-applications/{id}/decision (support; If-Match: the application's
// ETag) approves — setting the customer's credit limit — or declines.
class CreditApplicationEndpoints
{
public:
    explicit CreditApplicationEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    HttpResponse submit(const RequestContext &context);
    HttpResponse list(const RequestContext &context);
    HttpResponse get(const RequestContext &context);
    HttpResponse decide(const RequestContext &context);

    PortalServices &m_services;
};

} // namespace pac::server
