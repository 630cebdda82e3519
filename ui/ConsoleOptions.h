#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace pac {

// The command line of agent-console, as ConsoleCommandLine parsed it.
struct ConsoleOptions
{
    QUrl portal; // --portal URL; empty: the one remembered, else the built-in demo portal
    bool demo = false; // --demo: the built-in demo portal whatever is remembered
    QString profile; // --profile NAME|DIR; empty: "default"
    QString user; // --user NAME: prefilled in the sign-in form
    QString language; // --lang en|es; empty: the saved choice, else the system's
    QString screenshotDir; // --screenshot DIR: write PNGs of the main views and quit
};

// Parses agent-console's arguments before any QApplication exists (so --help and --version
// work without a display, in English: no translator is loaded yet). QtCore only; main()
// prints `text` and exits with `exitCode` unless the outcome is Run.
class ConsoleCommandLine
{
public:
    enum class Outcome { Run, Help, Version, Error };

    static ConsoleCommandLine parse(const QStringList &arguments);

    Outcome outcome() const { return m_outcome; }
    const ConsoleOptions &options() const { return m_options; }
    // The help or version text for stdout, or the error for stderr (one line, with the
    // program's name).
    const QString &text() const { return m_text; }
    // 0 for help and version, 2 for a bad command line.
    int exitCode() const { return m_outcome == Outcome::Error ? 2 : 0; }

private:
    Outcome m_outcome = Outcome::Run;
    ConsoleOptions m_options;
    QString m_text;
};

} // namespace pac
