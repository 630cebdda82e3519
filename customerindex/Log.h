#pragma once

#include <QLoggingCategory>

// The one logging category of customerindex/ ("pac.customerindex"); enable with
// QT_LOGGING_RULES="pac.customerindex.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCustomerIndex)
