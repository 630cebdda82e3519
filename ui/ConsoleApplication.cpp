#include "ui/ConsoleApplication.h"

#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/FallbackCredentialStore.h"
#include "storage/FileCredentialStore.h"
#include "storage/KeychainCredentialStore.h"
#include "storage/LocalCache.h"
#include "ui/ConsoleSettings.h"
#include "ui/Log.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusBar.h"
#include "ui/ach/AchFeature.h"
#include "ui/bulk/BulkFeature.h"
#include "ui/credit/CreditFeature.h"
#include "ui/invoices/InvoiceFeature.h"

#include <QApplication>
#include <QDir>

namespace pac {

namespace {

// How often the console syncs by itself (a delta that also sends due edits).
constexpr std::chrono::minutes kBackgroundSync {5};

// --profile: a folder when it looks like a path, else the name of a console profile.
StorageResult<Profile> resolveProfile(const QString &option)
{
    const QString value = option.isEmpty() ? QStringLiteral("default") : option;
    if (value.contains(QLatin1Char('/')) || value.contains(QDir::separator())
        || value.startsWith(QLatin1Char('.')))
        return Profile(QDir(value).absolutePath());
    return Profile::named(value);
}

} // namespace

ConsoleApplication::ConsoleApplication(ConsoleOptions options, DemoPortalFactory demoPortals,
                                       std::unique_ptr<CredentialStore> credentials,
                                       QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profile(QString())
    , m_demoPortals(std::move(demoPortals))
    , m_credentials(std::move(credentials))
{ }

ConsoleApplication::~ConsoleApplication()
{
    // Widgets first: they hold references to the services below.
    delete m_window;
    delete m_signInDialog;
}

MainWindow *ConsoleApplication::mainWindow() const
{
    return m_window;
}

SignInDialog *ConsoleApplication::signInDialog() const
{
    return m_signInDialog;
}

bool ConsoleApplication::start(QString *error)
{
    const StorageResult<Profile> profile = resolveProfile(m_options.profile);
    if (!profile.ok()) {
        *error = profile.error().message;
        return false;
    }
    m_profile = profile.value();
    if (const StorageStatus made = m_profile.ensureExists(); !made.ok()) {
        *error = made.error().message;
        return false;
    }
    m_settings = std::make_unique<ConsoleSettings>(
        QDir(m_profile.directory()).filePath(QStringLiteral("console.ini")));
    if (!m_options.language.isEmpty())
        m_settings->setLanguage(m_options.language);
    m_translations.install(qApp, TranslationLoader::chooseLanguage(m_settings->language()));

    if (!m_credentials) {
        m_credentials = std::make_unique<FallbackCredentialStore>(
            std::make_unique<KeychainCredentialStore>(QStringLiteral("PortalAgentConsole")),
            std::make_unique<FileCredentialStore>(m_profile.credentialsPath()));
    }
    StorageResult<std::unique_ptr<LocalCache>> cache = LocalCache::open(m_profile);
    if (!cache.ok()) {
        *error = cache.error().message;
        return false;
    }
    m_cache = std::move(cache).value();
    m_client = std::make_unique<PortalClient>(&m_network);
    m_engine = std::make_unique<SyncEngine>(*m_client, *m_cache);
    m_engine->setBackgroundInterval(kBackgroundSync);
    m_edits = std::make_unique<CustomerEditService>(*m_cache, *m_client, m_engine.get());
    m_session = std::make_unique<SessionController>(
        *m_client, *m_credentials, m_demoPortals,
        QDir(m_profile.directory()).filePath(QStringLiteral("demo-portal.sqlite")));

    connect(m_session.get(), &SessionController::progress, this, [this](const QString &message) {
        if (m_signInDialog)
            m_signInDialog->setBusy(true, message);
    });
    connect(m_session.get(), &SessionController::failed, this, [this](const QString &message) {
        showSignIn(message);
        emit signInFailed(message);
    });
    connect(m_session.get(), &SessionController::signedIn, this, &ConsoleApplication::onSignedIn);
    connect(m_session.get(), &SessionController::resumed, this, &ConsoleApplication::onResumed);
    connect(m_session.get(), &SessionController::resumeFailed, this,
            [this]() { showSignIn(tr("Sign in to sync with the portal.")); });
    connect(m_session.get(), &SessionController::credentialWarning, this,
            [this](const QString &message) {
                if (m_window)
                    m_window->syncStatusBar()->showMessage(message, 15000);
            });
    connect(m_engine.get(), &SyncEngine::authenticationRequired, this,
            [this]() { showSignIn(tr("Your session has ended. Sign in again to sync.")); });

    if (!m_options.screenshotDir.isEmpty())
        return true; // the screenshot tour signs in by itself

    // A remembered account of this profile opens at once on its cached data; the token is
    // then fetched from the keychain and the first sync follows.
    const SignInRequest request = initialRequest();
    const StorageResult<ProfileMeta> meta = m_cache->meta().read();
    const QUrl identity = request.demo ? SessionController::demoPortalIdentity()
                                       : request.portal.adjusted(QUrl::StripTrailingSlash);
    if (m_settings->rememberMe() && !request.userName.isEmpty() && meta.ok() && meta.value().user
        && meta.value().user->id == m_settings->userId() && meta.value().portalUrl == identity) {
        openMainWindow();
        m_session->resume(request.demo, request.portal, request.userName);
    } else {
        showSignIn();
    }
    return true;
}

SignInRequest ConsoleApplication::initialRequest() const
{
    SignInRequest request;
    request.portal = m_options.portal.isEmpty() ? m_settings->portalUrl() : m_options.portal;
    request.demo = m_options.demo
        || (m_options.portal.isEmpty()
            && (m_settings->useDemoPortal() || request.portal.isEmpty()));
    request.userName = m_options.user.isEmpty() ? m_settings->userName() : m_options.user;
    request.remember = m_settings->rememberMe();
    return request;
}

void ConsoleApplication::showSignIn(const QString &message)
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(m_window);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_signInDialog->setRequest(initialRequest());
        connect(m_signInDialog, &SignInDialog::signInRequested, this,
                [this](const SignInRequest &request) {
                    m_pendingRemember = request.remember;
                    m_session->signIn(request);
                });
        connect(m_signInDialog, &QDialog::rejected, this, [this]() {
            m_session->cancel();
            // Without a main window there is nothing else to show.
            if (!m_window)
                QCoreApplication::quit();
        });
    }
    if (!message.isEmpty())
        m_signInDialog->showError(message);
    else
        m_signInDialog->setBusy(false);
    if (m_window)
        m_signInDialog->open(); // window-modal over the console
    else
        m_signInDialog->show();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
}

void ConsoleApplication::signIn(const SignInRequest &request)
{
    m_pendingRemember = request.remember;
    m_session->signIn(request);
}

void ConsoleApplication::onSignedIn(const PortalSession &session, bool remember)
{
    const StorageStatus bound = m_engine->setSession(session, m_session->identity());
    if (!bound.ok()) {
        showSignIn(bound.error().message);
        emit signInFailed(bound.error().message);
        return;
    }
    m_current = session;
    m_settings->setPortal(m_session->isDemo(), m_session->isDemo() ? QUrl() : m_client->origin());
    m_settings->setUser(m_session->userName(), session.user.id);
    m_settings->setRememberMe(remember);
    m_settings->sync();
    // Another account's window shows another cache's rows: start afresh. The new window
    // opens before the form closes, so the console never has no window at all.
    if (m_window && m_windowUser != session.user.id)
        closeMainWindow();
    if (!m_window)
        openMainWindow();
    if (m_signInDialog)
        m_signInDialog->accept();
    m_engine->sync(SyncMode::Auto, PushScope::AllPending);
}

void ConsoleApplication::onResumed(const QByteArray &token)
{
    const StorageResult<ProfileMeta> meta = m_cache->meta().read();
    if (!meta.ok() || !meta.value().user) {
        showSignIn();
        return;
    }
    PortalSession session;
    session.token = token;
    session.user = {meta.value().user->id, meta.value().user->name, meta.value().user->role};
    const StorageStatus bound = m_engine->setSession(session, m_session->identity());
    if (!bound.ok()) {
        showSignIn(bound.error().message);
        return;
    }
    m_current = session;
    m_engine->sync(SyncMode::Auto, PushScope::AllPending);
}

void ConsoleApplication::openMainWindow()
{
    const StorageResult<ProfileMeta> meta = m_cache->meta().read();
    if (!meta.ok() || !meta.value().user) {
        qCWarning(lcUi) << "no signed-in user in the cache; the main window waits";
        return;
    }
    const CacheUser user = *meta.value().user;
    const ConsoleContext context {
        *m_client,   *m_cache,
        *m_engine,   *m_edits,
        *m_settings, m_presenter,
        user,        m_session->isDemo() ? tr("built-in demo portal") : m_client->origin().host()};
    m_window = new MainWindow(context);
    m_windowUser = user.id;
    // Credit applications (ui/credit): the Credit tab, the wizard behind "New credit
    // application…", the decision queue; owned by the window.
    new CreditFeature(*m_window, context);
    new InvoiceFeature(*m_window, context);
    new AchFeature(*m_window, context);
    new BulkFeature(*m_window, context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &ConsoleApplication::signOut);
    m_window->show();
    m_window->startLoading();
    emit mainWindowOpened(m_window);
}

void ConsoleApplication::closeMainWindow()
{
    if (!m_window)
        return;
    MainWindow *window = m_window;
    m_window.clear();
    window->saveSettings();
    window->hide();
    window->deleteLater();
}

void ConsoleApplication::signOut()
{
    m_engine->cancel();
    m_engine->clearSession();
    m_session->forget();
    m_settings->setRememberMe(false);
    m_current.reset();
    closeMainWindow();
    showSignIn();
}

void ConsoleApplication::setLanguage(const QString &language)
{
    m_translations.install(qApp, TranslationLoader::chooseLanguage(language));
    m_settings->setLanguage(language);
    if (!m_window)
        return;
    // Widgets translate their texts when they are built: build the window again.
    closeMainWindow();
    openMainWindow();
}

} // namespace pac
