#include "cli/Log.h"

Q_LOGGING_CATEGORY(lcCli, "pac.cli", QtInfoMsg)
