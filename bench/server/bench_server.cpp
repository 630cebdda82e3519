// Figures of the reference portal over loopback (see docs/server.md "Figures"):
//  1. paging every customer of a demo store with limit=1000 (customers/s), the portal on
//     its own thread (EmbeddedPortal) and this thread the client;
//  2. paging invoices (InvoicePaging.h): the first customers' of the demo, then long
//     histories on a second portal: invoices/s, wall and per portal CPU-second;
//  3. p50/p99 latency of GET /customers/{id} and PUT …/invoice-emails with 4 concurrent
//     clients, beside the latency of GET /health (the baseline: HTTP round trip, no store).
// Usage: bench_server [--customers N] [--months N] [--requests N] [--rounds N]
//                     [--invoice-customers N]
//                     [--invoice-limit N] [--history-customers N] [--history-months N]
#include "BenchSupport.h"
#include "InvoicePaging.h"
#include "server/EmbeddedPortal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace pac::bench;
using namespace pac::server;

namespace {

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
    int count = 0;
    int errors = 0;
    double serverMicros = 0; // the portal thread's CPU per request: steadier than latency
};

Percentiles percentiles(QList<qint64> micros, int errors)
{
    Percentiles p;
    p.count = int(micros.size());
    p.errors = errors;
    if (micros.isEmpty())
        return p;
    std::sort(micros.begin(), micros.end());
    p.p50 = micros.at(micros.size() / 2) / 1000.0;
    p.p99 = micros.at(std::min<qsizetype>(micros.size() - 1, micros.size() * 99 / 100)) / 1000.0;
    return p;
}

// Pages through every customer; returns customers per second (0 on an error).
double pageAll(const QUrl &base, const QByteArray &token, int expected)
{
    Client client(base, token);
    int received = 0;
    bool finished = false;
    bool failed = false;
    QElapsedTimer timer;
    std::function<void(const QString &)> next = [&](const QString &cursor) {
        QString path = QStringLiteral("/customers?limit=1000");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        client.send("GET", path, {}, {}, [&](QNetworkReply *reply, qint64) {
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError) {
                failed = finished = true;
                return;
            }
            received += int(page.value(QStringLiteral("items")).toArray().size());
            const QString more = page.value(QStringLiteral("next_cursor")).toString();
            if (more.isEmpty())
                finished = true;
            else
                next(more);
        });
    };
    timer.start();
    next({});
    runUntil(finished);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (failed || received != expected) {
        std::fprintf(stderr, "paging failed: %d of %d customers\n", received, expected);
        return 0;
    }
    return received / seconds;
}

// `kClients` clients each send `requests` requests made by `make(client, i)`, one at a time,
// all clients at once.
using RequestMaker
    = std::function<void(int client, int i, Client &, std::function<void(bool ok, qint64)>)>;
Percentiles concurrent(const QUrl &base, const QList<QByteArray> &tokens, int requests,
                       const RequestMaker &make)
{
    std::vector<std::unique_ptr<Client>> clients;
    QList<qint64> latencies;
    int errors = 0;
    int running = kClients;
    bool finished = false;
    std::function<void(int, int)> step = [&](int c, int i) {
        if (i == requests) {
            if (--running == 0)
                finished = true;
            return;
        }
        make(c, i, *clients.at(c), [&, c, i](bool ok, qint64 micros) {
            latencies.append(micros);
            errors += ok ? 0 : 1;
            step(c, i + 1);
        });
    };
    for (int c = 0; c < kClients; ++c)
        clients.push_back(std::make_unique<Client>(base, tokens.at(c)));
    const double serverBefore = threadCpuSeconds("portal-server");
    for (int c = 0; c < kClients; ++c)
        step(c, 0);
    runUntil(finished);
    Percentiles p = percentiles(latencies, errors);
    if (!latencies.isEmpty())
        p.serverMicros = (threadCpuSeconds("portal-server") - serverBefore) * 1e6 / p.count;
    return p;
}

void print(const char *what, const Percentiles &p)
{
    std::printf("%-34s p50 %7.2f ms   p99 %7.2f ms   server CPU %6.0f us/request   (%d "
                "requests, %d errors)\n",
                what, p.p50, p.p99, p.serverMicros, p.count, p.errors);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("customers"), QStringLiteral("Demo customers."),
                        QStringLiteral("N"), QStringLiteral("100000")},
                       {QStringLiteral("requests"), QStringLiteral("Requests per client."),
                        QStringLiteral("N"), QStringLiteral("500")},
                       {QStringLiteral("rounds"), QStringLiteral("Rounds of paging."),
                        QStringLiteral("N"), QStringLiteral("3")},
                       {QStringLiteral("invoice-customers"),
                        QStringLiteral("Customers whose invoices are paged (0: none)."),
                        QStringLiteral("N"), QStringLiteral("10000")},
                       {QStringLiteral("invoice-limit"), QStringLiteral("Invoices per page."),
                        QStringLiteral("N"), QStringLiteral("100")},
                       {QStringLiteral("history-customers"),
                        QStringLiteral("Customers of a second store with long invoice "
                                       "histories, all paged (0: none)."),
                        QStringLiteral("N"), QStringLiteral("500")},
                       {QStringLiteral("months"),
                        QStringLiteral("Monthly invoices of each demo customer (the store's "
                                       "size)."),
                        QStringLiteral("N"), QStringLiteral("12")},
                       {QStringLiteral("history-months"),
                        QStringLiteral("Monthly invoices of each of those customers."),
                        QStringLiteral("N"), QStringLiteral("120")}});
    parser.process(app);
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    const int requests = parser.value(QStringLiteral("requests")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int invoiceCustomers
        = std::min(customers, parser.value(QStringLiteral("invoice-customers")).toInt());
    const int invoiceLimit = parser.value(QStringLiteral("invoice-limit")).toInt();
    const int historyCustomers = parser.value(QStringLiteral("history-customers")).toInt();
    const int historyMonths = parser.value(QStringLiteral("history-months")).toInt();

    PortalServerOptions options;
    options.demo = true;
    options.customers = customers;
    options.demoMonthsOfInvoices = parser.value(QStringLiteral("months")).toInt();
    options.today = QDate(2026, 3, 15);
    options.rateLimit = 0; // measure the portal, not its throttle
    EmbeddedPortal portal;
    QUrl base;
    QString error;
    bool ready = false;
    QObject::connect(&portal, &EmbeddedPortal::started, &app, [&](const QUrl &url) {
        base = url;
        ready = true;
    });
    QObject::connect(&portal, &EmbeddedPortal::failed, &app, [&](const QString &e) {
        error = e;
        ready = true;
    });
    QElapsedTimer seeding;
    seeding.start();
    portal.start(options);
    runUntil(ready);
    if (!base.isValid()) {
        std::fprintf(stderr, "portal did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("portal with %d demo customers ready in %.1f s (seeding included)\n", customers,
                seeding.elapsed() / 1000.0);

    const QByteArray support = signIn(base, QStringLiteral("support1"));
    QList<double> rates;
    QList<double> serverRates;
    for (int r = 0; r < rounds; ++r) {
        const double serverBefore = threadCpuSeconds("portal-server");
        const double processBefore = processCpuSeconds();
        rates.append(pageAll(base, support, customers));
        const double server = threadCpuSeconds("portal-server") - serverBefore;
        const double client = processCpuSeconds() - processBefore - server;
        serverRates.append(server > 0 ? customers / server : 0);
        std::printf("paging all customers, limit=1000: %8.0f customers/s wall; CPU: server %.2f s "
                    "(%.0f customers per server CPU-second), client %.2f s\n",
                    rates.constLast(), server, serverRates.constLast(), client);
    }
    std::sort(rates.begin(), rates.end());
    std::sort(serverRates.begin(), serverRates.end());
    std::printf("paging, median of %d rounds: %.0f customers/s wall, %.0f customers per server "
                "CPU-second (target >= 20000 customers/s)\n",
                rounds, rates.at(rates.size() / 2), serverRates.at(serverRates.size() / 2));

    QList<QByteArray> tokens;
    for (int c = 0; c < kClients; ++c)
        tokens.append(signIn(base, QStringLiteral("support1")));

    // Invoices: many customers' first pages, then a store of long histories.
    InvoicePagingOptions paging;
    paging.customers = invoiceCustomers;
    paging.limit = invoiceLimit;
    paging.rounds = rounds;
    paging.historyCustomers = historyCustomers;
    paging.historyMonths = historyMonths;
    paging.today = *options.today;
    const bool pagedInvoices = runInvoicePaging(base, tokens, paging);
    const auto health = concurrent(base, tokens, requests, [](int, int, Client &client, auto done) {
        client.send("GET", QStringLiteral("/health"), {}, {},
                    [done](QNetworkReply *reply, qint64 us) {
                        reply->readAll();
                        done(reply->error() == QNetworkReply::NoError, us);
                    });
    });
    const auto reads
        = concurrent(base, tokens, requests, [customers](int c, int i, Client &client, auto done) {
              const int id = 1 + (c * 7919 + i * 104729) % customers;
              client.send("GET", QStringLiteral("/customers/%1").arg(id), {}, {},
                          [done](QNetworkReply *reply, qint64 us) {
                              reply->readAll();
                              done(reply->error() == QNetworkReply::NoError, us);
                          });
          });
    // Each client edits its own customer, carrying the ETag from one answer to the next.
    QList<QByteArray> etags(kClients, QByteArray("*"));
    const auto writes
        = concurrent(base, tokens, requests, [&etags](int c, int i, Client &client, auto done) {
              const QJsonObject body {{QStringLiteral("emails"),
                                       QJsonArray {QStringLiteral("bench%1@example.com").arg(i),
                                                   QStringLiteral("ap@example.com")}}};
              client.send("PUT", QStringLiteral("/customers/%1/invoice-emails").arg(c + 1),
                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                          {{"If-Match", etags.at(c)}},
                          [&etags, c, done](QNetworkReply *reply, qint64 us) {
                              reply->readAll();
                              etags[c] = reply->rawHeader("ETag");
                              done(reply->error() == QNetworkReply::NoError, us);
                          });
          });
    std::printf("\n%d concurrent clients:\n", kClients);
    print("GET /health (baseline)", health);
    print("GET /customers/{id}", reads);
    print("PUT /customers/{id}/invoice-emails", writes);
    std::printf("ratio to baseline p50: GET %.1fx, PUT %.1fx\n", reads.p50 / health.p50,
                writes.p50 / health.p50);
    return reads.errors + writes.errors + health.errors == 0 && !rates.contains(0.0)
            && pagedInvoices
        ? 0
        : 1;
}
