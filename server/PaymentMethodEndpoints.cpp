#include "server/PaymentMethodEndpoints.h"

#include "documents/InvoiceDocument.h"
#include "models/AchAuthorizationText.h"
#include "models/AchBankDetails.h"
#include "models/AchEligibility.h"
#include "models/HistoryAction.h"
#include "server/ApiSupport.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

#include <algorithm>

namespace pac::server {

namespace {

// The authorization of the request (billing rule 8): nullopt with *errors extended when it is
// missing or refused by the rule (422), or with *malformed set when a member is not a string
// (400).
std::optional<AchAuthorization> authorizationOf(const QJsonObject &body, QList<FieldError> *errors,
                                                std::optional<HttpResponse> *malformed)
{
    const QJsonValue value = body.value(QStringLiteral("authorization"));
    if (!value.isObject()) {
        errors->append({QStringLiteral("authorization"), QString(errorcode::AuthorizationRequired),
                        QStringLiteral("A bank account is only added with the payer's "
                                       "authorization of the debits: send `authorization`.")});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    QList<FieldError> wrongTypes
        = api::checkMembers(object,
                            {{QLatin1String("sec_code"), api::JsonType::String, false},
                             {QLatin1String("authorized_by_name"), api::JsonType::String, false},
                             {QLatin1String("authorized_by_title"), api::JsonType::String, false},
                             {QLatin1String("method"), api::JsonType::String, false},
                             {QLatin1String("text_version"), api::JsonType::String, false},
                             {QLatin1String("accepted_at"), api::JsonType::String, false}});
    if (!wrongTypes.isEmpty()) {
        for (FieldError &e : wrongTypes)
            e.field.prepend(QStringLiteral("authorization."));
        *malformed = api::malformedBody(wrongTypes);
        return std::nullopt;
    }
    QList<FieldError> found;
    const AchAuthorization authorization = AchAuthorization::fromJson(object, &found);
    // A value that could not be read is named once (invalid_format), not again as missing.
    for (const FieldError &e : authorization.validate()) {
        if (std::none_of(found.cbegin(), found.cend(),
                         [&](const FieldError &f) { return f.field == e.field; }))
            found.append(e);
    }
    const QString version = authorization.textVersion.trimmed();
    if (!version.isEmpty() && version != AchAuthorizationText::CurrentVersion) {
        found.append({QStringLiteral("authorization.text_version"),
                      QString(errorcode::StaleAuthorizationText),
                      QStringLiteral("The authorization text of version “%1” is no longer the "
                                     "current one (%2): show the payer the current text and "
                                     "have it accepted again.")
                          .arg(version, AchAuthorizationText::CurrentVersion)});
    }
    if (!found.isEmpty()) {
        errors->append(found);
        return std::nullopt;
    }
    return authorization;
}

} // namespace

// What a history entry keeps of a method: enough to name it, never more than the last 4.
QJsonObject PaymentMethodEndpoints::historyValue(const PaymentMethodRecord &method)
{
    QJsonObject value = method.reference();
    value.insert(QStringLiteral("type"), method.type);
    value.insert(QStringLiteral("account_type"), method.accountType.value_or(QString()));
    value.insert(QStringLiteral("verification"), toWire(method.verification));
    if (method.authorization && method.authorization->secCode)
        value.insert(QStringLiteral("sec_code"), toWire(*method.authorization->secCode));
    return value;
}

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
    std::optional<HttpResponse> malformed;
    const auto authorization = authorizationOf(*body, &errors, &malformed);
    if (malformed)
        return *malformed; // a member of the wrong type: the form, before the rules
    if (!errors.isEmpty())
        return problem::validation(errors);

    // The text kept is the portal's render of the version the payer accepted (the current
    // one: an older version was refused above), for this account and this customer.
    AchAuthorization accepted = *authorization;
    accepted.text = AchAuthorizationText::text(
        AchAuthorizationText::CurrentVersion, *accepted.secCode,
        {InvoiceDocumentContext().portalName, record->customer.name, details.last4(),
         toWire(details.accountType.value_or(AchAccountType::Checking))});
    accepted.recordedBy = context.actor.name;

    const QDateTime now = m_services.clock().now();
    const auto method = m_services.paymentMethods().addAch(id, details, accepted, now);
    if (!method || !m_services.customers().markChanged(id, now)
        || !m_services.audit().append(id, context.actor, now,
                                      {toWire(HistoryAction::AchMethodAdded),
                                       QStringLiteral("payment_methods"),
                                       QJsonValue(QJsonValue::Null), historyValue(*method)})) {
        return problem::internalError();
    }
    const auto updated = m_services.customers().find(id);
    if (!updated)
        return problem::internalError();
    return api::resource(HttpStatus::Created, method->toJson(), updated->customer.etag());
}

} // namespace pac::server
