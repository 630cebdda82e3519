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
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>

using namespace pac;

namespace {

template<typename T, typename Start>
std::optional<T> await(Start start, int timeoutMs = 120'000)
{
    std::optional<PortalResult<T>> result;
    QObject context;
    start(&context, [&result](const PortalResult<T> &value) { result = value; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs) || !result->ok())
        return std::nullopt;
    return result->value();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString runs(const QList<double> &values)
{
    QStringList texts;
    for (double value : values)
        texts.append(QString::number(value, 'f', 0));
    return texts.join(QStringLiteral(", "));
}

void report(const char *what, const QList<double> &ms, const QString &extra = {})
{
    std::printf("%-44s median %8.0f ms   runs [%s]%s\n", what, median(ms), qPrintable(runs(ms)),
                qPrintable(extra));
    std::fflush(stdout);
}

long maxChildRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
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

    // Milliseconds from sync() to syncFinished, or -1.
    double timeSync(SyncMode mode, SyncSummary *summary = nullptr)
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        QSignalSpy failed(engine.get(), &SyncEngine::syncFailed);
        QElapsedTimer clock;
        clock.start();
        engine->sync(mode);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 600'000))
            return -1;
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (finished.isEmpty())
            return -1;
        if (summary)
            *summary = finished.first().first().value<SyncSummary>();
        return ms;
    }
};

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
    });
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int runCount = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir work;
    QProcess server;
    server.start(QStringLiteral(PORTAL_SERVER_PATH),
                 {QStringLiteral("--demo"), QStringLiteral("--customers"),
                  QString::number(customers), QStringLiteral("--db"),
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
    const QUrl origin(match.captured(1));
    std::printf("portal-server %s with %d customers (seeded in %.1f s), %d runs per figure\n",
                qPrintable(origin.toString()), customers, double(seeding.elapsed()) / 1000.0,
                runCount);

    QNetworkAccessManager network;
    PortalClient support(&network);
    support.setOrigin(origin);
    const auto session = await<PortalSession>([&](QObject *context, auto done) {
        support.signIn(QStringLiteral("support1"), QStringLiteral("demo"), context, done);
    });
    if (!session) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }

    // Baseline: paging every customer with the client alone (request + JSON decoding, no
    // cache), one page after the other as a sync must.
    QList<double> paging;
    for (int run = 0; run < runCount; ++run) {
        QElapsedTimer clock;
        clock.start();
        CustomerQuery query;
        query.limit = 1000;
        qint64 received = 0;
        for (;;) {
            const auto page = await<CustomerPage>(
                [&](QObject *context, auto done) { support.listCustomers(query, context, done); });
            if (!page)
                return 1;
            received += page->items.size();
            if (page->nextCursor.isEmpty())
                break;
            query.cursor = page->nextCursor;
        }
        paging.append(double(clock.nsecsElapsed()) / 1e6);
        if (received != customers)
            std::fprintf(stderr, "paged %lld customers\n", received);
    }
    report("baseline: page all (client only, no cache)", paging);

    // First sync into an empty cache.
    QList<double> first;
    for (int run = 0; run < runCount; ++run) {
        Console console;
        if (!console.open(origin, *session))
            return 1;
        SyncSummary summary;
        first.append(console.timeSync(SyncMode::Full, &summary));
        if (summary.customersWritten != customers)
            std::fprintf(stderr, "wrote %lld customers\n", summary.customersWritten);
    }
    report("first sync (full, into an empty cache)", first,
           QStringLiteral("   = %1 x baseline, %2 customers/s")
               .arg(median(first) / median(paging), 0, 'f', 2)
               .arg(double(customers) / median(first) * 1000.0, 0, 'f', 0));

    // Delta of 100 changed customers, and 1,000 queued edits pushed, on one synced cache.
    Console console;
    if (!console.open(origin, *session) || console.timeSync(SyncMode::Full) < 0)
        return 1;
    QList<double> deltas;
    QList<double> unchanged;
    for (int run = 0; run < runCount; ++run) {
        unchanged.append(console.timeSync(SyncMode::Auto));
        for (int i = 0; i < 100; ++i) {
            const qint64 id = 1 + (qint64(run) * 7919 + qint64(i) * 997) % customers;
            const auto current = await<CustomerFetch>(
                [&](QObject *context, auto done) { support.getCustomer(id, {}, context, done); });
            if (!current)
                return 1;
            await<Customer>([&](QObject *context, auto done) {
                support.putInvoiceEmails(
                    id, {QStringLiteral("delta-%1-%2@example.com").arg(run).arg(i)},
                    ChangeGuard {current->customer.etag(), QUuid::createUuid()}, context, done);
            });
        }
        SyncSummary summary;
        deltas.append(console.timeSync(SyncMode::Auto, &summary));
        if (summary.customersReceived < 100)
            std::fprintf(stderr, "delta brought %lld customers\n", summary.customersReceived);
    }
    report("baseline: delta with nothing changed", unchanged);
    report(
        "delta of 100 changed customers", deltas,
        QStringLiteral("   = baseline + %1 ms").arg(median(deltas) - median(unchanged), 0, 'f', 0));

    CustomerEditService edits(*console.cache, console.client, console.engine.get());
    edits.setPushAfterEdit(false);
    QList<double> pushes;
    QList<double> queueing;
    for (int run = 0; run < runCount; ++run) {
        QElapsedTimer clock;
        clock.start();
        int queued = 0;
        for (qint64 id = 1 + run * 1000; queued < 1000 && id <= customers; ++id) {
            if (edits
                    .setInvoiceEmails(id,
                                      {QStringLiteral("push-%1-%2@example.com").arg(run).arg(id)})
                    .status
                == EditResult::Status::Saved) {
                ++queued;
            }
        }
        queueing.append(double(clock.nsecsElapsed()) / 1e6);
        QSignalSpy finished(console.engine.get(), &SyncEngine::pushFinished);
        clock.restart();
        console.engine->push();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 600'000))
            return 1;
        pushes.append(double(clock.nsecsElapsed()) / 1e6);
        const auto summary = finished.value(0).value(0).value<PushSummary>();
        if (summary.applied != queued)
            std::fprintf(stderr, "pushed %d of %d\n", summary.applied, queued);
    }
    report("1,000 edits saved locally (edit service)", queueing);
    report("1,000 queued edits pushed", pushes,
           QStringLiteral("   = %1 edits/s").arg(1000.0 / median(pushes) * 1000.0, 0, 'f', 0));

    // agentctl as a user runs it: its peak memory (max RSS) after `--version` (the baseline)
    // and after a full sync.
    auto agentctl = [&](const QStringList &arguments, double *ms) {
        QTemporaryDir profile;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QStringLiteral("demo"));
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(AGENTCTL_PATH),
                      QStringList {QStringLiteral("--portal"), origin.toString(),
                                   QStringLiteral("--user"), QStringLiteral("support1"),
                                   QStringLiteral("--profile"), profile.path(),
                                   QStringLiteral("--token-store"), QStringLiteral("file")}
                          + arguments);
        process.waitForFinished(600'000);
        *ms = double(clock.nsecsElapsed()) / 1e6;
        return process.exitCode() == 0 ? maxChildRssKb() : -1L;
    };
    double versionMs = 0;
    double syncMs = 0;
    const long baselineKb = agentctl({QStringLiteral("--version")}, &versionMs);
    const long syncKb = agentctl({QStringLiteral("sync")}, &syncMs);
    std::printf("%-44s %8ld KiB   (baseline agentctl --version: %ld KiB)\n",
                "agentctl sync peak memory (max RSS)", syncKb, baselineKb);
    std::printf("%-44s %8.0f ms   (process start to exit, sign-in included)\n",
                "agentctl sync wall time", syncMs);

    server.terminate();
    server.waitForFinished(30'000);
    return 0;
}
