#pragma once

#include <QLoggingCategory>

// The one logging category of cli/ ("pac.cli"); enable with QT_LOGGING_RULES="pac.cli.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCli)
