#pragma once

#include "server/InvoicePdfRenderer.h"
#include "server/InvoiceStore.h"
#include "server/PortalServices.h"
#include "server/Router.h"

namespace pac::server {

// Invoices and payments (billing rule 7, API.md "Invoices and payments"):
// GET /customers/{id}/invoices?status=&limit=&cursor= (newest first), GET /invoices/{id}
// (lines, deliveries, ETag), GET /invoices/{id}/pdf (drawn off the server's thread),
// POST /invoices/{id}/send (needs an Idempotency-Key; 202 with the delivery, To the billing
// contacts and CC the Additional Invoice Emails as they are now; 422 no_recipients) and
// GET /customers/{id}/payments?limit=&cursor=. Visibility is the customer's: an invoice of a
// customer the caller may not see answers 404. The reference portal records a delivery; it
// sends no mail.
class InvoiceEndpoints
{
public:
    explicit InvoiceEndpoints(PortalServices &services);
    void addRoutes(Router &router);

private:
    HttpResponse list(const RequestContext &context);
    HttpResponse payments(const RequestContext &context);
    HttpResponse get(const RequestContext &context);
    HttpResponse pdf(const RequestContext &context);
    void pdfAsync(const RequestContext &context, const Router::Reply &reply);
    HttpResponse send(const RequestContext &context);

    struct Visible
    {
        InvoiceRecord record;
        CustomerRecord customer;
    };
    // The invoice of the path and its customer, if the caller may see them; else *error is
    // 404 (missing or not visible alike).
    std::optional<Visible> visibleInvoice(const RequestContext &context, HttpResponse *error);
    InvoiceDocumentContext documentContext(const Visible &visible);

    PortalServices &m_services;
    InvoicePdfRenderer m_renderer;
};

} // namespace pac::server
