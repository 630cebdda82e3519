#include "ui/Log.h"

Q_LOGGING_CATEGORY(lcUi, "pac.ui", QtInfoMsg)
