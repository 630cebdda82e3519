#include "cli/CliSession.h"

#include "cli/CommandContext.h"
#include "cli/Log.h"
#include "portal/DemoPortal.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/FallbackCredentialStore.h"
#include "storage/FileCredentialStore.h"
#include "storage/KeychainCredentialStore.h"
#include "storage/LocalCache.h"

#include <QFile>

namespace pac::cli {

namespace {

constexpr QLatin1String KeychainService {"PortalAgentConsole"};
constexpr QLatin1String PasswordVariable {"AGENT_CONSOLE_PASSWORD"};

std::unique_ptr<CredentialStore> makeCredentialStore(const QString &kind, const Profile &profile)
{
    if (kind == QLatin1String("file"))
        return std::make_unique<FileCredentialStore>(profile.credentialsPath());
    if (kind == QLatin1String("keychain"))
        return std::make_unique<KeychainCredentialStore>(KeychainService);
    return std::make_unique<FallbackCredentialStore>(
        std::make_unique<KeychainCredentialStore>(KeychainService),
        std::make_unique<FileCredentialStore>(profile.credentialsPath()));
}

} // namespace

CliSession::CliSession(CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    const Profile profile = context.profile();
    if (StorageStatus exists = profile.ensureExists(); !exists)
        qCWarning(lcCli) << "profile folder:" << exists.error().detail;
    m_settings = std::make_unique<QSettings>(profile.directory() + QStringLiteral("/agentctl.ini"),
                                             QSettings::IniFormat);
    m_credentials = makeCredentialStore(context.options().tokenStore, profile);
}

CliSession::~CliSession() = default;

bool CliSession::isDemo() const
{
    const GlobalOptions &options = m_context.options();
    if (options.demo)
        return true;
    return options.portal.isEmpty() && m_settings->value(QStringLiteral("demo")).toBool();
}

QString CliSession::userName() const
{
    if (!m_context.options().user.isEmpty())
        return m_context.options().user;
    const QString saved = m_settings->value(QStringLiteral("user")).toString();
    if (!saved.isEmpty())
        return saved;
    return isDemo() ? QString(GlobalOptions::DemoDefaultUser) : QString();
}

QUrl CliSession::identity() const
{
    if (isDemo()) {
        // The demo portal listens on another port at every run: the cache and the token
        // belong to this profile's demo store instead.
        QUrl url;
        url.setScheme(QStringLiteral("pac-demo"));
        url.setPath(m_context.profile().directory());
        return url;
    }
    if (!m_context.options().portal.isEmpty())
        return m_context.options().portal;
    return QUrl(m_settings->value(QStringLiteral("portal")).toString());
}

QString CliSession::credentialKey() const
{
    return identity().toString() + u'|' + userName();
}

bool CliSession::hasPasswordSource() const
{
    return m_context.options().passwordFromStdin
        || !qEnvironmentVariableIsEmpty(PasswordVariable.data()) || isDemo();
}

std::optional<QString> CliSession::password()
{
    if (m_context.options().passwordFromStdin) {
        if (!m_passwordRead) {
            m_passwordRead = true;
            QFile input;
            if (input.open(stdin, QIODevice::ReadOnly)) {
                QString line = QString::fromUtf8(input.readLine());
                while (line.endsWith(u'\n') || line.endsWith(u'\r'))
                    line.chop(1);
                if (!line.isEmpty())
                    m_password = line;
            }
        }
        return m_password;
    }
    if (!qEnvironmentVariableIsEmpty(PasswordVariable.data()))
        return qEnvironmentVariable(PasswordVariable.data());
    if (isDemo())
        return QString(GlobalOptions::DemoPassword);
    return std::nullopt;
}

void CliSession::connectPortal(std::function<void()> ready)
{
    if (m_connected) {
        ready();
        return;
    }
    PortalClient &client = m_context.client();
    const QString caFile = m_context.options().caFile.isEmpty()
        ? m_settings->value(QStringLiteral("ca_file")).toString()
        : m_context.options().caFile;
    if (!caFile.isEmpty()) {
        QString error;
        if (!client.addCaCertificatesFromFile(caFile, &error)) {
            m_context.fail(ExitCode::UsageError, error);
            return;
        }
    }
    if (isDemo()) {
        startDemoPortal(std::move(ready));
        return;
    }
    const QUrl portal = identity();
    if (portal.isEmpty()) {
        m_context.fail(ExitCode::UsageError,
                       tr("No portal: give --portal URL or --demo (agentctl login saves them "
                          "in the profile)."));
        return;
    }
    client.setOrigin(portal);
    if (!client.isOriginAllowed()) {
        m_context.fail(ExitCode::UsageError,
                       tr("%1: only https is allowed, or plain http to this computer.")
                           .arg(portal.toString()));
        return;
    }
    m_connected = true;
    ready();
}

void CliSession::startDemoPortal(std::function<void()> ready)
{
    if (!m_context.demoPortals()) {
        m_context.fail(ExitCode::UsageError,
                       tr("This agentctl has no built-in demo portal: give --portal URL."));
        return;
    }
    m_demoPortal = m_context.demoPortals()();
    connect(m_demoPortal.get(), &DemoPortal::started, this,
            [this, ready = std::move(ready)](const QUrl &baseUrl) {
                m_context.client().setOrigin(baseUrl);
                m_connected = true;
                qCDebug(lcCli) << "demo portal at" << baseUrl;
                ready();
            });
    connect(m_demoPortal.get(), &DemoPortal::failed, this, [this](const QString &error) {
        m_context.fail(ExitCode::Failure, tr("The demo portal did not start: %1").arg(error));
    });
    m_demoPortal->start({m_context.profile().directory() + QStringLiteral("/demo-portal.sqlite"),
                         m_context.options().demoCustomers});
}

void CliSession::ensureSignedIn(std::function<void()> ready)
{
    connectPortal([this, ready = std::move(ready)]() mutable {
        if (m_signedIn) {
            ready();
            return;
        }
        if (userName().isEmpty()) {
            m_context.fail(ExitCode::NotAllowed,
                           tr("No user: give --user NAME (agentctl login saves it in the "
                              "profile)."));
            return;
        }
        m_credentials->read(
            credentialKey(), this,
            [this, ready = std::move(ready)](const CredentialResult &result) mutable {
                if (result.ok() && !result.secret.isEmpty()) {
                    useToken(result.secret, std::move(ready));
                    return;
                }
                if (!hasPasswordSource()) {
                    m_context.fail(ExitCode::NotAllowed,
                                   tr("Not signed in as %1: run agentctl login (the password "
                                      "comes from %2 or --password-stdin).")
                                       .arg(userName(), PasswordVariable));
                    return;
                }
                signIn(true, [ready = std::move(ready)](const PortalSession &) { ready(); });
            });
    });
}

void CliSession::useToken(const QString &token, std::function<void()> ready)
{
    if (adoptStoredToken(token)) {
        ready();
        return;
    }
    if (m_context.isFinished())
        return;
    if (!hasPasswordSource()) {
        m_context.fail(
            ExitCode::NotAllowed,
            tr("This profile holds no session of %1: run agentctl login.").arg(userName()));
        return;
    }
    signIn(true, [ready = std::move(ready)](const PortalSession &) { ready(); });
}

bool CliSession::adoptStoredToken(const QString &token)
{
    // Who the token belongs to was recorded in the cache when it was obtained.
    LocalCache *cache = m_context.cache();
    if (!cache)
        return false;
    const auto meta = cache->meta().read();
    if (!meta || !cacheBelongsToUser(*meta))
        return false;
    PortalSession session;
    session.token = token.toUtf8();
    session.user = SessionUser {meta->user->id, meta->user->name, meta->user->role};
    if (!adoptSession(session))
        return false;
    m_signedIn = true;
    return true;
}

void CliSession::trySignedIn(std::function<void(bool)> done)
{
    connectPortal([this, done = std::move(done)]() mutable {
        if (m_signedIn || userName().isEmpty()) {
            done(m_signedIn);
            return;
        }
        m_credentials->read(credentialKey(), this,
                            [this, done = std::move(done)](const CredentialResult &result) {
                                if (!result.ok() || result.secret.isEmpty()) {
                                    done(false);
                                    return;
                                }
                                if (adoptStoredToken(result.secret))
                                    done(true);
                                else if (!m_context.isFinished())
                                    done(false);
                            });
    });
}

bool CliSession::cacheBelongsToUser(const ProfileMeta &meta) const
{
    return meta.user && meta.portalUrl == identity()
        && m_settings->value(QStringLiteral("signed_in_as")).toString() == userName()
        && m_settings->value(QStringLiteral("signed_in_user_id")).toLongLong() == meta.user->id;
}

bool CliSession::adoptSession(const PortalSession &session)
{
    SyncEngine *engine = m_context.engine();
    if (!engine)
        return false;
    if (StorageStatus bound = engine->setSession(session, identity()); !bound) {
        m_context.failStorage(bound.error());
        return false;
    }
    m_settings->setValue(QStringLiteral("signed_in_as"), userName());
    m_settings->setValue(QStringLiteral("signed_in_user_id"), session.user.id);
    m_settings->sync();
    return true;
}

void CliSession::signIn(bool remember, std::function<void(const PortalSession &)> done)
{
    const std::optional<QString> secret = password();
    if (!secret) {
        m_context.fail(ExitCode::NotAllowed,
                       tr("No password: set %1 or use --password-stdin.").arg(PasswordVariable));
        return;
    }
    const QString user = userName();
    m_context.client().signIn(
        user, *secret, this,
        [this, remember, user, done = std::move(done)](const PortalResult<PortalSession> &result) {
            if (!result.ok()) {
                if (result.error().kind == PortalError::Kind::Unauthorized) {
                    m_context.fail(
                        ExitCode::NotAllowed,
                        tr("Sign-in refused for %1: wrong user name or password.").arg(user));
                } else {
                    m_context.failPortal(tr("sign-in"), result.error());
                }
                return;
            }
            const PortalSession session = result.value();
            if (!adoptSession(session))
                return;
            m_signedIn = true;
            if (!remember) {
                done(session);
                return;
            }
            m_credentials->write(credentialKey(), QString::fromUtf8(session.token), this,
                                 [this, session, done](const CredentialResult &stored) {
                                     if (!stored.ok())
                                         m_context.err()
                                             << "agentctl: " << stored.message << Qt::endl;
                                     done(session);
                                 });
        });
}

void CliSession::signInAgain(std::function<void()> ready)
{
    m_signedIn = false;
    if (!hasPasswordSource()) {
        m_context.fail(ExitCode::NotAllowed,
                       tr("The session of %1 has expired: run agentctl login.").arg(userName()));
        return;
    }
    signIn(true, [ready = std::move(ready)](const PortalSession &) { ready(); });
}

void CliSession::login(std::function<void(const PortalSession &, const QString &)> done)
{
    connectPortal([this, done = std::move(done)]() mutable {
        if (userName().isEmpty()) {
            m_context.fail(ExitCode::UsageError, tr("Give the user name with --user NAME."));
            return;
        }
        signIn(true, [this, done = std::move(done)](const PortalSession &session) {
            saveSettings();
            done(session, m_credentials->describe());
        });
    });
}

void CliSession::logout(std::function<void()> done)
{
    m_credentials->remove(credentialKey(), this,
                          [this, done = std::move(done)](const CredentialResult &result) {
                              if (!result.ok()) {
                                  m_context.fail(ExitCode::Failure, result.message);
                                  return;
                              }
                              if (SyncEngine *engine = m_context.engine())
                                  engine->clearSession();
                              m_signedIn = false;
                              done();
                          });
}

void CliSession::saveSettings()
{
    m_settings->setValue(QStringLiteral("demo"), isDemo());
    if (!isDemo())
        m_settings->setValue(QStringLiteral("portal"), identity().toString());
    m_settings->setValue(QStringLiteral("user"), userName());
    if (!m_context.options().caFile.isEmpty())
        m_settings->setValue(QStringLiteral("ca_file"), m_context.options().caFile);
    m_settings->sync();
}

} // namespace pac::cli
