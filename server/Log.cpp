#include "server/Log.h"

Q_LOGGING_CATEGORY(lcServer, "pac.server", QtInfoMsg)
