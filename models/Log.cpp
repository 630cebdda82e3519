#include "models/Log.h"

Q_LOGGING_CATEGORY(lcModels, "pac.models", QtInfoMsg)
