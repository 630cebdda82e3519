// Opening a customer's invoices from the local cache (issue 11: "a customer with 10 years of
// invoices opens in <= 100 ms from the cache"; bench/README.md "Invoices from the cache").
//
// A portal in-process over a demo store whose first `--open` customers have `--months`
// monthly invoices each (the demo's year, and older ones written through the portal's
// InvoiceStore: lines, a payment, the monthly run's delivery each); a console-like client
// syncs the customers into a fresh cache, then InvoiceLoader fetches those customers' billing
// from the portal, as the Invoices tab's first open does, and keeps it in the cache. Then,
// `--repeat` times for each of them:
//  - baseline: the cache row's two columns read as bytes, nothing decoded;
//  - InvoiceStore::find: the row read and decoded (invoices with lines and deliveries,
//    payments);
//  - open, end to end: InvoiceLoader::load(id, false) (the cached copy only) to its loaded()
//    signal, the InvoiceTableModel filled from it and every cell's display text, alignment
//    and past-due flag asked for once (more than a view asks: it paints the visible rows).
// The first open after the cache was opened is timed on its own too. Medians, wall and
// thread CPU time. Run by hand:
//
//     bench_invoices_open [--customers N] [--open N] [--months N] [--repeat R]
#include "BenchSupport.h"
#include "portal/InvoiceLoader.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "presentation/InvoiceTableModel.h"
#include "server/DemoSeeder.h"
#include "server/EmbeddedPortal.h"
#include "server/InvoiceStore.h"
#include "server/ServerClock.h"
#include "server/Store.h"
#include "storage/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace pac;
using namespace pac::bench;

namespace {

constexpr double kBudgetMs = 100;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall and CPU time of one call of `work`, in milliseconds.
template<typename Work>
std::pair<double, double> timed(Work work)
{
    const double cpu = threadCpuMs();
    QElapsedTimer clock;
    clock.start();
    work();
    return {double(clock.nsecsElapsed()) / 1e6, threadCpuMs() - cpu};
}

struct Figure
{
    QList<double> wall;
    QList<double> cpu;
    void add(const std::pair<double, double> &sample)
    {
        wall.append(sample.first);
        cpu.append(sample.second);
    }
};

void print(const char *what, const Figure &figure, const Figure *baseline = nullptr)
{
    const double wall = median(figure.wall);
    QString extra;
    if (baseline && median(baseline->wall) > 0)
        extra = QStringLiteral("   = %1 x baseline").arg(wall / median(baseline->wall), 0, 'f', 1);
    std::printf("%-52s median %8.2f ms (cpu %7.2f ms)   max %8.2f ms%s\n", what, wall,
                median(figure.cpu), *std::max_element(figure.wall.begin(), figure.wall.end()),
                qPrintable(extra));
    std::fflush(stdout);
}

// What a view asks of every cell when it first paints the table.
int touchEveryCell(const InvoiceTableModel &model)
{
    int filled = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            filled += model.data(index, Qt::DisplayRole).toString().isEmpty() ? 0 : 1;
            model.data(index, Qt::TextAlignmentRole);
            model.data(index, InvoiceTableModel::PastDueRole);
        }
    }
    return filled;
}

// A demo store of `customers` customers whose first `longHistories` have `months` monthly
// invoices each: the demo's (a year) and, before them, older ones written through the
// portal's own InvoiceStore (lines as the customer's latest invoice, paid by card on the day,
// sent by the monthly run to the customer's recipients) — the demo's customers joined less
// than ten years ago.
bool seedStore(const QString &path, int customers, int longHistories, int months,
               const QDate &today)
{
    server::Store store;
    const QDateTime now(today, QTime(12, 0), QTimeZone::utc());
    server::DemoSeeder seeder(store, now, 1000);
    QString error;
    if (!store.open(path, &error) || !seeder.seed(customers, 1, &error)) {
        std::fprintf(stderr, "seeding: %s\n", qPrintable(error));
        return false;
    }
    server::ServerClock clock(today);
    server::InvoiceStore invoices(store, clock);
    server::Transaction transaction(store.database());
    for (qint64 id = 1; id <= longHistories; ++id) {
        server::InvoiceStore::InvoiceQuery query;
        query.customerId = id;
        query.limit = months;
        const QList<Invoice> demo = invoices.list(query).items;
        if (demo.isEmpty() || demo.constFirst().deliveries.isEmpty())
            return false;
        const Invoice &latest = demo.constFirst();
        const InvoiceDelivery &sent = latest.deliveries.constFirst();
        QDate issued = demo.constLast().issuedOn;
        for (qsizetype m = demo.size(); m < months; ++m) {
            issued = issued.addMonths(-1);
            Invoice invoice;
            invoice.customerId = id;
            invoice.number = QStringLiteral("INV-H%1-%2").arg(id).arg(m);
            invoice.periodStart = issued.addMonths(-1);
            invoice.periodEnd = issued.addDays(-1);
            invoice.issuedOn = invoice.dueOn = issued;
            invoice.lines = latest.lines;
            for (const InvoiceLine &line : latest.lines)
                invoice.amountCents += line.amountCents;
            invoice.paidCents = invoice.amountCents;
            const auto invoiceId = invoices.addInvoice(invoice, now);
            Payment payment;
            payment.invoiceId = invoiceId.value_or(0);
            payment.at = QDateTime(issued, QTime(6, 0), QTimeZone::utc());
            payment.amountCents = invoice.amountCents;
            if (!invoiceId || !invoices.addPayment(payment, now)
                || !invoices.addDelivery(*invoiceId,
                                         QDateTime(issued, QTime(5, 0), QTimeZone::utc()),
                                         std::nullopt, sent.to, sent.cc)) {
                return false;
            }
        }
    }
    return transaction.commit();
}

// The billing of `customerId` through InvoiceLoader: fetched from the portal (and then kept
// in the cache) or, with `fetch` false, the cached copy only. nullopt when none came.
std::optional<CachedBilling> load(InvoiceLoader &loader, qint64 customerId, bool fetch)
{
    std::optional<CachedBilling> billing;
    EventLoopWait waiting;
    QObject context;
    QObject::connect(&loader, &InvoiceLoader::loaded, &context,
                     [&](qint64, const CachedBilling &value, bool fresh) {
                         if (fresh == fetch) {
                             billing = value;
                             waiting.done();
                         }
                     });
    QObject::connect(&loader, &InvoiceLoader::failed, &context, [&] { waiting.done(); });
    QObject::connect(&loader, &InvoiceLoader::nothingCached, &context, [&] { waiting.done(); });
    loader.load(customerId, fetch);
    if (!fetch)
        return billing; // the cached copy comes synchronously
    waiting.wait(120'000);
    return billing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Opening a customer's invoices from the cache (bench/README.md)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("customers"), QStringLiteral("Customers of the demo store."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("months"),
         QStringLiteral("Monthly invoices of each customer opened (10 years: 120)."),
         QStringLiteral("N"), QStringLiteral("120")},
        {QStringLiteral("open"), QStringLiteral("Customers opened (1..N): the long histories."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("repeat"), QStringLiteral("Opens of each customer per figure."),
         QStringLiteral("R"), QStringLiteral("20")},
    });
    parser.process(app);
    const int customers = std::max(1, parser.value(QStringLiteral("customers")).toInt());
    const int months = std::max(1, parser.value(QStringLiteral("months")).toInt());
    const int opened = std::clamp(parser.value(QStringLiteral("open")).toInt(), 1, customers);
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const QDate today(2026, 3, 15);

    QTemporaryDir work;
    const QString storePath = work.filePath(QStringLiteral("portal.sqlite"));
    QElapsedTimer seeding;
    seeding.start();
    if (!seedStore(storePath, customers, opened, months, today)) {
        std::fprintf(stderr, "the long histories could not be written\n");
        return 1;
    }
    server::PortalServerOptions options;
    options.dbPath = storePath;
    options.today = today;
    options.rateLimit = 0;
    options.passwordIterations = 1000;
    server::EmbeddedPortal portal;
    QUrl origin;
    EventLoopWait started;
    QObject::connect(&portal, &server::EmbeddedPortal::started, &portal, [&](const QUrl &url) {
        origin = url;
        started.done();
    });
    QObject::connect(&portal, &server::EmbeddedPortal::failed, &portal, [&](const QString &error) {
        std::fprintf(stderr, "portal: %s\n", qPrintable(error));
        started.done();
    });
    portal.start(options);
    if (!started.wait(120'000) || !origin.isValid())
        return 1;

    // The console's side: sign in, a first sync (the customers), then every page of each
    // customer's invoices and payments fetched once, as a first open of the tab does.
    QNetworkAccessManager network;
    PortalClient client(&network);
    client.setOrigin(origin);
    const auto session = await<PortalSession>([&](QObject *context, auto done) {
        client.signIn(QStringLiteral("support1"), QStringLiteral("demo"), context, done);
    });
    const Profile profile(work.filePath(QStringLiteral("profile")));
    auto cacheOpened = LocalCache::open(profile);
    if (!session || !cacheOpened) {
        std::fprintf(stderr, "sign-in or cache failed\n");
        return 1;
    }
    std::unique_ptr<LocalCache> cache = std::move(cacheOpened).value();
    {
        SyncOptions syncOptions;
        syncOptions.retryDeferredAutomatically = false;
        SyncEngine engine(client, *cache, syncOptions);
        bool synced = false;
        EventLoopWait waiting;
        QObject::connect(&engine, &SyncEngine::syncFinished, &engine, [&] {
            synced = true;
            waiting.done();
        });
        QObject::connect(&engine, &SyncEngine::syncFailed, &engine, [&] { waiting.done(); });
        if (!engine.setSession(*session).ok())
            return 1;
        engine.sync(SyncMode::Full);
        if (!waiting.wait(600'000) || !synced) {
            std::fprintf(stderr, "the first sync failed\n");
            return 1;
        }
    }
    QList<std::pair<qsizetype, qint64>> histories; // (invoices, customer id)
    qsizetype bytes = 0;
    {
        InvoiceLoader fetcher(client, *cache);
        for (qint64 id = 1; id <= opened; ++id) {
            const auto billing = load(fetcher, id, true);
            if (!billing) {
                std::fprintf(stderr, "fetching the invoices of customer %lld failed\n", id);
                return 1;
            }
            histories.append({billing->invoices.size(), id});
        }
    }
    qsizetype invoices = 0;
    qsizetype payments = 0;
    qsizetype lines = 0;
    qsizetype deliveries = 0;
    {
        QSqlQuery raw(cache->connection().database());
        raw.prepare(QStringLiteral("SELECT invoices, payments FROM customer_billing"
                                   " WHERE customer_id = ?"));
        for (const auto &[count, id] : histories) {
            const auto billing = cache->invoices().find(id);
            if (!billing.ok() || !billing.value())
                return 1;
            invoices += count;
            payments += billing.value()->payments.size();
            for (const Invoice &invoice : billing.value()->invoices) {
                lines += invoice.lines.size();
                deliveries += invoice.deliveries.size();
            }
            raw.addBindValue(id);
            if (raw.exec() && raw.next())
                bytes += raw.value(0).toByteArray().size() + raw.value(1).toByteArray().size();
        }
    }
    std::printf("demo store of %d customers, seeded and served in %.1f s; opening %d customers "
                "of %d months: %.1f invoices (%.1f lines, %.1f deliveries), %.1f payments, "
                "%.0f KiB of cached JSON per customer\n",
                customers, double(seeding.elapsed()) / 1000.0, opened, months,
                double(invoices) / opened, double(lines) / opened, double(deliveries) / opened,
                double(payments) / opened, double(bytes) / opened / 1024.0);

    // The first open after the cache was opened (the console just started), once per customer.
    std::unique_ptr<InvoiceLoader> loader;
    InvoiceTableModel model;
    bool ok = true;
    const auto open = [&](qint64 id) {
        const auto billing = load(*loader, id, false);
        ok = ok && billing && !billing->invoices.isEmpty();
        if (billing)
            model.setInvoices(billing->invoices);
        ok = ok && touchEveryCell(model) > 0;
    };
    Figure first;
    for (const auto &history : std::as_const(histories)) {
        loader.reset();
        cache.reset();
        cacheOpened = LocalCache::open(profile);
        if (!cacheOpened)
            return 1;
        cache = std::move(cacheOpened).value();
        loader = std::make_unique<InvoiceLoader>(client, *cache);
        first.add(timed([&] { open(history.second); }));
    }

    Figure baseline;
    Figure decoded;
    Figure opens;
    QSqlQuery row(cache->connection().database());
    row.prepare(QStringLiteral("SELECT invoices, payments FROM customer_billing"
                               " WHERE customer_id = ?"));
    for (int r = 0; r < repeat; ++r) {
        for (const auto &history : std::as_const(histories)) {
            const qint64 id = history.second;
            baseline.add(timed([&] {
                row.addBindValue(id);
                ok = ok && row.exec() && row.next() && !row.value(0).toByteArray().isEmpty()
                    && !row.value(1).toByteArray().isEmpty();
                row.finish();
            }));
            decoded.add(timed([&] {
                const auto billing = cache->invoices().find(id);
                ok = ok && billing.ok() && billing.value();
            }));
            opens.add(timed([&] { open(id); }));
        }
    }
    if (!ok) {
        std::fprintf(stderr, "an open failed\n");
        return 1;
    }
    std::printf("%d customers x %d opens each:\n", opened, repeat);
    print("baseline: the cache row read as bytes", baseline);
    print("InvoiceStore::find (read and decoded)", decoded, &baseline);
    print("open: cache -> InvoiceTableModel filled", opens, &baseline);
    print("first open after the cache was opened", first, &baseline);
    const double worst = std::max(median(opens.wall), median(first.wall));
    std::printf("budget %.0f ms: %s\n", kBudgetMs, worst <= kBudgetMs ? "met" : "MISSED");
    return 0;
}
