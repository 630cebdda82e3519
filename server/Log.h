#pragma once

#include <QLoggingCategory>

// The one logging category of server/ ("pac.server"); enable with
// QT_LOGGING_RULES="pac.server.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace pac {

// QtHttpServer's own debug output ("qt.httpserver*") prints whole requests, the
// Authorization header and search terms (account numbers) included. It is kept off even when
// QT_LOGGING_RULES asks for it; our own request log (lcServer) carries what is safe.
// Installs a process-wide category filter once (chaining any filter installed before).
void keepQtHttpServerDebugOff();

} // namespace pac
