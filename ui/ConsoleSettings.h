#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace pac {

// What the console remembers between runs, in the profile (`console.ini`, INI format), so
// two profiles never share window layouts or accounts: window geometry and state, splitter
// positions, the table's header (column widths, order, sort), the last view and filter, the
// language, and the portal and user of the last sign-in (never a password or token).
class ConsoleSettings
{
public:
    explicit ConsoleSettings(const QString &path);

    QString path() const { return m_settings.fileName(); }
    void sync() { m_settings.sync(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    int detailTab() const;
    void setDetailTab(int index);

    QString lastView() const; // CustomerViews::key()
    void setLastView(const QString &key);
    QString lastFilter() const;
    void setLastFilter(const QString &text);

    QString language() const; // "en", "es" or empty (the system's)
    void setLanguage(const QString &language);

    // The last sign-in: the built-in demo portal or a portal URL, the user name, and
    // whether the token was remembered (in the keychain).
    bool useDemoPortal() const;
    QUrl portalUrl() const;
    void setPortal(bool demo, const QUrl &url);
    // The name typed to sign in (not the display name the portal answers with) and the
    // portal's id of that user, which the cache's owner is checked against.
    QString userName() const;
    qint64 userId() const;
    void setUser(const QString &name, qint64 id);
    bool rememberMe() const;
    void setRememberMe(bool remember);

private:
    QSettings m_settings;
};

} // namespace pac
