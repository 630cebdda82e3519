#pragma once

#include <QLoggingCategory>

// The one logging category of server/ ("pac.server"); enable with
// QT_LOGGING_RULES="pac.server.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)
