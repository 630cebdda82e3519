// CustomerEditService: bank accounts (billing rules 4 and 8): adding one with the payer's
// authorization, verifying its micro-deposits, making it the default, revoking it. Online
// only: the full account number exists in memory and in the request body, never in the
// outbox, the cache or a log line; the deposit amounts are never kept either. The cache
// keeps only the customer's new state the portal returns.
#include "models/AchAuthorization.h"
#include "models/AchEligibility.h"
#include "portal/CustomerEditService.h"
#include "portal/Log.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

#include <QUuid>

namespace pac {

namespace {

using Status = AchMethodResult::Status;

AchMethodResult achFailure(Status status, const QString &message,
                           const QList<FieldError> &errors = {})
{
    AchMethodResult result;
    result.status = status;
    result.message = message;
    result.errors = errors;
    return result;
}

AchMethodResult invalid(const QList<FieldError> &errors)
{
    return achFailure(Status::Invalid, EditResult::invalid(errors).message, errors);
}

AchMethodResult fromEditResult(const EditResult &refused)
{
    switch (refused.status) {
    case EditResult::Status::NotAllowed:
        return achFailure(Status::NotAllowed, refused.message, refused.errors);
    case EditResult::Status::NotFound:
        return achFailure(Status::NotFound, refused.message);
    case EditResult::Status::Blocked:
        return achFailure(Status::Blocked, refused.message);
    case EditResult::Status::NotSignedIn:
        return achFailure(Status::NotSignedIn, refused.message);
    default:
        return achFailure(Status::PortalFailed, refused.message, refused.errors);
    }
}

// Runs `done` on the context's thread unless the context is gone; never inside the call
// that started the work.
void deliver(QObject *context, CustomerEditService::AchMethodCallback done, AchMethodResult result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result = std::move(result)] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

} // namespace

std::variant<CustomerEditService::Target, AchMethodResult>
CustomerEditService::prepareAch(qint64 customerId) const
{
    auto prepared = prepare(customerId, Action::AddAchMethod);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return fromEditResult(*refused);
    Target &target = std::get<Target>(prepared);
    if (target.customer.local) {
        // A queued edit is based on the current version; the portal's next version (the
        // method's effect on the customer's ACH state) would turn the edit into a conflict.
        return achFailure(Status::Blocked,
                          tr("Customer %1 has edits not yet sent to the portal; send them "
                             "first, then change its bank accounts.")
                              .arg(customerId));
    }
    return std::move(target);
}

void CustomerEditService::addAchMethod(qint64 customerId, const AchBankDetails &details,
                                       const AchAuthorization &authorization, QObject *context,
                                       AchMethodCallback done)
{
    auto prepared = prepareAch(customerId);
    if (auto *refused = std::get_if<AchMethodResult>(&prepared)) {
        deliver(context, std::move(done), *refused);
        return;
    }
    const Target &target = std::get<Target>(prepared);
    const QList<FieldError> errors = details.validate() + authorization.validate();
    if (!errors.isEmpty()) {
        deliver(context, std::move(done), invalid(errors));
        return;
    }
    if (auto problem = AchEligibility::canAddMethod(target.customer.shown().ach)) {
        deliver(context, std::move(done), invalid({*problem}));
        return;
    }
    sendAchMethod(customerId, details, authorization, target.customer.server.etag(), true, context,
                  std::move(done));
}

void CustomerEditService::sendAchMethod(qint64 customerId, const AchBankDetails &details,
                                        const AchAuthorization &authorization,
                                        const QByteArray &etag, bool refreshOn412, QObject *context,
                                        AchMethodCallback done)
{
    QPointer<QObject> guard(context);
    const ChangeGuard change {etag, QUuid::createUuid()};
    auto answered = [this, customerId, details, authorization, refreshOn412, guard,
                     done = std::move(done)](const PortalResult<PaymentMethod> &result) mutable {
        if (!guard)
            return;
        if (result.ok()) {
            qCDebug(lcPortal) << "ACH account added to customer" << customerId;
            AchMethodResult added = AchMethodResult::fromPortal(Status::Added, 0, result);
            finishAchMethod(customerId, added, guard, std::move(done));
            return;
        }
        const PortalError &error = result.error();
        if (error.kind == PortalError::Kind::PreconditionFailed && refreshOn412) {
            // Someone changed the customer since our last sync. The account does not depend on
            // what changed, but eligibility might: take the new copy, check again, and send
            // once more on its ETag.
            m_client.getCustomer(
                customerId, {}, this,
                [this, customerId, details, authorization, guard,
                 done = std::move(done)](const PortalResult<CustomerFetch> &fetch) mutable {
                    if (!guard)
                        return;
                    if (!fetch.ok() || fetch->notModified) {
                        AchMethodResult failedResult = achFailure(
                            Status::PortalFailed,
                            fetch.ok() ? tr("The customer changed on the portal; sync and try "
                                            "again.")
                                       : fetch.error().message());
                        if (!fetch.ok())
                            failedResult.portalError = fetch.error();
                        done(failedResult);
                        return;
                    }
                    const Customer &fresh = fetch->customer;
                    if (auto stored = m_cache.customers().storeServerCopies({fresh}); !stored)
                        qCWarning(lcPortal) << "customer" << customerId << "not refreshed";
                    emit customerEdited(customerId);
                    if (auto problem = AchEligibility::canAddMethod(fresh.ach)) {
                        done(invalid({*problem}));
                        return;
                    }
                    sendAchMethod(customerId, details, authorization, fresh.etag(), false, guard,
                                  std::move(done));
                });
            return;
        }
        done(AchMethodResult::fromPortal(Status::Added, 0, result));
    };
    m_client.addAchPaymentMethod(customerId, details, authorization, change, this,
                                 std::move(answered));
}

void CustomerEditService::verifyAchMethod(qint64 customerId, qint64 methodId,
                                          const QList<qint64> &amountsCents, QObject *context,
                                          AchMethodCallback done)
{
    // One key for this try: the call's retries reuse it, so a lost answer never costs a try.
    const QUuid key = QUuid::createUuid();
    actOnAchMethod(
        customerId, methodId, Status::Verified, AchVerification::validateAmounts(amountsCents),
        [this, methodId, amountsCents, key](QObject *callContext, auto answered) {
            m_client.verifyPaymentMethod(methodId, amountsCents, key, callContext,
                                         std::move(answered));
        },
        context, std::move(done));
}

void CustomerEditService::setDefaultAchMethod(qint64 customerId, qint64 methodId, QObject *context,
                                              AchMethodCallback done)
{
    actOnAchMethod(
        customerId, methodId, Status::DefaultSet, std::nullopt,
        [this, methodId](QObject *callContext, auto answered) {
            m_client.setDefaultPaymentMethod(methodId, callContext, std::move(answered));
        },
        context, std::move(done));
}

void CustomerEditService::revokeAchMethod(qint64 customerId, qint64 methodId, const QString &reason,
                                          QObject *context, AchMethodCallback done)
{
    actOnAchMethod(
        customerId, methodId, Status::Revoked, AchAuthorization::validateRevocationReason(reason),
        [this, methodId, reason = reason.trimmed()](QObject *callContext, auto answered) {
            m_client.revokePaymentMethod(methodId, reason, callContext, std::move(answered));
        },
        context, std::move(done));
}

void CustomerEditService::actOnAchMethod(qint64 customerId, qint64 methodId,
                                         AchMethodResult::Status success,
                                         const std::optional<FieldError> &problem,
                                         const MethodCall &call, QObject *context,
                                         AchMethodCallback done)
{
    auto prepared = prepareAch(customerId);
    if (auto *refused = std::get_if<AchMethodResult>(&prepared)) {
        deliver(context, std::move(done), *refused);
        return;
    }
    if (problem) {
        deliver(context, std::move(done), invalid({*problem}));
        return;
    }
    QPointer<QObject> guard(context);
    call(this,
         [this, customerId, methodId, success, guard,
          done = std::move(done)](const PortalResult<PaymentMethod> &answer) mutable {
             if (!guard)
                 return;
             AchMethodResult result = AchMethodResult::fromPortal(success, methodId, answer);
             qCDebug(lcPortal) << "ACH method" << methodId << "of customer" << customerId
                               << (result.ok() ? "changed" : "not changed");
             if (!result.ok()) {
                 done(result);
                 return;
             }
             finishAchMethod(customerId, result, guard, std::move(done));
         });
}

void CustomerEditService::finishAchMethod(qint64 customerId, const AchMethodResult &result,
                                          QObject *context, AchMethodCallback done)
{
    // The customer's ACH state (and version) may have changed: take the portal's copy.
    QPointer<QObject> guard(context);
    m_client.getCustomer(customerId, {}, this,
                         [this, customerId, result, guard,
                          done = std::move(done)](const PortalResult<CustomerFetch> &fetch) {
                             if (fetch.ok() && !fetch->notModified) {
                                 if (auto stored
                                     = m_cache.customers().storeServerCopies({fetch->customer});
                                     stored) {
                                     emit customerEdited(customerId);
                                 }
                             } else if (!fetch.ok()) {
                                 qCWarning(lcPortal) << "customer" << customerId
                                                     << "not refreshed after an ACH change";
                             }
                             if (guard)
                                 done(result);
                         });
}

} // namespace pac
