// What the client reads from the network: a response body decoded as a customer, a credit
// application, a decision request, the portal's pages, and as problem+json of an error
// response. A decoded value encodes and decodes back to itself.
#include "FuzzSupport.h"
#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "portal/PortalError.h"
#include "portal/PortalJson.h"

#include <QJsonDocument>

using namespace pac;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::ensureApplication(argc, argv);
    return 0;
}

namespace {

void customerRoundTrip(const QJsonObject &object)
{
    QString badField;
    const std::optional<Customer> decoded = customerFromJson(object, &badField);
    if (!decoded) {
        PAC_FUZZ_CHECK(!badField.isEmpty());
        return;
    }
    const QJsonObject encoded = toJson(*decoded);
    const std::optional<Customer> again = customerFromJson(encoded);
    PAC_FUZZ_CHECK(again.has_value());
    PAC_FUZZ_CHECK(*again == *decoded);
    PAC_FUZZ_CHECK(toJson(*again) == encoded);
}

void applicationRoundTrip(const QJsonObject &object)
{
    QString badField;
    const std::optional<CreditApplication> decoded = creditApplicationFromJson(object, &badField);
    if (!decoded) {
        PAC_FUZZ_CHECK(!badField.isEmpty());
        return;
    }
    const QJsonObject encoded = toJson(*decoded);
    const std::optional<CreditApplication> again = creditApplicationFromJson(encoded);
    PAC_FUZZ_CHECK(again.has_value());
    PAC_FUZZ_CHECK(*again == *decoded);
    PAC_FUZZ_CHECK(toJson(*again) == encoded);
}

void decisionRoundTrip(const QJsonObject &object)
{
    const std::optional<CreditDecisionRequest> decoded = creditDecisionRequestFromJson(object);
    if (!decoded)
        return;
    const std::optional<CreditDecisionRequest> again
        = creditDecisionRequestFromJson(toJson(*decoded));
    PAC_FUZZ_CHECK(again.has_value());
    PAC_FUZZ_CHECK(*again == *decoded);
}

void pages(const QJsonObject &object)
{
    // No encoder on the client side: these must only decode or refuse, naming the member.
    QString badField;
    if (!customerPageFromJson(object, &badField))
        PAC_FUZZ_CHECK(!badField.isEmpty());
    badField.clear();
    if (!creditApplicationPageFromJson(object, &badField))
        PAC_FUZZ_CHECK(!badField.isEmpty());
    (void)historyPageFromJson(object);
    (void)paymentMethodListFromJson(object);
    (void)portalSessionFromJson(object);
    (void)serverHealthFromJson(object);
}

void problem(const QByteArray &body, int status)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/problem+json"}, {"ETag", "\"7\""}};
    response.body = body;
    const PortalError error = PortalError::fromResponse(response);
    PAC_FUZZ_CHECK(error.httpStatus == status);
    PAC_FUZZ_CHECK(!error.message().isEmpty());
    if (error.kind != PortalError::Kind::Validation)
        return;
    for (const FieldError &field : error.fieldErrors)
        PAC_FUZZ_CHECK(error.message().contains(field.message));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    // Every input is also an error body, whether it parses or not.
    static const int statuses[] = {400, 401, 403, 404, 409, 412, 413, 422, 428, 429, 500, 503};
    problem(body, statuses[size % std::size(statuses)]);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    customerRoundTrip(object);
    applicationRoundTrip(object);
    decisionRoundTrip(object);
    pages(object);
    return 0;
}
