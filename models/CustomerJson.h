#pragma once

#include "models/Customer.h"

#include <QJsonObject>

namespace pac {

// JSON codec of the Customer resource, shared by the reference portal and the client so the
// two cannot drift apart. It decodes; the one encoder is models/CustomerJsonWriter.h, and
// toJson(Customer) and toJson(ManualAchEnable) are that writer's text parsed, for callers
// that add members or keep a QJsonValue.
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const ManualAchEnable &enable);
// {id, name}: a customer's agent, and the people of credit applications and the audit history.
QJsonObject toJson(const PersonRef &person);

// Decodes a Customer; on a missing or mistyped field returns nullopt and, if given, sets
// *badField to the JSON name of the first offending field.
std::optional<Customer> customerFromJson(const QJsonObject &object, QString *badField = nullptr);

// RFC 3339 UTC with milliseconds ("2026-11-25T11:39:59.123Z") and YYYY-MM-DD.
QString toRfc3339(const QDateTime &time);
QDateTime fromRfc3339(const QString &text);
QString toIsoDate(const QDate &date);

} // namespace pac
