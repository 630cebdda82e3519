#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QUrl>

namespace pac::bench {

struct InvoicePagingOptions
{
    int customers = 10000; // customers 1..N of the portal, each paged through (0: none)
    int limit = 100; // invoices per page
    int rounds = 3;
    int historyCustomers = 500; // a second store's customers with long histories (0: none)
    int historyMonths = 120; // monthly invoices each of those has (since joining)
    QDate today;
};

// Invoice paging figures (docs/server.md): GET /customers/{id}/invoices following next_cursor,
// kClients clients at once, each through its share of the customers — first over the portal at
// `base` (the demo: about a dozen invoices a customer), then over a second portal this starts
// on a file store whose customers have long histories. Prints each round and the medians,
// invoices/s wall and per portal CPU-second; false when a round failed.
bool runInvoicePaging(const QUrl &base, const QList<QByteArray> &tokens,
                      const InvoicePagingOptions &options);

} // namespace pac::bench
