#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

class QCoreApplication;

namespace pac {

// Puts the console in one language: our translation (":/i18n/agent-console_<lang>.qm",
// compiled into the program) and Qt's own (qtbase_<lang>.qm from Qt's translations folder,
// when present), and the default QLocale, so dates and money are written that way too.
// English is the source language; its catalogue only carries the plural forms.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // The languages the console speaks.
    static QStringList supportedLanguages();
    // The language to use: `requested` (--lang, or the saved choice) when supported, else
    // the first supported one among the system's UI languages, else English.
    static QString chooseLanguage(const QString &requested,
                                  const QLocale &system = QLocale::system());
    // The locale for formats: the system's when it speaks `language` (es_MX stays es_MX),
    // else the language's main one (en_US, es_ES).
    static QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

    // Replaces the translators installed before on `app`. False when the language's
    // catalogue is missing (the console then shows the source texts).
    bool install(QCoreApplication *app, const QString &language,
                 const QLocale &system = QLocale::system());
    QString language() const { return m_language; }

private:
    void uninstall();

    QCoreApplication *m_app = nullptr;
    std::unique_ptr<QTranslator> m_console;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace pac
