// agentctl ach: the dispatcher, and the customer's side (explain, enable manually). Adding a
// bank account is in AchAddMethod.cpp, the actions on a method in AchMethodCommands.cpp.
#include "cli/AchCommand.h"

#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "models/AchEligibility.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

namespace pac::cli {

namespace {

QString verificationText(const PaymentMethod &method)
{
    switch (method.verification) {
    case AchVerificationState::Pending:
        return AchCustomerCommand::tr("pending");
    case AchVerificationState::Verified:
        return AchCustomerCommand::tr("verified");
    case AchVerificationState::Failed:
        return AchCustomerCommand::tr("failed");
    }
    return {};
}

} // namespace

// --- the dispatcher ---

QString AchCommand::synopsis()
{
    return QStringLiteral("ach ID [--enable --reason TEXT | --add-method …] | "
                          "ach verify|default|authorization|remove METHOD …");
}

QString AchCommand::summary()
{
    return tr("Explain ACH eligibility and list the bank accounts, enable ACH manually "
              "(support), add a bank account with its authorization, verify its deposits, make "
              "it the default, save its authorization PDF, remove it (online only).");
}

AchCommand::AchCommand()
    : ActionCommand(QStringLiteral("ach"), summary(),
                    {action<AchVerifyCommand>(QStringLiteral("verify")),
                     action<AchDefaultCommand>(QStringLiteral("default")),
                     action<AchAuthorizationCommand>(QStringLiteral("authorization")),
                     action<AchRemoveCommand>(QStringLiteral("remove"))},
                    // `ach ID …`: any first argument that names no action is the customer's id.
                    action<AchCustomerCommand>(QString()),
                    {tr("METHOD is a payment method's id, as “agentctl ach ID” lists them."),
                     tr("“agentctl ach ID --help” shows the options for a customer.")})
{ }

// --- ach ID ---

QString AchCustomerCommand::synopsis()
{
    return QStringLiteral(
        "ach ID [--enable --reason TEXT | --add-method --routing N --account N --holder NAME "
        "--type checking|savings [--sec-code CCD|PPD|TEL|WEB] --authorized-by NAME "
        "--authorized-title T --authorization-method written|recorded_call|online "
        "--accept-authorization VERSION]");
}

QString AchCustomerCommand::summary()
{
    return tr("Without an option: the customer's ACH eligibility and, when the portal can be "
              "reached, its bank accounts. --enable: enable ACH manually (support). "
              "--add-method: add a bank account with the payer's authorization (online only; "
              "the account number is never saved). Without --accept-authorization VERSION the "
              "authorization text to accept is printed and nothing is sent. The new account "
              "is pending until its two micro-deposits are verified (ach verify).");
}

void AchCustomerCommand::run(CommandContext &context, const QStringList &arguments)
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
    m_arguments.addOption({QStringLiteral("sec-code"),
                           tr("Entry class: CCD (business account, the default), PPD "
                              "(consumer, signed), TEL (consumer, by phone), WEB (consumer, "
                              "online)."),
                           QStringLiteral("CODE")});
    m_arguments.addOption({QStringLiteral("authorized-by"),
                           tr("Name of the person who authorized the debits."),
                           QStringLiteral("NAME")});
    m_arguments.addOption(
        {QStringLiteral("authorized-title"), tr("That person's title."), QStringLiteral("T")});
    m_arguments.addOption({QStringLiteral("authorization-method"),
                           tr("How they authorized: written, recorded_call or online."),
                           QStringLiteral("HOW")});
    m_arguments.addOption({QStringLiteral("accept-authorization"),
                           tr("The version of the authorization text the payer accepted (run "
                              "without it to see the text and its version)."),
                           QStringLiteral("VERSION")});
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
    if (enabling)
        m_runner->prepareEdit([this, &context] { enable(context); });
    else if (adding)
        addMethod(context);
    else
        m_runner->ensureCache([this, &context] { explain(context); });
}

void AchCustomerCommand::explain(CommandContext &context)
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
    out.flush();
    listBankAccounts(context);
}

void AchCustomerCommand::listBankAccounts(CommandContext &context)
{
    // Bank accounts are the portal's (never cached): listed when it can be asked without
    // signing in, else said so; the explanation above stands either way (exit 0).
    context.session().trySignedIn([this, &context](bool signedIn) {
        if (!signedIn) {
            context.err() << tr("Bank accounts: not listed (no session: run agentctl login).")
                          << Qt::endl;
            context.finish(ExitCode::Ok);
            return;
        }
        context.client().listPaymentMethods(
            m_customerId, &context, [this, &context](const PortalResult<QList<PaymentMethod>> &r) {
                if (!r.ok()) {
                    context.err() << tr("Bank accounts: not listed: %1").arg(r.error().message())
                                  << Qt::endl;
                    context.finish(ExitCode::Ok);
                    return;
                }
                printBankAccounts(context, r.value());
                context.finish(ExitCode::Ok);
            });
    });
}

void AchCustomerCommand::printBankAccounts(CommandContext &context,
                                           const QList<PaymentMethod> &methods)
{
    QTextStream &out = context.out();
    TextTable table({tr("Method"), tr("Account"), tr("Type"), tr("Class"), tr("Verification"),
                     tr("Tries left"), tr("Default"), tr("Revoked")},
                    {true, false, false, false, false, true, false, false});
    for (const PaymentMethod &method : methods) {
        if (method.type != QLatin1String("ach"))
            continue;
        QString revoked;
        if (method.revoked) {
            revoked = tr("%1 by %2: “%3”")
                          .arg(CliFormat::time(method.revoked->at), method.revoked->by,
                               method.revoked->reason);
        }
        table.addRow({QString::number(method.id), QStringLiteral("••••") + method.last4,
                      method.accountType,
                      method.authorization && method.authorization->secCode
                          ? toWire(*method.authorization->secCode)
                          : QStringLiteral("-"),
                      verificationText(method),
                      method.verification == AchVerificationState::Pending
                          ? QString::number(method.triesLeft)
                          : QStringLiteral("-"),
                      CliFormat::yesNo(method.isDefault), revoked.isEmpty() ? tr("no") : revoked});
    }
    out << '\n';
    if (table.rowCount() == 0) {
        out << tr("Bank accounts: none.") << '\n';
        return;
    }
    out << tr("Bank accounts:") << '\n';
    table.print(out);
}

void AchCustomerCommand::enable(CommandContext &context)
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

} // namespace pac::cli
