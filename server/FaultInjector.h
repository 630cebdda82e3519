#pragma once

#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace pac::server {

// What `--faults SPEC` asks for, e.g. "error=0.2,drop=0.1,delay=300ms,seed=7":
//  error=P       share of requests answered 503 + Retry-After: 1, with no effect;
//  drop=P        share of requests whose connection is cut: drop_after of them (default 0.5)
//                after the request took effect and half of its response was sent, the rest
//                before it was handled at all;
//  drop_after=P  see drop;
//  delay=D       responses are held back D (ms, or with "ms"/"s"), on a share slow=P of the
//                requests (default all), without blocking the server;
//  seed=S        the random sequence (default 1): the same seed and the same request order
//                give the same faults.
struct FaultSpec
{
    double errorShare = 0;
    double dropShare = 0;
    double dropAfterShare = 0.5;
    int delayMs = 0;
    double slowShare = 1.0;
    quint32 seed = 1;

    bool isActive() const { return errorShare > 0 || dropShare > 0 || delayMs > 0; }
    static std::optional<FaultSpec> parse(const QString &spec, QString *error);
};

enum class FaultKind { None, Error, DropBeforeEffect, DropAfterEffect };

struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    int delayMs = 0;
};

// Draws the fault of each request from the spec's seeded sequence. `GET /health` and
// `POST /session` are exempt (they draw nothing), so probing and signing in stay reliable.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultSpec &spec);

    bool isActive() const { return m_spec.isActive(); }
    static bool isExempt(const QByteArray &method, const QString &apiPath);
    FaultDecision next();

private:
    FaultSpec m_spec;
    QRandomGenerator m_random;
};

} // namespace pac::server
