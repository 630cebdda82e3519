#include "server/ServerMain.h"

#include "server/Log.h"
#include "server/PortalHost.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pac::server {

namespace {

// SIGTERM and SIGINT arrive on a file descriptor (signalfd) watched by the event loop: no
// async-signal handler and no global state; the loop quits and everything unwinds normally.
class TerminationWatcher
{
public:
    TerminationWatcher()
    {
        sigemptyset(&m_signals);
        sigaddset(&m_signals, SIGTERM);
        sigaddset(&m_signals, SIGINT);
        pthread_sigmask(SIG_BLOCK, &m_signals, nullptr);
        m_fd = signalfd(-1, &m_signals, SFD_CLOEXEC | SFD_NONBLOCK);
        if (m_fd < 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this]() {
            signalfd_siginfo info;
            if (read(m_fd, &info, sizeof info) == ssize_t(sizeof info)) {
                qCInfo(lcServer, "signal %u: shutting down", info.ssi_signo);
                QCoreApplication::quit();
            }
        });
    }
    ~TerminationWatcher()
    {
        m_notifier.reset();
        if (m_fd >= 0)
            close(m_fd);
        pthread_sigmask(SIG_UNBLOCK, &m_signals, nullptr);
    }
    TerminationWatcher(const TerminationWatcher &) = delete;
    TerminationWatcher &operator=(const TerminationWatcher &) = delete;

    bool isWatching() const { return m_fd >= 0; }

private:
    sigset_t m_signals;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace

void prepareGuiPlatform()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir
        = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
    // Qt's own fallback; it accepts the directory when it is the user's and 0700.
    if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
        qputenv("XDG_RUNTIME_DIR", dir);
}

int runPortalServer(const PortalServerOptions &options)
{
    TerminationWatcher termination;
    if (!termination.isWatching()) {
        std::fprintf(stderr, "portal-server: cannot watch for SIGTERM/SIGINT\n");
        return 1;
    }
    PortalHost host(options);
    QString error;
    if (!host.start(&error)) {
        std::fprintf(stderr, "portal-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(host.baseUrl().toString()));
    std::fflush(stdout);
    const int status = QCoreApplication::exec();
    qCInfo(lcServer, "stopped");
    return status;
}

} // namespace pac::server
