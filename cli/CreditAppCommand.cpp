// agentctl credit-app: the dispatcher, `new` and `decide` (the two that change something).
#include "cli/CreditAppCommand.h"

#include "cli/CliFormat.h"
#include "cli/CommandContext.h"
#include "cli/CommandRegistry.h"
#include "cli/CreditAppFile.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "models/CreditApplicationJson.h"
#include "models/Money.h"
#include "portal/CustomerEditService.h"
#include "storage/LocalCache.h"

#include <algorithm>

namespace pac::cli {

namespace {

template<typename T>
std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

std::optional<qint64> idArgument(CommandContext &context, const QString &subject,
                                 const QString &text, const QString &what)
{
    const auto id = CliFormat::parseId(text);
    if (!id) {
        context.failValidation(
            subject, {{QStringLiteral("id"), QString(errorcode::InvalidFormat), what.arg(text)}});
    }
    return id;
}

} // namespace

void registerCreditAppCommands(CommandRegistry &registry)
{
    // One command with actions; `pdf` draws, so agentctl runs it under a QGuiApplication on
    // the offscreen platform (decided per command name, so for every action).
    registry.add(CommandInfo {QStringLiteral("credit-app"), CreditAppCommand::synopsis(),
                              CreditAppCommand::summary(), &make<CreditAppCommand>, true, false});
}

QString CreditAppCommand::synopsis()
{
    return QStringLiteral("credit-app new ID --from FILE.json | list [--format table|json|csv] | "
                          "decide APP approve --limit DOLLARS | decline --reason TEXT | "
                          "pdf APP --out FILE.pdf");
}

QString CreditAppCommand::summary()
{
    return tr("Credit applications: submit one from a JSON file, list them with their status, "
              "decide one (support staff), print one as PDF.");
}

CreditAppCommand::CreditAppCommand()
    : ActionCommand(QStringLiteral("credit-app"), summary(),
                    {action<CreditAppNewCommand>(QStringLiteral("new")),
                     action<CreditAppListCommand>(QStringLiteral("list")),
                     action<CreditAppDecideCommand>(QStringLiteral("decide")),
                     action<CreditAppPdfCommand>(QStringLiteral("pdf"))})
{ }

// --- new ---

QString CreditAppNewCommand::synopsis()
{
    return QStringLiteral("credit-app new ID --from FILE.json");
}

QString CreditAppNewCommand::summary()
{
    return tr("Submit a credit application for customer ID. FILE.json holds the application "
              "as the portal takes it (see the README and "
              "resources/examples/credit-application.json).");
}

void CreditAppNewCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption(
        {QStringLiteral("from"), tr("The application, as JSON."), QStringLiteral("FILE.json")});
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const QString subject = QStringLiteral("credit-app new %1").arg(m_arguments.positional().at(0));
    const auto id = idArgument(context, subject, m_arguments.positional().at(0),
                               tr("“%1” is not a customer id."));
    if (!id)
        return;
    m_customerId = *id;
    if (!m_arguments.isSet(QStringLiteral("from"))) {
        context.fail(ExitCode::UsageError, tr("credit-app new needs --from FILE.json."));
        return;
    }
    const CreditAppFile::Result file
        = CreditAppFile::read(m_arguments.value(QStringLiteral("from")));
    if (!file.application) {
        context.fail(file.unreadable ? ExitCode::Failure : ExitCode::UsageError, file.error);
        return;
    }
    m_application = *file.application;
    m_runner = new SyncRunner(context, &context);
    m_runner->prepareEdit([this, &context] { submit(context); });
}

void CreditAppNewCommand::submit(CommandContext &context)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    const QString subject = QStringLiteral("credit-app new %1").arg(m_customerId);
    const EditResult result = edits->submitCreditApplication(m_customerId, m_application);
    if (result.status != EditResult::Status::Saved) {
        EditDelivery::finishUnsaved(context, subject, result);
        return;
    }
    m_delivery = new EditDelivery(context, subject, &context);
    m_delivery->deliver(result.entry->id, m_customerId,
                        [this, &context] { printSubmitted(context); });
}

void CreditAppNewCommand::printSubmitted(CommandContext &context)
{
    // The portal's answer went into the cache with the entry: the newest application of the
    // customer is this one (the portal numbers them in order).
    qint64 applicationId = 0;
    if (const auto records = context.cache()->creditApplications().listFor(m_customerId)) {
        for (const CreditApplicationRecord &record : *records)
            applicationId = std::max(applicationId, record.id);
    }
    context.out() << QStringLiteral("credit-app new %1: ").arg(m_customerId)
                  << tr("submitted as application %1, requested limit %2; support staff decide "
                        "it (“agentctl credit-app list” follows its status).")
                         .arg(applicationId)
                         .arg(CliFormat::money(m_application.requestedLimitCents))
                  << Qt::endl;
}

// --- decide ---

QString CreditAppDecideCommand::synopsis()
{
    return QStringLiteral(
        "credit-app decide APP approve --limit DOLLARS [--note TEXT] | decline --reason TEXT");
}

QString CreditAppDecideCommand::summary()
{
    return tr("Support staff: approve application APP with a credit limit (above the current "
              "one, at most the requested), which becomes the customer's, or decline it with "
              "a reason.");
}

void CreditAppDecideCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("limit"),
                           tr("The approved credit limit in dollars (“2500”, “$2,500.00”)."),
                           QStringLiteral("DOLLARS")});
    m_arguments.addOption(
        {QStringLiteral("reason"), tr("Why the application is declined."), QStringLiteral("TEXT")});
    m_arguments.addOption(
        {QStringLiteral("note"), tr("A note kept with an approval."), QStringLiteral("TEXT")});
    if (!m_arguments.parse(context, arguments, 2, 2))
        return;
    const QString subject
        = QStringLiteral("credit-app decide %1").arg(m_arguments.positional().at(0));
    const auto id = idArgument(context, subject, m_arguments.positional().at(0),
                               tr("“%1” is not an application id."));
    if (!id)
        return;
    m_applicationId = *id;
    const QString verb = m_arguments.positional().at(1);
    if (verb == QLatin1String("approve")) {
        const QString limit = m_arguments.value(QStringLiteral("limit"));
        if (!m_arguments.isSet(QStringLiteral("limit"))
            || m_arguments.isSet(QStringLiteral("reason"))) {
            context.fail(ExitCode::UsageError,
                         tr("approve takes --limit DOLLARS (and no --reason)."));
            return;
        }
        Money::ParseError error = Money::ParseError::None;
        const auto amount = Money::parse(limit, CliFormat::locale(), &error);
        if (!amount) {
            context.failValidation(subject,
                                   {Money::fieldError(error, limit, QStringLiteral("limit"))});
            return;
        }
        m_request = {true, amount->cents(), m_arguments.value(QStringLiteral("note"))};
    } else if (verb == QLatin1String("decline")) {
        if (!m_arguments.isSet(QStringLiteral("reason"))
            || m_arguments.isSet(QStringLiteral("limit"))) {
            context.fail(ExitCode::UsageError, tr("decline takes --reason TEXT (and no --limit)."));
            return;
        }
        m_request = {false, 0, m_arguments.value(QStringLiteral("reason"))};
    } else {
        context.fail(ExitCode::UsageError, tr("“%1” is not approve or decline.").arg(verb));
        return;
    }
    m_runner = new SyncRunner(context, &context);
    m_runner->prepareEdit([this, &context] {
        if (context.isFinished())
            return;
        // An application submitted since the last sync is fetched first.
        if (isKnown(context) || context.isFinished())
            decide(context);
        else
            m_runner->sync(SyncMode::Auto,
                           [this, &context](const SyncSummary &) { decide(context); });
    });
}

bool CreditAppDecideCommand::isKnown(CommandContext &context) const
{
    LocalCache *cache = context.cache();
    if (!cache)
        return false;
    const auto record = cache->creditApplications().find(m_applicationId);
    return record && record->has_value();
}

void CreditAppDecideCommand::decide(CommandContext &context)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    const QString subject = QStringLiteral("credit-app decide %1").arg(m_applicationId);
    const EditResult result = edits->decideCreditApplication(m_applicationId, m_request);
    if (result.status != EditResult::Status::Saved) {
        EditDelivery::finishUnsaved(context, subject, result);
        return;
    }
    const qint64 customerId = result.entry->customerId;
    m_delivery = new EditDelivery(context, subject, &context);
    m_delivery->deliver(result.entry->id, customerId,
                        [this, &context, customerId] { printDecided(context, customerId); });
}

void CreditAppDecideCommand::printDecided(CommandContext &context, qint64 customerId)
{
    QTextStream &out = context.out();
    out << QStringLiteral("credit-app decide %1: ").arg(m_applicationId);
    if (!m_request.approve) {
        out << tr("declined (%1).").arg(m_request.note.trimmed()) << Qt::endl;
        return;
    }
    const auto found = context.cache()->customers().find(customerId);
    const qint64 limit = found && found->has_value() ? (*found)->shown().creditLimitCents
                                                     : m_request.approvedLimitCents;
    out << tr("approved; customer %1 now has a credit limit of %2.")
               .arg(customerId)
               .arg(CliFormat::money(limit))
        << Qt::endl;
}

} // namespace pac::cli
