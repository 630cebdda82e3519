#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace pac::cli {

class CommandContext;

// One agentctl command (`sync`, `invoice-emails`, ...): a small class the CommandRegistry
// creates when its name is given. run() gets everything after the command name and ends the
// command by calling CommandContext::finish() exactly once — at once, or later from the
// event loop once the portal answered. Commands never block: they chain callbacks.
class Command
{
public:
    virtual ~Command() = default;

    virtual void run(CommandContext &context, const QStringList &arguments) = 0;
};

// The options and positional arguments of one command, parsed with QCommandLineParser. Knows
// `--help` (prints the command's usage, exit 0) and reports bad usage (exit 2).
class CommandArguments
{
    Q_DECLARE_TR_FUNCTIONS(pac::cli::CommandArguments)

public:
    // `synopsis` is the usage line after "agentctl", e.g. "terms ID net15|due_on_receipt".
    CommandArguments(QString synopsis, QString description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option);

    // Parses `arguments` (the command name not included). Returns false when the command
    // must stop: --help was printed, or the usage was wrong (then the error and the usage
    // went to stderr); the context is finished in both cases. `minPositional` and
    // `maxPositional` (-1 = any) bound the positional arguments.
    bool parse(CommandContext &context, const QStringList &arguments, int minPositional,
               int maxPositional);

    QStringList positional() const { return m_parser.positionalArguments(); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }

    QString usage() const;

private:
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options; // for usage()
    QString m_synopsis;
    QString m_description;
};

} // namespace pac::cli
