#pragma once

#include "storage/CreditApplicationStore.h"

namespace pac {

class CacheConnection;

// Internal to storage/: writes one known credit application inside the caller's transaction
// (CreditApplicationStore::store, and OutboxStore::complete for a submission or decision).
StorageStatus writeCreditApplication(CacheConnection &connection,
                                     const CreditApplicationRecord &record);

} // namespace pac
