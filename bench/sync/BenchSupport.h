#pragma once

#include "portal/PortalResult.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// Measuring helpers of bench_sync: waiting in a real event loop, wall and CPU times of this
// process and of the portal, medians and the report lines.
namespace pac::bench {

// Runs a real event loop, as the console and agentctl do, until done() or the time is up.
// QTest::qWaitFor is no substitute here: it sleeps 10 ms between passes of the event loop,
// which adds tens of milliseconds to every request whose answer crosses threads (bench/README.md,
// "Figures behind settings").
class EventLoopWait
{
public:
    void done();
    bool wait(int timeoutMs);

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// Waits for the callback of an asynchronous PortalClient call: `start(context, callback)`
// starts it. The value, or nullopt on error or timeout.
template<typename T, typename Start>
std::optional<T> await(Start start, int timeoutMs = 120'000)
{
    std::optional<PortalResult<T>> result;
    EventLoopWait waiting;
    QObject context;
    start(&context, [&result, &waiting](const PortalResult<T> &value) {
        result = value;
        waiting.done();
    });
    if (!waiting.wait(timeoutMs) || !result->ok())
        return std::nullopt;
    return result->value();
}

// One timed run: wall time, and the CPU the client (this process) and the portal used. On a
// machine shared with other work the CPU times are the steadier figures.
struct Sample
{
    double wallMs = 0;
    double clientCpuMs = 0;
    double portalCpuMs = 0;
    // A sync's time in its pull and credit-application phases (the rest is the push).
    double pullingMs = 0;
    double creditApplicationsMs = 0;
};

class Stopwatch
{
public:
    explicit Stopwatch(qint64 portalPid);
    void restart();
    Sample sample() const;

private:
    qint64 m_portalPid = 0;
    double m_clientCpu = 0;
    double m_portalCpu = 0;
    QElapsedTimer m_clock;
};

double median(QList<double> values);
double medianWall(const QList<Sample> &samples);
// "what   median N ms   runs [...]   cpu: client N ms, portal N ms[   phases: ...]extra"
void report(const char *what, const QList<Sample> &samples, const QString &extra = {});

// The peak resident set size of a running process (VmHWM), in KiB; -1 once it is gone.
long peakRssKb(qint64 pid);

} // namespace pac::bench
