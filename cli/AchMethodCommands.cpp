// agentctl ach verify|default|authorization|remove METHOD (API.md "ACH authorization and
// verification"): actions on one payment method, addressed by its id.
#include "cli/AchCommand.h"
#include "cli/CliFormat.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "models/AchAuthorization.h"
#include "models/AchVerification.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"
#include "storage/PrivateFile.h"

#include <QFileInfo>

namespace pac::cli {

// --- what the actions share ---

AchMethodAction::AchMethodAction(QString action, QString synopsis, QString summary)
    : m_arguments(std::move(synopsis), std::move(summary))
    , m_action(std::move(action))
{ }

QString AchMethodAction::subject() const
{
    return QStringLiteral("ach %1 %2").arg(m_action).arg(m_methodId);
}

bool AchMethodAction::parseMethod(CommandContext &context, const QStringList &arguments,
                                  bool isChange)
{
    if (isChange) {
        m_arguments.addOption({QStringLiteral("customer"),
                               tr("The method's customer: checked here first, and its copy on "
                                  "this computer refreshed afterwards (without it, a sync "
                                  "follows)."),
                               QStringLiteral("ID")});
    }
    if (!m_arguments.parse(context, arguments, 1, 1))
        return false;
    const QString text = m_arguments.positional().at(0);
    const auto id = CliFormat::parseId(text);
    if (!id) {
        context.failValidation(QStringLiteral("ach %1 %2").arg(m_action, text),
                               {{QStringLiteral("method"), QString(errorcode::InvalidFormat),
                                 tr("“%1” is not a payment method id.").arg(text)}});
        return false;
    }
    m_methodId = *id;
    if (isChange && m_arguments.isSet(QStringLiteral("customer"))) {
        const QString customer = m_arguments.value(QStringLiteral("customer"));
        m_customerId = CliFormat::parseId(customer);
        if (!m_customerId) {
            context.failValidation(subject(),
                                   {{QStringLiteral("customer"), QString(errorcode::InvalidFormat),
                                     tr("“%1” is not a customer id.").arg(customer)}});
            return false;
        }
    }
    m_runner = new SyncRunner(context, &context);
    return true;
}

void AchMethodAction::change(CommandContext &context, AchMethodResult::Status success,
                             ServiceCall viaService, ClientCall viaClient)
{
    m_success = success;
    m_viaService = std::move(viaService);
    m_viaClient = std::move(viaClient);
    context.session().ensureSignedIn([this, &context] {
        if (m_customerId)
            sendThroughService(context);
        else
            sendThroughClient(context);
    });
}

void AchMethodAction::sendThroughService(CommandContext &context)
{
    // The customer must be in the cache (synced first if it never was); the service checks
    // it, and takes the portal's copy of it afterwards.
    m_runner->ensureCache([this, &context] {
        CustomerEditService *edits = context.edits();
        if (!edits)
            return;
        m_viaService(*edits, *m_customerId, &context, [this, &context](const AchMethodResult &r) {
            if (r.portalError && r.portalError->kind == PortalError::Kind::Unauthorized
                && !m_signedInAgain) {
                // Nothing was changed: sign in again and ask once more.
                m_signedInAgain = true;
                context.session().signInAgain([this, &context] { sendThroughService(context); });
                return;
            }
            report(context, r);
        });
    });
}

void AchMethodAction::sendThroughClient(CommandContext &context)
{
    m_viaClient(
        context.client(), &context, [this, &context](const PortalResult<PaymentMethod> &answer) {
            if (!answer.ok() && answer.error().kind == PortalError::Kind::Unauthorized
                && !m_signedInAgain) {
                // Nothing was changed: sign in again and ask once more.
                m_signedInAgain = true;
                context.session().signInAgain([this, &context] { sendThroughClient(context); });
                return;
            }
            const AchMethodResult result
                = AchMethodResult::fromPortal(m_success, m_methodId, answer);
            if (!result.ok()) {
                report(context, result);
                return;
            }
            refreshBySync(context, result);
        });
}

void AchMethodAction::refreshBySync(CommandContext &context, const AchMethodResult &result)
{
    // The customer's new state (its ACH enrolment) comes with the next sync; run it now. The
    // change is done whatever the sync makes of it.
    SyncEngine *engine = context.engine();
    if (!engine)
        return;
    auto *listener = new QObject(&context);
    auto done = [this, &context, listener, result](const QString &note) {
        listener->deleteLater();
        if (!note.isEmpty())
            context.err() << subject() << ": " << note << Qt::endl;
        report(context, result);
    };
    QObject::connect(engine, &SyncEngine::syncFinished, listener,
                     [done](const SyncSummary &) { done({}); });
    QObject::connect(engine, &SyncEngine::syncCancelled, listener,
                     [done] { done(tr("the sync was cancelled; run agentctl sync.")); });
    QObject::connect(engine, &SyncEngine::syncFailed, listener, [done](const SyncFailure &) {
        done(tr("this computer's copy of the customer is updated at the next "
                "sync (agentctl sync)."));
    });
    engine->sync(SyncMode::Auto, PushScope::AllPending);
}

void AchMethodAction::report(CommandContext &context, const AchMethodResult &result)
{
    using Status = AchMethodResult::Status;
    switch (result.status) {
    case Status::Added:
    case Status::Verified:
    case Status::DefaultSet:
    case Status::Revoked:
        context.finishWith(subject(), result.message, ExitCode::Ok);
        return;
    case Status::WrongAmounts:
    case Status::VerificationFailed:
        context.finishWith(subject(), result.message, ExitCode::UsageError);
        return;
    case Status::Invalid:
    case Status::NotFound:
    case Status::Blocked:
    case Status::NotAllowed:
    case Status::NotSignedIn:
        EditDelivery::finishUnsaved(context, subject(), result.refusal());
        return;
    case Status::PortalFailed:
        break;
    }
    if (result.portalError && result.portalError->isTransient()) {
        context.err() << subject() << ": " << result.portalError->message() << Qt::endl
                      << tr("Nothing was changed (bank account actions are never queued): run "
                            "the command again once the portal can be reached.")
                      << Qt::endl;
        context.finish(ExitCode::Unavailable);
        return;
    }
    if (result.portalError) {
        // A 409 (not verified, revoked, already verified) names its reason like a refusal.
        if (!result.portalError->fieldErrors.isEmpty()
            && CommandContext::exitCodeFor(*result.portalError) == ExitCode::UsageError) {
            context.failValidation(subject(), result.portalError->fieldErrors);
            return;
        }
        context.failPortal(subject(), *result.portalError);
        return;
    }
    context.fail(ExitCode::Failure, result.message);
}

// --- verify ---

AchVerifyCommand::AchVerifyCommand()
    : AchMethodAction(QStringLiteral("verify"), synopsis(), summary())
{ }

QString AchVerifyCommand::synopsis()
{
    return QStringLiteral("ach verify METHOD --amounts 0.32,0.45 [--customer ID]");
}

QString AchVerifyCommand::summary()
{
    return tr("Verify a new bank account with the two micro-deposits the customer sees on the "
              "statement, in dollars. Three tries; then the account failed and must be added "
              "again. METHOD is the payment method's id (agentctl ach ID lists them); with "
              "--customer ID the customer is checked here first and refreshed afterwards, "
              "without it a sync follows.");
}

void AchVerifyCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption({QStringLiteral("amounts"),
                           tr("The two deposits in dollars, e.g. 0.32,0.45 (either order)."),
                           QStringLiteral("A,B")});
    if (!parseMethod(context, arguments, true))
        return;
    std::optional<FieldError> problem;
    const QList<qint64> cents
        = AchVerification::parseDollars(m_arguments.value(QStringLiteral("amounts")), &problem);
    if (!problem)
        problem = AchVerification::validateAmounts(cents);
    if (problem) {
        context.failValidation(subject(), {*problem});
        return;
    }
    const qint64 methodId = m_methodId;
    // One key for this try, kept across the call's retries: a lost answer never costs a try.
    const QUuid key = QUuid::createUuid();
    change(
        context, AchMethodResult::Status::Verified,
        [methodId, cents](CustomerEditService &edits, qint64 customerId, QObject *callContext,
                          ResultCallback done) {
            edits.verifyAchMethod(customerId, methodId, cents, callContext, std::move(done));
        },
        [methodId, cents, key](PortalClient &client, QObject *callContext, auto answered) {
            client.verifyPaymentMethod(methodId, cents, key, callContext, std::move(answered));
        });
}

// --- default ---

AchDefaultCommand::AchDefaultCommand()
    : AchMethodAction(QStringLiteral("default"), synopsis(), summary())
{ }

QString AchDefaultCommand::synopsis()
{
    return QStringLiteral("ach default METHOD [--customer ID]");
}

QString AchDefaultCommand::summary()
{
    return tr("Make a verified bank account the customer's default payment method. METHOD is "
              "the payment method's id; --customer ID as for ach verify.");
}

void AchDefaultCommand::run(CommandContext &context, const QStringList &arguments)
{
    if (!parseMethod(context, arguments, true))
        return;
    const qint64 methodId = m_methodId;
    change(
        context, AchMethodResult::Status::DefaultSet,
        [methodId](CustomerEditService &edits, qint64 customerId, QObject *callContext,
                   ResultCallback done) {
            edits.setDefaultAchMethod(customerId, methodId, callContext, std::move(done));
        },
        [methodId](PortalClient &client, QObject *callContext, auto answered) {
            client.setDefaultPaymentMethod(methodId, callContext, std::move(answered));
        });
}

// --- remove ---

AchRemoveCommand::AchRemoveCommand()
    : AchMethodAction(QStringLiteral("remove"), synopsis(), summary())
{ }

QString AchRemoveCommand::synopsis()
{
    return QStringLiteral("ach remove METHOD --reason TEXT [--customer ID]");
}

QString AchRemoveCommand::summary()
{
    return tr("Remove a bank account: its authorization is revoked (who, when and why are "
              "kept, and its PDF stays available). METHOD is the payment method's id; "
              "--customer ID as for ach verify.");
}

void AchRemoveCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption(
        {QStringLiteral("reason"), tr("Why the bank account is removed."), QStringLiteral("TEXT")});
    if (!parseMethod(context, arguments, true))
        return;
    const QString reason = m_arguments.value(QStringLiteral("reason")).trimmed();
    if (auto problem = AchAuthorization::validateRevocationReason(reason)) {
        context.failValidation(subject(), {*problem});
        return;
    }
    const qint64 methodId = m_methodId;
    change(
        context, AchMethodResult::Status::Revoked,
        [methodId, reason](CustomerEditService &edits, qint64 customerId, QObject *callContext,
                           ResultCallback done) {
            edits.revokeAchMethod(customerId, methodId, reason, callContext, std::move(done));
        },
        [methodId, reason](PortalClient &client, QObject *callContext, auto answered) {
            client.revokePaymentMethod(methodId, reason, callContext, std::move(answered));
        });
}

// --- authorization ---

AchAuthorizationCommand::AchAuthorizationCommand()
    : AchMethodAction(QStringLiteral("authorization"), synopsis(), summary())
{ }

QString AchAuthorizationCommand::synopsis()
{
    return QStringLiteral("ach authorization METHOD --out FILE.pdf");
}

QString AchAuthorizationCommand::summary()
{
    return tr("Save a bank account's authorization as accepted (entry class, who, how, when, "
              "the text, the last 4 digits only), a PDF drawn by the portal; also for a removed "
              "account. Written readable by you only.");
}

void AchAuthorizationCommand::run(CommandContext &context, const QStringList &arguments)
{
    m_arguments.addOption(
        {QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    if (!parseMethod(context, arguments, false))
        return;
    m_out = m_arguments.value(QStringLiteral("out"));
    if (m_out.isEmpty()) {
        context.fail(ExitCode::UsageError, tr("ach authorization needs --out FILE.pdf."));
        return;
    }
    context.session().ensureSignedIn([this, &context] { fetch(context); });
}

void AchAuthorizationCommand::fetch(CommandContext &context)
{
    context.client().paymentMethodAuthorizationPdf(
        m_methodId, &context, [this, &context](const PortalResult<QByteArray> &result) {
            if (result.ok()) {
                write(context, result.value());
                return;
            }
            if (result.error().kind == PortalError::Kind::Unauthorized && !m_signedInAgain) {
                m_signedInAgain = true;
                context.session().signInAgain([this, &context] { fetch(context); });
                return;
            }
            context.failPortal(subject(), result.error());
        });
}

void AchAuthorizationCommand::write(CommandContext &context, const QByteArray &pdf)
{
    const QString name = QFileInfo(m_out).fileName();
    QString why;
    if (!PrivateFile::write(m_out, pdf, &why)) {
        context.fail(ExitCode::Failure, tr("“%1” cannot be written: %2.").arg(name, why));
        return;
    }
    context.out() << subject() << ": " << tr("wrote %1 (%2 bytes)").arg(m_out).arg(pdf.size())
                  << Qt::endl;
    context.finish(ExitCode::Ok);
}

} // namespace pac::cli
