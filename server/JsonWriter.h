#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace pac::server {

// Appends the compact JSON text of `value` to `out` (the same text as
// QJsonDocument::toJson(Compact): members in QJsonObject's key order). It exists for large
// listings: a page of 1,000 customers is written into one buffer reserved up front, where
// QJsonDocument would build and grow a buffer per document.
void appendJson(QByteArray &out, const QJsonValue &value);

} // namespace pac::server
