#pragma once

#include "cli/GlobalOptions.h"
#include "portal/PortalTypes.h"
#include "storage/MetaStore.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace pac {
class CredentialStore;
class DemoPortal;
} // namespace pac

namespace pac::cli {

class CommandContext;

// How agentctl reaches the portal and who it is there. The portal is `--portal URL`, or
// `--demo` (the reference portal started in-process, its store `demo-portal.sqlite` in the
// profile, so separate runs see the same data), or what `login` saved in the profile's
// `agentctl.ini`. The token is kept in the system keychain, or where none runs in the
// profile's `credentials` file (0600); it is read back by later commands, and a password
// (AGENT_CONSOLE_PASSWORD, --password-stdin, or "demo" for the demo portal) signs in again
// when it is missing or expired.
class CliSession : public QObject
{
    Q_OBJECT

public:
    CliSession(CommandContext &context, QObject *parent = nullptr);
    ~CliSession() override;

    // The user the command runs as: --user, else the one saved by login, else (demo only)
    // agent1. Empty when none is known.
    QString userName() const;
    // What the cache and the token belong to: the portal URL, or a per-profile name for the
    // demo portal (whose port changes from run to run).
    QUrl identity() const;
    bool isDemo() const;

    // Sets up the client's origin (starting the demo portal if needed), then calls `ready`.
    // On failure the command is finished with the reason (2 no portal known, 1 demo portal
    // failed).
    void connectPortal(std::function<void()> ready);
    // connectPortal, then makes sure there is a session (the stored token, else signing in
    // with the password), then calls `ready`. On failure: finished with 4 (no password, wrong
    // password) or 75 (portal unreachable).
    void ensureSignedIn(std::function<void()> ready);
    // For what a command only adds when it can (`ach ID` listing bank accounts): connects the
    // portal, then done(true) when a session is at hand without signing in — already signed
    // in, or a stored token of this user — else done(false). Never signs in, so it never
    // finishes the command for want of a password or a portal (only a broken cache or a demo
    // portal that fails to start do).
    void trySignedIn(std::function<void(bool)> done);
    // Signs in with the password (the stored token was refused), stores the new token, then
    // calls `ready`; finished with 4 when no password is available.
    void signInAgain(std::function<void()> ready);
    // `login`: signs in with the password whatever is stored; saves portal and user in the
    // profile's settings.
    void login(std::function<void(const PortalSession &session, const QString &tokenStore)> done);
    // `logout`: removes the stored token.
    void logout(std::function<void()> done);

    bool hasPasswordSource() const;
    // Whether the cache holds the data of userName() on this portal: its signed-in user
    // (recorded in the cache) came from a sign-in of this login name (recorded in the
    // profile's settings; the portal's user name is a display name).
    bool cacheBelongsToUser(const ProfileMeta &meta) const;

private:
    QString credentialKey() const;
    std::optional<QString> password();
    void signIn(bool remember, std::function<void(const PortalSession &)> done);
    void useToken(const QString &token, std::function<void()> ready);
    // Adopts a stored token when the cache records it as this user's: true. False when it is
    // not, or the cache failed (then the command is finished).
    bool adoptStoredToken(const QString &token);
    bool adoptSession(const PortalSession &session);
    void startDemoPortal(std::function<void()> ready);
    void saveSettings();

    CommandContext &m_context;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<DemoPortal> m_demoPortal;
    bool m_connected = false;
    bool m_signedIn = false;
    std::optional<QString> m_password; // read once from stdin
    bool m_passwordRead = false;
};

} // namespace pac::cli
