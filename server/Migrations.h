#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pac::server {

// The store's schema, kept as numbered steps. The version lives in the meta table; each step
// runs in one transaction together with the version bump, so a store is never half-migrated.
int latestSchemaVersion();
int currentSchemaVersion(const QSqlDatabase &db); // 0 for an empty database

// Applies the missing steps up to targetVersion (-1: the latest). Refuses a store whose
// version is newer than this server knows.
bool migrateSchema(QSqlDatabase &db, QString *error, int targetVersion = -1);

} // namespace pac::server
