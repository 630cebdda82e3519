#pragma once

class QApplication;

namespace pac {

struct ConsoleOptions;

// Runs agent-console with its parsed options on `app` (which main() created): the console,
// or with --screenshot the screenshot tour. Returns the exit status.
int runConsole(QApplication &app, const ConsoleOptions &options);

} // namespace pac
