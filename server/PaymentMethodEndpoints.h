#pragma once

#include "server/Router.h"

namespace pac::server {

class PortalServices;

// GET and POST /customers/{id}/payment-methods. Adding an ACH method needs the customer's
// ETag, an eligible customer (AchEligibility) and valid bank details (AchBankDetails); it
// stores the last 4 digits only, makes the customer's ACH status `enabled` (a new version)
// and answers 201 with the method and the customer's new ETag.
class PaymentMethodEndpoints
{
public:
    explicit PaymentMethodEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &context);
    HttpResponse add(const RequestContext &context);

    PortalServices &m_services;
};

} // namespace pac::server
