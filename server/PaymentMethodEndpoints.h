#pragma once

#include "server/PaymentMethodStore.h"
#include "server/Router.h"

namespace pac::server {

class PortalServices;

// GET and POST /customers/{id}/payment-methods. Adding an ACH method needs the customer's
// ETag, an eligible customer (AchEligibility), valid bank details (AchBankDetails) and the
// payer's authorization (AchAuthorization, of the current AchAuthorizationText version:
// billing rule 8); it stores the last 4 digits only and the authorization text as the portal
// renders it, starts `pending` (the customer's ACH becomes `enabled` only once a method is
// verified: PaymentMethodActionEndpoints), gives the customer a new version and answers 201
// with the method and the customer's new ETag.
class PaymentMethodEndpoints
{
public:
    explicit PaymentMethodEndpoints(PortalServices &services);
    void addRoutes(Router &router);

    // What a history entry keeps of a method: {id, last4, type, account_type, verification,
    // sec_code}; never more of the account than its last 4 digits.
    static QJsonObject historyValue(const PaymentMethodRecord &method);

private:
    HttpResponse list(const RequestContext &context);
    HttpResponse add(const RequestContext &context);

    PortalServices &m_services;
};

} // namespace pac::server
