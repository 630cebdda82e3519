#include "BenchSupport.h"

#include <QFile>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace pac::bench {

namespace {

// CPU time (user + system) of this process, all threads, in milliseconds.
double ownCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time (user + system) of another process, in milliseconds (clock-tick resolution).
double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The fields after the command name, which may hold blanks: state is field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

QList<double> wallTimes(const QList<Sample> &samples)
{
    QList<double> values;
    for (const Sample &sample : samples)
        values.append(sample.wallMs);
    return values;
}

} // namespace

void EventLoopWait::done()
{
    m_done = true;
    m_loop.quit();
}

bool EventLoopWait::wait(int timeoutMs)
{
    if (m_done)
        return true;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    m_loop.exec();
    return m_done;
}

Stopwatch::Stopwatch(qint64 portalPid)
    : m_portalPid(portalPid)
{
    restart();
}

void Stopwatch::restart()
{
    m_clientCpu = ownCpuMs();
    m_portalCpu = processCpuMs(m_portalPid);
    m_clock.start();
}

Sample Stopwatch::sample() const
{
    Sample sample;
    sample.wallMs = double(m_clock.nsecsElapsed()) / 1e6;
    sample.clientCpuMs = ownCpuMs() - m_clientCpu;
    sample.portalCpuMs = processCpuMs(m_portalPid) - m_portalCpu;
    return sample;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double medianWall(const QList<Sample> &samples)
{
    return median(wallTimes(samples));
}

void report(const char *what, const QList<Sample> &samples, const QString &extra)
{
    QStringList texts;
    QList<double> client;
    QList<double> portal;
    QList<double> pulling;
    QList<double> credit;
    for (const Sample &sample : samples) {
        texts.append(QString::number(sample.wallMs, 'f', 0));
        client.append(sample.clientCpuMs);
        portal.append(sample.portalCpuMs);
        pulling.append(sample.pullingMs);
        credit.append(sample.creditApplicationsMs);
    }
    const QString phases = median(pulling) > 0
        ? QStringLiteral("   phases: pull %1 ms, credit applications %2 ms")
              .arg(median(pulling), 0, 'f', 0)
              .arg(median(credit), 0, 'f', 0)
        : QString();
    std::printf("%-44s median %8.0f ms   runs [%s]   cpu: client %.0f ms, portal %.0f ms%s%s\n",
                what, medianWall(samples), qPrintable(texts.join(QStringLiteral(", "))),
                median(client), median(portal), qPrintable(phases), qPrintable(extra));
    std::fflush(stdout);
}

// The peak resident set size of a running process (VmHWM), in KiB; -1 once it is gone.
long peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace pac::bench
