#include "CliTestSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace pac::test {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &dbPath, int customers, quint16 port,
                          const QStringList &extra)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments {QStringLiteral("--demo"),   QStringLiteral("--customers"),
                           QString::number(customers), QStringLiteral("--port"),
                           QString::number(port),      QStringLiteral("--rate-limit"),
                           QStringLiteral("0")};
    if (!dbPath.isEmpty())
        arguments += {QStringLiteral("--db"), dbPath};
    m_process->start(QStringLiteral(PORTAL_SERVER_PATH), arguments + extra);
    QByteArray output;
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QRegularExpressionMatch match;
    const bool ok = QTest::qWaitFor(
        [&] {
            output += m_process->readAllStandardOutput();
            match = listening.match(QString::fromUtf8(output));
            return match.hasMatch() || m_process->state() == QProcess::NotRunning;
        },
        120'000);
    if (!ok || !match.hasMatch()) {
        qWarning() << "portal-server did not start:" << output << m_process->readAllStandardError();
        return false;
    }
    m_url = QUrl(match.captured(1));
    return true;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; },
                             20'000)) {
            m_process->kill();
            if (!QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; },
                                 5000))
                qWarning() << "portal-server did not stop";
        }
    }
    m_process.reset();
}

QJsonArray CliRun::jsonArray() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

QProcessEnvironment agentctlEnvironment(const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AGENT_CONSOLE_PASSWORD"), QStringLiteral("demo"));
    // No session bus: the token goes to the profile's file, never to a real keychain.
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // An empty value (AGENT_CONSOLE_PASSWORD="") counts as not set.
    environment.insert(extra);
    return environment;
}

std::unique_ptr<QProcess> startAgentctl(const QStringList &arguments,
                                        const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(agentctlEnvironment(environment));
    process->start(QStringLiteral(AGENTCTL_PATH), arguments);
    return process;
}

CliRun runAgentctl(const QStringList &arguments, const QProcessEnvironment &environment,
                   const QByteArray &input, int timeoutMs)
{
    auto process = startAgentctl(arguments, environment);
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    CliRun run;
    QByteArray out;
    QByteArray err;
    run.finished = QTest::qWaitFor(
        [&] {
            out += process->readAllStandardOutput();
            err += process->readAllStandardError();
            return process->state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!run.finished) {
        process->kill();
        if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, 5000))
            qWarning() << "agentctl did not stop";
    }
    out += process->readAllStandardOutput();
    err += process->readAllStandardError();
    run.out = QString::fromUtf8(out);
    run.err = QString::fromUtf8(err);
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    return run;
}

QStringList globalArgs(const QUrl &portal, const QString &user, const QString &profile)
{
    return {QStringLiteral("--portal"),      portal.toString(),
            QStringLiteral("--user"),        user,
            QStringLiteral("--profile"),     profile,
            QStringLiteral("--token-store"), QStringLiteral("file")};
}

} // namespace pac::test
