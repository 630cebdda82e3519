// CustomerEditService: settling conflicts (an edit the portal refused with 412 because the
// customer changed there meanwhile). Both versions stay in the cache until the user
// chooses; see OutboxStore for what each choice does to the entry.
#include "models/InvoiceEmailList.h"
#include "portal/CustomerEditService.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

#include <QJsonArray>

namespace pac {

namespace {

QStringList emailsOf(const OutboxEntry &entry)
{
    const auto edit = outboxEditOf(entry);
    if (edit && std::holds_alternative<InvoiceEmailsEdit>(*edit))
        return std::get<InvoiceEmailsEdit>(*edit).emails;
    return {};
}

} // namespace

StorageResult<std::optional<EditConflict>> CustomerEditService::conflictFor(qint64 customerId) const
{
    const auto entries = m_cache.outbox().entriesFor(customerId);
    if (!entries)
        return entries.error();
    const auto inConflict
        = std::find_if(entries->cbegin(), entries->cend(), [](const OutboxEntry &entry) {
              return entry.state == OutboxState::Conflict;
          });
    if (inConflict == entries->cend())
        return std::optional<EditConflict>();
    const auto cached = m_cache.customers().find(customerId);
    if (!cached)
        return cached.error();
    if (!cached->has_value())
        return std::optional<EditConflict>();

    EditConflict conflict;
    conflict.entry = *inConflict;
    conflict.theirs = inConflict->conflictServerCopy.value_or((*cached)->server);
    conflict.mine = (*cached)->shown();
    if (inConflict->kind == EditKind::InvoiceEmails) {
        // A union loses no address: theirs, then the addresses only mine has (as far as ten
        // fit; the others are listed so the user can choose).
        const QStringList mine = emailsOf(*inConflict);
        const InvoiceEmailList::Merge merge
            = InvoiceEmailList::merge(conflict.theirs.invoiceEmails, mine.join(QLatin1Char('\n')));
        conflict.canMerge = true;
        conflict.mergedEmails = merge.emails;
        for (const InvoiceEmailList::Refusal &refusal : merge.refused) {
            if (refusal.error.code != errorcode::Duplicate)
                conflict.mergeLeftOut.append(refusal);
        }
    }
    return std::optional<EditConflict>(conflict);
}

EditResult CustomerEditService::resolveConflict(qint64 customerId, ConflictChoice choice,
                                                const QStringList &mergedEmails)
{
    auto user = signedInUser();
    if (auto *refused = std::get_if<EditResult>(&user))
        return *refused;
    const auto found = conflictFor(customerId);
    if (!found)
        return EditResult::storageFailed(found.error());
    if (!found->has_value()) {
        return EditResult::notFound(tr("Customer %1 has no conflict to resolve.").arg(customerId));
    }
    const EditConflict &conflict = **found;
    const qint64 entryId = conflict.entry.id;

    StorageStatus resolved;
    switch (choice) {
    case ConflictChoice::Mine:
        resolved = m_cache.outbox().resolveKeepMine(entryId);
        break;
    case ConflictChoice::Theirs:
        resolved = m_cache.outbox().resolveKeepTheirs(entryId);
        break;
    case ConflictChoice::Merge: {
        if (!conflict.canMerge) {
            return EditResult::invalid(
                {FieldError {QStringLiteral("resolution"), QString(errorcode::InvalidFormat),
                             tr("Only invoice email lists can be merged; keep yours or "
                                "theirs.")}});
        }
        const QStringList proposed = mergedEmails.isEmpty() ? conflict.mergedEmails : mergedEmails;
        const InvoiceEmailList::Validation validation = InvoiceEmailList::validate(proposed);
        if (!validation.ok())
            return EditResult::invalid(validation.errors);
        resolved = m_cache.outbox().resolveMerged(
            entryId, {{QStringLiteral("emails"), QJsonArray::fromStringList(validation.emails)}});
        break;
    }
    }
    if (!resolved)
        return EditResult::storageFailed(resolved.error());

    const bool resend = choice != ConflictChoice::Theirs;
    afterChange(customerId, resend);
    if (!resend)
        return EditResult::unchanged(
            tr("Your edit was dropped; customer %1 is as the portal has it.").arg(customerId));
    const auto entry = m_cache.outbox().find(entryId);
    if (entry && entry->has_value())
        return EditResult::saved(**entry);
    return EditResult::unchanged(tr("The conflict of customer %1 is resolved.").arg(customerId));
}

} // namespace pac
