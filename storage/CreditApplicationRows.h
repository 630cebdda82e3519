#pragma once

#include "storage/CreditApplicationStore.h"

#include <QSqlDatabase>

namespace pac {

// Internal to storage/: writes one known credit application inside the caller's transaction
// (CreditApplicationStore::store, and OutboxStore::complete for a submission or decision).
StorageStatus writeCreditApplication(const QSqlDatabase &db, const CreditApplicationRecord &record);

} // namespace pac
