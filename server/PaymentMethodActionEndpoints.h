#pragma once

#include "documents/AchAuthorizationDocument.h"
#include "server/CustomerRepository.h"
#include "server/InvoicePdfRenderer.h"
#include "server/PaymentMethodStore.h"
#include "server/Router.h"

namespace pac::server {

class PortalServices;

// The ACH authorization and what follows a method's adding (billing rule 8, API.md "ACH
// authorization and verification"):
//   GET  /ach/authorization-text?customer_id=&sec_code=[&last4=][&account_type=]
//   POST /payment-methods/{id}/verify {amounts_cents: [a, b]}  (MicroDeposits; 3 tries)
//   POST /payment-methods/{id}/default
//   GET  /payment-methods/{id}/authorization.pdf              (drawn off the server's thread)
//   POST /payment-methods/{id}/revoke {reason}
// Each needs Action::AddAchMethod on the method's customer; a customer or a method the caller
// may not see answers 404. The actions take no If-Match and accept an Idempotency-Key: a
// verification try that did not match is kept (and remembered under the key) although it is
// refused, so a retry with the same key answers it again without using another try. Their
// 200 answers carry the customer's current ETag; the customer gets a new version when its
// ACH state changes (a method verified, the last usable one revoked).
class PaymentMethodActionEndpoints
{
public:
    explicit PaymentMethodActionEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    struct Visible
    {
        PaymentMethodRecord method;
        CustomerRecord customer;
    };
    // The method of the path and its customer, if the caller may act on them; else *error
    // is 404 (missing or not visible alike) or 403.
    std::optional<Visible> visibleMethod(const RequestContext &context, HttpResponse *error);

    HttpResponse authorizationText(const RequestContext &context);
    HttpResponse verify(const RequestContext &context);
    HttpResponse makeDefault(const RequestContext &context);
    HttpResponse revoke(const RequestContext &context);
    HttpResponse pdf(const RequestContext &context);
    void pdfAsync(const RequestContext &context, const Router::Reply &reply);
    std::optional<AchAuthorizationRecord> documentRecord(const RequestContext &context,
                                                         HttpResponse *error);

    // After a change of `methodId`: a new customer version when the customer's ACH state is
    // no longer `before`, then 200 with the method and the customer's current ETag.
    HttpResponse answer(qint64 methodId, const CustomerRecord &before, const QDateTime &now);

    PortalServices &m_services;
    InvoicePdfRenderer m_renderer;
};

} // namespace pac::server
