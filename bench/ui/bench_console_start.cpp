// Start to a filled table: with N customers (default 100,000) in the local cache, how long
// from opening the profile's cache to the main window's table showing every customer, and
// how long the GUI thread ever stalls meanwhile. Beside it, in the same run, the baseline of
// the raw work: streaming every customer out of the cache. Run by hand (see README.md).
//
//     bench_console_start [--customers N] [--runs R]

#include "BenchTable.h"
#include "SyntheticCustomers.h"
#include "customerindex/CustomerTableModel.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"
#include "ui/ConsoleSettings.h"
#include "ui/DialogPresenter.h"
#include "ui/MainWindow.h"
#include "ui/customers/CustomerTablePanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace pac;

namespace {

// A full Customer whose table row is the benchmark's synthetic row i.
Customer syntheticFullCustomer(qint64 i)
{
    const CustomerRow row = bench::syntheticCustomer(i);
    Customer c;
    c.id = row.facts.id;
    c.accountNumber = row.accountNumber;
    c.name = row.name;
    c.country = QStringLiteral("US");
    c.agent = {1000 + (i % 400), row.agentName};
    if (!row.masterAgentName.isEmpty())
        c.masterAgent = PersonRef {5000 + (i % 40), row.masterAgentName};
    c.customerSince = QDate(2020, 1, 1).addDays(i % 2000);
    c.paymentTerms = row.facts.terms;
    c.creditLimitCents = row.facts.creditLimitCents;
    c.balanceCents = row.facts.balanceCents;
    c.invoiceEmails = row.emails.mid(0, row.facts.invoiceEmailCount);
    for (qsizetype k = row.facts.invoiceEmailCount; k < row.emails.size(); ++k)
        c.billingContacts.append(
            {c.id * 10 + k, QStringLiteral("Contact %1").arg(k), row.emails.at(k)});
    c.ach.status = row.facts.achStatus;
    c.ach.reason = row.facts.achReason;
    if (row.facts.lastPaymentIssueOn.isValid())
        c.lastPaymentIssueOn = row.facts.lastPaymentIssueOn;
    c.version = 1;
    c.updatedAt = row.facts.updatedAt();
    return c;
}

bool fillCache(const QString &path, int customers)
{
    auto opened = LocalCache::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().message));
        return false;
    }
    std::unique_ptr<LocalCache> cache = std::move(opened).value();
    if (!cache->meta()
             .bindAccount(QUrl(QStringLiteral("http://127.0.0.1:9")),
                          {2, QStringLiteral("master1"), Role::MasterAgent})
             .ok())
        return false;
    constexpr int kPage = 1000;
    for (int first = 1; first <= customers; first += kPage) {
        QList<Customer> page;
        for (int i = first; i < first + kPage && i <= customers; ++i)
            page.append(syntheticFullCustomer(i));
        if (!cache->customers().storeServerCopies(page).ok())
            return false;
    }
    return true;
}

struct Run
{
    double startToFilledMs = 0; // open the cache .. the table shows every customer
    double windowShownMs = 0; // open the cache .. the window is shown (empty, "Loading…")
    double loaderMs = 0; // the worker's part: cache -> index
    double longestStallMs = 0; // the longest the GUI thread did not turn its event loop
    qint64 rows = 0;
    qint64 rssBytes = 0;
};

// One console start on the cache at `path`, measured with the event loop running.
Run startOnce(const QString &dir, const QString &path, int expected)
{
    Run run;
    QElapsedTimer clock;
    clock.start();

    // What ConsoleApplication builds before the main window (minus sign-in and network).
    std::unique_ptr<LocalCache> cache = std::move(LocalCache::open(path)).value();
    QNetworkAccessManager network;
    PortalClient client(&network);
    SyncEngine engine(client, *cache);
    CustomerEditService edits(*cache, client, &engine);
    ConsoleSettings settings(QDir(dir).filePath(QStringLiteral("console.ini")));
    DialogPresenter presenter;
    const CacheUser user = *cache->meta().read().value().user;
    const ConsoleContext context {client,   *cache,    engine, edits,
                                  settings, presenter, user,   QStringLiteral("bench")};
    auto window = std::make_unique<MainWindow>(context);
    window->resize(1400, 860);
    window->show();
    window->startLoading();
    run.windowShownMs = clock.nsecsElapsed() / 1e6;

    // A 4 ms heartbeat: any lateness is time the GUI thread spent elsewhere.
    QElapsedTimer beat;
    beat.start();
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&]() {
        run.longestStallMs = qMax(run.longestStallMs, beat.nsecsElapsed() / 1e6);
        beat.restart();
    });
    heartbeat.start(4);

    QObject::connect(window.get(), &MainWindow::customersLoaded,
                     [&](qsizetype, qint64 ms) { run.loaderMs = double(ms); });
    CustomerTablePanel *table = window->tablePanel();
    QObject::connect(table, &CustomerTablePanel::resultApplied, [&](qsizetype matching, qsizetype) {
        if (matching >= expected) {
            run.startToFilledMs = clock.nsecsElapsed() / 1e6;
            run.rows = table->model()->rowCount();
            QCoreApplication::quit();
        }
    });
    QTimer bound; // should the table never fill
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, qApp, &QCoreApplication::quit);
    bound.start(60000);
    QCoreApplication::exec();
    heartbeat.stop();
    run.rssBytes = bench::residentBytes();
    window->close();
    return run;
}

double baselineStreamMs(const QString &path, qint64 *count)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<LocalCache> cache = std::move(LocalCache::open(path)).value();
    qint64 rows = 0;
    const StorageStatus status = cache->customers().forEachRow([&rows](const CustomerRow &) {
        ++rows;
        return true;
    });
    *count = status.ok() ? rows : -1;
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("customers"), QStringLiteral("Customers in the cache."),
                        QStringLiteral("N"), QStringLiteral("100000")},
                       {QStringLiteral("runs"), QStringLiteral("Starts to measure."),
                        QStringLiteral("R"), QStringLiteral("3")}});
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    QElapsedTimer fill;
    fill.start();
    if (!fillCache(path, customers))
        return 1;
    std::printf("cache of %d customers written in %.1f s (not timed below)\n\n", customers,
                fill.elapsed() / 1000.0);

    QList<double> total, shown, loader, stall, baseline;
    Run last;
    for (int r = 0; r < runs; ++r) {
        qint64 streamed = 0;
        baseline.append(baselineStreamMs(path, &streamed));
        last = startOnce(dir.path(), path, customers);
        if (last.rows != customers || streamed != customers) {
            std::fprintf(stderr,
                         "run %d: the table showed %lld rows, the cache streamed %lld, of %d\n",
                         r + 1, last.rows, streamed, customers);
            return 1;
        }
        total.append(last.startToFilledMs);
        shown.append(last.windowShownMs);
        loader.append(last.loaderMs);
        stall.append(last.longestStallMs);
    }

    bench::Table table({QStringLiteral("start to filled table, %1 customers").arg(customers),
                        QStringLiteral("median"), QStringLiteral("max"),
                        QStringLiteral("vs baseline")});
    const double base = bench::median(baseline);
    const auto add = [&](const QString &name, const QList<double> &values, bool ratio) {
        table.add(
            {name, bench::millis(bench::median(values)) + QStringLiteral(" ms"),
             bench::millis(bench::maximum(values)) + QStringLiteral(" ms"),
             ratio ? QString::number(bench::median(values) / base, 'f', 2) + u'x' : QString()});
    };
    add(QStringLiteral("baseline: stream every table row out of the cache"), baseline, true);
    add(QStringLiteral("window shown (empty, loading)"), shown, false);
    add(QStringLiteral("worker: cache -> customer index"), loader, true);
    add(QStringLiteral("start to filled table"), total, true);
    add(QStringLiteral("longest GUI-thread stall meanwhile"), stall, false);
    std::printf("%s\n", qPrintable(table.toString()));
    std::printf("resident memory after the last start: %s\n",
                qPrintable(bench::megabytes(last.rssBytes)));
    return 0;
}
