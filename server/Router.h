#pragma once

#include "server/Actor.h"
#include "server/HttpMessage.h"

#include <functional>

namespace pac::server {

// What a handler gets: the request, who sent it (signed-in routes) and the integer path
// parameters in order ("/customers/{id}/history" → ids[0]).
struct RequestContext
{
    const HttpRequest &request;
    Actor actor;
    QList<qint64> ids;
};

// Maps method + path (below /api/v1) to a handler. Path parameters are positive integers;
// anything else in their place does not match (404).
class Router
{
public:
    using Handler = std::function<HttpResponse(const RequestContext &)>;
    // The server's way of answering a route whose work is slow (hashing a password, drawing
    // a PDF): it does that work on a worker and calls the reply on the server's thread
    // later, never waited for. The context is valid only during the call.
    using Reply = std::function<void(const HttpResponse &)>;
    using AsyncHandler = std::function<void(const RequestContext &, const Reply &)>;
    enum class Access { Anyone, SignedIn };

    struct Route
    {
        QByteArray method;
        QStringList segments; // "{id}" for a parameter
        Access access;
        Handler handler; // always there: in-process callers answer on their own thread
        AsyncHandler asyncHandler; // when set, what the server uses (only reads and sign-in)
    };
    struct Match
    {
        const Route *route = nullptr; // null: no route for this method
        QList<qint64> ids;
        QByteArray allowed; // when the path exists with other methods: "GET, POST"
    };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
             AsyncHandler asyncHandler = {});
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace pac::server
