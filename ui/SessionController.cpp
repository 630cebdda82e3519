#include "ui/SessionController.h"

#include "portal/PortalClient.h"
#include "storage/CredentialStore.h"
#include "ui/Log.h"

namespace pac {

QUrl SessionController::demoPortalIdentity()
{
    return QUrl(QStringLiteral("pac-demo:embedded"));
}

SessionController::SessionController(PortalClient &client, CredentialStore &credentials,
                                     DemoPortalFactory demoPortals, const QString &demoStorePath,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_demoPortals(std::move(demoPortals))
    , m_demoStorePath(demoStorePath)
{ }

SessionController::~SessionController()
{
    cancel();
}

QString SessionController::credentialKey(const QUrl &identity, const QString &userName)
{
    return QStringLiteral("token|%1|%2").arg(identity.toString(), userName);
}

void SessionController::cancel()
{
    ++m_attempt;
    if (m_call)
        m_call->abort();
    m_call.clear();
    m_busy = false;
}

void SessionController::fail(const QString &message)
{
    m_busy = false;
    emit failed(message);
}

void SessionController::withPortal(bool demo, const QUrl &portal, std::function<void()> then)
{
    m_demo = demo;
    m_identity = demo ? demoPortalIdentity() : portal.adjusted(QUrl::StripTrailingSlash);
    if (!demo) {
        m_client.setOrigin(portal);
        if (!m_client.isOriginAllowed()) {
            fail(tr("“%1” is not a secure portal address: use https (plain http only reaches "
                    "this computer).")
                     .arg(portal.toString()));
            return;
        }
        then();
        return;
    }
    if (m_demoPortal && m_demoPortal->isRunning()) {
        m_client.setOrigin(m_demoPortal->baseUrl());
        then();
        return;
    }
    if (!m_demoPortal) {
        if (!m_demoPortals) {
            fail(tr("This console has no built-in demo portal: enter a portal address."));
            return;
        }
        m_demoPortal = m_demoPortals();
        emit progress(tr("Starting the built-in demo portal…"));
        const quint64 attempt = m_attempt;
        connect(m_demoPortal.get(), &DemoPortal::started, this,
                [this, attempt, then](const QUrl &base) {
                    qCInfo(lcUi) << "built-in demo portal at" << base.toString();
                    m_client.setOrigin(base);
                    if (attempt == m_attempt)
                        then();
                });
        connect(m_demoPortal.get(), &DemoPortal::failed, this,
                [this, attempt](const QString &error) {
                    // Not deleted inside its own signal: later, and a new one next time.
                    m_demoPortal.release()->deleteLater();
                    if (attempt == m_attempt)
                        fail(tr("The built-in demo portal could not start: %1").arg(error));
                });
        m_demoPortal->start({m_demoStorePath, m_demoCustomers});
        return;
    }
    // Starting already (an earlier attempt): the started() connection above runs `then` of
    // that attempt only, so wait for the portal and then go on with this one.
    const quint64 attempt = m_attempt;
    auto *context = new QObject(this);
    connect(m_demoPortal.get(), &DemoPortal::started, context,
            [this, attempt, then, context](const QUrl &) {
                context->deleteLater();
                if (attempt == m_attempt)
                    then();
            });
}

void SessionController::signIn(const SignInRequest &request)
{
    cancel();
    m_busy = true;
    const quint64 attempt = m_attempt;
    m_userName = request.userName;
    withPortal(request.demo, request.portal, [this, request, attempt]() {
        if (attempt != m_attempt)
            return;
        emit progress(tr("Signing in as %1…").arg(request.userName));
        m_call
            = m_client.signIn(request.userName, request.password, this,
                              [this, request, attempt](const PortalResult<PortalSession> &result) {
                                  m_call.clear();
                                  if (attempt != m_attempt)
                                      return;
                                  if (!result.ok()) {
                                      const PortalError &error = result.error();
                                      fail(error.kind == PortalError::Kind::Unauthorized
                                               ? tr("The user name or password is not right.")
                                               : error.message());
                                      return;
                                  }
                                  finishSignIn(request, result.value());
                              });
    });
}

void SessionController::finishSignIn(const SignInRequest &request, const PortalSession &session)
{
    const QString key = credentialKey(m_identity, request.userName);
    const auto done = [this, session, remember = request.remember](const CredentialResult &result) {
        if (!result.ok() && result.status != CredentialResult::Status::NotFound)
            qCWarning(lcUi) << "the credential store failed:" << result.message;
        if (!result.warning.isEmpty())
            emit credentialWarning(result.warning);
        m_busy = false;
        emit signedIn(session, remember);
    };
    if (request.remember)
        m_credentials.write(key, QString::fromLatin1(session.token), this, done);
    else
        m_credentials.remove(key, this, done);
}

void SessionController::resume(bool demo, const QUrl &portal, const QString &userName)
{
    cancel();
    m_busy = true;
    m_userName = userName;
    const quint64 attempt = m_attempt;
    m_demo = demo;
    m_identity = demo ? demoPortalIdentity() : portal.adjusted(QUrl::StripTrailingSlash);
    m_credentials.read(credentialKey(m_identity, userName), this,
                       [this, demo, portal, attempt](const CredentialResult &result) {
                           if (attempt != m_attempt)
                               return;
                           if (!result.ok() || result.secret.isEmpty()) {
                               m_busy = false;
                               emit resumeFailed();
                               return;
                           }
                           const QByteArray token = result.secret.toLatin1();
                           withPortal(demo, portal, [this, token, attempt]() {
                               if (attempt != m_attempt)
                                   return;
                               m_busy = false;
                               emit resumed(token);
                           });
                       });
}

void SessionController::forget()
{
    if (m_userName.isEmpty())
        return;
    m_credentials.remove(
        credentialKey(m_identity, m_userName), this, [](const CredentialResult &result) {
            if (!result.ok())
                qCWarning(lcUi) << "forgetting the token failed:" << result.message;
        });
}

} // namespace pac
