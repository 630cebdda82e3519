#pragma once

#include "storage/MetaStore.h"

namespace pac {

class ConsoleSettings;
class CustomerEditService;
class DialogPresenter;
class LocalCache;
class PortalClient;
class SyncEngine;

// What the main window works with, built and owned by ConsoleApplication (the composition
// root) and passed in: no widget reaches for a global.
struct ConsoleContext
{
    PortalClient &client;
    LocalCache &cache;
    SyncEngine &engine;
    CustomerEditService &edits;
    ConsoleSettings &settings;
    DialogPresenter &presenter;
    CacheUser user; // who is signed in (the cache belongs to them)
    QString portalName; // "built-in demo portal" or the portal's host, for the title
};

} // namespace pac
