// Figures of bulk changes (issue 13, bench/README.md "Bulk changes") against the real
// `portal-server` binary on loopback, on a console cache synced from it: the preview over
// 10,000 customers, the local apply transaction of 1,000 changes, sending those 1,000, and
// the undo preview of the 1,000-customer batch. Each beside a baseline measured in the same
// run: the single-edit rule alone over the same customers, 1,000 single edits saved and
// pushed through the edit service.
#include "BenchSupport.h"
#include "portal/BulkChangeService.h"
#include "portal/CustomerEditRules.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace pac;
using namespace pac::bench;

namespace {

bool pushAll(SyncEngine &engine, PushSummary *summary)
{
    EventLoopWait waiting;
    QObject context;
    QObject::connect(&engine, &SyncEngine::pushFinished, &context, [&](const PushSummary &value) {
        *summary = value;
        waiting.done();
    });
    engine.push();
    return waiting.wait(600'000);
}

QString ratio(const QList<Sample> &figure, const QList<Sample> &baseline)
{
    return QStringLiteral("   = %1 x baseline")
        .arg(medianWall(figure) / medianWall(baseline), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("customers"), QStringLiteral("Customers of the demo store."),
                        QStringLiteral("N"), QStringLiteral("10000")},
                       {QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                        QStringLiteral("N"), QStringLiteral("3")}});
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir work;
    QProcess server;
    server.start(QStringLiteral(PORTAL_SERVER_PATH),
                 {QStringLiteral("--demo"), QStringLiteral("--customers"),
                  QString::number(customers), QStringLiteral("--db"),
                  work.filePath(QStringLiteral("portal.sqlite")), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QByteArray banner;
    const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QRegularExpressionMatch match;
    (void)QTest::qWaitFor(
        [&] {
            banner += server.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(banner));
            return match.hasMatch() || server.state() == QProcess::NotRunning;
        },
        600'000);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "portal-server did not start\n");
        return 1;
    }
    const QUrl origin(match.captured(1));
    const qint64 portalPid = server.processId();

    QNetworkAccessManager network;
    PortalClient client(&network);
    client.setOrigin(origin);
    const auto session = await<PortalSession>([&](QObject *context, auto done) {
        client.signIn(QStringLiteral("support1"), QStringLiteral("demo"), context, done);
    });
    auto opened = LocalCache::open(Profile(work.filePath(QStringLiteral("profile"))));
    if (!session || !opened) {
        std::fprintf(stderr, "sign-in or cache failed\n");
        return 1;
    }
    std::unique_ptr<LocalCache> cache = std::move(opened).value();
    SyncOptions options;
    options.retryDeferredAutomatically = false;
    auto engine = std::make_unique<SyncEngine>(client, *cache, options);
    if (!engine->setSession(*session)) {
        std::fprintf(stderr, "session refused\n");
        return 1;
    }
    {
        EventLoopWait waiting;
        QObject context;
        QObject::connect(engine.get(), &SyncEngine::syncFinished, &context,
                         [&](const SyncSummary &) { waiting.done(); });
        engine->sync(SyncMode::Full);
        if (!waiting.wait(600'000)) {
            std::fprintf(stderr, "sync failed\n");
            return 1;
        }
    }
    std::printf("portal-server %s, %d customers synced, %d runs per figure\n",
                qPrintable(origin.toString()), customers, runs);

    QList<qint64> all;
    (void)cache->customers().forEachCustomer([&](const CachedCustomer &c) {
        all.append(c.server.id);
        return true;
    });
    BulkChangeService bulk(*cache, engine.get());
    bulk.setPushAfterApply(false);
    CustomerEditService edits(*cache, client, engine.get());
    edits.setPushAfterEdit(false);

    // Preview over every customer, beside the single-edit rule alone on the same customers.
    QList<Sample> rule, snapshots, previews, fromCache;
    for (int run = 0; run < runs; ++run) {
        const BulkChange change
            = BulkChange::addEmail(QStringLiteral("preview-%1@example.com").arg(run));
        Stopwatch stopwatch(portalPid);
        const auto input = bulk.snapshot(BulkChangeService::itemsFor(all, change));
        snapshots.append(stopwatch.sample());
        stopwatch.restart();
        int changing = 0;
        for (const BulkSubject &subject : input->subjects)
            changing
                += CustomerEditRules::addInvoiceEmails(subject.customer.shown(), change.address)
                       .changes();
        rule.append(stopwatch.sample());
        stopwatch.restart();
        QFuture<BulkPreview> future = BulkChangeService::previewInBackground(input.value());
        EventLoopWait waiting;
        QFutureWatcher<BulkPreview> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &app, [&] { waiting.done(); });
        watcher.setFuture(future);
        (void)waiting.wait(60'000);
        previews.append(stopwatch.sample());
        if (future.result().totals.changed != changing)
            std::fprintf(stderr, "preview and rule disagree\n");
        // What the console's dialog does: read and check on a pool thread, through a
        // connection of its own; the GUI thread only waits for the answer.
        stopwatch.restart();
        QFuture<BulkChangeService::BackgroundPreview> background
            = BulkChangeService::previewFromCache(cache->path(),
                                                  BulkChangeService::itemsFor(all, change));
        EventLoopWait waitingForCache;
        QFutureWatcher<BulkChangeService::BackgroundPreview> cacheWatcher;
        QObject::connect(&cacheWatcher, &QFutureWatcherBase::finished, &app,
                         [&] { waitingForCache.done(); });
        cacheWatcher.setFuture(background);
        (void)waitingForCache.wait(60'000);
        fromCache.append(stopwatch.sample());
        if (background.result().preview.totals.changed != changing)
            std::fprintf(stderr, "preview from the cache and rule disagree\n");
    }
    report("baseline: the single-edit rule over the customers", rule);
    report("bulk snapshot (read from the cache)", snapshots);
    report("bulk preview off the GUI thread", previews, ratio(previews, rule));
    report("bulk preview read and checked on a pool thread (the console's)", fromCache,
           ratio(fromCache, rule));

    // 1,000 changes: single edits saved and pushed (baseline), then a bulk change of 1,000
    // other customers applied and pushed, then the undo preview of that batch.
    QList<Sample> singleSaves, singlePushes, applies, pushes, undoPreviews;
    for (int run = 0; run < runs; ++run) {
        const QList<qint64> singles = all.mid(run * 2000, 1000);
        const QList<qint64> batch = all.mid(run * 2000 + 1000, 1000);
        Stopwatch stopwatch(portalPid);
        for (qint64 id : singles)
            (void)edits.addInvoiceEmails(id, QStringLiteral("single-%1@example.com").arg(run));
        singleSaves.append(stopwatch.sample());
        PushSummary summary;
        stopwatch.restart();
        if (!pushAll(*engine, &summary))
            return 1;
        singlePushes.append(stopwatch.sample());

        const auto input = bulk.snapshot(BulkChangeService::itemsFor(
            batch, BulkChange::addEmail(QStringLiteral("batch-%1@example.com").arg(run))));
        const BulkPreview preview = BulkRules::preview(input.value());
        stopwatch.restart();
        const auto saved = bulk.apply(preview, QStringLiteral("bench"));
        applies.append(stopwatch.sample());
        if (!saved) {
            std::fprintf(stderr, "apply failed\n");
            return 1;
        }
        stopwatch.restart();
        if (!pushAll(*engine, &summary))
            return 1;
        pushes.append(stopwatch.sample());
        std::printf("run %d: %d changes in the batch, pushed %d\n", run, preview.totals.changed,
                    summary.applied);

        stopwatch.restart();
        const auto undo = bulk.undoItems(saved.value());
        const BulkPreview back = BulkRules::preview(bulk.snapshot(undo.value()).value());
        undoPreviews.append(stopwatch.sample());
        if (back.totals.changed != preview.totals.changed)
            std::fprintf(stderr, "undo preview: %d of %d\n", back.totals.changed,
                         preview.totals.changed);
    }
    report("baseline: 1,000 single edits saved (edit service)", singleSaves);
    report("bulk apply of 1,000 (one transaction)", applies, ratio(applies, singleSaves));
    report("baseline: 1,000 single edits pushed", singlePushes);
    report("bulk batch of 1,000 pushed", pushes, ratio(pushes, singlePushes));
    report("undo preview of the 1,000-customer batch", undoPreviews);

    engine.reset();
    cache.reset();
    server.terminate();
    if (!server.waitForFinished(30'000))
        server.kill();
    return 0;
}
