#pragma once

#include "server/Router.h"

namespace pac::server {

class PortalServices;

// Changing a customer: PUT …/invoice-emails, PUT …/payment-terms and
// POST …/ach/manual-enable. Each needs If-Match with the customer's ETag, validates with the
// billing rules of models/, writes the change and its audit entries, and answers the new
// Customer with its new ETag. The caller (PortalApi) runs it in one transaction.
class CustomerChangeEndpoints
{
public:
    explicit CustomerChangeEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    HttpResponse setInvoiceEmails(const RequestContext &context);
    HttpResponse setPaymentTerms(const RequestContext &context);
    HttpResponse enableAchManually(const RequestContext &context);
    // The customer as it is now, after a change: 200 with its new ETag.
    HttpResponse changed(qint64 id);

    PortalServices &m_services;
};

} // namespace pac::server
