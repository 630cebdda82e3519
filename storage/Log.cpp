#include "storage/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "pac.storage", QtInfoMsg)
