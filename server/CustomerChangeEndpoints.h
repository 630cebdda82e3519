#pragma once

#include "models/Permissions.h"
#include "server/ApiSupport.h"
#include "server/CustomerRepository.h"
#include "server/Router.h"

#include <QJsonObject>

#include <optional>

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
    // The customer as it is, for a request that asked for what it already had.
    HttpResponse unchanged(qint64 id);

    // What every change checks first, in this order: the customer is visible and the action
    // allowed (404/403), If-Match holds its ETag (428/412), the body is a JSON object with
    // these members (400). Fills `record` and returns the body, or fills `error`.
    struct Request
    {
        CustomerRecord record;
        QJsonObject body;
    };
    std::optional<Request> accept(const RequestContext &context, Action action,
                                  std::initializer_list<api::Member> members, HttpResponse *error);

    PortalServices &m_services;
};

} // namespace pac::server
