#pragma once

#include <QString>
#include <QUrl>

namespace pac {

// Which portal URLs the client talks to at all: https to any host, plain http only to the
// loopback interface (the embedded demo portal and tests), nothing else. A token or password
// must never cross a network in clear text.

// 127.0.0.0/8, ::1 (and the IPv4-mapped ::ffff:127.x.y.z) and the name "localhost".
bool isLoopbackHost(const QString &host);

// True for https://<any host> and http://<loopback host>; false for every other URL, a
// relative one, one without a host, or one carrying user info (credentials in a URL would be
// sent in clear and logged by proxies).
bool isAllowedPortalUrl(const QUrl &url);

// Same scheme, host (case-insensitive) and effective port (default ports made explicit):
// the only redirects the client follows.
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace pac
