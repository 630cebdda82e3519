#pragma once

#include <QLoggingCategory>

// The one logging category of models/ ("pac.models"); enable with QT_LOGGING_RULES="pac.models.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModels)
