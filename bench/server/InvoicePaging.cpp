#include "InvoicePaging.h"

#include "BenchSupport.h"
#include "server/DemoSeeder.h"
#include "server/EmbeddedPortal.h"
#include "server/Store.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace pac::bench {

using namespace pac::server;

namespace {

// Pages the invoices of customers 1..`customers` (GET /customers/{id}/invoices, `limit` a page,
// following next_cursor), `kClients` clients at once, each through its share of the
// customers; returns invoices per second (0 on an error) and sets *total.
double pageInvoices(const QUrl &base, const QList<QByteArray> &tokens, int customers, int limit,
                    qint64 *total)
{
    std::vector<std::unique_ptr<Client>> clients;
    qint64 received = 0;
    int running = kClients;
    bool failed = false;
    bool finished = false;
    // Client c takes customers c+1, c+1+kClients, …
    std::function<void(int, int, const QString &)> next = [&](int c, int customer,
                                                              const QString &cursor) {
        if (customer > customers) {
            if (--running == 0)
                finished = true;
            return;
        }
        QString path = QStringLiteral("/customers/%1/invoices?limit=%2").arg(customer).arg(limit);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        clients.at(c)->send("GET", path, {}, {}, [&, c, customer](QNetworkReply *reply, qint64) {
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                failed = finished = true;
                return;
            }
            // Read without building the JSON: on two cores the client shares the machine
            // with the portal, and parsing every page in full made it the bottleneck.
            // Every invoice has one "issued_on"; the cursor ends the page.
            received += body.count("\"issued_on\":");
            const qsizetype at = body.lastIndexOf("\"next_cursor\":\"");
            const QString more
                = at < 0 ? QString() : QString::fromLatin1(body.mid(at + 15).chopped(2));
            if (more.isEmpty())
                next(c, customer + kClients, {});
            else
                next(c, customer, more);
        });
    };
    for (int c = 0; c < kClients; ++c)
        clients.push_back(std::make_unique<Client>(base, tokens.at(c)));
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < kClients; ++c)
        next(c, c + 1, {});
    runUntil(finished);
    const double seconds = timer.nsecsElapsed() / 1e9;
    *total = received;
    if (failed) {
        std::fprintf(stderr, "paging invoices failed after %lld invoices\n", received);
        return 0;
    }
    return received / seconds;
}

} // namespace

bool runInvoicePaging(const QUrl &base, const QList<QByteArray> &tokens,
                      const InvoicePagingOptions &options)
{
    QList<double> invoiceRates;
    QList<double> invoiceServerRates;
    for (int r = 0; r < options.rounds && options.customers > 0; ++r) {
        const double serverBefore = threadCpuSeconds("portal-server");
        qint64 invoices = 0;
        invoiceRates.append(
            pageInvoices(base, tokens, options.customers, options.limit, &invoices));
        const double server = threadCpuSeconds("portal-server") - serverBefore;
        invoiceServerRates.append(server > 0 ? invoices / server : 0);
        std::printf("paging the invoices of %d customers (%lld invoices), limit=%d, %d clients: "
                    "%8.0f invoices/s wall; server CPU %.2f s (%.0f invoices per server "
                    "CPU-second)\n",
                    options.customers, invoices, options.limit, kClients, invoiceRates.constLast(),
                    server, invoiceServerRates.constLast());
    }
    // Long histories: a second portal over a file store whose customers have
    // `options.historyMonths` invoices each, paged `options.limit` at a time.
    QList<double> historyRates;
    QList<double> historyServerRates;
    if (options.historyCustomers > 0) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            Store store;
            DemoSeeder seeder(store, QDateTime(options.today, QTime(12, 0), QTimeZone::utc()),
                              1000);
            seeder.setMonthsOfInvoices(options.historyMonths);
            QString error;
            if (!store.open(path, &error) || !seeder.seed(options.historyCustomers, 1, &error)) {
                std::fprintf(stderr, "history store: %s\n", qPrintable(error));
                return false;
            }
        }
        PortalServerOptions history;
        history.dbPath = path;
        history.today = options.today;
        history.rateLimit = 0;
        history.passwordIterations = 1000;
        EmbeddedPortal historyPortal;
        QUrl historyBase;
        bool historyReady = false;
        QObject::connect(&historyPortal, &EmbeddedPortal::started, &historyPortal,
                         [&](const QUrl &url) {
                             historyBase = url;
                             historyReady = true;
                         });
        QObject::connect(&historyPortal, &EmbeddedPortal::failed, &historyPortal,
                         [&](const QString &) { historyReady = true; });
        historyPortal.start(history);
        runUntil(historyReady);
        if (!historyBase.isValid()) {
            std::fprintf(stderr, "history portal did not start\n");
            return false;
        }
        QList<QByteArray> historyTokens;
        for (int c = 0; c < kClients; ++c)
            historyTokens.append(signIn(historyBase, QStringLiteral("support1")));
        for (int r = 0; r < options.rounds; ++r) {
            // The second portal's thread has the same name, and the higher id.
            const double serverBefore = threadCpuSeconds("portal-server", true);
            qint64 invoices = 0;
            historyRates.append(pageInvoices(historyBase, historyTokens, options.historyCustomers,
                                             options.limit, &invoices));
            const double server = threadCpuSeconds("portal-server", true) - serverBefore;
            historyServerRates.append(server > 0 ? invoices / server : 0);
            std::printf("paging %d long histories (%lld invoices), limit=%d, %d clients: %8.0f "
                        "invoices/s wall; server CPU %.2f s (%.0f invoices per server "
                        "CPU-second)\n",
                        options.historyCustomers, invoices, options.limit, kClients,
                        historyRates.constLast(), server, historyServerRates.constLast());
        }
    }
    if (!historyRates.isEmpty()) {
        std::sort(historyRates.begin(), historyRates.end());
        std::sort(historyServerRates.begin(), historyServerRates.end());
        std::printf("long histories, median of %d rounds: %.0f invoices/s wall, %.0f invoices per "
                    "server CPU-second\n",
                    options.rounds, historyRates.at(historyRates.size() / 2),
                    historyServerRates.at(historyServerRates.size() / 2));
    }
    if (!invoiceRates.isEmpty()) {
        std::sort(invoiceRates.begin(), invoiceRates.end());
        std::sort(invoiceServerRates.begin(), invoiceServerRates.end());
        std::printf("invoice paging, median of %d rounds: %.0f invoices/s wall, %.0f invoices per "
                    "server CPU-second (target >= 20000 invoices/s)\n",
                    options.rounds, invoiceRates.at(invoiceRates.size() / 2),
                    invoiceServerRates.at(invoiceServerRates.size() / 2));
    }
    return !invoiceRates.contains(0.0) && !historyRates.contains(0.0);
}

} // namespace pac::bench
