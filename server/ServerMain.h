#pragma once

#include "server/ServerOptions.h"

namespace pac::server {

// The body of portal-server's main(), after its options are parsed: starts the portal on
// this thread, prints "listening on http://127.0.0.1:PORT" (flushed) once it accepts
// requests, and runs the event loop until SIGTERM or SIGINT, then closes cleanly and
// returns 0. Returns 1 when the portal cannot start (the reason on stderr). Call it before
// any other thread exists: it blocks those signals so that only its own handler sees them.
int runPortalServer(const PortalServerOptions &options);

// What portal-server's main() calls before it makes its QGuiApplication (the portal draws
// invoice PDFs, and fonts need one): the offscreen platform, since it shows no window and
// may run where there is no display; and, when the environment names no XDG_RUNTIME_DIR
// (no login session: a service, a test), the private directory Qt would fall back to,
// created 0700, so that Qt does not warn about it on stderr before the portal's own output.
void prepareGuiPlatform();

} // namespace pac::server
