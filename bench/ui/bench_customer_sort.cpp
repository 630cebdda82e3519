// Sorting the customer table by each column, on the index and end to end (a header click:
// model -> controller -> worker -> one model reset), beside QSortFilterProxyModel sorting
// the names of the same rows. See bench/README.md.

#include "BenchTable.h"
#include "PlainCustomerModel.h"
#include "SyntheticCustomers.h"
#include "customerindex/CustomerColumn.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "customerindex/CustomerQuery.h"
#include "customerindex/CustomerTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <cstdio>
#include <ctime>

using namespace pac;
using namespace pac::bench;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread: unlike wall time, barely moved by other processes sharing
// the machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

// Clicks every column header once (ascending) and times each click until the model has been
// reset with the sorted rows, driven by the application's event loop.
class HeaderClickDriver : public QObject
{
public:
    HeaderClickDriver(CustomerTableModel *model, CustomerQuery *query)
        : m_model(model)
    {
        connect(query, &CustomerQuery::resultApplied, this, &HeaderClickDriver::applied);
    }

    const QList<double> &times() const { return m_times; }

private:
    void applied()
    {
        if (m_column >= 0)
            m_times.append(msSince(m_timer));
        if (++m_column == CustomerColumnCount) {
            QCoreApplication::quit();
            return;
        }
        m_timer.start();
        m_model->sort(m_column, Qt::AscendingOrder);
    }

    CustomerTableModel *m_model;
    int m_column = -1;
    QElapsedTimer m_timer;
    QList<double> m_times;
};

// Drops the index's cached orders the way a sync does: by replacing one row (with itself).
void touchOneRow(CustomerIndex &index)
{
    index.apply({syntheticCustomer(0)});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times sorting the customer table by each column."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Customers."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption noProxyOption(QStringLiteral("no-proxy"),
                                           QStringLiteral("Skip the QSortFilterProxyModel "
                                                          "baseline."));
    parser.addOption(rowsOption);
    parser.addOption(noProxyOption);
    parser.process(app);
    const qsizetype rows = parser.value(rowsOption).toLongLong();
    if (rows <= 0) {
        std::fprintf(stderr, "bad --rows\n");
        return 2;
    }

    print(QStringLiteral("== sorting %1 customers ==\n").arg(rows));
    QElapsedTimer timer;
    CustomerIndexBuilder builder;
    builder.reserve(rows, 180);
    for (qsizetype i = 0; i < rows; ++i)
        builder.add(syntheticCustomer(i));
    auto index = std::make_shared<CustomerIndex>(builder.build());

    // On the index: first sort of a column (computed), then a query in that order (cached),
    // and the same with a filter text.
    Table table({QStringLiteral("column"), QStringLiteral("first asc ms"),
                 QStringLiteral("first asc cpu ms"), QStringLiteral("first desc ms"),
                 QStringLiteral("cached query ms"), QStringLiteral("filtered + sorted ms"),
                 QStringLiteral("header click ms")});
    QList<QStringList> cells;
    double nameSortMs = 0;
    double nameSortCpuMs = 0;
    for (int c = 0; c < CustomerColumnCount; ++c) {
        const auto column = CustomerColumn(c);
        const double cpuStart = threadCpuMs();
        timer.start();
        index->sortedSlots(column, Qt::AscendingOrder);
        const double ascMs = msSince(timer);
        const double ascCpuMs = threadCpuMs() - cpuStart;
        timer.start();
        index->sortedSlots(column, Qt::DescendingOrder);
        const double descMs = msSince(timer);
        CustomerQuerySpec spec;
        spec.sortColumn = c;
        timer.start();
        index->query(spec);
        const double cachedMs = msSince(timer);
        spec.text = QStringLiteral("nova");
        timer.start();
        index->query(spec);
        const double filteredMs = msSince(timer);
        if (column == CustomerColumn::Name) {
            nameSortMs = ascMs;
            nameSortCpuMs = ascCpuMs;
        }
        cells.append({CustomerColumns::title(column), millis(ascMs), millis(ascCpuMs),
                      millis(descMs), millis(cachedMs), millis(filteredMs)});
    }

    // End to end, each column's order computed anew (the cache dropped as after a sync).
    touchOneRow(*index);
    {
        CustomerTableModel model;
        CustomerQuery query(index, &model);
        query.setDebounceInterval(std::chrono::milliseconds(0));
        HeaderClickDriver driver(&model, &query);
        QCoreApplication::exec();
        for (int c = 0; c < CustomerColumnCount; ++c)
            cells[c].append(millis(driver.times().value(c)));
    }
    for (const QStringList &row : std::as_const(cells))
        table.add(row);
    print(table.toString());
    print(QStringLiteral("index memory with its cached orders: %1 (%2 bytes/row)\n")
              .arg(megabytes(index->memoryUsage()))
              .arg(index->memoryUsage() / rows));

    if (!parser.isSet(noProxyOption)) {
        PlainCustomerModel plain;
        for (qsizetype i = 0; i < rows; ++i)
            plain.append(syntheticCustomer(i));
        QSortFilterProxyModel proxy;
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSourceModel(&plain);
        proxy.rowCount();
        const double cpuStart = threadCpuMs();
        timer.start();
        proxy.sort(PlainCustomerModel::Name, Qt::AscendingOrder);
        const double proxyMs = msSince(timer);
        const double proxyCpuMs = threadCpuMs() - cpuStart;
        print(
            QStringLiteral("QSortFilterProxyModel::sort(name): %1 ms (%2 ms cpu); the index's "
                           "first name sort: %3 ms (%4 ms cpu): %5x faster in cpu time\n")
                .arg(millis(proxyMs), millis(proxyCpuMs), millis(nameSortMs), millis(nameSortCpuMs))
                .arg(proxyCpuMs / nameSortCpuMs, 0, 'f', 0));
    }
    return 0;
}
