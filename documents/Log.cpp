#include "documents/Log.h"

Q_LOGGING_CATEGORY(lcDocuments, "pac.documents", QtInfoMsg)
