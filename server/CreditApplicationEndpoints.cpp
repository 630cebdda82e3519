#include "server/CreditApplicationEndpoints.h"

#include "models/CreditApplicationJson.h"
#include "models/HistoryAction.h"
#include "server/ApiSupport.h"
#include "server/Cursor.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

namespace pac::server {

namespace {

// The rule asks for at least two; no business gives more than a handful, and each one is
// decoded and checked, so a longer list is refused before any item is looked at.
constexpr qsizetype kMaxTradeReferences = 10;

HttpResponse undecodable(const QString &badField)
{
    return api::malformedBody(
        {{badField, QStringLiteral("wrong_type"),
          QStringLiteral("%1 has the wrong type or an unknown value.").arg(badField)}});
}

HttpResponse applicationResource(HttpStatus status, const CreditApplication &application)
{
    return api::resource(status, toJson(application), application.etag());
}

QJsonObject summary(const CreditApplication &application)
{
    return {{QStringLiteral("id"), application.id},
            {QStringLiteral("status"), toWire(application.status)},
            {QStringLiteral("requested_limit_cents"), application.requestedLimitCents}};
}

} // namespace

CreditApplicationEndpoints::CreditApplicationEndpoints(PortalServices &services)
    : m_services(services)
{ }

void CreditApplicationEndpoints::addRoutes(Router &router)
{
    const auto signedIn = Router::Access::SignedIn;
    router.add("POST", QStringLiteral("/customers/{id}/credit-applications"), signedIn,
               [this](const RequestContext &c) { return submit(c); });
    router.add("GET", QStringLiteral("/credit-applications"), signedIn,
               [this](const RequestContext &c) { return list(c); });
    router.add("GET", QStringLiteral("/credit-applications/{id}"), signedIn,
               [this](const RequestContext &c) { return get(c); });
    router.add("POST", QStringLiteral("/credit-applications/{id}/decision"), signedIn,
               [this](const RequestContext &c) { return decide(c); });
}

HttpResponse CreditApplicationEndpoints::submit(const RequestContext &context)
{
    HttpResponse error;
    const qint64 customerId = context.ids.at(0);
    const auto record = m_services.customerFor(context.actor, customerId,
                                               Action::SubmitCreditApplication, &error);
    if (!record)
        return error;
    if (auto failed = api::checkIfMatch(context.request, record->customer.etag()))
        return *failed;
    const auto body = api::jsonBody(context.request, &error);
    if (!body)
        return error;
    if (const qsizetype references
        = body->value(QStringLiteral("trade_references")).toArray().size();
        references > kMaxTradeReferences) {
        return problem::validation(
            {{QStringLiteral("trade_references"), QString(errorcode::TooMany),
              QStringLiteral("At most %1 trade references; %2 were sent.")
                  .arg(kMaxTradeReferences)
                  .arg(references)}});
    }
    QString badField;
    auto application = creditApplicationFromJson(*body, &badField);
    if (!application)
        return undecodable(badField);

    // What the portal decides is not the client's to send.
    application->id = 0;
    application->customerId = customerId;
    application->version = 0;
    application->status = CreditApplicationStatus::Draft;
    application->submittedBy.reset();
    application->submittedAt = {};
    application->decision.reset();

    const QDateTime now = m_services.clock().now();
    const QList<FieldError> errors
        = application->submit(record->customer.creditLimitCents, context.actor.person(), now);
    if (!errors.isEmpty())
        return problem::validation(errors);
    if (!m_services.creditApplications().insert(*application, now)
        || !m_services.audit().append(customerId, context.actor, now,
                                      {toWire(HistoryAction::CreditApplicationSubmitted),
                                       QStringLiteral("credit_applications"),
                                       QJsonValue(QJsonValue::Null), summary(*application)})) {
        return problem::internalError();
    }
    HttpResponse response = applicationResource(HttpStatus::Created, *application);
    response.setHeader("Location",
                       "/api/v1/credit-applications/" + QByteArray::number(application->id));
    return response;
}

HttpResponse CreditApplicationEndpoints::list(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (auto error = api::rejectUnknownParameters(
            request, {QLatin1String("status"), QLatin1String("limit"), QLatin1String("cursor")})) {
        return *error;
    }
    if (const auto refusal
        = Permissions::refusal(context.actor.role, Action::ViewCreditApplications)) {
        return problem::forbidden(*refusal);
    }
    HttpResponse error;
    CreditApplicationStore::ListQuery query;
    query.viewer = context.actor.viewer();
    const auto limit = api::limitParameter(request, &error);
    if (!limit)
        return error;
    query.limit = *limit;
    const QString status = request.queryValue(QStringLiteral("status"));
    if (request.hasQueryItem(QStringLiteral("status"))) {
        query.status = creditApplicationStatusFromWire(status);
        if (!query.status) {
            return problem::badRequest(
                QStringLiteral("Unknown status “%1”.").arg(status),
                {{QStringLiteral("status"), errorcode::InvalidFormat,
                  QStringLiteral("status is one of submitted, approved, declined.")}});
        }
    }
    const QString scope
        = QStringLiteral("credit-applications|%1|%2").arg(context.actor.id).arg(status);
    if (request.hasQueryItem(QStringLiteral("cursor"))) {
        const auto position = cursor::decode(request.queryValue(QStringLiteral("cursor")), scope);
        if (!position) {
            return problem::badRequest(QStringLiteral("The cursor is not one of this listing."),
                                       {{QStringLiteral("cursor"), errorcode::InvalidFormat,
                                         QStringLiteral("Start again without a cursor.")}});
        }
        query.afterId = position->id;
    }
    const auto page = m_services.creditApplications().list(query);
    return HttpResponse::json(HttpStatus::Ok,
                              {{QStringLiteral("items"), page.items},
                               {QStringLiteral("next_cursor"),
                                page.lastId ? QJsonValue(cursor::encode({*page.lastId, {}}, scope))
                                            : QJsonValue(QJsonValue::Null)}});
}

HttpResponse CreditApplicationEndpoints::get(const RequestContext &context)
{
    const auto row = m_services.creditApplications().find(context.ids.at(0));
    if (!row || !Permissions::canSee(context.actor.viewer(), row->ownership))
        return problem::notFound();
    if (const auto refusal
        = Permissions::refusal(context.actor.role, Action::ViewCreditApplications)) {
        return problem::forbidden(*refusal);
    }
    const QByteArray etag = row->application.etag();
    if (api::ifNoneMatchHits(context.request, etag))
        return api::notModified(etag);
    return applicationResource(HttpStatus::Ok, row->application);
}

HttpResponse CreditApplicationEndpoints::decide(const RequestContext &context)
{
    auto row = m_services.creditApplications().find(context.ids.at(0));
    if (!row || !Permissions::canSee(context.actor.viewer(), row->ownership))
        return problem::notFound();
    if (const auto refusal
        = Permissions::refusal(context.actor.role, Action::DecideCreditApplication)) {
        return problem::forbidden(*refusal);
    }
    CreditApplication &application = row->application;
    if (auto failed = api::checkIfMatch(context.request, application.etag()))
        return *failed;
    HttpResponse error;
    const auto body = api::jsonBody(context.request, &error);
    if (!body)
        return error;
    QString badField;
    const auto decision = creditDecisionRequestFromJson(*body, &badField);
    if (!decision)
        return undecodable(badField);

    const QJsonObject before = summary(application);
    const QDateTime now = m_services.clock().now();
    const QList<FieldError> errors = decision->approve
        ? application.approve(decision->approvedLimitCents, decision->note, context.actor.person(),
                              now)
        : application.decline(decision->note, context.actor.person(), now);
    if (!errors.isEmpty())
        return problem::validation(errors);

    const qint64 customerId = application.customerId;
    const auto customer = m_services.customers().find(customerId);
    if (!customer)
        return problem::internalError();
    bool stored = m_services.creditApplications().update(application, now);
    if (stored && decision->approve) {
        stored
            = m_services.customers().setCreditLimit(customerId, decision->approvedLimitCents, now)
            && m_services.audit().append(
                customerId, context.actor, now,
                {toWire(HistoryAction::CreditDecision), QStringLiteral("credit_limit_cents"),
                 customer->customer.creditLimitCents, decision->approvedLimitCents});
    } else if (stored) {
        stored = m_services.audit().append(customerId, context.actor, now,
                                           {toWire(HistoryAction::CreditDecision),
                                            QStringLiteral("credit_applications"), before,
                                            summary(application)});
    }
    return stored ? applicationResource(HttpStatus::Ok, application) : problem::internalError();
}

} // namespace pac::server
