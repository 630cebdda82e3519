#include "cli/AchCommand.h"

#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "models/AchEligibility.h"
#include "portal/CustomerEditService.h"
#include "storage/LocalCache.h"

namespace pac::cli {

QString AchCommand::synopsis()
{
    return QStringLiteral("ach ID [--enable --reason TEXT | --add-method --routing N --account N "
                          "--holder NAME --type checking|savings]");
}

QString AchCommand::summary()
{
    return tr("Explain ACH eligibility, enable ACH manually (support), or add a bank account "
              "(online only).");
}

void AchCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("enable"), tr("Enable ACH manually (support staff).")});
    m_arguments.addOption(
        {QStringLiteral("reason"), tr("Why ACH is enabled manually."), QStringLiteral("TEXT")});
    m_arguments.addOption({QStringLiteral("add-method"), tr("Add an ACH bank account.")});
    m_arguments.addOption(
        {QStringLiteral("routing"), tr("ABA routing number (9 digits)."), QStringLiteral("N")});
    m_arguments.addOption(
        {QStringLiteral("account"), tr("Account number (4 to 17 digits)."), QStringLiteral("N")});
    m_arguments.addOption(
        {QStringLiteral("holder"), tr("Account holder's name."), QStringLiteral("NAME")});
    m_arguments.addOption(
        {QStringLiteral("type"), tr("checking or savings."), QStringLiteral("TYPE")});
    if (!m_arguments.parse(context, arguments, 1, 1))
        return;
    const auto id = CliFormat::parseId(m_arguments.positional().at(0));
    if (!id) {
        context.failValidation(
            QStringLiteral("ach"),
            {{QStringLiteral("id"), QString(errorcode::InvalidFormat),
              tr("“%1” is not a customer id.").arg(m_arguments.positional().at(0))}});
        return;
    }
    m_customerId = *id;
    const bool enabling = m_arguments.isSet(QStringLiteral("enable"));
    const bool adding = m_arguments.isSet(QStringLiteral("add-method"));
    if (enabling && adding) {
        context.fail(ExitCode::UsageError, tr("Use --enable or --add-method, not both."));
        return;
    }
    if (enabling && !m_arguments.isSet(QStringLiteral("reason"))) {
        context.failValidation(QStringLiteral("ach %1").arg(m_customerId),
                               {{QStringLiteral("reason"), QString(errorcode::Required),
                                 tr("--enable needs --reason TEXT (kept with who and when).")}});
        return;
    }
    m_runner = new SyncRunner(context, &context);
    if (enabling) {
        m_runner->prepareEdit([this, &context] { enable(context); });
    } else if (adding) {
        // Online only: sign in (and have the customer) before anything is checked.
        context.session().ensureSignedIn(
            [this, &context] { m_runner->ensureCache([this, &context] { addMethod(context); }); });
    } else {
        m_runner->ensureCache([this, &context] { explain(context); });
    }
}

void AchCommand::explain(CommandContext &context)
{
    const auto found = context.cache()->customers().find(m_customerId);
    if (!found || !found->has_value()) {
        context.fail(ExitCode::UsageError,
                     tr("ach %1: there is no such customer in your list.").arg(m_customerId));
        return;
    }
    // The same checklist as the console's Billing tab, with the same sentences; dates in ISO.
    const AchChecklist checklist = AchEligibility::checklist(
        AchEligibility::factsOf((*found)->shown()), QDate::currentDate());
    QTextStream &out = context.out();
    out << AchEligibility::explain(checklist.verdict, CliFormat::locale()) << '\n';
    const QList<AchCheckLine> lines
        = AchEligibility::describe(checklist, &CliFormat::date, &CliFormat::time);
    for (const AchCheckLine &line : lines) {
        const char *mark = line.mark == AchCheckMark::Met ? "  [x] "
            : line.mark == AchCheckMark::NotMet           ? "  [ ] "
                                                          : "  [-] ";
        out << mark << line.text << '\n';
    }
    context.finish(ExitCode::Ok);
}

void AchCommand::enable(CommandContext &context)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    const QString subject = QStringLiteral("ach %1").arg(m_customerId);
    const EditResult result
        = edits->enableAchManually(m_customerId, m_arguments.value(QStringLiteral("reason")));
    if (result.status != EditResult::Status::Saved) {
        EditDelivery::finishUnsaved(context, subject, result);
        return;
    }
    m_delivery = new EditDelivery(context, subject, &context);
    m_delivery->deliver(result.entry->id, m_customerId, [this, &context, subject] {
        const auto found = context.cache()->customers().find(m_customerId);
        if (found && found->has_value()) {
            context.out() << subject << ": "
                          << AchEligibility::explain((*found)->shown().ach, CliFormat::locale())
                          << Qt::endl;
        }
    });
}

void AchCommand::addMethod(CommandContext &context)
{
    const QString subject = QStringLiteral("ach %1").arg(m_customerId);
    AchBankDetails details;
    details.routingNumber = m_arguments.value(QStringLiteral("routing"));
    details.accountNumber = m_arguments.value(QStringLiteral("account"));
    details.holderName = m_arguments.value(QStringLiteral("holder"));
    const QString type = m_arguments.value(QStringLiteral("type"));
    details.accountType = achAccountTypeFromWire(type);
    if (!type.isEmpty() && !details.accountType) {
        context.failValidation(subject,
                               {{QStringLiteral("account_type"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not checking or savings.").arg(type)}});
        return;
    }
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    edits->addAchMethod(
        m_customerId, details, &context, [&context, subject](const AchMethodResult &result) {
            using Status = AchMethodResult::Status;
            switch (result.status) {
            case Status::Added:
                context.finishWith(subject, result.message, ExitCode::Ok);
                return;
            case Status::Invalid:
            case Status::NotFound:
            case Status::Blocked:
            case Status::NotAllowed:
            case Status::NotSignedIn:
                EditDelivery::finishUnsaved(context, subject, result.refusal());
                return;
            case Status::PortalFailed:
                break;
            }
            if (result.portalError && result.portalError->isTransient()) {
                context.err() << subject << ": " << result.portalError->message() << Qt::endl
                              << tr("Nothing was saved: bank details are never stored, so add "
                                    "the account again once the portal can be reached.")
                              << Qt::endl;
                context.finish(ExitCode::Unavailable);
                return;
            }
            if (result.portalError) {
                context.failPortal(subject, *result.portalError);
                return;
            }
            context.fail(ExitCode::Failure, result.message);
        });
}

} // namespace pac::cli
