// CustomerEditService: the common path of an edit, invoice emails, payment terms and the
// manual ACH enable. Credit applications, bank accounts and conflicts are in the
// CustomerEditService*.cpp files beside this one.
#include "portal/CustomerEditService.h"

#include "models/AchEligibility.h"
#include "models/BillingText.h"
#include "models/PaymentTerms.h"
#include "portal/Log.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

#include <QJsonArray>

#include <algorithm>

namespace pac {

CustomerEditService::CustomerEditService(LocalCache &cache, PortalClient &client,
                                         SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
    , m_engine(engine)
{ }

std::variant<CacheUser, EditResult> CustomerEditService::signedInUser() const
{
    const auto meta = m_cache.meta().read();
    if (!meta)
        return EditResult::storageFailed(meta.error());
    if (!meta->user)
        return EditResult::notSignedIn();
    return *meta->user;
}

std::optional<EditResult> CustomerEditService::blockedBy(qint64 customerId) const
{
    const auto entries = m_cache.outbox().entriesFor(customerId);
    if (!entries)
        return EditResult::storageFailed(entries.error());
    for (const OutboxEntry &entry : entries.value()) {
        if (entry.state == OutboxState::Conflict) {
            return EditResult::blocked(
                tr("Customer %1 changed on the portal while an earlier edit was on its way; "
                   "resolve that conflict first (mine, theirs or merged).")
                    .arg(customerId));
        }
        if (entry.state == OutboxState::Failed) {
            return EditResult::blocked(
                tr("An earlier edit of customer %1 was refused by the portal (%2); discard or "
                   "correct it first.")
                    .arg(customerId)
                    .arg(entry.lastError));
        }
    }
    return std::nullopt;
}

std::variant<CustomerEditService::Target, EditResult>
CustomerEditService::prepare(qint64 customerId, Action action) const
{
    auto user = signedInUser();
    if (auto *refused = std::get_if<EditResult>(&user))
        return *refused;
    const CacheUser &who = std::get<CacheUser>(user);
    if (auto refusal = Permissions::refusal(who.role, action))
        return EditResult::notAllowed(*refusal);
    auto found = m_cache.customers().find(customerId);
    if (!found)
        return EditResult::storageFailed(found.error());
    if (!found->has_value())
        return EditResult::notFound(tr("There is no customer %1 in your list.").arg(customerId));
    if (auto blocked = blockedBy(customerId))
        return *blocked;
    return Target {**found, who};
}

EditResult CustomerEditService::save(const NewEdit &edit)
{
    auto saved = m_cache.outbox().enqueue(edit);
    if (!saved) {
        qCWarning(lcPortal) << "edit of customer" << edit.customerId
                            << "not saved:" << saved.error().message << saved.error().detail;
        return EditResult::storageFailed(saved.error());
    }
    qCDebug(lcPortal) << "edit" << saved->id << toWire(edit.kind) << "of customer"
                      << edit.customerId << "queued";
    afterChange(edit.customerId, true);
    return EditResult::saved(saved.value());
}

void CustomerEditService::afterChange(qint64 customerId, bool pushNow)
{
    emit customerEdited(customerId);
    emit outboxChanged();
    if (pushNow && m_pushAfterEdit && m_engine)
        m_engine->push(PushScope::AllPending);
}

EditResult CustomerEditService::queueEmails(const Target &target, const QStringList &emails)
{
    const InvoiceEmailList::Validation validation = InvoiceEmailList::validate(emails);
    if (!validation.ok())
        return EditResult::invalid(validation.errors);
    if (validation.emails == target.customer.shown().invoiceEmails)
        return EditResult::unchanged(tr("The invoice emails are already these."));
    return save(newEdit(target.customer.server.id, InvoiceEmailsEdit {validation.emails},
                        target.customer.server.etag()));
}

EditResult CustomerEditService::setInvoiceEmails(qint64 customerId, const QStringList &emails)
{
    auto target = prepare(customerId, Action::EditInvoiceEmails);
    if (auto *refused = std::get_if<EditResult>(&target))
        return *refused;
    return queueEmails(std::get<Target>(target), emails);
}

EditResult CustomerEditService::addInvoiceEmails(qint64 customerId, QStringView pasted)
{
    auto prepared = prepare(customerId, Action::EditInvoiceEmails);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    const InvoiceEmailList::Merge merge
        = InvoiceEmailList::merge(target.customer.shown().invoiceEmails, pasted);
    if (!merge.refused.isEmpty()) {
        QList<FieldError> errors;
        for (const InvoiceEmailList::Refusal &refusal : merge.refused)
            errors.append(refusal.error);
        return EditResult::invalid(errors);
    }
    if (merge.added.isEmpty()) {
        return EditResult::invalid(
            {FieldError {QStringLiteral("emails"), QString(errorcode::Required),
                         tr("No email address to add was given.")}});
    }
    return queueEmails(target, merge.emails);
}

EditResult CustomerEditService::removeInvoiceEmail(qint64 customerId, const QString &address)
{
    auto prepared = prepare(customerId, Action::EditInvoiceEmails);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    QStringList emails = target.customer.shown().invoiceEmails;
    const auto removed = std::remove_if(emails.begin(), emails.end(), [&](const QString &email) {
        return InvoiceEmailList::sameAddress(email.trimmed(), address.trimmed());
    });
    if (removed == emails.end()) {
        return EditResult::invalid(
            {FieldError {QStringLiteral("emails"), QStringLiteral("not_found"),
                         tr("“%1” is not one of the invoice emails of customer %2.")
                             .arg(address.trimmed())
                             .arg(customerId)}});
    }
    emails.erase(removed, emails.end());
    return queueEmails(target, emails);
}

EditResult CustomerEditService::setPaymentTerms(qint64 customerId, PaymentTermsKind terms)
{
    auto prepared = prepare(customerId, Action::ChangePaymentTerms);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    const PaymentTerms::Change change = PaymentTerms::change(target.customer.shown(), terms);
    if (!change.ok())
        return EditResult::invalid({*change.error});
    if (!change.changed) {
        return EditResult::unchanged(
            tr("Customer %1 is already on %2.").arg(customerId).arg(BillingText::termsName(terms)));
    }
    return save(newEdit(customerId, PaymentTermsEdit {terms}, target.customer.server.etag()));
}

EditResult CustomerEditService::enableAchManually(qint64 customerId, const QString &reason)
{
    auto prepared = prepare(customerId, Action::EnableAchManually);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    const Customer &shown = target.customer.shown();
    const AchFacts facts = AchEligibility::factsOf(shown);
    if (auto problem = AchEligibility::canEnableManually(facts, reason.trimmed()))
        return EditResult::invalid({*problem});
    // Enabling again replaces the recorded reason; the same reason again changes nothing.
    if (facts.manualEnable && facts.manualEnable->reason == reason.trimmed()) {
        return EditResult::unchanged(
            tr("ACH is already enabled manually for customer %1 (by %2), for that reason.")
                .arg(customerId)
                .arg(facts.manualEnable->by.name));
    }
    return save(
        newEdit(customerId, AchManualEnableEdit {reason.trimmed()}, target.customer.server.etag()));
}

EditResult CustomerEditService::discardEdit(qint64 entryId)
{
    const auto found = m_cache.outbox().find(entryId);
    if (!found)
        return EditResult::storageFailed(found.error());
    if (!found->has_value())
        return EditResult::notFound(tr("There is no edit %1 in the outbox.").arg(entryId));
    if ((*found)->state == OutboxState::Sending) {
        return EditResult::blocked(
            tr("Edit %1 is being sent right now; wait for the portal's answer.").arg(entryId));
    }
    if (StorageStatus dropped = m_cache.outbox().drop(entryId); !dropped)
        return EditResult::storageFailed(dropped.error());
    afterChange((*found)->customerId, false);
    return EditResult::unchanged(tr("Edit %1 was discarded.").arg(entryId));
}

} // namespace pac
