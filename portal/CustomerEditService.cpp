// CustomerEditService: the common path of an edit, invoice emails, payment terms and the
// manual ACH enable. Credit applications, bank accounts and conflicts are in the
// CustomerEditService*.cpp files beside this one.
#include "portal/CustomerEditService.h"

#include "portal/CustomerEditRules.h"
#include "portal/Log.h"
#include "portal/SyncEngine.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

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
    return CustomerEditRules::blockedBy(customerId, entries.value());
}

std::variant<CustomerEditService::Target, EditResult>
CustomerEditService::prepare(qint64 customerId, Action action) const
{
    auto user = signedInUser();
    if (auto *refused = std::get_if<EditResult>(&user))
        return *refused;
    const CacheUser &who = std::get<CacheUser>(user);
    if (auto refusal = CustomerEditRules::refusalFor(who.role, action))
        return *refusal;
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

EditResult CustomerEditService::queue(const Target &target, const EditCheck &check)
{
    if (!check.changes())
        return check.verdict;
    return save(newEdit(target.customer.server.id, *check.edit, target.customer.server.etag()));
}

EditResult CustomerEditService::setInvoiceEmails(qint64 customerId, const QStringList &emails)
{
    auto prepared = prepare(customerId, Action::EditInvoiceEmails);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    return queue(target, CustomerEditRules::setInvoiceEmails(target.customer.shown(), emails));
}

EditResult CustomerEditService::addInvoiceEmails(qint64 customerId, QStringView pasted)
{
    auto prepared = prepare(customerId, Action::EditInvoiceEmails);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    return queue(target, CustomerEditRules::addInvoiceEmails(target.customer.shown(), pasted));
}

EditResult CustomerEditService::removeInvoiceEmail(qint64 customerId, const QString &address)
{
    auto prepared = prepare(customerId, Action::EditInvoiceEmails);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    return queue(target, CustomerEditRules::removeInvoiceEmail(target.customer.shown(), address));
}

EditResult CustomerEditService::setPaymentTerms(qint64 customerId, PaymentTermsKind terms)
{
    auto prepared = prepare(customerId, Action::ChangePaymentTerms);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    return queue(target, CustomerEditRules::setPaymentTerms(target.customer.shown(), terms));
}

EditResult CustomerEditService::enableAchManually(qint64 customerId, const QString &reason)
{
    auto prepared = prepare(customerId, Action::EnableAchManually);
    if (auto *refused = std::get_if<EditResult>(&prepared))
        return *refused;
    const Target &target = std::get<Target>(prepared);
    return queue(target, CustomerEditRules::enableAchManually(target.customer.shown(), reason));
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
