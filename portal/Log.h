#pragma once

#include <QLoggingCategory>

// The one logging category of portal/ ("pac.portal"); enable with
// QT_LOGGING_RULES="pac.portal.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPortal)
