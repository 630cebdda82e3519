#include "server/PaymentMethodActionEndpoints.h"

#include "models/AchAuthorization.h"
#include "models/AchAuthorizationText.h"
#include "models/HistoryAction.h"
#include "server/ApiSupport.h"
#include "server/MicroDeposits.h"
#include "server/PaymentMethodEndpoints.h"
#include "server/PortalServices.h"
#include "server/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pac::server {

namespace {

const QString kPaymentMethods = QStringLiteral("payment_methods");

HttpResponse badParameter(const QString &name, const QString &code, const QString &message)
{
    return problem::badRequest(message, {{name, code, message}});
}

// The amounts_cents member: a list of integers, or *error (400) naming what is wrong.
std::optional<QList<qint64>> amountsOf(const QJsonObject &body, HttpResponse *error)
{
    const QString field = QStringLiteral("amounts_cents");
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        *error = api::malformedBody(
            {{field, QString(errorcode::Required), QStringLiteral("amounts_cents is required.")}});
        return std::nullopt;
    }
    QList<qint64> cents;
    const QJsonArray array = value.toArray();
    bool integers = value.isArray();
    for (const QJsonValue &item : array) {
        integers = integers && item.isDouble() && item.toDouble() == double(item.toInteger());
        cents.append(item.toInteger());
    }
    if (!integers) {
        *error = api::malformedBody({{field, QStringLiteral("wrong_type"),
                                      QStringLiteral("amounts_cents must be an array of "
                                                     "integers (cents).")}});
        return std::nullopt;
    }
    return cents;
}

// An action's body may be empty; if there is one it must be a JSON object.
bool emptyOrObject(const HttpRequest &request, HttpResponse *error)
{
    return request.body.trimmed().isEmpty() || api::jsonBody(request, error).has_value();
}

} // namespace

namespace {

// An action on a payment method takes no If-Match (API.md); the key is what keeps a retry
// from using a second verification try, or from revoking twice (PortalApi remembers the
// answer under it).
bool hasIdempotencyKey(const RequestContext &context, const QString &what, HttpResponse *error)
{
    if (context.request.hasHeader("idempotency-key"))
        return true;
    *error = problem::badRequest(
        QStringLiteral("%1 needs an Idempotency-Key.").arg(what),
        {{QStringLiteral("Idempotency-Key"), QStringLiteral("idempotency_key_required"),
          QStringLiteral("Send the request with an Idempotency-Key header, and the same key "
                         "when you retry it.")}});
    return false;
}

} // namespace

PaymentMethodActionEndpoints::PaymentMethodActionEndpoints(PortalServices &services)
    : m_services(services)
{ }

void PaymentMethodActionEndpoints::addRoutes(Router &router)
{
    const auto signedIn = Router::Access::SignedIn;
    router.add("GET", QStringLiteral("/ach/authorization-text"), signedIn,
               [this](const RequestContext &c) { return authorizationText(c); });
    router.add("POST", QStringLiteral("/payment-methods/{id}/verify"), signedIn,
               [this](const RequestContext &c) { return verify(c); });
    router.add("POST", QStringLiteral("/payment-methods/{id}/default"), signedIn,
               [this](const RequestContext &c) { return makeDefault(c); });
    router.add(
        "GET", QStringLiteral("/payment-methods/{id}/authorization.pdf"), signedIn,
        [this](const RequestContext &c) { return pdf(c); },
        [this](const RequestContext &c, const Router::Reply &reply) { pdfAsync(c, reply); });
    router.add("POST", QStringLiteral("/payment-methods/{id}/revoke"), signedIn,
               [this](const RequestContext &c) { return revoke(c); });
}

std::optional<PaymentMethodActionEndpoints::Visible>
PaymentMethodActionEndpoints::visibleMethod(const RequestContext &context, HttpResponse *error)
{
    auto method = m_services.paymentMethods().find(context.ids.at(0));
    if (!method) {
        *error = problem::notFound();
        return std::nullopt;
    }
    // The customer's visibility is the method's (billing rule 5): 404, never 403, for one
    // the caller may not see.
    auto customer
        = m_services.customerFor(context.actor, method->customerId, Action::AddAchMethod, error);
    if (!customer)
        return std::nullopt;
    return Visible {std::move(*method), std::move(*customer)};
}

HttpResponse PaymentMethodActionEndpoints::answer(qint64 methodId, const CustomerRecord &before,
                                                  const QDateTime &now)
{
    const qint64 customerId = before.customer.id;
    auto customer = m_services.customers().find(customerId);
    if (customer && customer->customer.ach != before.customer.ach) {
        if (!m_services.customers().markChanged(customerId, now))
            return problem::internalError();
        customer = m_services.customers().find(customerId);
    }
    const auto method = m_services.paymentMethods().find(methodId);
    if (!customer || !method)
        return problem::internalError();
    return api::resource(HttpStatus::Ok, method->toJson(), customer->customer.etag());
}

HttpResponse PaymentMethodActionEndpoints::authorizationText(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (auto error
        = api::rejectUnknownParameters(request,
                                       {QLatin1String("customer_id"), QLatin1String("sec_code"),
                                        QLatin1String("last4"), QLatin1String("account_type")})) {
        return *error;
    }
    const QString idText = request.queryValue(QStringLiteral("customer_id"));
    bool ok = false;
    const qint64 customerId = idText.toLongLong(&ok);
    if (!request.hasQueryItem(QStringLiteral("customer_id")))
        return badParameter(QStringLiteral("customer_id"), QString(errorcode::Required),
                            QStringLiteral("customer_id is required."));
    if (!ok || customerId < 1) {
        return badParameter(QStringLiteral("customer_id"), QString(errorcode::InvalidFormat),
                            QStringLiteral("customer_id must be a customer's id."));
    }
    HttpResponse error;
    const auto record
        = m_services.customerFor(context.actor, customerId, Action::AddAchMethod, &error);
    if (!record)
        return error;

    QList<FieldError> errors;
    const QString secText = request.queryValue(QStringLiteral("sec_code"));
    const auto secCode = achSecCodeFromWire(secText);
    if (secText.isEmpty()) {
        errors.append({QStringLiteral("sec_code"), QString(errorcode::Required),
                       QStringLiteral("Choose the entry class: CCD, PPD, TEL or WEB.")});
    } else if (!secCode) {
        errors.append(
            {QStringLiteral("sec_code"), QString(errorcode::InvalidFormat),
             QStringLiteral("“%1” is not an entry class: use CCD, PPD, TEL or WEB.").arg(secText)});
    }
    const QString last4 = request.queryValue(QStringLiteral("last4"));
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (request.hasQueryItem(QStringLiteral("last4")) && !fourDigits.match(last4).hasMatch()) {
        errors.append({QStringLiteral("last4"), QString(errorcode::InvalidFormat),
                       QStringLiteral("last4 is the account's last 4 digits.")});
    }
    const QString accountType = request.queryValue(QStringLiteral("account_type"));
    if (request.hasQueryItem(QStringLiteral("account_type"))
        && !achAccountTypeFromWire(accountType)) {
        errors.append({QStringLiteral("account_type"), QString(errorcode::InvalidFormat),
                       QStringLiteral("account_type is checking or savings.")});
    }
    if (!errors.isEmpty())
        return problem::validation(errors);

    const QString version = AchAuthorizationText::CurrentVersion;
    return HttpResponse::json(
        HttpStatus::Ok,
        {{QStringLiteral("version"), version},
         {QStringLiteral("sec_code"), toWire(*secCode)},
         {QStringLiteral("text"),
          AchAuthorizationText::text(
              version, *secCode,
              {InvoiceDocumentContext().portalName, record->customer.name, last4, accountType})}});
}

HttpResponse PaymentMethodActionEndpoints::verify(const RequestContext &context)
{
    HttpResponse error;
    const auto visible = visibleMethod(context, &error);
    if (!visible)
        return error;
    if (!hasIdempotencyKey(context, QStringLiteral("Verifying the deposits"), &error))
        return error;
    const auto body = api::jsonBody(context.request, &error);
    if (!body)
        return error;
    const auto amounts = amountsOf(*body, &error);
    if (!amounts)
        return error;
    const PaymentMethodRecord &method = visible->method;
    if (method.revoked) {
        return problem::conflict({QStringLiteral("revoked"), QString(errorcode::Revoked),
                                  QStringLiteral("The authorization of this bank account was "
                                                 "revoked; add the account again.")});
    }
    if (!method.isAch() || method.verification != AchVerificationState::Pending) {
        const QString message = method.verification == AchVerificationState::Failed
            ? QStringLiteral("This bank account could not be verified and has no tries left; "
                             "add it again to start over.")
            : QStringLiteral("This payment method is already verified.");
        return problem::conflict(
            {QStringLiteral("verification"), QString(errorcode::InvalidTransition), message});
    }
    if (const auto refusal = AchVerification::validateAmounts(*amounts))
        return problem::validation({*refusal});

    const QDateTime now = m_services.clock().now();
    const qint64 customerId = method.customerId;
    if (MicroDeposits::matches(method.id, amounts->at(0), amounts->at(1))) {
        PaymentMethodRecord after = method;
        after.verification = AchVerificationState::Verified;
        if (!m_services.paymentMethods().setVerification(method.id, AchVerificationState::Verified,
                                                         method.triesLeft)
            || !m_services.audit().append(customerId, context.actor, now,
                                          {toWire(HistoryAction::AchMethodVerified),
                                           kPaymentMethods,
                                           PaymentMethodEndpoints::historyValue(method),
                                           PaymentMethodEndpoints::historyValue(after)})) {
            return problem::internalError();
        }
        return answer(method.id, visible->customer, now);
    }

    // A try used. Kept although refused (keepsChange), so that a retry with the same
    // Idempotency-Key answers this again instead of using another try.
    const int triesLeft = std::max(0, method.triesLeft - 1);
    const bool failed = triesLeft == 0;
    PaymentMethodRecord after = method;
    after.verification = failed ? AchVerificationState::Failed : AchVerificationState::Pending;
    after.triesLeft = triesLeft;
    if (!m_services.paymentMethods().setVerification(method.id, after.verification, triesLeft))
        return problem::internalError();
    if (failed
        && !m_services.audit().append(customerId, context.actor, now,
                                      {toWire(HistoryAction::AchMethodVerificationFailed),
                                       kPaymentMethods,
                                       PaymentMethodEndpoints::historyValue(method),
                                       PaymentMethodEndpoints::historyValue(after)})) {
        return problem::internalError();
    }
    const FieldError refusal = failed
        ? FieldError {QStringLiteral("amounts_cents"), QString(errorcode::VerificationFailed),
                      QStringLiteral("The amounts do not match the deposits, and that was the "
                                     "last try: the bank account cannot be verified. Add it "
                                     "again to start over.")}
        : FieldError {QStringLiteral("amounts_cents"), QString(errorcode::WrongAmounts),
                      triesLeft == 1
                          ? QStringLiteral("The amounts do not match the deposits; 1 try left.")
                          : QStringLiteral("The amounts do not match the deposits; %1 tries left.")
                                .arg(triesLeft)};
    HttpResponse response = problem::validation({refusal});
    QJsonObject problemBody = QJsonDocument::fromJson(response.body).object();
    problemBody.insert(QStringLiteral("tries_left"), triesLeft);
    response.body = QJsonDocument(problemBody).toJson(QJsonDocument::Compact);
    response.keepsChange = true;
    return response;
}

HttpResponse PaymentMethodActionEndpoints::makeDefault(const RequestContext &context)
{
    HttpResponse error;
    const auto visible = visibleMethod(context, &error);
    if (!visible)
        return error;
    if (!hasIdempotencyKey(context, QStringLiteral("Making a payment method the default"), &error))
        return error;
    if (!emptyOrObject(context.request, &error))
        return error;
    const PaymentMethodRecord &method = visible->method;
    if (const auto refusal
        = AchVerification::canBeDefault(method.verification, method.revoked.has_value())) {
        return problem::conflict(*refusal);
    }
    const QDateTime now = m_services.clock().now();
    if (method.isDefault) {
        HttpResponse response = answer(method.id, visible->customer, now);
        response.changedNothing = true;
        return response;
    }
    const auto previous = m_services.paymentMethods().defaultOf(method.customerId);
    if (!m_services.paymentMethods().makeDefault(method.customerId, method.id)
        || !m_services.audit().append(
            method.customerId, context.actor, now,
            {toWire(HistoryAction::AchDefaultMethodSet), kPaymentMethods,
             previous ? QJsonValue(previous->reference()) : QJsonValue(QJsonValue::Null),
             method.reference()})) {
        return problem::internalError();
    }
    return answer(method.id, visible->customer, now);
}

HttpResponse PaymentMethodActionEndpoints::revoke(const RequestContext &context)
{
    HttpResponse error;
    const auto visible = visibleMethod(context, &error);
    if (!visible)
        return error;
    if (!hasIdempotencyKey(context, QStringLiteral("Revoking a payment method"), &error))
        return error;
    const auto body = api::jsonBody(context.request, &error);
    if (!body)
        return error;
    if (const auto errors
        = api::checkMembers(*body, {{QLatin1String("reason"), api::JsonType::String, false}});
        !errors.isEmpty()) {
        return api::malformedBody(errors);
    }
    const QString reason = body->value(QStringLiteral("reason")).toString().trimmed();
    if (const auto refusal = AchAuthorization::validateRevocationReason(reason))
        return problem::validation({*refusal});
    const PaymentMethodRecord &method = visible->method;
    if (method.revoked) {
        return problem::conflict({QStringLiteral("revoked"), QString(errorcode::Revoked),
                                  QStringLiteral("This authorization is already revoked.")});
    }
    if (!method.isAch()) {
        return problem::conflict({QStringLiteral("type"), QString(errorcode::InvalidTransition),
                                  QStringLiteral("Only an ACH authorization can be revoked "
                                                 "here.")});
    }
    const QDateTime now = m_services.clock().now();
    QJsonObject after = method.reference();
    after.insert(QStringLiteral("reason"), reason);
    if (!m_services.paymentMethods().revoke(method.id, {now, context.actor.name, reason})
        || !m_services.audit().append(method.customerId, context.actor, now,
                                      {toWire(HistoryAction::AchMethodRevoked), kPaymentMethods,
                                       QJsonValue(QJsonValue::Null), after})) {
        return problem::internalError();
    }
    return answer(method.id, visible->customer, now);
}

std::optional<AchAuthorizationRecord>
PaymentMethodActionEndpoints::documentRecord(const RequestContext &context, HttpResponse *error)
{
    const auto visible = visibleMethod(context, error);
    if (!visible)
        return std::nullopt;
    const PaymentMethodRecord &m = visible->method;
    if (!m.authorization) {
        *error = problem::notFound(); // stored before the portal kept authorizations
        return std::nullopt;
    }
    AchAuthorizationRecord record;
    record.methodId = m.id;
    record.customerName = visible->customer.customer.name;
    record.customerAccountNumber = visible->customer.customer.accountNumber;
    record.last4 = m.last4;
    record.accountType = m.accountType.value_or(QString());
    record.holderName = m.holderName;
    record.verification = m.verification;
    record.createdAt = m.createdAt;
    record.authorization = *m.authorization;
    if (m.revoked)
        record.revoked
            = AchAuthorizationRecord::Revocation {m.revoked->at, m.revoked->by, m.revoked->reason};
    record.generatedAt = m_services.clock().now();
    return record;
}

HttpResponse PaymentMethodActionEndpoints::pdf(const RequestContext &context)
{
    HttpResponse error;
    const auto record = documentRecord(context, &error);
    if (!record)
        return error;
    return InvoicePdfRenderer::pdfResponse(
        AchAuthorizationDocument(*record).toPdf(),
        QStringLiteral("ach-authorization-%1").arg(record->methodId));
}

void PaymentMethodActionEndpoints::pdfAsync(const RequestContext &context,
                                            const Router::Reply &reply)
{
    HttpResponse error;
    const auto record = documentRecord(context, &error);
    if (!record) {
        reply(error);
        return;
    }
    m_renderer.drawAsync([record = *record]() { return AchAuthorizationDocument(record).toPdf(); },
                         QStringLiteral("ach-authorization-%1").arg(record->methodId), reply);
}

} // namespace pac::server
