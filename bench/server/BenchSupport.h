#pragma once

// What the portal benchmarks share: a client that measures each request over loopback, an
// event loop run until a flag turns, sign-in, and CPU seconds of a thread from /proc.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>
#include <memory>
#include <unistd.h>

namespace pac::bench {

inline constexpr int kClients = 4;

// CPU seconds (user + system) used so far by this process's thread called `name` (the
// portal's thread is "portal-server"), from /proc; -1 if there is none. The machine is
// shared, so wall-clock rates depend on the load; CPU time per customer does not.
// With `newest`, the thread of that name started last (the highest id): the second portal.
inline double threadCpuSeconds(const QByteArray &name, bool newest = false)
{
    double found = -1;
    qint64 newestId = -1;
    const QStringList tasks
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = stat.readAll();
        // Fields after the ")" of the command: state is field 3; utime 14, stime 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        const double ticks = double(sysconf(_SC_CLK_TCK));
        const double seconds = (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
        if (!newest)
            return seconds;
        if (task.toLongLong() > newestId) {
            newestId = task.toLongLong();
            found = seconds;
        }
    }
    return found;
}

inline double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

// Sends one request at a time for one client and calls back with the reply; measures each.
class Client
{
public:
    Client(const QUrl &base, QByteArray token)
        : m_base(base)
        , m_token(std::move(token))
    { }

    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QList<QPair<QByteArray, QByteArray>> &headers,
              std::function<void(QNetworkReply *, qint64 micros)> done)
    {
        QUrl url = m_base;
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        url.setPath(QStringLiteral("/api/v1") + path.left(question));
        if (question >= 0)
            url.setQuery(path.mid(question + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timer, done]() {
            done(reply, timer->nsecsElapsed() / 1000);
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
};

// Runs the event loop until `finished` turns true (or 10 minutes pass).
inline void runUntil(const bool &finished)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (finished)
            loop.quit();
    });
    poll.start();
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
}

inline QByteArray signIn(const QUrl &base, const QString &user)
{
    Client client(base, {});
    QByteArray token;
    bool finished = false;
    const QJsonObject body {{QStringLiteral("username"), user},
                            {QStringLiteral("password"), QStringLiteral("demo")}};
    client.send("POST", QStringLiteral("/session"), QJsonDocument(body).toJson(), {},
                [&](QNetworkReply *reply, qint64) {
                    token = QJsonDocument::fromJson(reply->readAll())
                                .object()
                                .value(QStringLiteral("token"))
                                .toString()
                                .toLatin1();
                    finished = true;
                });
    runUntil(finished);
    return token;
}

} // namespace pac::bench
