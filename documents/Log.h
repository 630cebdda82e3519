#pragma once

#include <QLoggingCategory>

// The one logging category of documents/ ("pac.documents"); enable with
// QT_LOGGING_RULES="pac.documents.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcDocuments)
