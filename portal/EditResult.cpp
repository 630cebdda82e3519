#include "portal/EditResult.h"

#include <QStringList>

#include <algorithm>

namespace pac {

EditResult EditResult::saved(const OutboxEntry &entry)
{
    EditResult result;
    result.status = Status::Saved;
    result.entry = entry;
    result.message = tr("Saved; it will be sent to the portal.");
    return result;
}

EditResult EditResult::unchanged(const QString &message)
{
    EditResult result;
    result.status = Status::Unchanged;
    result.message = message;
    return result;
}

EditResult EditResult::invalid(const QList<FieldError> &errors)
{
    EditResult result;
    result.status = Status::Invalid;
    result.errors = errors;
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    result.message = messages.join(QLatin1Char('\n'));
    return result;
}

EditResult EditResult::notAllowed(const FieldError &refusal)
{
    EditResult result;
    result.status = Status::NotAllowed;
    result.errors = {refusal};
    result.message = refusal.message;
    return result;
}

EditResult EditResult::notFound(const QString &message)
{
    EditResult result;
    result.status = Status::NotFound;
    result.message = message;
    return result;
}

EditResult EditResult::blocked(const QString &message)
{
    EditResult result;
    result.status = Status::Blocked;
    result.message = message;
    return result;
}

EditResult EditResult::notSignedIn()
{
    EditResult result;
    result.status = Status::NotSignedIn;
    result.message = tr("Not signed in: sign in to the portal first.");
    return result;
}

EditResult EditResult::storageFailed(const StorageError &error)
{
    EditResult result;
    result.status = Status::StorageFailed;
    result.message = error.message;
    return result;
}

bool AchMethodResult::ok() const
{
    switch (status) {
    case Status::Added:
    case Status::Verified:
    case Status::DefaultSet:
    case Status::Revoked:
        return true;
    default:
        return false;
    }
}

EditResult AchMethodResult::refusal() const
{
    EditResult result;
    result.errors = errors;
    result.message = message;
    switch (status) {
    case Status::Invalid:
        result.status = EditResult::Status::Invalid;
        break;
    case Status::NotAllowed:
        result.status = EditResult::Status::NotAllowed;
        break;
    case Status::NotFound:
        result.status = EditResult::Status::NotFound;
        break;
    case Status::Blocked:
        result.status = EditResult::Status::Blocked;
        break;
    case Status::NotSignedIn:
        result.status = EditResult::Status::NotSignedIn;
        break;
    case Status::Added:
    case Status::Verified:
    case Status::WrongAmounts:
    case Status::VerificationFailed:
    case Status::DefaultSet:
    case Status::Revoked:
    case Status::PortalFailed:
        // Not refusals before the portal: the caller handles them (see the header).
        result.status = EditResult::Status::StorageFailed;
        break;
    }
    return result;
}

QString AchMethodResult::successMessage(Status success, const PaymentMethod &method)
{
    switch (success) {
    case Status::Added:
        return tr("Bank account ••••%1 (%2) added as payment method %3; it can be used once its "
                  "two micro-deposits are verified.")
            .arg(method.last4, method.accountType)
            .arg(method.id);
    case Status::Verified:
        return tr("Bank account ••••%1 verified: invoices can be debited from it.")
            .arg(method.last4);
    case Status::DefaultSet:
        return tr("Bank account ••••%1 is now the default payment method.").arg(method.last4);
    case Status::Revoked:
        return tr("The authorization of bank account ••••%1 is revoked; nothing more will be "
                  "debited from it.")
            .arg(method.last4);
    default:
        return {};
    }
}

AchMethodResult AchMethodResult::fromPortal(Status success, qint64 methodId,
                                            const PortalResult<PaymentMethod> &answer)
{
    AchMethodResult result;
    if (answer.ok()) {
        result.status = success;
        result.method = answer.value();
        result.triesLeft = result.method.triesLeft;
        result.message = successMessage(success, result.method);
        return result;
    }
    const PortalError &error = answer.error();
    result.portalError = error;
    result.errors = error.fieldErrors;
    result.method.id = methodId;
    const auto hasCode = [&error](QLatin1String code) {
        return std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                           [code](const FieldError &e) { return e.code == code; });
    };
    if (success == Status::Verified && error.kind == PortalError::Kind::Validation) {
        if (hasCode(errorcode::VerificationFailed)) {
            result.status = Status::VerificationFailed;
            result.method.verification = AchVerificationState::Failed;
            result.method.triesLeft = result.triesLeft = 0;
            result.message = tr("The amounts do not match the deposits, and that was the last "
                                "try: the bank account failed verification. Add it again, with a "
                                "new authorization, to try once more.");
            return result;
        }
        if (hasCode(errorcode::WrongAmounts)) {
            result.status = Status::WrongAmounts;
            result.method.verification = AchVerificationState::Pending;
            result.method.triesLeft = result.triesLeft = error.triesLeft.value_or(0);
            result.message = tr("The amounts do not match the deposits. Tries left: %1.")
                                 .arg(result.triesLeft);
            return result;
        }
    }
    result.status = Status::PortalFailed;
    result.message = error.message();
    return result;
}

} // namespace pac
