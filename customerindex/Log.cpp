#include "customerindex/Log.h"

Q_LOGGING_CATEGORY(lcCustomerIndex, "pac.customerindex", QtInfoMsg)
