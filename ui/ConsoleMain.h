#pragma once

#include "portal/DemoPortal.h"

class QApplication;

namespace pac {

struct ConsoleOptions;

// Runs agent-console with its parsed options on `app` (which main() created): the console,
// or with --screenshot the screenshot tour, with `demoPortals` as the built-in demo portal.
// Returns the exit status.
int runConsole(QApplication &app, const ConsoleOptions &options, DemoPortalFactory demoPortals);

} // namespace pac
