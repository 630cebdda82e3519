// `agentctl customers --filter TEXT --format csv` as a user runs it, over a profile synced
// from portal-server with N demo customers (default 100,000), beside the console's
// in-memory filter on the same cache and the path agentctl took before (decode every
// customer, index them all, then filter), all in the same run (bench/README.md "agentctl
// customers"). Each figure is the median of --runs runs. Also checks that agentctl prints
// exactly the rows, in the same order, that the console's index gives for the text and view.
//
//     bench_agentctl_customers [--customers N] [--runs R] [--filters a,b,c] [--view NAME]
//                              [--old-agentctl PATH]
//
// --old-agentctl times another agentctl binary (an earlier build) on a profile it syncs
// itself, since an older program cannot open a cache of a newer schema.

#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerCsvWriter.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "storage/LocalCache.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pac;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

struct Agentctl
{
    QString program;
    QUrl portal;
    QString profile;

    // Runs agentctl with the global options; its stdout, or nullopt when it failed.
    std::optional<QByteArray> run(const QStringList &arguments, double *ms = nullptr) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QStringLiteral("demo"));
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(program,
                      QStringList {QStringLiteral("--portal"), portal.toString(),
                                   QStringLiteral("--user"), QStringLiteral("support1"),
                                   QStringLiteral("--profile"), profile,
                                   QStringLiteral("--token-store"), QStringLiteral("file")}
                          + arguments);
        if (!process.waitForFinished(900'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            std::fprintf(stderr, "agentctl %s failed: %s\n", qPrintable(arguments.join(u' ')),
                         process.readAllStandardError().constData());
            return std::nullopt;
        }
        if (ms)
            *ms = elapsedMs(clock);
        return process.readAllStandardOutput();
    }
};

CustomerQuerySpec specFor(const QString &text, CustomerView view)
{
    CustomerQuerySpec spec;
    spec.text = text;
    spec.view = view;
    spec.today = QDate::currentDate();
    spec.sortColumn = int(CustomerColumn::Name); // agentctl's order
    return spec;
}

QByteArray csvOf(const CustomerIndex &index, const QList<quint32> &matched)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CustomerCsvWriter().write(&buffer, index, matched);
    return buffer.data();
}

// What agentctl did before, in this process: every customer decoded from its JSON, all of
// them indexed, then the query.
double oldPathMs(LocalCache &cache, const CustomerQuerySpec &spec, qsizetype *rows)
{
    QElapsedTimer clock;
    clock.start();
    CustomerIndexBuilder builder;
    const StorageStatus read = cache.customers().forEachCustomer([&](const CachedCustomer &c) {
        CustomerRow row = CustomerRow::fromCustomer(c.shown());
        if (c.flags.hasPendingEdit())
            row.facts.flags |= CustomerRowFlag::PendingEdit;
        if (c.flags.conflict)
            row.facts.flags |= CustomerRowFlag::Conflict;
        if (c.flags.submittedCreditApplication)
            row.facts.flags |= CustomerRowFlag::CreditApplicationSubmitted;
        builder.add(row);
        return true;
    });
    const CustomerIndex index = builder.build();
    const QList<quint32> matched = index.query(spec)->matches;
    const QByteArray csv = csvOf(index, matched);
    *rows = read.ok() && !csv.isEmpty() ? matched.size() : -1;
    return elapsedMs(clock);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("agentctl customers --filter figures (bench/README.md)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("customers"), QStringLiteral("Customers of the demo store."),
         QStringLiteral("N"), QStringLiteral("100000")},
        {QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("R"),
         QStringLiteral("5")},
        {QStringLiteral("filters"), QStringLiteral("Filter texts, comma-separated."),
         QStringLiteral("LIST"), QStringLiteral("acme,ÑANDÚ,billing1@,zzz")},
        {QStringLiteral("view"), QStringLiteral("The view."), QStringLiteral("NAME"),
         QStringLiteral("all")},
        {QStringLiteral("old-agentctl"), QStringLiteral("An earlier agentctl to time as well."),
         QStringLiteral("PATH")},
    });
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList filters = parser.value(QStringLiteral("filters")).split(u',');
    const std::optional<CustomerView> view
        = CustomerViews::fromKey(parser.value(QStringLiteral("view")));
    if (!view) {
        std::fprintf(stderr, "no such view\n");
        return 2;
    }

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
    while (!match.hasMatch() && server.waitForReadyRead(600'000)) {
        banner += server.readAllStandardOutput();
        match = listening.match(QString::fromUtf8(banner));
    }
    if (!match.hasMatch()) {
        std::fprintf(stderr, "portal-server did not start\n");
        return 1;
    }
    const QUrl portal(match.captured(1));

    const Agentctl agentctl {QStringLiteral(AGENTCTL_PATH), portal,
                             work.filePath(QStringLiteral("profile"))};
    QElapsedTimer syncClock;
    syncClock.start();
    if (!agentctl.run({QStringLiteral("sync")})) {
        server.terminate();
        server.waitForFinished();
        return 1;
    }
    std::printf("portal-server with %d customers, agentctl synced in %.1f s (not timed below); "
                "view %s; medians of %d runs\n\n",
                customers, double(syncClock.elapsed()) / 1000.0,
                qPrintable(CustomerViews::key(*view)), runs);
    std::optional<Agentctl> old;
    if (parser.isSet(QStringLiteral("old-agentctl"))) {
        old = Agentctl {parser.value(QStringLiteral("old-agentctl")), portal,
                        work.filePath(QStringLiteral("old-profile"))};
        if (!old->run({QStringLiteral("sync")}))
            old.reset();
    }

    // The console's side: its load of the table (the cache's columns into the index), once.
    auto cache = std::move(LocalCache::open(
                               QDir(agentctl.profile).filePath(QStringLiteral("cache.sqlite"))))
                     .value();
    QElapsedTimer loadClock;
    loadClock.start();
    CustomerIndexBuilder builder;
    if (!cache->customers().forEachRow([&builder](const CustomerRow &row) {
            builder.add(row);
            return true;
        })) {
        return 1;
    }
    const CustomerIndex console = builder.build();
    std::printf("console: cache -> index of %lld rows in %.0f ms (once, when it starts)\n\n",
                qlonglong(console.size()), double(loadClock.elapsed()));

    QList<double> version;
    for (int r = 0; r < runs; ++r) {
        double ms = 0;
        if (!agentctl.run({QStringLiteral("--version")}, &ms))
            return 1;
        version.append(ms);
    }
    std::printf("baseline: agentctl --version (process start and exit): %.1f ms\n\n",
                median(version));

    std::printf("%-12s %7s | %12s %12s | %12s %8s | %14s %8s | %s\n", "filter", "rows", "agentctl",
                "- --version", "old path", "÷ new", "console filter", "new ÷", "same rows");
    bool allSame = true;
    for (const QString &text : filters) {
        const CustomerQuerySpec spec = specFor(text, *view);
        const QStringList command {
            QStringLiteral("customers"), QStringLiteral("--filter"), text,
            QStringLiteral("--view"),    CustomerViews::key(*view),  QStringLiteral("--format"),
            QStringLiteral("csv")};
        QList<double> fresh, before, filter, oldBinary;
        QByteArray printed;
        qsizetype oldRows = 0;
        for (int r = 0; r < runs; ++r) {
            double ms = 0;
            const std::optional<QByteArray> out = agentctl.run(command, &ms);
            if (!out)
                return 1;
            printed = *out;
            fresh.append(ms);
            before.append(oldPathMs(*cache, spec, &oldRows));
            QElapsedTimer clock;
            clock.start();
            const std::optional<CustomerQueryResult> result = console.query(spec);
            filter.append(elapsedMs(clock));
            if (!result)
                return 1;
            if (old) {
                if (!old->run(command, &ms))
                    return 1;
                oldBinary.append(ms);
            }
        }
        const QList<quint32> shown = console.query(spec)->matches;
        const bool same = printed == csvOf(console, shown) && oldRows == shown.size();
        allSame = allSame && same;
        std::printf("%-12s %7lld | %9.1f ms %9.1f ms | %9.1f ms %7.1fx | %11.2f ms %7.0fx | %s\n",
                    qPrintable(text), qlonglong(shown.size()), median(fresh),
                    median(fresh) - median(version), median(before), median(before) / median(fresh),
                    median(filter), median(fresh) / std::max(median(filter), 0.01),
                    same ? "yes" : "NO");
        if (old) {
            std::printf("%-12s %7s   old agentctl binary: %.1f ms (%.1fx the new one)\n", "", "",
                        median(oldBinary), median(oldBinary) / median(fresh));
        }
    }
    std::printf("\nagentctl: the whole process (start, open the cache, query, CSV, exit); "
                "old path: in this process, decode every customer, index all, query, CSV; "
                "console filter: CustomerIndex::query on the console's index\n");

    server.terminate();
    if (!server.waitForFinished(30'000))
        server.kill();
    return allSame ? 0 : 1;
}
