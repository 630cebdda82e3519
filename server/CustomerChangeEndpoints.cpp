#include "server/CustomerChangeEndpoints.h"

#include "models/AchEligibility.h"
#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "models/HistoryAction.h"
#include "models/InvoiceEmailList.h"
#include "models/PaymentTerms.h"
#include "server/ApiSupport.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

#include <QJsonArray>

namespace pac::server {

CustomerChangeEndpoints::CustomerChangeEndpoints(PortalServices &services)
    : m_services(services)
{ }

void CustomerChangeEndpoints::addRoutes(Router &router)
{
    const auto signedIn = Router::Access::SignedIn;
    router.add("PUT", QStringLiteral("/customers/{id}/invoice-emails"), signedIn,
               [this](const RequestContext &c) { return setInvoiceEmails(c); });
    router.add("PUT", QStringLiteral("/customers/{id}/payment-terms"), signedIn,
               [this](const RequestContext &c) { return setPaymentTerms(c); });
    router.add("POST", QStringLiteral("/customers/{id}/ach/manual-enable"), signedIn,
               [this](const RequestContext &c) { return enableAchManually(c); });
}

HttpResponse CustomerChangeEndpoints::changed(qint64 id)
{
    const auto record = m_services.customers().find(id);
    if (!record)
        return problem::internalError();
    return api::resource(HttpStatus::Ok, customerJsonBytes(record->customer),
                         record->customer.etag());
}

HttpResponse CustomerChangeEndpoints::unchanged(qint64 id)
{
    HttpResponse response = changed(id);
    response.changedNothing = true;
    return response;
}

std::optional<CustomerChangeEndpoints::Request>
CustomerChangeEndpoints::accept(const RequestContext &context, Action action,
                                std::initializer_list<api::Member> members, HttpResponse *error)
{
    auto record = m_services.customerFor(context.actor, context.ids.at(0), action, error);
    if (!record)
        return std::nullopt;
    if (auto failed = api::checkIfMatch(context.request, record->customer.etag())) {
        *error = *failed;
        return std::nullopt;
    }
    auto body = api::jsonBody(context.request, error);
    if (!body)
        return std::nullopt;
    if (const auto errors = api::checkMembers(*body, members); !errors.isEmpty()) {
        *error = api::malformedBody(errors);
        return std::nullopt;
    }
    return Request {std::move(*record), std::move(*body)};
}

HttpResponse CustomerChangeEndpoints::setInvoiceEmails(const RequestContext &context)
{
    HttpResponse error;
    const qint64 id = context.ids.at(0);
    const auto request = accept(context, Action::EditInvoiceEmails,
                                {{QLatin1String("emails"), api::JsonType::StringArray}}, &error);
    if (!request)
        return error;
    const CustomerRecord &record = request->record;
    const QJsonObject &body = request->body;
    QStringList emails;
    const QJsonArray array = body.value(QStringLiteral("emails")).toArray();
    for (const QJsonValue &email : array)
        emails.append(email.toString());

    const InvoiceEmailList::Validation validation = InvoiceEmailList::validate(emails);
    if (!validation.ok())
        return problem::validation(validation.errors);
    const QStringList before = record.customer.invoiceEmails;
    if (validation.emails == before)
        return unchanged(id); // nothing to change: no new version, no audit entry

    const QDateTime now = m_services.clock().now();
    if (!m_services.customers().setInvoiceEmails(id, validation.emails, now)
        || !m_services.audit().append(
            id, context.actor, now,
            {toWire(HistoryAction::InvoiceEmailsChanged), QStringLiteral("invoice_emails"),
             QJsonArray::fromStringList(before), QJsonArray::fromStringList(validation.emails)})) {
        return problem::internalError();
    }
    return changed(id);
}

HttpResponse CustomerChangeEndpoints::setPaymentTerms(const RequestContext &context)
{
    HttpResponse error;
    const qint64 id = context.ids.at(0);
    const auto request = accept(context, Action::ChangePaymentTerms,
                                {{QLatin1String("terms"), api::JsonType::String}}, &error);
    if (!request)
        return error;
    const CustomerRecord &record = request->record;
    const QJsonObject &body = request->body;
    const QString wire = body.value(QStringLiteral("terms")).toString();
    const auto target = paymentTermsFromWire(wire);
    if (!target) {
        return api::malformedBody(
            {{QStringLiteral("terms"), errorcode::InvalidFormat,
              QStringLiteral("“%1” is not due_on_receipt or net15.").arg(wire)}});
    }

    const Customer &customer = record.customer;
    const PaymentTerms::Change change = PaymentTerms::change(customer, *target);
    if (!change.ok())
        return problem::validation({*change.error});
    if (!change.changed)
        return unchanged(id);

    const QDateTime now = m_services.clock().now();
    bool stored
        = m_services.customers().setTermsAndLimit(id, change.terms, change.creditLimitCents, now)
        && m_services.audit().append(id, context.actor, now,
                                     {toWire(HistoryAction::PaymentTermsChanged),
                                      QStringLiteral("payment_terms"),
                                      toWire(customer.paymentTerms), toWire(change.terms)});
    if (stored && change.creditLimitCents != customer.creditLimitCents) {
        stored = m_services.audit().append(id, context.actor, now,
                                           {toWire(HistoryAction::PaymentTermsChanged),
                                            QStringLiteral("credit_limit_cents"),
                                            customer.creditLimitCents, change.creditLimitCents});
    }
    return stored ? changed(id) : problem::internalError();
}

HttpResponse CustomerChangeEndpoints::enableAchManually(const RequestContext &context)
{
    HttpResponse error;
    const qint64 id = context.ids.at(0);
    const auto request = accept(context, Action::EnableAchManually,
                                {{QLatin1String("reason"), api::JsonType::String, false}}, &error);
    if (!request)
        return error;
    const CustomerRecord &record = request->record;
    const QJsonObject &body = request->body;
    const QString reason = body.value(QStringLiteral("reason")).toString().trimmed();
    if (const auto refusal = AchEligibility::canEnableManually(record.achFacts, reason))
        return problem::validation({*refusal});

    const QDateTime now = m_services.clock().now();
    const ManualAchEnable enable {context.actor.person(), now, reason};
    const auto before = record.achFacts.manualEnable;
    if (!m_services.customers().setManualAchEnable(id, enable, now)
        || !m_services.audit().append(
            id, context.actor, now,
            {toWire(HistoryAction::AchManuallyEnabled), QStringLiteral("ach.enabled_by"),
             before ? QJsonValue(toJson(*before)) : QJsonValue(QJsonValue::Null),
             toJson(enable)})) {
        return problem::internalError();
    }
    return changed(id);
}

} // namespace pac::server
