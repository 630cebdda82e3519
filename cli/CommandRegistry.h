#pragma once

#include "cli/Command.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace pac::cli {

// How agentctl knows a command: its name, its usage line and one-line summary for
// `agentctl --help`, and how to make it. A command is a small class (Command); adding one
// is one add() call — e.g. the credit-application commands register themselves from
// cli/CreditApp*.cpp through registerCreditAppCommands() (see BuiltinCommands.cpp).
struct CommandInfo
{
    QString name; // "invoice-emails"
    QString synopsis; // "invoice-emails ID [--set LIST | --add ADDR | --remove ADDR]"
    QString summary; // translated, one line
    std::function<std::unique_ptr<Command>()> create;
    // The command draws (e.g. a PDF): agentctl then runs a QGuiApplication on the offscreen
    // platform instead of a QCoreApplication.
    bool needsGuiApplication = false;
    // The command may ask the portal for a PDF (invoice pdf, ach authorization): with --demo
    // that portal runs in this process and draws it here, so agentctl needs a
    // QGuiApplication then too.
    bool portalDrawsPdf = false;
};

class CommandRegistry
{
public:
    // A later command with the same name replaces the earlier one.
    void add(CommandInfo info);
    const CommandInfo *find(QStringView name) const;
    // In the order they were added (the order of `agentctl --help`).
    const QList<CommandInfo> &commands() const { return m_commands; }

private:
    QList<CommandInfo> m_commands;
};

// Registers every command of agentctl (BuiltinCommands.cpp).
void registerBuiltinCommands(CommandRegistry &registry);

// `agentctl credit-app …` (cli/CreditAppCommand.cpp).
void registerCreditAppCommands(CommandRegistry &registry);

} // namespace pac::cli
