#include "cli/ActionCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"

namespace pac::cli {

ActionCommand::ActionCommand(QString command, QString summary, QList<Action> actions,
                             std::optional<Action> fallback, QStringList notes)
    : m_command(std::move(command))
    , m_summary(std::move(summary))
    , m_actions(std::move(actions))
    , m_fallback(std::move(fallback))
    , m_notes(std::move(notes))
{ }

QString ActionCommand::usage() const
{
    QString text = tr("Usage:") + u'\n';
    QStringList lines;
    if (m_fallback)
        lines.append(m_fallback->synopsis);
    for (const Action &action : m_actions)
        lines.append(action.synopsis);
    for (const QString &line : std::as_const(lines))
        text += QStringLiteral("  agentctl [global options] ") + line + u'\n';
    text += u'\n' + m_summary + u'\n';
    for (const QString &note : m_notes)
        text += note + u'\n';
    text
        += tr("“agentctl %1 ACTION --help” shows the options of an action.").arg(m_command) + u'\n';
    return text;
}

void ActionCommand::run(CommandContext &context, const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        context.out() << usage();
        context.finish(ExitCode::Ok);
        return;
    }
    for (const Action &action : std::as_const(m_actions)) {
        if (first == action.name) {
            m_action = action.create();
            m_action->run(context, arguments.mid(1));
            return;
        }
    }
    if (m_fallback && !first.isEmpty()) {
        m_action = m_fallback->create();
        m_action->run(context, arguments);
        return;
    }
    context.err() << "agentctl: "
                  << (first.isEmpty() ? tr("%1 needs an action.").arg(m_command)
                                      : tr("%1 has no action “%2”.").arg(m_command, first))
                  << Qt::endl
                  << usage();
    context.finish(ExitCode::UsageError);
}

} // namespace pac::cli
