// CustomerEditService: adding an ACH bank account. Online only (billing rule 4): the full
// account number exists in memory and in the request body, never in the outbox, the cache
// or a log line; the cache keeps only the customer's new state the portal returns.
#include "models/AchEligibility.h"
#include "portal/CustomerEditService.h"
#include "portal/Log.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

#include <QUuid>

namespace pac {

namespace {

AchMethodResult achFailure(AchMethodResult::Status status, const QString &message,
                           const QList<FieldError> &errors = {})
{
    AchMethodResult result;
    result.status = status;
    result.message = message;
    result.errors = errors;
    return result;
}

AchMethodResult fromEditResult(const EditResult &refused)
{
    using Status = AchMethodResult::Status;
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

void CustomerEditService::addAchMethod(qint64 customerId, const AchBankDetails &details,
                                       QObject *context, AchMethodCallback done)
{
    auto prepared = prepare(customerId, Action::AddAchMethod);
    if (auto *refused = std::get_if<EditResult>(&prepared)) {
        deliver(context, std::move(done), fromEditResult(*refused));
        return;
    }
    const Target &target = std::get<Target>(prepared);
    if (const QList<FieldError> errors = details.validate(); !errors.isEmpty()) {
        deliver(context, std::move(done),
                achFailure(AchMethodResult::Status::Invalid, EditResult::invalid(errors).message,
                           errors));
        return;
    }
    if (auto problem = AchEligibility::canAddMethod(target.customer.shown().ach)) {
        deliver(context, std::move(done),
                achFailure(AchMethodResult::Status::Invalid, problem->message, {*problem}));
        return;
    }
    if (target.customer.local) {
        // A queued edit is based on the current version; the new account would bump it and
        // turn the edit into a conflict.
        deliver(context, std::move(done),
                achFailure(AchMethodResult::Status::Blocked,
                           tr("Customer %1 has edits not yet sent to the portal; send them "
                              "first, then add the bank account.")
                               .arg(customerId)));
        return;
    }
    sendAchMethod(customerId, details, target.customer.server.etag(), true, context,
                  std::move(done));
}

void CustomerEditService::sendAchMethod(qint64 customerId, const AchBankDetails &details,
                                        const QByteArray &etag, bool refreshOn412, QObject *context,
                                        AchMethodCallback done)
{
    QPointer<QObject> guard(context);
    const ChangeGuard change {etag, QUuid::createUuid()};
    m_client.addAchPaymentMethod(
        customerId, details, change, this,
        [this, customerId, details, refreshOn412, guard,
         done = std::move(done)](const PortalResult<PaymentMethod> &result) mutable {
            if (!guard)
                return;
            if (result.ok()) {
                finishAchMethod(customerId, result.value(), guard, std::move(done));
                return;
            }
            const PortalError &error = result.error();
            if (error.kind == PortalError::Kind::PreconditionFailed && refreshOn412) {
                // Someone changed the customer since our last sync. The account does not
                // depend on what changed, but eligibility might: take the new copy, check
                // again, and send once more on its ETag.
                m_client.getCustomer(
                    customerId, {}, this,
                    [this, customerId, details, guard,
                     done = std::move(done)](const PortalResult<CustomerFetch> &fetch) mutable {
                        if (!guard)
                            return;
                        if (!fetch.ok() || fetch->notModified) {
                            AchMethodResult failedResult
                                = achFailure(AchMethodResult::Status::PortalFailed,
                                             fetch.ok() ? tr("The customer changed on the portal; "
                                                             "sync and try again.")
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
                            done(achFailure(AchMethodResult::Status::Invalid, problem->message,
                                            {*problem}));
                            return;
                        }
                        sendAchMethod(customerId, details, fresh.etag(), false, guard,
                                      std::move(done));
                    });
                return;
            }
            AchMethodResult failedResult = achFailure(AchMethodResult::Status::PortalFailed,
                                                      error.message(), error.fieldErrors);
            failedResult.portalError = error;
            done(failedResult);
        });
}

void CustomerEditService::finishAchMethod(qint64 customerId, const PaymentMethod &method,
                                          QObject *context, AchMethodCallback done)
{
    qCDebug(lcPortal) << "ACH account added to customer" << customerId;
    AchMethodResult added;
    added.status = AchMethodResult::Status::Added;
    added.method = method;
    added.message = tr("Bank account ••••%1 (%2) added to customer %3.")
                        .arg(method.last4, method.accountType)
                        .arg(customerId);
    // The customer's ACH state changed: take the portal's copy (its new version too).
    QPointer<QObject> guard(context);
    m_client.getCustomer(customerId, {}, this,
                         [this, customerId, added, guard,
                          done = std::move(done)](const PortalResult<CustomerFetch> &fetch) {
                             if (fetch.ok() && !fetch->notModified) {
                                 if (auto stored
                                     = m_cache.customers().storeServerCopies({fetch->customer});
                                     stored) {
                                     emit customerEdited(customerId);
                                 }
                             }
                             if (guard)
                                 done(added);
                         });
}

} // namespace pac
