#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace pac::cli {

// A command whose first argument names an action ("invoice show|pdf|send", "credit-app new|
// list|decide|pdf", "ach verify|default|…"): the usage lists each action's synopsis, `--help`
// prints it, and a missing or unknown action is refused with it (exit 64) — once, here,
// for every such command. A subclass lists its actions; `fallback`, when set, takes the
// arguments that name no action, all of them (`ach ID …`).
class ActionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::ActionCommand)

public:
    struct Action
    {
        QString name; // "show"; empty for the fallback
        QString synopsis; // its line of the usage
        std::function<std::unique_ptr<Command>()> create;
    };

    void run(CommandContext &context, const QStringList &arguments) final;

protected:
    // `command` is the name agentctl knows it by ("invoice"); `notes`, lines printed after
    // the summary in the usage.
    ActionCommand(QString command, QString summary, QList<Action> actions,
                  std::optional<Action> fallback = std::nullopt, QStringList notes = {});

    template<typename T>
    static Action action(const QString &name)
    {
        return {name, T::synopsis(),
                [] { return std::unique_ptr<Command>(std::make_unique<T>()); }};
    }

private:
    QString usage() const;

    QString m_command;
    QString m_summary;
    QList<Action> m_actions;
    std::optional<Action> m_fallback;
    QStringList m_notes;
    std::unique_ptr<Command> m_action; // the action running; it outlives run()
};

} // namespace pac::cli
