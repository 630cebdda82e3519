#pragma once

#include "server/Router.h"
#include "server/SessionStore.h"
#include "server/SignInThrottle.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace pac::server {

class PortalServices;

// GET /health, POST /session (sign in) and DELETE /session (sign out). A sign-in is
// throttled per username and per address (SignInThrottle: 429 + Retry-After), and its
// password is hashed on a small pool of worker threads (signInAsync): at 600,000 PBKDF2
// iterations a hash takes a noticeable fraction of a second, which on the server's only
// thread would stall every other client. The answer is sent from the server's thread once the hash
// is done; a client gone by then simply gets nothing.
class SessionEndpoints
{
public:
    explicit SessionEndpoints(PortalServices &services);
    ~SessionEndpoints();
    void addRoutes(Router &router);

    using Reply = std::function<void(const HttpResponse &)>;
    // POST /session for the server: `reply` is called on this thread when it is decided.
    void signInAsync(const HttpRequest &request, const Reply &reply);

    // Sign-ins waiting for a worker or being hashed, at most; past it 503 + Retry-After.
    static constexpr int kMaxPendingSignIns = 32;

private:
    HttpResponse health(const RequestContext &context);
    HttpResponse signIn(const RequestContext &context); // hashes on the calling thread
    HttpResponse signOut(const RequestContext &context);

    struct Attempt
    {
        QString username;
        QString password;
        QByteArray address;
        bool plausible = true; // overlong credentials are wrong ones: no hash spent on them
    };
    // Parses and throttles; nullopt with *refusal set when the request ends here.
    std::optional<Attempt> accept(const HttpRequest &request, HttpResponse *refusal);
    HttpResponse finish(const Attempt &attempt, const SessionStore::Credentials &credentials,
                        const SessionStore::Verification &verification);

    PortalServices &m_services;
    SignInThrottle m_throttle;
    int m_pending = 0;
    // Declared before the pool, so destroyed after it: the pool's destructor waits for the
    // hash it is running, and a continuation still queued for this context is dropped.
    QObject m_context;
    QThreadPool m_pool;
};

} // namespace pac::server
