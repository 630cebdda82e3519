// The ACH endpoints of PortalClient (API.md "ACH authorization and verification"): the
// authorization text, adding a bank account with its authorization, the micro-deposit check,
// the default method, the authorization as a PDF, revocation.
#include "portal/PortalClient.h"
#include "portal/PortalEndpointSupport.h"
#include "portal/PortalJson.h"

#include <QJsonArray>

namespace pac {

namespace {

using endpoint::change;
using endpoint::decode;
using endpoint::deliver;

QString paymentMethodPath(qint64 methodId, QLatin1String tail = {})
{
    return QStringLiteral("/payment-methods/") + QString::number(methodId) + tail;
}

PortalResult<PaymentMethod> decodePaymentMethod(const HttpResponse &response)
{
    return decode<PaymentMethod>(response, [](const QJsonObject &o, QString *field) {
        return paymentMethodFromJson(o, field);
    });
}

// An action on a payment method: no If-Match; the Idempotency-Key (a fresh one when null)
// makes the call's retries harmless.
PortalRequest methodAction(qint64 methodId, QLatin1String action, const QJsonObject &body,
                           const QUuid &idempotencyKey)
{
    ChangeGuard guard;
    guard.idempotencyKey = idempotencyKey.isNull() ? QUuid::createUuid() : idempotencyKey;
    return change("POST", paymentMethodPath(methodId, action), body, guard);
}

} // namespace

PortalCall *PortalClient::achAuthorizationText(qint64 customerId, AchSecCode code,
                                               const QString &last4, const QString &accountType,
                                               QObject *context,
                                               Callback<AchAuthorizationTextResult> done)
{
    PortalRequest request;
    request.path = QStringLiteral("/ach/authorization-text");
    request.query.addQueryItem(QStringLiteral("customer_id"), QString::number(customerId));
    request.query.addQueryItem(QStringLiteral("sec_code"), toWire(code));
    if (!last4.isEmpty())
        request.query.addQueryItem(QStringLiteral("last4"), last4);
    if (!accountType.isEmpty())
        request.query.addQueryItem(QStringLiteral("account_type"), accountType);
    return start(
        std::move(request), context,
        deliver<AchAuthorizationTextResult>(std::move(done), [](const HttpResponse &response) {
            return decode<AchAuthorizationTextResult>(response, achAuthorizationTextFromJson);
        }));
}

PortalCall *PortalClient::addAchPaymentMethod(qint64 customerId, const AchBankDetails &details,
                                              const AchAuthorization &authorization,
                                              const ChangeGuard &guard, QObject *context,
                                              Callback<PaymentMethod> done)
{
    // The text as accepted and who recorded it are the portal's to fill in.
    AchAuthorization sent = authorization;
    sent.text.clear();
    sent.recordedBy.clear();
    QJsonObject body = details.toJson();
    body.insert(QStringLiteral("authorization"), sent.toJson());
    return start(change("POST",
                        QStringLiteral("/customers/") + QString::number(customerId)
                            + QStringLiteral("/payment-methods"),
                        body, guard),
                 context, deliver<PaymentMethod>(std::move(done), decodePaymentMethod));
}

PortalCall *PortalClient::verifyPaymentMethod(qint64 methodId, const QList<qint64> &amountsCents,
                                              const QUuid &idempotencyKey, QObject *context,
                                              Callback<PaymentMethod> done)
{
    QJsonArray amounts;
    for (const qint64 cents : amountsCents)
        amounts.append(cents);
    return start(methodAction(methodId, QLatin1String("/verify"),
                              {{QStringLiteral("amounts_cents"), amounts}}, idempotencyKey),
                 context, deliver<PaymentMethod>(std::move(done), decodePaymentMethod));
}

PortalCall *PortalClient::setDefaultPaymentMethod(qint64 methodId, QObject *context,
                                                  Callback<PaymentMethod> done)
{
    return start(methodAction(methodId, QLatin1String("/default"), {}, {}), context,
                 deliver<PaymentMethod>(std::move(done), decodePaymentMethod));
}

PortalCall *PortalClient::paymentMethodAuthorizationPdf(qint64 methodId, QObject *context,
                                                        Callback<QByteArray> done)
{
    PortalRequest request;
    request.path = paymentMethodPath(methodId, QLatin1String("/authorization.pdf"));
    request.accept = "application/pdf";
    return start(std::move(request), context,
                 deliver<QByteArray>(std::move(done), endpoint::decodePdf));
}

PortalCall *PortalClient::revokePaymentMethod(qint64 methodId, const QString &reason,
                                              QObject *context, Callback<PaymentMethod> done)
{
    return start(
        methodAction(methodId, QLatin1String("/revoke"), {{QStringLiteral("reason"), reason}}, {}),
        context, deliver<PaymentMethod>(std::move(done), decodePaymentMethod));
}

} // namespace pac
