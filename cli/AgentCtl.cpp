#include "cli/AgentCtl.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/GlobalOptions.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace pac::cli {

namespace {

// The command's position on the command line: the first argument that is neither an
// option nor an option's value.
qsizetype commandIndex(const QStringList &arguments)
{
    QSet<QString> takesValue;
    for (const QCommandLineOption &option : GlobalOptions::declarations()) {
        if (!option.valueName().isEmpty()) {
            for (const QString &name : option.names())
                takesValue.insert(name);
        }
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(u'-') || argument == QLatin1String("-"))
            return i;
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (name.contains(u'='))
            continue;
        if (takesValue.contains(name))
            ++i;
    }
    return -1;
}

} // namespace

AgentCtl::AgentCtl(const CommandRegistry &registry, DemoPortalFactory demoPortals, QTextStream &out,
                   QTextStream &err)
    : m_registry(registry)
    , m_demoPortals(std::move(demoPortals))
    , m_out(out)
    , m_err(err)
{ }

bool AgentCtl::needsGuiApplication(const CommandRegistry &registry, int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return false;
    const CommandInfo *info = registry.find(arguments.at(index));
    if (!info)
        return false;
    const bool demo = arguments.mid(1, index - 1).contains(QStringLiteral("--demo"));
    return info->needsGuiApplication || (info->portalDrawsPdf && demo);
}

void AgentCtl::installTranslation(QCoreApplication &application)
{
    auto *translator = new QTranslator(&application);
    // The system's language where we have it; else English, whose catalogue carries the
    // plural forms ("%n application(s)" -> "1 application").
    if (translator->load(QLocale(), QStringLiteral("agent-console"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral(":/i18n/agent-console_en.qm"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

QString AgentCtl::helpText() const
{
    QString text = tr("Usage: agentctl [--portal URL | --demo] [--user NAME] [--profile DIR] "
                      "COMMAND …")
        + QStringLiteral("\n\n")
        + tr("Portal Agent Console on the command line: the same cache, outbox and billing "
             "rules as the console.")
        + QStringLiteral("\n\n") + tr("Commands:") + u'\n';
    for (const CommandInfo &info : m_registry.commands())
        text += QStringLiteral("  ") + info.synopsis + QStringLiteral("\n      ") + info.summary
            + u'\n';
    text += u'\n' + tr("Global options:") + u'\n';
    for (const QCommandLineOption &option : GlobalOptions::declarations()) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        text += QStringLiteral("  ") + left.leftJustified(28) + u' ' + option.description() + u'\n';
    }
    text += QStringLiteral("  ") + QStringLiteral("-h, --help").leftJustified(28) + u' '
        + tr("Show this help; “agentctl COMMAND --help” shows a command's options.") + u'\n';
    text += QStringLiteral("  ") + QStringLiteral("--version").leftJustified(28) + u' '
        + tr("Show the version.") + u'\n';
    text += u'\n'
        + tr("Exit status: 0 done; 2 usage or validation (nothing saved); 3 conflict; 4 not "
             "signed in or not allowed; 75 network trouble (the edit waits in the outbox for the "
             "next push or sync); 1 any other failure.")
        + u'\n';
    return text;
}

int AgentCtl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    GlobalOptions::addTo(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments)) {
        m_err << "agentctl: " << parser.errorText() << Qt::endl;
        m_err << tr("Run “agentctl --help” for the commands and options.") << Qt::endl;
        return ExitCode::UsageError;
    }
    if (parser.isSet(version)) {
        m_out << "agentctl " << QStringLiteral(PAC_VERSION) << Qt::endl;
        return ExitCode::Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.value(0) == QLatin1String("help")) {
        const CommandInfo *info
            = positional.size() > 1 ? m_registry.find(positional.at(1)) : nullptr;
        if (!info) {
            m_out << helpText();
            m_out.flush();
            return ExitCode::Ok;
        }
        positional = {info->name, QStringLiteral("--help")};
    }
    if (positional.isEmpty()) {
        m_err << helpText();
        return ExitCode::UsageError;
    }
    const CommandInfo *info = m_registry.find(positional.first());
    if (!info) {
        m_err << "agentctl: " << tr("unknown command “%1”.").arg(positional.first()) << Qt::endl;
        m_err << tr("Run “agentctl --help” for the commands and options.") << Qt::endl;
        return ExitCode::UsageError;
    }
    QString error;
    const std::optional<GlobalOptions> options = GlobalOptions::from(parser, &error);
    if (!options) {
        m_err << "agentctl: " << error << Qt::endl;
        return ExitCode::UsageError;
    }

    // The command's own lines say what happened; the modules' progress notes are for -v
    // (warnings always show; QT_LOGGING_RULES still overrides).
    if (!options->verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("pac.*.info=false"));

    int exitCode = ExitCode::Failure;
    {
        CommandContext context(*options, m_demoPortals, m_out, m_err);
        std::unique_ptr<Command> command = info->create();
        QObject::connect(
            &context, &CommandContext::finished, QCoreApplication::instance(),
            [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
        const QStringList commandArguments = positional.mid(1);
        QTimer::singleShot(0, &context, [&context, &command, commandArguments] {
            command->run(context, commandArguments);
        });
        QCoreApplication::exec();
        exitCode = context.isFinished() ? context.exitCode() : ExitCode::Failure;
        command.reset(); // before the context its work refers to
    }
    m_out.flush();
    m_err.flush();
    return exitCode;
}

} // namespace pac::cli
