#include "ui/ConsoleSettings.h"

namespace pac {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitters = QStringLiteral("window/splitter_");
const QString kHeader = QStringLiteral("table/header");
const QString kDetailTab = QStringLiteral("window/detail_tab");
const QString kView = QStringLiteral("table/view");
const QString kFilter = QStringLiteral("table/filter");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDemo = QStringLiteral("account/demo");
const QString kPortal = QStringLiteral("account/portal");
const QString kUser = QStringLiteral("account/user");
const QString kUserId = QStringLiteral("account/user_id");
const QString kRemember = QStringLiteral("account/remember");
} // namespace

ConsoleSettings::ConsoleSettings(const QString &path)
    : m_settings(path, QSettings::IniFormat)
{ }

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray ConsoleSettings::splitterState(const QString &name) const
{
    return m_settings.value(kSplitters + name).toByteArray();
}

void ConsoleSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(kSplitters + name, state);
}

QByteArray ConsoleSettings::headerState() const
{
    return m_settings.value(kHeader).toByteArray();
}

void ConsoleSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(kHeader, state);
}

int ConsoleSettings::detailTab() const
{
    return m_settings.value(kDetailTab, 0).toInt();
}

void ConsoleSettings::setDetailTab(int index)
{
    m_settings.setValue(kDetailTab, index);
}

QString ConsoleSettings::lastView() const
{
    return m_settings.value(kView).toString();
}

void ConsoleSettings::setLastView(const QString &key)
{
    m_settings.setValue(kView, key);
}

QString ConsoleSettings::lastFilter() const
{
    return m_settings.value(kFilter).toString();
}

void ConsoleSettings::setLastFilter(const QString &text)
{
    m_settings.setValue(kFilter, text);
}

QString ConsoleSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

bool ConsoleSettings::useDemoPortal() const
{
    return m_settings.value(kDemo, true).toBool();
}

QUrl ConsoleSettings::portalUrl() const
{
    return QUrl(m_settings.value(kPortal).toString());
}

void ConsoleSettings::setPortal(bool demo, const QUrl &url)
{
    m_settings.setValue(kDemo, demo);
    m_settings.setValue(kPortal, url.toString());
}

QString ConsoleSettings::userName() const
{
    return m_settings.value(kUser).toString();
}

qint64 ConsoleSettings::userId() const
{
    return m_settings.value(kUserId, 0).toLongLong();
}

void ConsoleSettings::setUser(const QString &name, qint64 id)
{
    m_settings.setValue(kUser, name);
    m_settings.setValue(kUserId, id);
}

bool ConsoleSettings::rememberMe() const
{
    return m_settings.value(kRemember, false).toBool();
}

void ConsoleSettings::setRememberMe(bool remember)
{
    m_settings.setValue(kRemember, remember);
}

} // namespace pac
