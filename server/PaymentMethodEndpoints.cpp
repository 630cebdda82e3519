#include "server/PaymentMethodEndpoints.h"

#include "models/AchBankDetails.h"
#include "models/AchEligibility.h"
#include "models/HistoryAction.h"
#include "server/ApiSupport.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

namespace pac::server {

PaymentMethodEndpoints::PaymentMethodEndpoints(PortalServices &services)
    : m_services(services)
{ }

void PaymentMethodEndpoints::addRoutes(Router &router)
{
    const auto signedIn = Router::Access::SignedIn;
    router.add("GET", QStringLiteral("/customers/{id}/payment-methods"), signedIn,
               [this](const RequestContext &c) { return list(c); });
    router.add("POST", QStringLiteral("/customers/{id}/payment-methods"), signedIn,
               [this](const RequestContext &c) { return add(c); });
}

HttpResponse PaymentMethodEndpoints::list(const RequestContext &context)
{
    HttpResponse error;
    const qint64 id = context.ids.at(0);
    if (!m_services.customerFor(context.actor, id, Action::ViewCustomer, &error))
        return error;
    return HttpResponse::json(HttpStatus::Ok,
                              {{QStringLiteral("items"), m_services.paymentMethods().list(id)}});
}

HttpResponse PaymentMethodEndpoints::add(const RequestContext &context)
{
    HttpResponse error;
    const qint64 id = context.ids.at(0);
    const auto record = m_services.customerFor(context.actor, id, Action::AddAchMethod, &error);
    if (!record)
        return error;
    if (auto failed = api::checkIfMatch(context.request, record->customer.etag()))
        return *failed;
    const auto body = api::jsonBody(context.request, &error);
    if (!body)
        return error;
    if (const auto errors
        = api::checkMembers(*body,
                            {{QLatin1String("type"), api::JsonType::String},
                             {QLatin1String("routing_number"), api::JsonType::String, false},
                             {QLatin1String("account_number"), api::JsonType::String, false},
                             {QLatin1String("holder_name"), api::JsonType::String, false},
                             {QLatin1String("account_type"), api::JsonType::String, false}});
        !errors.isEmpty()) {
        return api::malformedBody(errors);
    }
    const QString type = body->value(QStringLiteral("type")).toString();
    if (type != QLatin1String("ach")) {
        return problem::validation({{QStringLiteral("type"), errorcode::InvalidFormat,
                                     QStringLiteral("Only ACH payment methods can be added "
                                                    "here; “%1” is not ach.")
                                         .arg(type)}});
    }

    QList<FieldError> errors;
    if (const auto refusal = AchEligibility::canAddMethod(record->customer.ach))
        errors.append(*refusal);
    const AchBankDetails details = AchBankDetails::fromJson(*body, &errors);
    errors.append(details.validate());
    if (!errors.isEmpty())
        return problem::validation(errors);

    const QDateTime now = m_services.clock().now();
    const auto method = m_services.paymentMethods().addAch(id, details, now);
    if (!method || !m_services.customers().markChanged(id, now)
        || !m_services.audit().append(id, context.actor, now,
                                      {toWire(HistoryAction::AchMethodAdded),
                                       QStringLiteral("payment_methods"),
                                       QJsonValue(QJsonValue::Null), *method})) {
        return problem::internalError();
    }
    const auto updated = m_services.customers().find(id);
    if (!updated)
        return problem::internalError();
    return api::resource(HttpStatus::Created, *method, updated->customer.etag());
}

} // namespace pac::server
