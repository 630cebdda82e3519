#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pac {

// The cache schema and its stepwise migrations. The version lives in `meta` (key
// `schema_version`; an empty file is version 0). Each step N-1 -> N runs in its own
// BEGIN IMMEDIATE transaction together with the version bump, so a failed or interrupted
// step leaves the file at N-1. See docs/storage.md for each version.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(pac::SchemaMigrations)

public:
    static int latestVersion();

    // The version recorded in the file (0 for an empty file).
    static StorageResult<int> version(const QSqlDatabase &db);

    // Migrates step by step up to `target` (≤ latestVersion()). A file newer than this program
    // knows is refused with SchemaTooNew and left untouched.
    static StorageStatus migrate(const QSqlDatabase &db, int target = latestVersion());
};

} // namespace pac
