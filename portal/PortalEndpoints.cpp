// The endpoints of PortalClient: request building and response decoding, one function each.
#include "models/CustomerJson.h"
#include "models/InvoiceJson.h"
#include "portal/PortalClient.h"
#include "portal/PortalEndpointSupport.h"
#include "portal/PortalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pac {

namespace {

using endpoint::badResponse;
using endpoint::change;
using endpoint::decode;
using endpoint::deliver;
using endpoint::jsonBody;

// A resource whose ETag header must agree with its version: a disagreement would make every
// later change fail with 412, so it is reported at once.
template<typename T>
PortalResult<T> checkEtag(PortalResult<T> result, const HttpResponse &response)
{
    if (!result.ok())
        return result;
    const QByteArray etag = response.header("ETag");
    if (!etag.isEmpty() && etag != result.value().etag())
        return badResponse(
            response,
            QStringLiteral("ETag %1 does not match the version").arg(QString::fromLatin1(etag)));
    return result;
}

PortalResult<Customer> decodeCustomer(const HttpResponse &response)
{
    return checkEtag(decode<Customer>(response,
                                      [](const QJsonObject &o, QString *field) {
                                          return customerFromJson(o, field);
                                      }),
                     response);
}

PortalResult<CreditApplication> decodeCreditApplication(const HttpResponse &response)
{
    return checkEtag(decode<CreditApplication>(response,
                                               [](const QJsonObject &o, QString *field) {
                                                   return creditApplicationFromJson(o, field);
                                               }),
                     response);
}

QString customerPath(qint64 customerId, QLatin1String tail = {})
{
    return QStringLiteral("/customers/") + QString::number(customerId) + tail;
}

QString invoicePath(qint64 invoiceId, QLatin1String tail = {})
{
    return QStringLiteral("/invoices/") + QString::number(invoiceId) + tail;
}

void pageQuery(PortalRequest &request, const InvoiceQuery &query)
{
    if (query.status)
        request.query.addQueryItem(QStringLiteral("status"), toWire(*query.status));
    if (query.limit > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), query.cursor);
}

} // namespace

PortalCall *PortalClient::health(QObject *context, Callback<ServerHealth> done)
{
    PortalRequest request;
    request.path = QStringLiteral("/health");
    request.authenticated = false;
    return start(std::move(request), context,
                 deliver<ServerHealth>(std::move(done), [](const HttpResponse &response) {
                     return decode<ServerHealth>(response, serverHealthFromJson);
                 }));
}

PortalCall *PortalClient::signIn(const QString &username, const QString &password, QObject *context,
                                 Callback<PortalSession> done)
{
    PortalRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/session");
    request.body = jsonBody(
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    request.authenticated = false;
    auto keepToken = [client = QPointer<PortalClient>(this),
                      done = std::move(done)](const PortalResult<PortalSession> &result) {
        if (result.ok() && client)
            client->setBearerToken(result.value().token);
        done(result);
    };
    return start(std::move(request), context,
                 deliver<PortalSession>(std::move(keepToken), [](const HttpResponse &response) {
                     return decode<PortalSession>(response, portalSessionFromJson);
                 }));
}

PortalCall *PortalClient::listCustomers(const CustomerListQuery &query, QObject *context,
                                        Callback<CustomerPage> done)
{
    PortalRequest request;
    request.path = QStringLiteral("/customers");
    if (query.limit > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), query.cursor);
    if (query.updatedSince.isValid())
        request.query.addQueryItem(QStringLiteral("updated_since"), toRfc3339(query.updatedSince));
    if (!query.search.isEmpty())
        request.query.addQueryItem(QStringLiteral("q"), query.search);
    return start(std::move(request), context,
                 deliver<CustomerPage>(std::move(done), [](const HttpResponse &response) {
                     return decode<CustomerPage>(response, customerPageFromJson);
                 }));
}

PortalCall *PortalClient::getCustomer(qint64 customerId, const QByteArray &ifNoneMatch,
                                      QObject *context, Callback<CustomerFetch> done)
{
    PortalRequest request;
    request.path = customerPath(customerId);
    request.ifNoneMatch = ifNoneMatch;
    return start(
        std::move(request), context,
        deliver<CustomerFetch>(std::move(done),
                               [](const HttpResponse &response) -> PortalResult<CustomerFetch> {
                                   CustomerFetch fetch;
                                   fetch.etag = response.header("ETag");
                                   if (response.status == 304) {
                                       fetch.notModified = true;
                                       return fetch;
                                   }
                                   PortalResult<Customer> customer = decodeCustomer(response);
                                   if (!customer.ok())
                                       return customer.error();
                                   fetch.customer = std::move(customer.value());
                                   return fetch;
                               }));
}

PortalCall *PortalClient::putInvoiceEmails(qint64 customerId, const QStringList &emails,
                                           const ChangeGuard &guard, QObject *context,
                                           Callback<Customer> done)
{
    return start(change("PUT", customerPath(customerId, QLatin1String("/invoice-emails")),
                        {{QStringLiteral("emails"), QJsonArray::fromStringList(emails)}}, guard),
                 context, deliver<Customer>(std::move(done), decodeCustomer));
}

PortalCall *PortalClient::putPaymentTerms(qint64 customerId, PaymentTermsKind terms,
                                          const ChangeGuard &guard, QObject *context,
                                          Callback<Customer> done)
{
    return start(change("PUT", customerPath(customerId, QLatin1String("/payment-terms")),
                        {{QStringLiteral("terms"), toWire(terms)}}, guard),
                 context, deliver<Customer>(std::move(done), decodeCustomer));
}

PortalCall *PortalClient::manualEnableAch(qint64 customerId, const QString &reason,
                                          const ChangeGuard &guard, QObject *context,
                                          Callback<Customer> done)
{
    return start(change("POST", customerPath(customerId, QLatin1String("/ach/manual-enable")),
                        {{QStringLiteral("reason"), reason}}, guard),
                 context, deliver<Customer>(std::move(done), decodeCustomer));
}

PortalCall *PortalClient::listPaymentMethods(qint64 customerId, QObject *context,
                                             Callback<QList<PaymentMethod>> done)
{
    PortalRequest request;
    request.path = customerPath(customerId, QLatin1String("/payment-methods"));
    return start(std::move(request), context,
                 deliver<QList<PaymentMethod>>(std::move(done), [](const HttpResponse &response) {
                     return decode<QList<PaymentMethod>>(response, paymentMethodListFromJson);
                 }));
}

PortalCall *PortalClient::history(qint64 customerId, const QString &cursor, QObject *context,
                                  Callback<HistoryPage> done)
{
    PortalRequest request;
    request.path = customerPath(customerId, QLatin1String("/history"));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return start(std::move(request), context,
                 deliver<HistoryPage>(std::move(done), [](const HttpResponse &response) {
                     return decode<HistoryPage>(response, historyPageFromJson);
                 }));
}

PortalCall *PortalClient::listInvoices(qint64 customerId, const InvoiceQuery &query,
                                       QObject *context, Callback<InvoicePage> done)
{
    PortalRequest request;
    request.path = customerPath(customerId, QLatin1String("/invoices"));
    pageQuery(request, query);
    return start(std::move(request), context,
                 deliver<InvoicePage>(std::move(done), [](const HttpResponse &response) {
                     return decode<InvoicePage>(response, invoicePageFromJson);
                 }));
}

PortalCall *PortalClient::getInvoice(qint64 invoiceId, QObject *context, Callback<Invoice> done)
{
    PortalRequest request;
    request.path = invoicePath(invoiceId);
    return start(std::move(request), context,
                 deliver<Invoice>(std::move(done), [](const HttpResponse &response) {
                     return decode<Invoice>(response, [](const QJsonObject &o, QString *field) {
                         return invoiceFromJson(o, field);
                     });
                 }));
}

PortalCall *PortalClient::invoicePdf(qint64 invoiceId, QObject *context, Callback<QByteArray> done)
{
    PortalRequest request;
    request.path = invoicePath(invoiceId, QLatin1String("/pdf"));
    request.accept = "application/pdf";
    return start(std::move(request), context,
                 deliver<QByteArray>(std::move(done), endpoint::decodePdf));
}

PortalCall *PortalClient::sendInvoice(qint64 invoiceId, const QUuid &idempotencyKey,
                                      QObject *context, Callback<InvoiceDelivery> done)
{
    ChangeGuard guard;
    guard.idempotencyKey = idempotencyKey;
    return start(change("POST", invoicePath(invoiceId, QLatin1String("/send")), {}, guard), context,
                 deliver<InvoiceDelivery>(std::move(done), [](const HttpResponse &response) {
                     return decode<InvoiceDelivery>(response,
                                                    [](const QJsonObject &o, QString *field) {
                                                        return deliveryFromJson(o, field);
                                                    });
                 }));
}

PortalCall *PortalClient::listPayments(qint64 customerId, const InvoiceQuery &query,
                                       QObject *context, Callback<PaymentPage> done)
{
    PortalRequest request;
    request.path = customerPath(customerId, QLatin1String("/payments"));
    pageQuery(request, query);
    return start(std::move(request), context,
                 deliver<PaymentPage>(std::move(done), [](const HttpResponse &response) {
                     return decode<PaymentPage>(response, paymentPageFromJson);
                 }));
}

PortalCall *PortalClient::createCreditApplication(qint64 customerId,
                                                  const CreditApplication &application,
                                                  const ChangeGuard &guard, QObject *context,
                                                  Callback<CreditApplication> done)
{
    return start(change("POST", customerPath(customerId, QLatin1String("/credit-applications")),
                        toJson(application), guard),
                 context, deliver<CreditApplication>(std::move(done), decodeCreditApplication));
}

PortalCall *PortalClient::listCreditApplications(const CreditApplicationQuery &query,
                                                 QObject *context,
                                                 Callback<CreditApplicationPage> done)
{
    PortalRequest request;
    request.path = QStringLiteral("/credit-applications");
    if (query.status)
        request.query.addQueryItem(QStringLiteral("status"), toWire(*query.status));
    if (query.limit > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), query.cursor);
    return start(std::move(request), context,
                 deliver<CreditApplicationPage>(std::move(done), [](const HttpResponse &response) {
                     return decode<CreditApplicationPage>(response, creditApplicationPageFromJson);
                 }));
}

PortalCall *PortalClient::getCreditApplication(qint64 applicationId, QObject *context,
                                               Callback<CreditApplication> done)
{
    PortalRequest request;
    request.path = QStringLiteral("/credit-applications/") + QString::number(applicationId);
    return start(std::move(request), context,
                 deliver<CreditApplication>(std::move(done), decodeCreditApplication));
}

PortalCall *PortalClient::decideCreditApplication(qint64 applicationId,
                                                  const CreditDecisionRequest &decision,
                                                  const ChangeGuard &guard, QObject *context,
                                                  Callback<CreditApplication> done)
{
    return start(change("POST",
                        QStringLiteral("/credit-applications/") + QString::number(applicationId)
                            + QStringLiteral("/decision"),
                        toJson(decision), guard),
                 context, deliver<CreditApplication>(std::move(done), decodeCreditApplication));
}

} // namespace pac
