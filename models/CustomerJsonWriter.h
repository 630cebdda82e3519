#pragma once

#include "models/Customer.h"

#include <QByteArray>
#include <QStringView>

namespace pac {

// The one encoder of the Customer resource (docs/portal-api.yaml, `Customer`): compact JSON
// written straight into UTF-8 bytes. The codec (models/CustomerJson.h) only decodes; its
// toJson(Customer) parses these bytes. Building a QJsonObject first was half the cost of
// storing a sync page in the cache (docs/storage.md) and a quarter of the portal's time
// serving a page of customers (docs/server.md). tst_wire_contract pins the names it writes
// against the schema.
QByteArray customerJsonBytes(const Customer &customer);

// Appends the same text to `out` (a listing writes a whole page into one buffer).
void appendCustomerJson(QByteArray &out, const Customer &customer);

// `ach.enabled_by` of a customer (ManualAchEnable: {id, name, at, reason}), which the audit
// history also records as the before and after of a manual enable.
QByteArray manualAchEnableJsonBytes(const ManualAchEnable &enable);

// The tree's one JSON string escaper: `text` as a JSON string literal in UTF-8, with '"',
// '\\' and control characters (as \u00XX) escaped.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace pac
