// agentctl ach ID --add-method: a bank account with the payer's authorization (billing rule 8).
// The full account number lives in this process's memory and in the one request body: it is
// never printed, logged, cached or queued (AchBankDetails prints ••••last4 only).
#include "cli/AchCommand.h"
#include "cli/CliSession.h"
#include "cli/CommandContext.h"
#include "cli/EditDelivery.h"
#include "cli/SyncRunner.h"
#include "models/AchAuthorization.h"
#include "models/AchBankDetails.h"
#include "models/AchEligibility.h"
#include "portal/CustomerEditService.h"
#include "portal/PortalClient.h"
#include "storage/LocalCache.h"

namespace pac::cli {

namespace {

QString subjectOf(qint64 customerId)
{
    return QStringLiteral("ach %1").arg(customerId);
}

} // namespace

void AchCustomerCommand::addMethod(CommandContext &context)
{
    const QString subject = subjectOf(m_customerId);
    AchBankDetails details;
    details.routingNumber = m_arguments.value(QStringLiteral("routing"));
    details.accountNumber = m_arguments.value(QStringLiteral("account"));
    details.holderName = m_arguments.value(QStringLiteral("holder"));
    const QString type = m_arguments.value(QStringLiteral("type"));
    details.accountType = achAccountTypeFromWire(type);

    AchAuthorization authorization;
    QList<FieldError> errors;
    if (!type.isEmpty() && !details.accountType) {
        errors.append({QStringLiteral("account_type"), QString(errorcode::InvalidFormat),
                       tr("“%1” is not checking or savings.").arg(type)});
    }
    // CCD unless told otherwise: our customers are businesses (as in the console's wizard).
    const QString secCode = m_arguments.isSet(QStringLiteral("sec-code"))
        ? m_arguments.value(QStringLiteral("sec-code")).trimmed().toUpper()
        : toWire(AchSecCode::CCD);
    authorization.secCode = achSecCodeFromWire(secCode);
    if (!authorization.secCode) {
        errors.append({QStringLiteral("authorization.sec_code"), QString(errorcode::InvalidFormat),
                       tr("“%1” is not an entry class: use CCD, PPD, TEL or WEB.").arg(secCode)});
    }
    const QString how = m_arguments.value(QStringLiteral("authorization-method")).trimmed();
    authorization.method = achAuthorizationMethodFromWire(how);
    if (!how.isEmpty() && !authorization.method) {
        errors.append({QStringLiteral("authorization.method"), QString(errorcode::InvalidFormat),
                       tr("“%1” is not a way of authorizing: use written, recorded_call or "
                          "online.")
                           .arg(how)});
    }
    authorization.authorizedByName = m_arguments.value(QStringLiteral("authorized-by"));
    authorization.authorizedByTitle = m_arguments.value(QStringLiteral("authorized-title"));
    authorization.acceptedAt = QDateTime::currentDateTimeUtc();
    // The version is checked against the portal's text below, once everything else is right.
    authorization.textVersion = m_arguments.value(QStringLiteral("accept-authorization")).trimmed();
    errors += details.validate();
    for (const FieldError &error : authorization.validate()) {
        const bool reported = std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) {
            return e.field == error.field;
        });
        if (!reported && error.field != QLatin1String("authorization.text_version"))
            errors.append(error);
    }
    if (!errors.isEmpty()) {
        context.failValidation(subject, errors);
        return;
    }

    // Online only: sign in (and have the customer) before the portal's text is asked for.
    context.session().ensureSignedIn([this, &context, details, authorization, subject] {
        m_runner->ensureCache([this, &context, details, authorization, subject] {
            const auto found = context.cache()->customers().find(m_customerId);
            if (!found) {
                context.failStorage(found.error());
                return;
            }
            if (!found->has_value()) {
                context.finishWith(subject, tr("there is no such customer in your list."),
                                   ExitCode::UsageError);
                return;
            }
            if (auto problem = AchEligibility::canAddMethod((*found)->shown().ach)) {
                context.failValidation(subject, {*problem});
                return;
            }
            fetchAuthorizationText(context, details, authorization, true);
        });
    });
}

void AchCustomerCommand::fetchAuthorizationText(CommandContext &context,
                                                const AchBankDetails &details,
                                                const AchAuthorization &authorization,
                                                bool mayRetry)
{
    // The text for this entry class, naming the account by its last 4 digits only.
    context.client().achAuthorizationText(
        m_customerId, *authorization.secCode, details.last4(), toWire(*details.accountType),
        &context,
        [this, &context, details, authorization,
         mayRetry](const PortalResult<AchAuthorizationTextResult> &text) {
            if (!text.ok()) {
                if (text.error().kind == PortalError::Kind::Unauthorized && mayRetry) {
                    context.session().signInAgain([this, &context, details, authorization] {
                        fetchAuthorizationText(context, details, authorization, false);
                    });
                    return;
                }
                context.failPortal(subjectOf(m_customerId), text.error());
                return;
            }
            if (authorization.textVersion != text->version) {
                printAuthorizationText(context, text->version, text->text);
                return;
            }
            sendMethod(context, details, authorization);
        });
}

void AchCustomerCommand::printAuthorizationText(CommandContext &context, const QString &version,
                                                const QString &text)
{
    const QString subject = subjectOf(m_customerId);
    const QString given = m_arguments.value(QStringLiteral("accept-authorization")).trimmed();
    QTextStream &out = context.out();
    out << tr("Authorization text, version %1:").arg(version) << "\n\n" << text << "\n\n";
    out.flush();
    if (!given.isEmpty()) {
        context.err() << subject << ": "
                      << tr("version %1 is not the portal's current authorization text (%2).")
                             .arg(given, version)
                      << Qt::endl;
    }
    context.finishWith(subject,
                       tr("nothing was sent. The payer must accept this text; once they have, "
                          "run the command again with --accept-authorization %1.")
                           .arg(version),
                       ExitCode::UsageError);
}

void AchCustomerCommand::sendMethod(CommandContext &context, const AchBankDetails &details,
                                    const AchAuthorization &authorization)
{
    CustomerEditService *edits = context.edits();
    if (!edits)
        return;
    const QString subject = subjectOf(m_customerId);
    edits->addAchMethod(
        m_customerId, details, authorization, &context,
        [this, &context, subject](const AchMethodResult &result) {
            using Status = AchMethodResult::Status;
            switch (result.status) {
            case Status::Added:
                context.out() << subject << ": " << result.message << '\n'
                              << tr("Next, once the customer sees the two deposits on their "
                                    "statement: agentctl ach verify %1 --amounts A,B --customer %2")
                                     .arg(result.method.id)
                                     .arg(m_customerId)
                              << Qt::endl;
                context.finish(ExitCode::Ok);
                return;
            case Status::Invalid:
            case Status::NotFound:
            case Status::Blocked:
            case Status::NotAllowed:
            case Status::NotSignedIn:
                EditDelivery::finishUnsaved(context, subject, result.refusal());
                return;
            default:
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
