#pragma once

#include <QString>
#include <QUrl>

namespace pac {

// The command line of agent-console (app/agent-console/main.cpp parses it).
struct ConsoleOptions
{
    QUrl portal; // --portal URL; empty: the one remembered, else the built-in demo portal
    bool demo = false; // --demo: the built-in demo portal whatever is remembered
    QString profile; // --profile NAME|DIR; empty: "default"
    QString user; // --user NAME: prefilled in the sign-in form
    QString language; // --lang en|es; empty: the saved choice, else the system's
    QString screenshotDir; // --screenshot DIR: write PNGs of the main views and quit
};

} // namespace pac
