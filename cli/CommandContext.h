#pragma once

#include "cli/ExitCode.h"
#include "cli/GlobalOptions.h"
#include "models/FieldError.h"
#include "portal/DemoPortal.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pac {
class CustomerEditService;
class LocalCache;
class PortalClient;
class SyncEngine;
struct PortalError;
struct StorageError;
} // namespace pac

namespace pac::cli {

class CliSession;

// What a command works with: the output streams, the profile and its cache, the portal
// client, the sync engine and the edit service (all made on first use), the session
// (CliSession: the portal, signing in, the token), and finish(), which ends the command with
// its exit status.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    // `demoPortals`: what --demo starts (null: agentctl was built without one).
    CommandContext(const GlobalOptions &options, DemoPortalFactory demoPortals, QTextStream &out,
                   QTextStream &err, QObject *parent = nullptr);
    ~CommandContext() override;

    const GlobalOptions &options() const { return m_options; }
    const DemoPortalFactory &demoPortals() const { return m_demoPortals; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Ends the command; only the first call counts.
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    // Prints "<subject>: <message>" (on stdout for ExitCode::Ok, else on stderr) and finishes
    // with `exitCode`.
    void finishWith(const QString &subject, const QString &message, int exitCode);
    // Prints "agentctl: <message>" on stderr and finishes with `exitCode`.
    void fail(int exitCode, const QString &message);
    // For a refused edit: "<subject>: <message> (<code>)" per error, then finish(UsageError).
    void failValidation(const QString &subject, const QList<FieldError> &errors);
    // Ends with the exit status and message a portal error deserves (75 network trouble,
    // 4 not signed in / not allowed, 3 conflict, 2 refused).
    void failPortal(const QString &subject, const PortalError &error);
    void failStorage(const StorageError &error);
    static int exitCodeFor(const PortalError &error);

    Profile profile() const;
    // The cache of the profile, opened on first use; null after a failure (the command is
    // then finished with the reason).
    LocalCache *cache();
    PortalClient &client();
    // Both need the cache; null after a failure (finished).
    SyncEngine *engine();
    CustomerEditService *edits();
    CliSession &session();

signals:
    void finished(int exitCode);

private:
    GlobalOptions m_options;
    DemoPortalFactory m_demoPortals;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_finished = false;
    int m_exitCode = ExitCode::Ok;

    std::unique_ptr<LocalCache> m_cache;
    QNetworkAccessManager *m_network = nullptr;
    PortalClient *m_client = nullptr;
    SyncEngine *m_engine = nullptr;
    CustomerEditService *m_edits = nullptr;
    CliSession *m_session = nullptr;
};

} // namespace pac::cli
