#include "cli/CommandContext.h"

#include "cli/CliSession.h"
#include "cli/Log.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace pac::cli {

CommandContext::CommandContext(const GlobalOptions &options, DemoPortalFactory demoPortals,
                               QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_demoPortals(std::move(demoPortals))
    , m_out(out)
    , m_err(err)
{ }

CommandContext::~CommandContext()
{
    // The engine and the service use the cache: they go first.
    delete m_edits;
    delete m_engine;
    delete m_session;
    m_cache.reset();
}

void CommandContext::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_out.flush();
    m_err.flush();
    emit finished(exitCode);
}

void CommandContext::finishWith(const QString &subject, const QString &message, int exitCode)
{
    (exitCode == ExitCode::Ok ? m_out : m_err) << subject << ": " << message << Qt::endl;
    finish(exitCode);
}

void CommandContext::fail(int exitCode, const QString &message)
{
    m_err << "agentctl: " << message << Qt::endl;
    finish(exitCode);
}

void CommandContext::failValidation(const QString &subject, const QList<FieldError> &errors)
{
    // "invoice-emails 42: “bob@@x” is not a valid email address (invalid_email)"
    for (const FieldError &error : errors) {
        QString message = error.message.isEmpty() ? error.field : error.message;
        if (message.endsWith(u'.'))
            message.chop(1);
        m_err << subject << ": " << message;
        if (!error.code.isEmpty())
            m_err << " (" << error.code << ')';
        m_err << Qt::endl;
    }
    finish(ExitCode::UsageError);
}

int CommandContext::exitCodeFor(const PortalError &error)
{
    using Kind = PortalError::Kind;
    if (error.isTransient())
        return ExitCode::Unavailable;
    switch (error.kind) {
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound: // not visible to this user: not allowed to know
        return ExitCode::NotAllowed;
    case Kind::PreconditionFailed:
        return ExitCode::Conflict;
    case Kind::Validation:
    case Kind::BadRequest:
    case Kind::IdempotencyMismatch:
    case Kind::PayloadTooLarge:
    case Kind::PreconditionRequired:
        return ExitCode::UsageError;
    default:
        return ExitCode::Failure;
    }
}

void CommandContext::failPortal(const QString &subject, const PortalError &error)
{
    if (error.kind == PortalError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        failValidation(subject, error.fieldErrors);
        return;
    }
    m_err << subject << ": " << error.message() << Qt::endl;
    finish(exitCodeFor(error));
}

void CommandContext::failStorage(const StorageError &error)
{
    qCWarning(lcCli) << "storage:" << error.detail;
    fail(ExitCode::Failure, error.message);
}

Profile CommandContext::profile() const
{
    if (!m_options.profileDirectory.isEmpty())
        return Profile(QDir(m_options.profileDirectory).absolutePath());
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return Profile(base + QStringLiteral("/profiles/default"));
}

LocalCache *CommandContext::cache()
{
    if (m_cache)
        return m_cache.get();
    auto opened = LocalCache::open(profile());
    if (!opened) {
        failStorage(opened.error());
        return nullptr;
    }
    m_cache = std::move(opened).value();
    if (m_cache->recoveredOnOpen() > 0) {
        qCInfo(lcCli) << m_cache->recoveredOnOpen()
                      << "edit(s) interrupted while being sent go out again";
    }
    return m_cache.get();
}

PortalClient &CommandContext::client()
{
    if (!m_client) {
        m_network = new QNetworkAccessManager(this);
        m_client = new PortalClient(m_network, this);
        if (m_options.timeoutSeconds > 0)
            m_client->setTransferTimeout(std::chrono::seconds(m_options.timeoutSeconds));
    }
    return *m_client;
}

SyncEngine *CommandContext::engine()
{
    if (m_engine)
        return m_engine;
    LocalCache *localCache = cache();
    if (!localCache)
        return nullptr;
    SyncOptions syncOptions;
    // A command ends when its work is done; retries belong to the next command.
    syncOptions.retryDeferredAutomatically = false;
    m_engine = new SyncEngine(client(), *localCache, syncOptions);
    return m_engine;
}

CustomerEditService *CommandContext::edits()
{
    if (m_edits)
        return m_edits;
    SyncEngine *syncEngine = engine();
    if (!syncEngine)
        return nullptr;
    m_edits = new CustomerEditService(*cache(), client(), syncEngine);
    // Commands send their edit themselves once signed in (EditDelivery).
    m_edits->setPushAfterEdit(false);
    return m_edits;
}

CliSession &CommandContext::session()
{
    if (!m_session)
        m_session = new CliSession(*this);
    return *m_session;
}

} // namespace pac::cli
