#pragma once

#include "models/CreditApplication.h"
#include "storage/InvoiceStore.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pac {

class LocalCache;

// One line of what the console knows about credit applications: a local draft, a submission
// still in the outbox (or refused by the portal), or an application the portal knows
// (submitted, approved, declined) — with a decision of this user still waiting to be sent.
struct CreditApplicationItem
{
    Q_DECLARE_TR_FUNCTIONS(pac::CreditApplicationItem)

public:
    enum class Kind {
        Draft, // local, resumable
        Queued, // submitted here, waiting in the outbox to reach the portal
        Refused, // submitted here, refused by the portal (or in conflict): see `problem`
        Known, // the portal's application (submitted, approved or declined)
    };

    Kind kind = Kind::Known;
    QString draftId; // Draft
    qint64 outboxEntryId = 0; // Queued, Refused
    CreditApplication application; // as far as it is filled in
    QDateTime updatedAt; // last saved, queued, submitted or decided (UTC)
    QString problem; // Refused: why; Queued: the last transient error, if any
    bool decisionPending = false; // Known: this user's decision waits in the outbox
    QString decisionProblem; // Known: this user's decision was refused (why)
    std::optional<Customer> customer; // the customer as the cache shows it (queue rows)
    std::optional<CachedBilling> billing; // its invoices and payments, if cached (queue rows)

    // "Draft", "Waiting to be sent", "Not accepted", "Submitted", "Decision waiting to be
    // sent", "Approved", "Declined".
    QString statusText() const;
    // The legal name, else "(no name yet)", with the portal's number when it has one.
    QString title() const;
    // Approved: the limit; declined: the reason; refused: why; else empty.
    QString outcomeText(const QLocale &locale = QLocale()) const;
    bool isDecidable() const
    {
        return kind == Kind::Known && application.status == CreditApplicationStatus::Submitted
            && !decisionPending;
    }
};

// Reads the items from the local cache (a handful of small queries: a customer has a few
// applications at most, and the queue holds the submitted ones, each with its customer's
// cached billing: one small row).
class CreditApplicationItems
{
    Q_DECLARE_TR_FUNCTIONS(pac::CreditApplicationItems)

public:
    // A customer's drafts (newest first), then its submissions in the outbox, then the
    // applications the portal knows (newest first).
    static StorageResult<QList<CreditApplicationItem>> forCustomer(LocalCache &cache,
                                                                   qint64 customerId);
    // The applications the portal knows, with their customers; only those of `status` when
    // given; oldest first (the order a queue is worked through).
    static StorageResult<QList<CreditApplicationItem>>
    known(LocalCache &cache, std::optional<CreditApplicationStatus> status);
};

} // namespace pac
