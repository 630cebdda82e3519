#include "demo/EmbeddedDemoPortal.h"
#include "ui/ConsoleMain.h"
#include "ui/ConsoleOptions.h"

#include <QApplication>

#include <cstdio>

// Entry point only: parses the options (ui/ConsoleOptions) and hands over to the console
// (ui/ConsoleMain) with the built-in demo portal wired in.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // --help must work without a display, so it is answered before QApplication exists.
    const auto commandLine = pac::ConsoleCommandLine::parse(arguments);
    switch (commandLine.outcome()) {
    case pac::ConsoleCommandLine::Outcome::Run:
        break;
    case pac::ConsoleCommandLine::Outcome::Help:
    case pac::ConsoleCommandLine::Outcome::Version:
        std::fputs(qPrintable(commandLine.text()), stdout);
        return commandLine.exitCode();
    case pac::ConsoleCommandLine::Outcome::Error:
        std::fputs(qPrintable(commandLine.text()), stderr);
        return commandLine.exitCode();
    }

    QApplication app(argc, argv);
    return pac::runConsole(app, commandLine.options(), pac::demo::embeddedDemoPortals());
}
