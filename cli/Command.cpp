#include "cli/Command.h"

#include "cli/CommandContext.h"

namespace pac::cli {

CommandArguments::CommandArguments(QString synopsis, QString description)
    : m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandArguments::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options.append(option);
}

QString CommandArguments::usage() const
{
    QString text = tr("Usage: agentctl [global options] %1").arg(m_synopsis) + u'\n';
    if (!m_description.isEmpty())
        text += u'\n' + m_description + u'\n';
    if (!m_options.isEmpty()) {
        text += u'\n' + tr("Options:") + u'\n';
        for (const QCommandLineOption &option : m_options) {
            QStringList names;
            for (const QString &name : option.names())
                names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"))
                             + name);
            QString left = names.join(QStringLiteral(", "));
            if (!option.valueName().isEmpty())
                left += u' ' + option.valueName();
            text += QStringLiteral("  ") + left.leftJustified(26) + u' ' + option.description()
                + u'\n';
        }
    }
    return text;
}

bool CommandArguments::parse(CommandContext &context, const QStringList &arguments,
                             int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    m_parser.addOption(help);
    if (!m_parser.parse(QStringList {QStringLiteral("agentctl")} + arguments)) {
        context.err() << "agentctl: " << m_parser.errorText() << Qt::endl << usage();
        context.finish(ExitCode::UsageError);
        return false;
    }
    if (m_parser.isSet(help)) {
        context.out() << usage();
        context.finish(ExitCode::Ok);
        return false;
    }
    const int count = int(m_parser.positionalArguments().size());
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        context.err() << "agentctl: "
                      << (count < minPositional
                              ? tr("missing arguments")
                              : tr("unexpected argument “%1”")
                                    .arg(m_parser.positionalArguments().value(maxPositional)))
                      << Qt::endl
                      << usage();
        context.finish(ExitCode::UsageError);
        return false;
    }
    return true;
}

} // namespace pac::cli
