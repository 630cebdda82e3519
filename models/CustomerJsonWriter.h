#pragma once

#include "models/Customer.h"

#include <QByteArray>

namespace pac {

// The compact JSON text of a customer, the same document as QJsonDocument(toJson(customer))
// (models/CustomerJson.h) but written straight into UTF-8 bytes. Building the QJsonObject
// first was half the cost of storing a sync page in the cache (docs/storage.md) and a quarter
// of the portal's time serving a page of customers (docs/server.md);
// tst_storage_customerjson checks both give the same document.
QByteArray customerJsonBytes(const Customer &customer);

// Appends the same text to `out` (a listing writes a whole page into one buffer).
void appendCustomerJson(QByteArray &out, const Customer &customer);

} // namespace pac
