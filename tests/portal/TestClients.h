#pragma once

#include "TinyHttpServer.h"
#include "portal/PortalClient.h"

#include <memory>

// A client of a purpose-built test server with fast, deterministic retries: 3 attempts,
// 2–10 ms backoff drawn at 0.5, Retry-After capped at 50 ms, a 5 s transfer timeout.
inline std::unique_ptr<pac::PortalClient> fastRetryClient(QNetworkAccessManager &network,
                                                          const QUrl &origin)
{
    using std::chrono::milliseconds;
    auto client = std::make_unique<pac::PortalClient>(&network);
    client->setOrigin(origin);
    pac::RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = milliseconds(2);
    policy.maxDelay = milliseconds(10);
    policy.maxRetryAfter = milliseconds(50);
    client->setRetryPolicy(policy);
    client->setRandomSource([] { return 0.5; });
    client->setTransferTimeout(milliseconds(5000));
    return client;
}

// 200 {"status":"ok","version":"9.9.9"}, the answer of GET /health.
inline TinyHttpServer::Action healthResponse()
{
    return TinyHttpServer::respond(200, R"({"status":"ok","version":"9.9.9"})");
}
