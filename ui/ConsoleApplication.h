#pragma once

#include "portal/DemoPortal.h"
#include "portal/PortalTypes.h"
#include "storage/CredentialStore.h"
#include "storage/Profile.h"
#include "ui/ConsoleOptions.h"
#include "ui/DialogPresenter.h"
#include "ui/SignInRequest.h"
#include "ui/TranslationLoader.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace pac {

class ConsoleSettings;
class CustomerEditService;
class LocalCache;
class MainWindow;
class PortalClient;
class SessionController;
class SignInDialog;
class SyncEngine;

// The composition root of agent-console: builds the object graph once (network access,
// PortalClient, credential store, the profile's LocalCache and settings, SyncEngine, the
// edit service, the session controller with the optional built-in demo portal) and passes
// collaborators into the widgets it creates. It decides what the user sees first: the main
// window at once when a remembered session can be resumed, else the sign-in form (the demo
// portal preselected when no portal is configured).
class ConsoleApplication : public QObject
{
    Q_OBJECT

public:
    // `demoPortals`: the built-in demo portal (app/ passes demo/'s; null: none).
    // `credentials`: where tokens go; null = the system keychain with the profile's file as
    // fallback. Tests pass an in-memory store.
    ConsoleApplication(ConsoleOptions options, DemoPortalFactory demoPortals,
                       std::unique_ptr<CredentialStore> credentials = nullptr,
                       QObject *parent = nullptr);
    ~ConsoleApplication() override;

    // Opens the profile and shows the first window. False (and *error) when the profile or
    // its cache cannot be opened.
    bool start(QString *error);

    // Signs in without the form (the screenshot tour, tests).
    void signIn(const SignInRequest &request);
    void signOut();
    // Puts the console in another language: the main window is built again in it.
    void setLanguage(const QString &language);

    MainWindow *mainWindow() const;
    SignInDialog *signInDialog() const;
    DialogPresenter &presenter() { return m_presenter; }
    PortalClient &client() { return *m_client; }
    SyncEngine *engine() const { return m_engine.get(); }
    CustomerEditService *edits() const { return m_edits.get(); }
    LocalCache *cache() const { return m_cache.get(); }
    SessionController &session() { return *m_session; }
    ConsoleSettings &settings() { return *m_settings; }
    const Profile &profile() const { return m_profile; }

signals:
    // A main window was opened for the signed-in user (after sign-in, resume or a language
    // change).
    void mainWindowOpened(pac::MainWindow *window);
    void signInFailed(const QString &message);

private:
    SignInRequest initialRequest() const;
    void showSignIn(const QString &message = {});
    void onSignedIn(const PortalSession &session, bool remember);
    void onResumed(const QByteArray &token);
    void openMainWindow();
    void closeMainWindow();

    ConsoleOptions m_options;
    Profile m_profile;
    TranslationLoader m_translations;
    std::unique_ptr<ConsoleSettings> m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<PortalClient> m_client;
    DemoPortalFactory m_demoPortals;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<CustomerEditService> m_edits;
    std::unique_ptr<SessionController> m_session;
    DialogPresenter m_presenter;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<MainWindow> m_window;
    std::optional<PortalSession> m_current;
    qint64 m_windowUser = 0; // whose data the main window shows
    bool m_pendingRemember = false;
};

} // namespace pac
