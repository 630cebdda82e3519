#pragma once

#include "portal/DemoPortal.h"
#include "portal/PortalTypes.h"
#include "ui/SignInRequest.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

namespace pac {

class CredentialStore;
class PortalCall;
class PortalClient;

// Signs the console in, asynchronously: starts the built-in demo portal on its own thread
// when asked for (its store lives in the profile, so the demo keeps its data between runs),
// points the PortalClient at the portal, signs in, and keeps or forgets the token in the
// credential store ("remember me"). It also resumes a remembered session without a form.
// Nothing here blocks: every step reports by signal.
class SessionController : public QObject
{
    Q_OBJECT

public:
    // The identity the cache binds the built-in demo portal to (its port changes every run).
    static QUrl demoPortalIdentity();
    // The credential store's key of a user's token on a portal.
    static QString credentialKey(const QUrl &identity, const QString &userName);

    // `demoPortals` makes the built-in demo portal when it is first asked for (null: this
    // console has none); `demoStorePath`: its SQLite file ("" keeps it in memory).
    SessionController(PortalClient &client, CredentialStore &credentials,
                      DemoPortalFactory demoPortals, const QString &demoStorePath,
                      QObject *parent = nullptr);
    ~SessionController() override;

    // How many customers a new demo portal store is seeded with.
    void setDemoCustomers(int customers) { m_demoCustomers = customers; }

    void signIn(const SignInRequest &request);
    // Looks for a remembered token of `userName` on that portal; resumed() or
    // resumeFailed() follows.
    void resume(bool demo, const QUrl &portal, const QString &userName);
    // Forgets the remembered token of the current account (sign out).
    void forget();
    void cancel();

    bool isBusy() const { return m_busy; }
    // The portal the session belongs to: demoPortalIdentity() or the portal's URL.
    QUrl identity() const { return m_identity; }
    bool isDemo() const { return m_demo; }
    // The name the user signed in with (or resumes as).
    QString userName() const { return m_userName; }
    // The built-in demo portal, once started (null otherwise).
    DemoPortal *demoPortal() const { return m_demoPortal.get(); }

signals:
    void progress(const QString &message);
    void signedIn(const pac::PortalSession &session, bool remember);
    void failed(const QString &message);
    // A remembered token was found: the caller resumes with it (the user comes from the
    // cache). The portal is ready for calls.
    void resumed(const QByteArray &token);
    void resumeFailed();
    // The token went to the file fallback instead of a keychain (a warning for the user).
    void credentialWarning(const QString &message);

private:
    void withPortal(bool demo, const QUrl &portal, std::function<void()> then);
    void finishSignIn(const SignInRequest &request, const PortalSession &session);
    void fail(const QString &message);

    PortalClient &m_client;
    CredentialStore &m_credentials;
    DemoPortalFactory m_demoPortals;
    QString m_demoStorePath;
    int m_demoCustomers = 500;
    std::unique_ptr<DemoPortal> m_demoPortal;
    QPointer<PortalCall> m_call;
    QUrl m_identity;
    QString m_userName;
    bool m_demo = true;
    bool m_busy = false;
    quint64 m_attempt = 0; // tells a late answer of an abandoned attempt from the current one
};

} // namespace pac
