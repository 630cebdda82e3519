#include "ui/credit/CreditApplicationItems.h"

#include "models/CreditApplicationJson.h"
#include "models/Money.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"
#include "ui/Log.h"

#include <QHash>

#include <algorithm>

namespace pac {

namespace {

// The decision entries of the outbox, by application.
struct PendingDecision
{
    bool waiting = false;
    QString problem;
};

StorageResult<QHash<qint64, PendingDecision>> pendingDecisions(LocalCache &cache,
                                                               std::optional<qint64> customerId)
{
    const StorageResult<QList<OutboxEntry>> entries
        = customerId ? cache.outbox().entriesFor(*customerId) : cache.outbox().entries();
    if (!entries)
        return entries.error();
    QHash<qint64, PendingDecision> decisions;
    for (const OutboxEntry &entry : *entries) {
        if (entry.kind != EditKind::CreditDecision || !entry.applicationId)
            continue;
        PendingDecision &decision = decisions[*entry.applicationId];
        if (entry.state == OutboxState::Failed || entry.state == OutboxState::Conflict)
            decision.problem = entry.lastError;
        else
            decision.waiting = true;
    }
    return decisions;
}

std::optional<CreditApplicationItem> knownItem(const CreditApplicationRecord &record,
                                               const QHash<qint64, PendingDecision> &decisions)
{
    QString badField;
    const auto application = creditApplicationFromJson(record.json, &badField);
    if (!application) {
        qCWarning(lcUi) << "cached credit application" << record.id << "cannot be read, field"
                        << badField;
        return std::nullopt;
    }
    CreditApplicationItem item;
    item.kind = CreditApplicationItem::Kind::Known;
    item.application = *application;
    item.updatedAt
        = application->decision ? application->decision->decidedAt : application->submittedAt;
    const PendingDecision decision = decisions.value(record.id);
    item.decisionPending = decision.waiting;
    item.decisionProblem = decision.problem;
    return item;
}

} // namespace

QString CreditApplicationItem::statusText() const
{
    switch (kind) {
    case Kind::Draft:
        return tr("Draft");
    case Kind::Queued:
        return tr("Waiting to be sent");
    case Kind::Refused:
        return tr("Not accepted");
    case Kind::Known:
        break;
    }
    if (decisionPending)
        return tr("Decision waiting to be sent");
    return CreditApplication::displayName(application.status);
}

QString CreditApplicationItem::title() const
{
    const QString name = application.legalName.trimmed().isEmpty()
        ? tr("(no name yet)")
        : application.legalName.trimmed();
    return application.id > 0 ? tr("#%1 %2").arg(application.id).arg(name) : name;
}

QString CreditApplicationItem::outcomeText(const QLocale &locale) const
{
    if (kind == Kind::Refused)
        return problem;
    if (kind != Kind::Known)
        return {};
    if (!decisionProblem.isEmpty())
        return tr("Decision not accepted: %1").arg(decisionProblem);
    if (!application.decision)
        return {};
    if (application.decision->approved)
        return tr("Approved limit %1")
            .arg(Money::fromCents(application.decision->approvedLimitCents).format(locale));
    return tr("Declined: %1").arg(application.decision->note);
}

StorageResult<QList<CreditApplicationItem>> CreditApplicationItems::forCustomer(LocalCache &cache,
                                                                                qint64 customerId)
{
    QList<CreditApplicationItem> items;

    const auto drafts = cache.drafts().listFor(customerId);
    if (!drafts)
        return drafts.error();
    for (const CreditApplicationDraft &draft : *drafts) {
        CreditApplicationItem item;
        item.kind = CreditApplicationItem::Kind::Draft;
        item.draftId = draft.id;
        // A draft that does not decode still shows (and can be deleted).
        item.application = creditApplicationFromJson(draft.content).value_or(CreditApplication());
        item.application.customerId = customerId;
        item.updatedAt = draft.updatedAt;
        items.append(item);
    }

    const auto entries = cache.outbox().entriesFor(customerId);
    if (!entries)
        return entries.error();
    for (const OutboxEntry &entry : *entries) {
        if (entry.kind != EditKind::CreditApplicationSubmit)
            continue;
        CreditApplicationItem item;
        item.outboxEntryId = entry.id;
        const auto edit = outboxEditOf(entry);
        if (edit && std::holds_alternative<CreditApplicationSubmitEdit>(*edit))
            item.application = std::get<CreditApplicationSubmitEdit>(*edit).application;
        item.updatedAt = entry.createdAt;
        switch (entry.state) {
        case OutboxState::Pending:
        case OutboxState::Sending:
            item.kind = CreditApplicationItem::Kind::Queued;
            item.problem = entry.lastError;
            break;
        case OutboxState::Conflict:
            item.kind = CreditApplicationItem::Kind::Refused;
            item.problem = tr("The customer changed on the portal meanwhile: settle the "
                              "conflict shown above, then it is sent again.");
            break;
        case OutboxState::Failed:
            item.kind = CreditApplicationItem::Kind::Refused;
            item.problem = entry.lastError;
            break;
        }
        items.append(item);
    }

    const auto decisions = pendingDecisions(cache, customerId);
    if (!decisions)
        return decisions.error();
    const auto records = cache.creditApplications().listFor(customerId);
    if (!records)
        return records.error();
    QList<CreditApplicationItem> known;
    for (const CreditApplicationRecord &record : *records) {
        if (auto item = knownItem(record, *decisions))
            known.append(*item);
    }
    std::sort(known.begin(), known.end(),
              [](const auto &a, const auto &b) { return a.application.id > b.application.id; });
    items.append(known);
    return items;
}

StorageResult<QList<CreditApplicationItem>>
CreditApplicationItems::known(LocalCache &cache, std::optional<CreditApplicationStatus> status)
{
    const auto records = cache.creditApplications().listByStatus(status);
    if (!records)
        return records.error();
    const auto decisions = pendingDecisions(cache, std::nullopt);
    if (!decisions)
        return decisions.error();
    QList<CreditApplicationItem> items;
    for (const CreditApplicationRecord &record : *records) {
        auto item = knownItem(record, *decisions);
        if (!item)
            continue;
        const auto customer = cache.customers().find(record.customerId);
        if (!customer)
            return customer.error();
        if (customer->has_value())
            item->customer = (*customer)->shown();
        // A billing row that cannot be read leaves the record unknown, never the queue empty.
        const auto billing = cache.invoices().find(record.customerId);
        if (billing)
            item->billing = *billing;
        else
            qCWarning(lcUi) << "cached billing of customer" << record.customerId
                            << "cannot be read";
        items.append(*item);
    }
    return items;
}

} // namespace pac
