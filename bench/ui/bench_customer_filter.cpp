// Filter-as-you-type on the customer index, beside QSortFilterProxyModel on the same rows,
// and the memory of both. See bench/README.md.

#include "BenchTable.h"
#include "PlainCustomerModel.h"
#include "SyntheticCustomers.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "customerindex/CustomerQuery.h"
#include "customerindex/CustomerTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace pac;
using namespace pac::bench;

namespace {

// Typing a word char by char, a backspace (not an extension: a fresh query), clearing.
const QStringList kTyping {
    QStringLiteral("n"),          QStringLiteral("no"),        QStringLiteral("nov"),
    QStringLiteral("nova"),       QStringLiteral("nova "),     QStringLiteral("nova c"),
    QStringLiteral("nova cl"),    QStringLiteral("nova clo"),  QStringLiteral("nova clou"),
    QStringLiteral("nova cloud"), QStringLiteral("nova clou"), QString()};
// Above this many rows QSortFilterProxyModel is timed on one keystroke only (it takes
// seconds per call); the one whose word is complete.
constexpr qsizetype kProxyAllKeystrokesUpTo = 200'000;
constexpr qsizetype kProxyKeystrokeAtScale = 3;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread: unlike wall time, barely moved by other processes sharing
// the machine (the figures in bench/README.md were taken on a busy 2-core box).
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

QString quotedText(const QString &text)
{
    return u'"' + text + u'"';
}

// Types into a CustomerQuery (debounce 0) and times each keystroke from setFilterText to the
// model's reset, driven by the application's event loop.
class TypingDriver : public QObject
{
public:
    TypingDriver(CustomerQuery *query, QStringList texts)
        : m_query(query)
        , m_texts(std::move(texts))
    {
        connect(m_query, &CustomerQuery::resultApplied, this, &TypingDriver::applied);
    }

    const QList<double> &times() const { return m_times; }

private:
    void applied()
    {
        if (m_next > 0)
            m_times.append(msSince(m_timer));
        if (m_next == m_texts.size()) {
            QCoreApplication::quit();
            return;
        }
        m_timer.start();
        m_query->setFilterText(m_texts.at(m_next++));
    }

    CustomerQuery *m_query;
    QStringList m_texts;
    qsizetype m_next = 0;
    QElapsedTimer m_timer;
    QList<double> m_times;
};

struct Keystroke
{
    qsizetype matches = 0;
    QList<double> indexMs; // one per repetition
    QList<double> indexCpuMs;
    QList<double> endToEndMs;
    std::optional<double> proxyMs;
    qsizetype proxyMatches = 0;
};

void runSize(qsizetype rows, int repeat)
{
    print(QStringLiteral("\n== %1 customers ==\n").arg(rows));

    // Build: rows are generated one by one and streamed into the builder.
    const qint64 rssBefore = residentBytes();
    QElapsedTimer timer;
    qint64 generateNs = 0, addNs = 0;
    double addCpuMs = 0;
    CustomerIndexBuilder builder;
    builder.reserve(rows, 180);
    for (qsizetype i = 0; i < rows; ++i) {
        timer.start();
        const CustomerRow row = syntheticCustomer(i);
        generateNs += timer.nsecsElapsed();
        const double cpuStart = threadCpuMs();
        timer.start();
        builder.add(row);
        addNs += timer.nsecsElapsed();
        addCpuMs += threadCpuMs() - cpuStart;
    }
    const double buildCpuStart = threadCpuMs();
    timer.start();
    auto index = std::make_shared<CustomerIndex>(builder.build());
    addNs += timer.nsecsElapsed();
    addCpuMs += threadCpuMs() - buildCpuStart;
    const qint64 rssIndex = residentBytes() - rssBefore;

    // Keystrokes on the index itself, each refining a recent result like the controller.
    std::vector<Keystroke> keys(std::size_t(kTyping.size()));
    for (int r = 0; r < repeat; ++r) {
        CustomerQuerySpec spec;
        CustomerQueryHistory history;
        history.add(*index->query(spec));
        for (qsizetype k = 0; k < kTyping.size(); ++k) {
            spec.text = kTyping.at(k);
            const double cpuStart = threadCpuMs();
            timer.start();
            const std::optional<CustomerQueryResult> result
                = index->query(spec, history.baseFor(spec, index->version()));
            keys[std::size_t(k)].indexMs.append(msSince(timer));
            keys[std::size_t(k)].indexCpuMs.append(threadCpuMs() - cpuStart);
            keys[std::size_t(k)].matches = result->matches.size();
            history.add(*result);
        }
    }

    // The same keystrokes end to end: controller, worker thread, stale check, model reset.
    {
        CustomerTableModel model;
        CustomerQuery query(index, &model);
        query.setDebounceInterval(std::chrono::milliseconds(0));
        QStringList texts;
        for (int r = 0; r < repeat; ++r)
            texts += kTyping;
        TypingDriver driver(&query, texts);
        QCoreApplication::exec();
        for (qsizetype t = 0; t < driver.times().size(); ++t)
            keys[std::size_t(t % kTyping.size())].endToEndMs.append(driver.times().at(t));
    }

    // Baseline: QSortFilterProxyModel over a plain model of the same rows.
    const qint64 rssBeforePlain = residentBytes();
    PlainCustomerModel plain;
    for (qsizetype i = 0; i < rows; ++i)
        plain.append(syntheticCustomer(i));
    const qint64 rssPlain = residentBytes() - rssBeforePlain;
    QSortFilterProxyModel proxy;
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    timer.start();
    proxy.setSourceModel(&plain);
    proxy.rowCount();
    const double proxySetupMs = msSince(timer);
    for (qsizetype k = 0; k < kTyping.size(); ++k) {
        if (rows > kProxyAllKeystrokesUpTo && k != kProxyKeystrokeAtScale)
            continue;
        timer.start();
        proxy.setFilterFixedString(kTyping.at(k));
        // The proxy filters lazily, when first asked; a view asks at once.
        keys[std::size_t(k)].proxyMatches = proxy.rowCount();
        keys[std::size_t(k)].proxyMs = msSince(timer);
    }

    print(QStringLiteral("build: generating rows %1 s (not counted), index %2 s wall, %3 s cpu "
                         "(%4 us/row cpu)\n")
              .arg(double(generateNs) / 1e9, 0, 'f', 2)
              .arg(double(addNs) / 1e9, 0, 'f', 2)
              .arg(addCpuMs / 1e3, 0, 'f', 2)
              .arg(addCpuMs * 1e3 / double(rows), 0, 'f', 2));
    print(QStringLiteral("memory: index %1 (%2 bytes/row by its own count), RSS +%3 "
                         "(%4 bytes/row); plain model for the proxy RSS +%5 (%6 bytes/row)\n")
              .arg(megabytes(index->memoryUsage()))
              .arg(index->memoryUsage() / rows)
              .arg(megabytes(rssIndex))
              .arg(rssIndex / rows)
              .arg(megabytes(rssPlain))
              .arg(rssPlain / rows));
    print(
        QStringLiteral("QSortFilterProxyModel::setSourceModel: %1 ms\n").arg(millis(proxySetupMs)));

    Table table({QStringLiteral("keystroke"), QStringLiteral("matches"), QStringLiteral("index ms"),
                 QStringLiteral("index cpu ms"), QStringLiteral("end-to-end ms"),
                 QStringLiteral("proxy ms"), QStringLiteral("proxy matches"),
                 QStringLiteral("proxy / end-to-end")});
    QList<double> typingIndex, typingEndToEnd;
    for (qsizetype k = 0; k < kTyping.size(); ++k) {
        const Keystroke &key = keys[std::size_t(k)];
        const double indexMs = median(key.indexMs);
        const double endToEndMs = median(key.endToEndMs);
        typingIndex.append(indexMs);
        typingEndToEnd.append(endToEndMs);
        table.add({quotedText(kTyping.at(k)), QString::number(key.matches), millis(indexMs),
                   millis(median(key.indexCpuMs)), millis(endToEndMs),
                   key.proxyMs ? millis(*key.proxyMs) : QStringLiteral("-"),
                   key.proxyMs ? QString::number(key.proxyMatches) : QStringLiteral("-"),
                   key.proxyMs ? QString::number(*key.proxyMs / endToEndMs, 'f', 0) + u'x'
                               : QStringLiteral("-")});
    }
    print(table.toString());
    const double budget = rows <= 100'000 ? 50 : 300;
    print(QStringLiteral("per keystroke (median of %1 runs each): index max %2 ms, median %3 ms; "
                         "end-to-end max %4 ms, median %5 ms; budget %6 ms: %7\n")
              .arg(repeat)
              .arg(millis(maximum(typingIndex)), millis(median(typingIndex)),
                   millis(maximum(typingEndToEnd)), millis(median(typingEndToEnd)))
              .arg(budget)
              .arg(maximum(typingEndToEnd) <= budget ? QStringLiteral("within")
                                                     : QStringLiteral("OVER")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times filter keystrokes on the customer index beside QSortFilterProxyModel."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Comma-separated data set sizes."),
                                        QStringLiteral("list"), QStringLiteral("100000,1000000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs of the typing sequence."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(rowsOption);
    parser.addOption(repeatOption);
    parser.process(app);

    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (const QString &size : parser.value(rowsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qsizetype rows = size.toLongLong(&ok);
        if (!ok || rows <= 0) {
            std::fprintf(stderr, "bad --rows entry: %s\n", qPrintable(size));
            return 2;
        }
        runSize(rows, repeat);
    }
    return 0;
}
