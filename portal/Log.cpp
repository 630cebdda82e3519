#include "portal/Log.h"

Q_LOGGING_CATEGORY(lcPortal, "pac.portal", QtInfoMsg)
