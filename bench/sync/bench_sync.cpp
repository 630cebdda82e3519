// Figures of the sync engine against the real `portal-server` binary on loopback
// (bench/README.md "Sync"): first sync of N customers, a delta of 100 changed customers,
// 1,000 queued edits pushed, and the peak memory of `agentctl sync`. Each figure is the
// median of a few runs, with a baseline measured in the same run where one exists.
#include "BenchSupport.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
using namespace pac;
using namespace pac::bench;

namespace {

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
        CustomerListQuery query;
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

// Runs `count` asynchronous calls, at most `inFlight` at once: `start(index, done)` starts
// call `index` and calls done() when it ended. False if they did not all end in time.
bool runConcurrently(int count, int inFlight,
                     const std::function<void(int, std::function<void()>)> &start)
{
    EventLoopWait waiting;
    int started = 0;
    int ended = 0;
    std::function<void()> next = [&] {
        if (started == count)
            return;
        start(started++, [&] {
            if (++ended == count)
                waiting.done();
            else
                next();
        });
    };
    for (int i = 0; i < std::min(count, inFlight); ++i)
        next();
    return count == 0 || waiting.wait(600'000);
}

// Baseline of the push: the same number of PUTs with the client alone, as many at once as
// the engine sends (no outbox, no cache), on customers no edit touches.
bool pushBaseline(const Bench &bench, int run, Sample *sample)
{
    const int count = 1000;
    const qint64 first = bench.customers - qint64(run + 1) * count + 1;
    if (first <= qint64(bench.runs) * count)
        return false; // too few customers for edits and baseline apart
    QList<QByteArray> etags(count);
    const int inFlight = SyncOptions().maxConcurrentPushes;
    QObject context;
    bool ok = runConcurrently(count, inFlight, [&](int i, std::function<void()> done) {
        bench.support->getCustomer(first + i, {}, &context,
                                   [&etags, i, done](const PortalResult<CustomerFetch> &fetch) {
                                       if (fetch.ok())
                                           etags[i] = fetch->customer.etag();
                                       done();
                                   });
    });
    int applied = 0;
    Stopwatch stopwatch(bench.portalPid);
    ok = ok && runConcurrently(count, inFlight, [&](int i, std::function<void()> done) {
             const QStringList emails {
                 QStringLiteral("baseline-%1-%2@example.com").arg(run).arg(i)};
             bench.support->putInvoiceEmails(
                 first + i, emails, ChangeGuard {etags[i], QUuid::createUuid()}, &context,
                 [&applied, done](const PortalResult<Customer> &result) {
                     applied += result.ok() ? 1 : 0;
                     done();
                 });
         });
    *sample = stopwatch.sample();
    return ok && applied == count;
}

// Baseline of saving edits: the same number of one-row transactions committed with
// synchronous=FULL (what makes a saved edit survive a power cut), on a cache of their own.
bool saveBaseline(qint64 portalPid, Sample *sample)
{
    QTemporaryDir dir;
    auto cache = LocalCache::open(Profile(dir.path()));
    if (!cache)
        return false;
    CacheConnection &connection = cache.value()->connection();
    Stopwatch stopwatch(portalPid);
    for (int i = 0; i < 1000; ++i) {
        SqlTransaction transaction(connection, QStringLiteral("baseline"), Durability::Full);
        PreparedQuery insert
            = connection.prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        insert->addBindValue(QStringLiteral("baseline-%1").arg(i));
        insert->addBindValue(QStringLiteral("x"));
        if (!transaction.begun() || !insert->exec() || !transaction.commit())
            return false;
    }
    *sample = stopwatch.sample();
    return true;
}

// 1,000 edits of 1,000 customers saved through the edit service, then pushed; each beside
// its baseline.
bool benchPush(const Bench &bench, Console &console)
{
    CustomerEditService edits(*console.cache, console.client, console.engine.get());
    edits.setPushAfterEdit(false);
    QList<Sample> pushes;
    QList<Sample> queueing;
    QList<Sample> rawPuts;
    QList<Sample> rawCommits;
    for (int run = 0; run < bench.runs; ++run) {
        Sample baseline;
        if (!saveBaseline(bench.portalPid, &baseline))
            return false;
        rawCommits.append(baseline);
        Stopwatch stopwatch(bench.portalPid);
        int queued = 0;
        for (qint64 id = 1 + run * 1000; queued < 1000 && id <= bench.customers; ++id) {
            const QStringList emails {QStringLiteral("push-%1-%2@example.com").arg(run).arg(id)};
            if (edits.setInvoiceEmails(id, emails).status == EditResult::Status::Saved)
                ++queued;
        }
        queueing.append(stopwatch.sample());

        if (!pushBaseline(bench, run, &baseline))
            return false;
        rawPuts.append(baseline);
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
    report("baseline: 1,000 FULL commits of one row", rawCommits);
    report("1,000 edits saved locally (edit service)", queueing,
           QStringLiteral("   = %1 x baseline")
               .arg(medianWall(queueing) / medianWall(rawCommits), 0, 'f', 2));
    report("baseline: 1,000 PUTs, client only", rawPuts);
    report("1,000 queued edits pushed", pushes,
           QStringLiteral("   = %1 x baseline, %2 edits/s")
               .arg(medianWall(pushes) / medianWall(rawPuts), 0, 'f', 2)
               .arg(1000.0 / medianWall(pushes) * 1000.0, 0, 'f', 0));
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
