#pragma once

#include "storage/OutboxEntry.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

namespace pac {

// Internal to storage/: how outbox rows are read and written.
namespace outboxrows {

// The column list every SELECT of entries uses, in entryFromRow()'s order.
QString columns();
// A sub-select of the head of each customer's queue (its oldest entry id).
QString heads();

std::optional<OutboxEntry> entryFromRow(const QSqlQuery &query);
// Runs a prepared SELECT of columns() and decodes the entries (unreadable rows are skipped).
StorageResult<QList<OutboxEntry>> entries(QSqlQuery &query);

QDateTime fromMs(const QVariant &msSinceEpoch);
QString newKey();
QString jsonText(const QJsonObject &object);

} // namespace outboxrows

} // namespace pac
