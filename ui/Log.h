#pragma once

#include <QLoggingCategory>

// The one logging category of ui/ ("pac.ui"); enable with QT_LOGGING_RULES="pac.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)
