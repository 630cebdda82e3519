// CustomerEditService: credit applications (billing rule 3). Submissions and decisions
// travel through the outbox like every other edit (kinds credit_application_submit and
// credit_decision), so they survive a crash and going offline.
#include "models/CreditApplicationJson.h"
#include "portal/CustomerEditService.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

namespace pac {

namespace {

QList<FieldError> undecodable(const QString &badField, const QString &message)
{
    return {FieldError {badField.isEmpty() ? QStringLiteral("application") : badField,
                        QString(errorcode::InvalidFormat), message}};
}

} // namespace

EditResult CustomerEditService::submitCreditApplication(const QString &draftId)
{
    const auto draft = m_cache.drafts().find(draftId);
    if (!draft)
        return EditResult::storageFailed(draft.error());
    if (!draft->has_value())
        return EditResult::notFound(tr("There is no credit application draft %1.").arg(draftId));
    QString badField;
    auto application = creditApplicationFromJson((*draft)->content, &badField);
    if (!application) {
        return EditResult::invalid(undecodable(
            badField, tr("The draft cannot be read: “%1” has a wrong value.").arg(badField)));
    }
    application->customerId = (*draft)->customerId;

    auto prepared = prepare(application->customerId, Action::SubmitCreditApplication);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    if (const QList<FieldError> errors
        = application->validateForSubmit(target.customer.shown().creditLimitCents);
        !errors.isEmpty()) {
        return EditResult::invalid(errors);
    }
    NewEdit edit = newEdit(application->customerId, CreditApplicationSubmitEdit {*application},
                           target.customer.server.etag());
    edit.consumedDraftId = draftId;
    return save(edit);
}

EditResult CustomerEditService::submitCreditApplication(qint64 customerId,
                                                        const CreditApplication &application)
{
    auto prepared = prepare(customerId, Action::SubmitCreditApplication);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    CreditApplication submitted = application;
    submitted.customerId = customerId;
    submitted.id = 0;
    submitted.status = CreditApplicationStatus::Draft;
    if (const QList<FieldError> errors
        = submitted.validateForSubmit(target.customer.shown().creditLimitCents);
        !errors.isEmpty()) {
        return EditResult::invalid(errors);
    }
    return save(newEdit(customerId, CreditApplicationSubmitEdit {submitted},
                        target.customer.server.etag()));
}

EditResult CustomerEditService::decideCreditApplication(qint64 applicationId,
                                                        const CreditDecisionRequest &decision)
{
    auto user = signedInUser();
    if (auto *refused = std::get_if<EditResult>(&user))
        return *refused;
    const CacheUser &who = std::get<CacheUser>(user);
    if (auto refusal = Permissions::refusal(who.role, Action::DecideCreditApplication))
        return EditResult::notAllowed(*refusal);

    const auto record = m_cache.creditApplications().find(applicationId);
    if (!record)
        return EditResult::storageFailed(record.error());
    if (!record->has_value()) {
        return EditResult::notFound(
            tr("There is no credit application %1 in your list (sync first?).").arg(applicationId));
    }
    QString badField;
    auto application = creditApplicationFromJson((*record)->json, &badField);
    if (!application) {
        return EditResult::invalid(
            undecodable(badField,
                        tr("The cached application %1 cannot be read (“%2”).")
                            .arg(applicationId)
                            .arg(badField)));
    }
    if (auto blocked = blockedBy(application->customerId))
        return *blocked;

    // The lifecycle rule decides on a copy: it refuses the wrong status, a limit that is no
    // increase or above the requested one, and a decline without a reason.
    CreditApplication decided = *application;
    const PersonRef by {who.id, who.name};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<FieldError> errors = decision.approve
        ? decided.approve(decision.approvedLimitCents, decision.note, by, now)
        : decided.decline(decision.note, by, now);
    if (!errors.isEmpty())
        return EditResult::invalid(errors);

    NewEdit edit = newEdit(application->customerId, CreditDecisionEdit {decision},
                           (*record)->etag.isEmpty() ? application->etag() : (*record)->etag);
    edit.applicationId = applicationId;
    EditResult result = save(edit);
    if (result.status == EditResult::Status::Saved)
        emit creditApplicationsChanged();
    return result;
}

} // namespace pac
