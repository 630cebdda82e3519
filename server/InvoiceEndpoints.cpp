#include "server/InvoiceEndpoints.h"

#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "models/InvoiceEmailList.h"
#include "models/InvoiceJson.h"
#include "models/InvoiceRules.h"
#include "server/ApiSupport.h"
#include "server/Cursor.h"
#include "server/Problem.h"

namespace pac::server {

namespace {

constexpr qsizetype kEncodedInvoiceBytes = 900; // a typical invoice's JSON, to reserve once

HttpResponse badCursor()
{
    return problem::badRequest(QStringLiteral("The cursor is not one of this listing."),
                               {{QStringLiteral("cursor"), errorcode::InvalidFormat,
                                 QStringLiteral("Start again without a cursor.")}});
}

// The `cursor` of a listing: nullopt (and no error) without one; a cursor of another listing,
// or one without the listing's sort key, sets *error.
std::optional<CursorPosition> cursorParameter(const HttpRequest &request, const QString &scope,
                                              HttpResponse *error)
{
    if (!request.hasQueryItem(QStringLiteral("cursor")))
        return std::nullopt;
    auto position = cursor::decode(request.queryValue(QStringLiteral("cursor")), scope);
    if (!position || position->sortKey.isEmpty()) {
        *error = badCursor();
        return std::nullopt;
    }
    return position;
}

// {items: [...], next_cursor}, written into one buffer.
template<typename Item, typename Append>
HttpResponse page(const QList<Item> &items, const std::optional<CursorPosition> &next,
                  const QString &scope, qsizetype bytesPerItem, Append append)
{
    QByteArray body;
    body.reserve(64 + items.size() * bytesPerItem);
    body += "{\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            body += ',';
        append(body, items.at(i));
    }
    body += "],\"next_cursor\":";
    if (next)
        appendJsonString(body, cursor::encode(*next, scope));
    else
        body += "null";
    body += '}';
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

} // namespace

InvoiceEndpoints::InvoiceEndpoints(PortalServices &services)
    : m_services(services)
{ }

void InvoiceEndpoints::addRoutes(Router &router)
{
    const auto signedIn = Router::Access::SignedIn;
    router.add("GET", QStringLiteral("/customers/{id}/invoices"), signedIn,
               [this](const RequestContext &c) { return list(c); });
    router.add("GET", QStringLiteral("/customers/{id}/payments"), signedIn,
               [this](const RequestContext &c) { return payments(c); });
    router.add("GET", QStringLiteral("/invoices/{id}"), signedIn,
               [this](const RequestContext &c) { return get(c); });
    router.add(
        "GET", QStringLiteral("/invoices/{id}/pdf"), signedIn,
        [this](const RequestContext &c) { return pdf(c); },
        [this](const RequestContext &c, const Router::Reply &reply) { pdfAsync(c, reply); });
    router.add("POST", QStringLiteral("/invoices/{id}/send"), signedIn,
               [this](const RequestContext &c) { return send(c); });
}

HttpResponse InvoiceEndpoints::list(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (auto error = api::rejectUnknownParameters(
            request, {QLatin1String("status"), QLatin1String("limit"), QLatin1String("cursor")})) {
        return *error;
    }
    HttpResponse error;
    const qint64 customerId = context.ids.at(0);
    if (!m_services.mayAccess(context.actor, customerId, Action::ViewCustomer, &error))
        return error;
    InvoiceStore::InvoiceQuery query;
    query.customerId = customerId;
    const auto limit = api::limitParameter(request, &error);
    if (!limit)
        return error;
    query.limit = *limit;
    const QString status = request.queryValue(QStringLiteral("status"));
    if (request.hasQueryItem(QStringLiteral("status"))) {
        query.status = invoiceStatusFromWire(status);
        if (!query.status) {
            return problem::badRequest(
                QStringLiteral("Unknown status “%1”.").arg(status),
                {{QStringLiteral("status"), errorcode::InvalidFormat,
                  QStringLiteral("status is one of open, paid, past_due, void.")}});
        }
    }
    const QString scope = QStringLiteral("invoices|%1|%2").arg(customerId).arg(status);
    query.after = cursorParameter(request, scope, &error);
    if (!query.after && request.hasQueryItem(QStringLiteral("cursor")))
        return error;
    const auto result = m_services.invoices().list(query);
    return page(result.items, result.next, scope, kEncodedInvoiceBytes, appendInvoiceJson);
}

HttpResponse InvoiceEndpoints::payments(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (auto error = api::rejectUnknownParameters(
            request, {QLatin1String("limit"), QLatin1String("cursor")})) {
        return *error;
    }
    HttpResponse error;
    const qint64 customerId = context.ids.at(0);
    if (!m_services.mayAccess(context.actor, customerId, Action::ViewCustomer, &error))
        return error;
    InvoiceStore::PaymentQuery query;
    query.customerId = customerId;
    const auto limit = api::limitParameter(request, &error);
    if (!limit)
        return error;
    query.limit = *limit;
    const QString scope = QStringLiteral("payments|%1").arg(customerId);
    query.after = cursorParameter(request, scope, &error);
    if (!query.after && request.hasQueryItem(QStringLiteral("cursor")))
        return error;
    const auto result = m_services.invoices().listPayments(query);
    return page(result.items, result.next, scope, 160, appendPaymentJson);
}

std::optional<InvoiceEndpoints::Visible>
InvoiceEndpoints::visibleInvoice(const RequestContext &context, HttpResponse *error)
{
    auto record = m_services.invoices().find(context.ids.at(0));
    if (!record) {
        *error = problem::notFound();
        return std::nullopt;
    }
    // The customer's visibility is the invoice's (billing rule 5a): 404, never 403.
    auto customer = m_services.customerFor(context.actor, record->invoice.customerId,
                                           Action::ViewCustomer, error);
    if (!customer)
        return std::nullopt;
    return Visible {std::move(*record), std::move(*customer)};
}

HttpResponse InvoiceEndpoints::get(const RequestContext &context)
{
    HttpResponse error;
    const auto visible = visibleInvoice(context, &error);
    if (!visible)
        return error;
    const QByteArray etag = visible->record.etag();
    if (api::ifNoneMatchHits(context.request, etag))
        return api::notModified(etag);
    return api::resource(HttpStatus::Ok, invoiceJsonBytes(visible->record.invoice), etag);
}

InvoiceDocumentContext InvoiceEndpoints::documentContext(const Visible &visible)
{
    const Customer &customer = visible.customer.customer;
    const Invoice &invoice = visible.record.invoice;
    InvoiceDocumentContext context;
    context.customerName = customer.name;
    context.accountNumber = customer.accountNumber;
    context.country = customer.country;
    // The terms it was issued on are the ones that give its due date (rule 7a).
    context.terms = InvoiceRules::dueOn(invoice.issuedOn, PaymentTermsKind::Net15) == invoice.dueOn
        ? PaymentTermsKind::Net15
        : PaymentTermsKind::DueOnReceipt;
    const auto recipients
        = InvoiceEmailList::recipients(customer.billingContacts, customer.invoiceEmails);
    context.to = recipients.to;
    context.cc = recipients.cc;
    context.generatedAt = m_services.clock().now();
    return context;
}

HttpResponse InvoiceEndpoints::pdf(const RequestContext &context)
{
    HttpResponse error;
    const auto visible = visibleInvoice(context, &error);
    if (!visible)
        return error;
    return InvoicePdfRenderer::render(visible->record.invoice, documentContext(*visible));
}

void InvoiceEndpoints::pdfAsync(const RequestContext &context, const Router::Reply &reply)
{
    HttpResponse error;
    const auto visible = visibleInvoice(context, &error);
    if (!visible) {
        reply(error);
        return;
    }
    m_renderer.renderAsync(visible->record.invoice, documentContext(*visible), reply);
}

HttpResponse InvoiceEndpoints::send(const RequestContext &context)
{
    HttpResponse error;
    const auto visible = visibleInvoice(context, &error);
    if (!visible)
        return error;
    // An action on an invoice takes no If-Match; the key is what keeps a retry from sending
    // it twice (PortalApi remembers the answer under it).
    if (!context.request.hasHeader("idempotency-key")) {
        return problem::badRequest(
            QStringLiteral("Sending an invoice needs an Idempotency-Key."),
            {{QStringLiteral("Idempotency-Key"), QStringLiteral("idempotency_key_required"),
              QStringLiteral("Send the request with an Idempotency-Key header, and the same "
                             "key when you retry it.")}});
    }
    if (!context.request.body.trimmed().isEmpty() && !api::jsonBody(context.request, &error))
        return error; // no members are defined; anything but a JSON object is malformed
    const Customer &customer = visible->customer.customer;
    const auto recipients
        = InvoiceEmailList::recipients(customer.billingContacts, customer.invoiceEmails);
    if (recipients.to.isEmpty() && recipients.cc.isEmpty()) {
        return problem::validation(
            {{QStringLiteral("recipients"), QStringLiteral("no_recipients"),
              QStringLiteral("The customer has no billing contact and no Additional Invoice "
                             "Email to send the invoice to.")}});
    }
    const auto delivery = m_services.invoices().addDelivery(
        visible->record.invoice.id, m_services.clock().now(),
        InvoiceSender {context.actor.person(), context.actor.role}, recipients.to, recipients.cc);
    if (!delivery)
        return problem::internalError();
    HttpResponse response;
    response.status = HttpStatus::Accepted;
    response.body = deliveryJsonBytes(*delivery);
    return response;
}

} // namespace pac::server
