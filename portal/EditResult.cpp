#include "portal/EditResult.h"

#include <QStringList>

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
    case Status::PortalFailed:
        // Not refusals before the portal: the caller handles them (see the header).
        result.status = EditResult::Status::StorageFailed;
        break;
    }
    return result;
}

} // namespace pac
