#pragma once

#include "models/Invoice.h"
#include "storage/StorageError.h"

namespace pac {

class CacheConnection;

// Internal to storage/: adds a delivery to a cached invoice inside the caller's transaction
// (InvoiceStore::addDelivery, and OutboxStore::complete for a resend, so the entry goes and
// the delivery appears in one commit).
StorageStatus addCachedDelivery(CacheConnection &connection, qint64 customerId, qint64 invoiceId,
                                const InvoiceDelivery &delivery);

} // namespace pac
