#include "portal/SyncTypes.h"

namespace pac {

SyncFailure SyncFailure::fromPortal(const PortalError &error)
{
    SyncFailure failure;
    failure.cause = Cause::Portal;
    failure.portal = error;
    return failure;
}

SyncFailure SyncFailure::fromStorage(const StorageError &error)
{
    SyncFailure failure;
    failure.cause = Cause::Storage;
    failure.storage = error;
    return failure;
}

bool isConnectivityFailure(const PortalError &error)
{
    using Kind = PortalError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Tls;
}

QString SyncFailure::message() const
{
    if (cause == Cause::Storage)
        return tr("The local cache could not be updated: %1").arg(storage.message);
    return portal.message();
}

} // namespace pac
