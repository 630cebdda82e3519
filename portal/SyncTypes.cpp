#include "portal/SyncTypes.h"

namespace pac {

QString SyncFailure::message() const
{
    if (cause == Cause::Storage)
        return tr("The local cache could not be updated: %1").arg(storage.message);
    return portal.message();
}

} // namespace pac
