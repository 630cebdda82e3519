#pragma once

#include "models/Customer.h"
#include "models/Permissions.h"
#include "portal/EditResult.h"
#include "storage/OutboxEdit.h"
#include "storage/OutboxEntry.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace pac {

// What a customer edit would do, decided before anything is saved: the edit to queue (the
// customer would change), or why not (`verdict`: Unchanged, Invalid, NotAllowed, Blocked).
// With an edit, `verdict` is Saved with no entry yet.
struct EditCheck
{
    EditResult verdict;
    std::optional<OutboxEdit> edit;
    // Invoice emails: the addresses of the new list that are already billing contacts
    // (InvoiceEmailList::redundantAddresses: flagged, not refused).
    QStringList redundant;

    bool changes() const { return edit.has_value(); }
    static EditCheck change(OutboxEdit edit, QStringList redundant = {});
    static EditCheck refused(EditResult verdict);
};

// The checks of ONE edit of ONE customer, the same for a single edit (CustomerEditService)
// and for each customer of a bulk change (BulkRules): who may (Permissions), whether an
// earlier edit blocks the customer, then the billing rule of the edit on the customer as the
// user sees it (the local view). Pure functions: no cache, no network, any thread.
class CustomerEditRules
{
    Q_DECLARE_TR_FUNCTIONS(pac::CustomerEditService)

public:
    // NotAllowed when `role` may not take `action` (Permissions::refusal).
    static std::optional<EditResult> refusalFor(Role role, Action action);
    // Blocked when one of the customer's outbox entries is in conflict or was refused.
    static std::optional<EditResult> blockedBy(qint64 customerId,
                                               const QList<OutboxEntry> &entries);

    // Billing rule 1. The whole list (InvoiceEmailList::validate); Unchanged when equal.
    static EditCheck setInvoiceEmails(const Customer &shown, const QStringList &emails);
    // Adds pasted addresses (InvoiceEmailList::merge): every refused one (duplicate, too_many,
    // invalid_email) makes the edit Invalid; nothing given is Invalid (required).
    static EditCheck addInvoiceEmails(const Customer &shown, QStringView pasted);
    // Removes an address (compared case-insensitively); one not in the list is Invalid
    // (code not_found).
    static EditCheck removeInvoiceEmail(const Customer &shown, const QString &address);
    // Replaces `old` (compared case-insensitively) by `replacement` at its place, keeping the
    // order of the others; when `replacement` is already in the list, `old` is only removed.
    // `old` not in the list is Invalid (not_found); an invalid replacement Invalid
    // (invalid_email).
    static EditCheck replaceInvoiceEmail(const Customer &shown, const QString &old,
                                         const QString &replacement);
    // Billing rule 2 (PaymentTerms::change): not active is Invalid (not_active).
    static EditCheck setPaymentTerms(const Customer &shown, PaymentTermsKind terms);
    // Billing rule 4c (AchEligibility::canEnableManually); the same reason again Unchanged.
    static EditCheck enableAchManually(const Customer &shown, const QString &reason);
};

} // namespace pac
