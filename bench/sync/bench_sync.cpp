// Figures of the sync engine against the real `portal-server` binary on loopback
// (bench/README.md "Sync"): first sync of N customers, a delta of 100 changed customers,
// 1,000 queued edits pushed, and the peak memory of `agentctl sync`. Each figure is the
// median of a few runs, with a baseline measured in the same run where one exists.
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <unistd.h>
using namespace pac;

namespace {

// Runs a real event loop, as the console and agentctl do, until done() or the time is up.
// QTest::qWaitFor is no substitute here: it sleeps 10 ms between passes of the event loop,
// which adds tens of milliseconds to every request whose answer crosses threads (measured:
// a push of 1,000 edits took 6.5 s with it, and the same push with an event loop far less).
class EventLoopWait
{
public:
    void done()
    {
        m_done = true;
        m_loop.quit();
    }
    bool wait(int timeoutMs)
    {
        if (m_done)
            return true;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop.exec();
        return m_done;
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

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

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// CPU time (user + system) of this process, all threads, in milliseconds.
double ownCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time (user + system) of another process, in milliseconds (clock-tick resolution).
double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The fields after the command name, which may hold blanks: state is field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
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
    explicit Stopwatch(qint64 portalPid)
        : m_portalPid(portalPid)
    {
        restart();
    }
    void restart()
    {
        m_clientCpu = ownCpuMs();
        m_portalCpu = processCpuMs(m_portalPid);
        m_clock.start();
    }
    Sample sample() const
    {
        return {double(m_clock.nsecsElapsed()) / 1e6, ownCpuMs() - m_clientCpu,
                processCpuMs(m_portalPid) - m_portalCpu};
    }

private:
    qint64 m_portalPid = 0;
    double m_clientCpu = 0;
    double m_portalCpu = 0;
    QElapsedTimer m_clock;
};

QList<double> wallTimes(const QList<Sample> &samples)
{
    QList<double> values;
    for (const Sample &sample : samples)
        values.append(sample.wallMs);
    return values;
}

double medianWall(const QList<Sample> &samples)
{
    return median(wallTimes(samples));
}

void report(const char *what, const QList<Sample> &samples, const QString &extra = {})
{
    QStringList texts;
    QList<double> client;
    QList<double> portal;
    QList<double> pulling;
    QList<double> credit;
    for (const Sample &sample : samples) {
        texts.append(QString::number(sample.wallMs, 'f', 0));
        client.append(sample.clientCpuMs);
        portal.append(sample.portalCpuMs);
        pulling.append(sample.pullingMs);
        credit.append(sample.creditApplicationsMs);
    }
    const QString phases = median(pulling) > 0
        ? QStringLiteral("   phases: pull %1 ms, credit applications %2 ms")
              .arg(median(pulling), 0, 'f', 0)
              .arg(median(credit), 0, 'f', 0)
        : QString();
    std::printf("%-44s median %8.0f ms   runs [%s]   cpu: client %.0f ms, portal %.0f ms%s%s\n",
                what, medianWall(samples), qPrintable(texts.join(QStringLiteral(", "))),
                median(client), median(portal), qPrintable(phases), qPrintable(extra));
    std::fflush(stdout);
}

// The peak resident set size of a running process (VmHWM), in KiB; -1 once it is gone.
long peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// One console-like object graph on a fresh cache.
struct Console
{
    QTemporaryDir dir;
    std::unique_ptr<LocalCache> cache;
    QNetworkAccessManager network;
    PortalClient client {&network};
    std::unique_ptr<SyncEngine> engine;

    bool open(const QUrl &origin, const PortalSession &session)
    {
        client.setOrigin(origin);
        auto opened = LocalCache::open(Profile(dir.path()));
        if (!opened)
            return false;
        cache = std::move(opened).value();
        SyncOptions options;
        options.retryDeferredAutomatically = false;
        engine = std::make_unique<SyncEngine>(client, *cache, options);
        return engine->setSession(session).ok();
    }
    ~Console()
    {
        engine.reset();
        cache.reset();
    }

    // From sync() to syncFinished; nullopt if the sync failed or took too long.
    std::optional<Sample> timeSync(SyncMode mode, qint64 portalPid, SyncSummary *summary = nullptr)
    {
        std::optional<SyncSummary> finished;
        EventLoopWait waiting;
        QObject context;
        QObject::connect(engine.get(), &SyncEngine::syncFinished, &context,
                         [&](const SyncSummary &value) {
                             finished = value;
                             waiting.done();
                         });
        QObject::connect(engine.get(), &SyncEngine::syncFailed, &context,
                         [&waiting] { waiting.done(); });
        QElapsedTimer phaseClock;
        SyncPhase phase = SyncPhase::Idle;
        QHash<SyncPhase, double> phaseMs;
        QObject::connect(engine.get(), &SyncEngine::phaseChanged, &context, [&](SyncPhase next) {
            if (phaseClock.isValid())
                phaseMs[phase] += double(phaseClock.nsecsElapsed()) / 1e6;
            phase = next;
            phaseClock.start();
        });
        Stopwatch stopwatch(portalPid);
        engine->sync(mode);
        if (!waiting.wait(600'000) || !finished)
            return std::nullopt;
        Sample sample = stopwatch.sample();
        sample.pullingMs = phaseMs.value(SyncPhase::Pulling);
        sample.creditApplicationsMs = phaseMs.value(SyncPhase::CreditApplications);
        if (summary)
            *summary = *finished;
        return sample;
    }
};

struct Bench
{
    QUrl origin;
    PortalSession session;
    PortalClient *support = nullptr;
    qint64 portalPid = 0;
    int customers = 0;
    int runs = 3;
};

// Baseline: paging every customer with the client alone (request + JSON decoding, no
// cache), one page after the other as a sync must; then the first sync into an empty cache.
bool benchFirstSync(const Bench &bench)
{
    QList<Sample> paging;
    for (int run = 0; run < bench.runs; ++run) {
        Stopwatch stopwatch(bench.portalPid);
        CustomerQuery query;
        query.limit = 1000;
        qint64 received = 0;
        for (;;) {
            const auto page = await<CustomerPage>([&](QObject *context, auto done) {
                bench.support->listCustomers(query, context, done);
            });
            if (!page)
                return false;
            received += page->items.size();
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        paging.append(stopwatch.sample());
        if (received != bench.customers)
            std::fprintf(stderr, "paged %lld customers\n", received);
    }
    report("baseline: page all (client only, no cache)", paging);

    QList<Sample> first;
    for (int run = 0; run < bench.runs; ++run) {
        Console console;
        if (!console.open(bench.origin, bench.session))
            return false;
        SyncSummary summary;
        const auto sample = console.timeSync(SyncMode::Full, bench.portalPid, &summary);
        if (!sample)
            return false;
        first.append(*sample);
        if (summary.customersWritten != bench.customers)
            std::fprintf(stderr, "wrote %lld customers\n", summary.customersWritten);
    }
    report("first sync (full, into an empty cache)", first,
           QStringLiteral("   = %1 x baseline, %2 customers/s")
               .arg(medianWall(first) / medianWall(paging), 0, 'f', 2)
               .arg(double(bench.customers) / medianWall(first) * 1000.0, 0, 'f', 0));
    return true;
}

// A delta of 100 customers changed by someone else, beside a delta with nothing changed.
bool benchDelta(const Bench &bench, Console &console)
{
    QList<Sample> deltas;
    QList<Sample> unchanged;
    for (int run = 0; run < bench.runs; ++run) {
        const auto nothing = console.timeSync(SyncMode::Auto, bench.portalPid);
        if (!nothing)
            return false;
        unchanged.append(*nothing);
        for (int i = 0; i < 100; ++i) {
            const qint64 id = 1 + (qint64(run) * 7919 + qint64(i) * 997) % bench.customers;
            const auto current = await<CustomerFetch>([&](QObject *context, auto done) {
                bench.support->getCustomer(id, {}, context, done);
            });
            if (!current)
                return false;
            await<Customer>([&](QObject *context, auto done) {
                bench.support->putInvoiceEmails(
                    id, {QStringLiteral("delta-%1-%2@example.com").arg(run).arg(i)},
                    ChangeGuard {current->customer.etag(), QUuid::createUuid()}, context, done);
            });
        }
        SyncSummary summary;
        const auto delta = console.timeSync(SyncMode::Auto, bench.portalPid, &summary);
        if (!delta)
            return false;
        deltas.append(*delta);
        if (summary.customersReceived < 100)
            std::fprintf(stderr, "delta brought %lld customers\n", summary.customersReceived);
    }
    report("baseline: delta with nothing changed", unchanged);
    report("delta of 100 changed customers", deltas,
           QStringLiteral("   = baseline + %1 ms")
               .arg(medianWall(deltas) - medianWall(unchanged), 0, 'f', 0));
    return true;
}

// 1,000 edits of 1,000 customers saved through the edit service, then pushed.
bool benchPush(const Bench &bench, Console &console)
{
    CustomerEditService edits(*console.cache, console.client, console.engine.get());
    edits.setPushAfterEdit(false);
    QList<Sample> pushes;
    QList<Sample> queueing;
    for (int run = 0; run < bench.runs; ++run) {
        Stopwatch stopwatch(bench.portalPid);
        int queued = 0;
        for (qint64 id = 1 + run * 1000; queued < 1000 && id <= bench.customers; ++id) {
            const QStringList emails {QStringLiteral("push-%1-%2@example.com").arg(run).arg(id)};
            if (edits.setInvoiceEmails(id, emails).status == EditResult::Status::Saved)
                ++queued;
        }
        queueing.append(stopwatch.sample());
        PushSummary summary;
        EventLoopWait waiting;
        QObject context;
        QObject::connect(console.engine.get(), &SyncEngine::pushFinished, &context,
                         [&](const PushSummary &value) {
                             summary = value;
                             waiting.done();
                         });
        stopwatch.restart();
        console.engine->push();
        if (!waiting.wait(600'000))
            return false;
        pushes.append(stopwatch.sample());
        if (summary.applied != queued)
            std::fprintf(stderr, "pushed %d of %d\n", summary.applied, queued);
    }
    report("1,000 edits saved locally (edit service)", queueing);
    report("1,000 queued edits pushed", pushes,
           QStringLiteral("   = %1 edits/s").arg(1000.0 / medianWall(pushes) * 1000.0, 0, 'f', 0));
    return true;
}

// agentctl as a user runs it, in a fresh profile: wall time and peak memory (VmHWM, read
// every 10 ms while it runs) of `--version` (the baseline) and of a full sync.
bool benchAgentctl(const Bench &bench)
{
    auto run = [&bench](const QStringList &arguments, double *ms, long *peakKb) {
        QTemporaryDir profile;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QStringLiteral("demo"));
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(AGENTCTL_PATH),
                      QStringList {QStringLiteral("--portal"), bench.origin.toString(),
                                   QStringLiteral("--user"), QStringLiteral("support1"),
                                   QStringLiteral("--profile"), profile.path(),
                                   QStringLiteral("--token-store"), QStringLiteral("file")}
                          + arguments);
        if (!process.waitForStarted(30'000))
            return false;
        const qint64 pid = process.processId();
        *peakKb = 0;
        EventLoopWait waiting;
        QObject::connect(&process, &QProcess::finished, &process, [&waiting] { waiting.done(); });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &poll,
                         [&] { *peakKb = std::max(*peakKb, peakRssKb(pid)); });
        poll.start(10);
        const bool done = waiting.wait(600'000);
        *ms = double(clock.nsecsElapsed()) / 1e6;
        return done && process.exitCode() == 0;
    };
    double versionMs = 0;
    double syncMs = 0;
    long versionKb = 0;
    long syncKb = 0;
    if (!run({QStringLiteral("--version")}, &versionMs, &versionKb)
        || !run({QStringLiteral("sync")}, &syncMs, &syncKb)) {
        return false;
    }
    std::printf("%-44s %8ld KiB   (baseline agentctl --version: %ld KiB)\n",
                "agentctl sync peak memory (VmHWM)", syncKb, versionKb);
    std::printf("%-44s %8.0f ms   (process start to exit, sign-in included)\n",
                "agentctl sync wall time", syncMs);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync engine figures (bench/README.md)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("customers"), QStringLiteral("Customers of the demo store."),
         QStringLiteral("N"), QStringLiteral("100000")},
        {QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
         QStringLiteral("3")},
        {QStringLiteral("only"),
         QStringLiteral("Only these figures (comma-separated): first, delta, push, agentctl."),
         QStringLiteral("LIST"), QStringLiteral("first,delta,push,agentctl")},
    });
    parser.process(app);
    Bench bench;
    bench.customers = parser.value(QStringLiteral("customers")).toInt();
    bench.runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList only = parser.value(QStringLiteral("only")).split(u',');

    QTemporaryDir work;
    QProcess server;
    server.start(QStringLiteral(PORTAL_SERVER_PATH),
                 {QStringLiteral("--demo"), QStringLiteral("--customers"),
                  QString::number(bench.customers), QStringLiteral("--db"),
                  work.filePath(QStringLiteral("portal.sqlite")), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QByteArray banner;
    QElapsedTimer seeding;
    seeding.start();
    const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QRegularExpressionMatch match;
    const bool started = QTest::qWaitFor(
        [&] {
            banner += server.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(banner));
            return match.hasMatch() || server.state() == QProcess::NotRunning;
        },
        600'000);
    if (!started || !match.hasMatch()) {
        std::fprintf(stderr, "portal-server did not start\n");
        return 1;
    }
    bench.origin = QUrl(match.captured(1));
    bench.portalPid = server.processId();
    std::printf("portal-server %s with %d customers (seeded in %.1f s), %d runs per figure\n",
                qPrintable(bench.origin.toString()), bench.customers,
                double(seeding.elapsed()) / 1000.0, bench.runs);

    QNetworkAccessManager network;
    PortalClient support(&network);
    support.setOrigin(bench.origin);
    bench.support = &support;
    const auto session = await<PortalSession>([&](QObject *context, auto done) {
        support.signIn(QStringLiteral("support1"), QStringLiteral("demo"), context, done);
    });
    if (!session) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    bench.session = *session;

    bool ok = !only.contains(QLatin1String("first")) || benchFirstSync(bench);
    if (ok && (only.contains(QLatin1String("delta")) || only.contains(QLatin1String("push")))) {
        Console console;
        ok = console.open(bench.origin, bench.session)
            && console.timeSync(SyncMode::Full, bench.portalPid).has_value();
        if (ok && only.contains(QLatin1String("delta")))
            ok = benchDelta(bench, console);
        if (ok && only.contains(QLatin1String("push")))
            ok = benchPush(bench, console);
    }
    if (ok && only.contains(QLatin1String("agentctl")))
        ok = benchAgentctl(bench);

    server.terminate();
    if (!server.waitForFinished(30'000))
        server.kill();
    if (!ok)
        std::fprintf(stderr, "a figure could not be measured\n");
    return ok ? 0 : 1;
}
