#pragma once

#include "models/Customer.h"

#include <QByteArray>

namespace pac {

// Internal to storage/: the compact JSON text of a customer, the same document as
// QJsonDocument(toJson(customer)) (models/CustomerJson.h) but written straight into UTF-8
// bytes. Building the QJsonObject first was half the cost of storing a sync page (measured:
// see docs/storage.md); tst_storage_customerjson checks both give the same document.
QByteArray customerJsonBytes(const Customer &customer);

} // namespace pac
