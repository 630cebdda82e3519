#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace pac::test {

// The real `portal-server` binary on 127.0.0.1, started as a process.
class ServerProcess
{
public:
    ~ServerProcess();

    // Starts `portal-server --demo --customers N --db FILE --port PORT [extra]` and waits for
    // its "listening on" line. Port 0 picks a free one; start again with port() to come back
    // on the same address.
    bool start(const QString &dbPath, int customers, quint16 port = 0,
               const QStringList &extra = {});
    // SIGTERM, and waits for the exit.
    void stop();
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

// One run of agentctl.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;

    QString all() const { return out + err; }
    QJsonArray jsonArray() const;
};

// Runs agentctl as a process (the binary of this build), in the test's private HOME, with
// AGENT_CONSOLE_PASSWORD=demo unless `environment` says otherwise.
CliRun runAgentctl(const QStringList &arguments, const QProcessEnvironment &environment = {},
                   const QByteArray &input = {}, int timeoutMs = 60'000);

// Starts agentctl without waiting (for the SIGKILL tests).
std::unique_ptr<QProcess> startAgentctl(const QStringList &arguments,
                                        const QProcessEnvironment &environment = {});

// The usual global options: --portal URL --user USER --profile DIR --token-store file.
QStringList globalArgs(const QUrl &portal, const QString &user, const QString &profile);

QProcessEnvironment agentctlEnvironment(const QProcessEnvironment &extra = {});

} // namespace pac::test
