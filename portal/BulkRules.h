#pragma once

#include "models/Invoice.h"
#include "portal/BulkChange.h"
#include "portal/EditResult.h"
#include "storage/CachedCustomer.h"
#include "storage/OutboxEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pac {

// What the preview of a bulk change needs of one customer, as the cache has it.
struct BulkSubject
{
    CachedCustomer customer;
    QList<OutboxEntry> entries; // its outbox entries, oldest first
    std::optional<QList<Invoice>> invoices; // its cached invoices, if fetched (Net 15 what-if)
};

// Everything a preview reads: a value, so it can be computed on any thread.
struct BulkInput
{
    Role role = Role::Agent;
    QDate today;
    QList<BulkItem> items; // in the order to check and queue them
    QHash<qint64, BulkSubject> subjects; // absent: not a customer in the user's list
};

// One customer's line of a preview.
struct BulkPreviewRow
{
    enum class Outcome { Change, Unchanged, Skipped };

    qint64 customerId = 0;
    QString customerName; // empty when the customer is not in the list
    BulkChange change;
    Outcome outcome = Outcome::Skipped;
    QString before; // the value in words ("ann@x.com, bob@y.com"; "Net 15, limit $500.00")
    QString after; // Change only
    // Skipped: why, in words (the billing rule's message, or the bulk reasons below);
    // Unchanged: the rule's message.
    QString reason;
    // The rule's verdict for a line that does not change (NotAllowed, Blocked, Invalid,
    // NotFound, Unchanged); Saved for a Change.
    EditResult::Status status = EditResult::Status::Saved;
    std::optional<NewEdit> edit; // Change: what applying queues
    QJsonObject restore; // Change: the edit body that gives the value before back (undo)
};

struct BulkTotals
{
    Q_DECLARE_TR_FUNCTIONS(pac::BulkTotals)

public:
    int changed = 0;
    int unchanged = 0;
    int skipped = 0;
    // "37 will change, 2 unchanged, 1 skipped" (a preview), or "37 changed, …" (saved).
    QString text(bool saved = false) const;
    bool operator==(const BulkTotals &) const = default;
};

struct BulkPreview
{
    QList<BulkPreviewRow> rows;
    BulkTotals totals;
    // Lines that change; NotAllowed lines (for an exit status or a disabled Apply).
    QList<BulkPreviewRow> changes() const;
    bool onlyNotAllowed() const;
};

// Billing rule 9: a bulk change runs, per customer, the checks of a single edit
// (CustomerEditRules: role, a blocking earlier edit, the billing rule on the customer as the
// user sees it), in the order given, each on top of the lines before it for the same
// customer. On top of what a single edit refuses, a bulk line is skipped when:
//  - the address it adds (or puts in by a replace) is already a billing contact (a single
//    edit only flags that);
//  - it moves to Net 15 a customer whose cached invoices say Net 15 would exceed its limit
//    (NetFifteenWhatIf; no cached invoices: not checked);
//  - the customer is not in the user's list (an agent's selection holds only their own).
// Adding an address already in the list, or removing or replacing one that is not there, is
// `unchanged`, not skipped. Pure: no cache, no network, any thread.
class BulkRules
{
    Q_DECLARE_TR_FUNCTIONS(pac::BulkRules)

public:
    static BulkPreview preview(const BulkInput &input);
};

} // namespace pac
