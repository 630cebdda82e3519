#include "ui/TranslationLoader.h"

#include "ui/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace pac {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

QStringList TranslationLoader::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString TranslationLoader::chooseLanguage(const QString &requested, const QLocale &system)
{
    const QStringList supported = supportedLanguages();
    const QString wanted = requested.trimmed().toLower();
    if (supported.contains(wanted))
        return wanted;
    for (const QString &ui : system.uiLanguages()) {
        // "es-MX" -> "es"
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (supported.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale TranslationLoader::localeFor(const QString &language, const QLocale &system)
{
    const QLocale wanted(language);
    if (system.language() == wanted.language())
        return system;
    if (wanted.language() == QLocale::Spanish)
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void TranslationLoader::uninstall()
{
    if (!m_app)
        return;
    if (m_console)
        m_app->removeTranslator(m_console.get());
    if (m_qt)
        m_app->removeTranslator(m_qt.get());
    m_console.reset();
    m_qt.reset();
}

bool TranslationLoader::install(QCoreApplication *app, const QString &language,
                                const QLocale &system)
{
    uninstall();
    m_app = app;
    m_language = language;
    QLocale::setDefault(localeFor(language, system));

    // English is the source language, but its catalogue carries the plural forms
    // ("%n customer(s)" -> "1 customer", "2 customers").
    bool ok = true;
    auto console = std::make_unique<QTranslator>();
    if (console->load(QStringLiteral(":/i18n/agent-console_%1.qm").arg(language))) {
        app->installTranslator(console.get());
        m_console = std::move(console);
    } else {
        qCWarning(lcUi) << "no console translation for" << language;
        ok = false;
    }
    if (language == QLatin1String("en"))
        return ok;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt.get());
        m_qt = std::move(qt);
    } else {
        qCInfo(lcUi) << "Qt's own" << language << "translation is not installed";
    }
    return ok;
}

} // namespace pac
