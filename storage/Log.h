#pragma once

#include <QLoggingCategory>

// The one logging category of storage/ ("pac.storage"); enable with
// QT_LOGGING_RULES="pac.storage.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
