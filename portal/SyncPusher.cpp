#include "portal/SyncPusher.h"

#include "models/CreditApplicationJson.h"
#include "portal/Log.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "storage/CreditApplicationStore.h"
#include "storage/LocalCache.h"
#include "storage/OutboxEdit.h"

namespace pac {

namespace {

using Kind = PortalError::Kind;

ChangeGuard guardOf(const OutboxEntry &entry)
{
    return ChangeGuard {entry.baseEtag, QUuid::fromString(entry.idempotencyKey)};
}

PortalError undecodablePayload(const OutboxEntry &entry)
{
    QString problem;
    outboxEditOf(entry, &problem);
    return PortalError::make(Kind::BadRequest,
                             QStringLiteral("the queued %1 edit cannot be read back: %2")
                                 .arg(toWire(entry.kind), problem));
}

} // namespace

SyncPusher::SyncPusher(PortalClient &client, LocalCache &cache, const SyncOptions &options,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_options(options)
    , m_random(QRandomGenerator::securelySeeded())
{ }

SyncPusher::~SyncPusher()
{
    m_stopDispatch = true;
    // Aborting runs each callback at once: the entries go back to pending before we go.
    const auto calls = m_inFlight.values();
    for (const QPointer<PortalCall> &call : calls) {
        if (call)
            call->abort();
    }
}

QDateTime SyncPusher::cutoff() const
{
    if (m_scope == PushScope::DueOnly)
        return QDateTime::currentDateTimeUtc();
    // Every pending entry, whatever its next-attempt time: the user asked for it.
    return QDateTime::currentDateTimeUtc().addYears(100);
}

void SyncPusher::start(PushScope scope)
{
    if (m_running)
        return;
    m_running = true;
    m_stopDispatch = false;
    m_scope = scope;
    m_summary = {};
    m_queue.clear();
    m_attempted.clear();
    m_blockedCustomers.clear();
    m_total = 0;
    m_done = 0;
    refill();
    emit progress(m_done, m_total);
    pump();
    finishIfIdle();
}

void SyncPusher::cancel()
{
    if (!m_running)
        return;
    m_stopDispatch = true;
    m_queue.clear();
    const auto calls = m_inFlight.values();
    for (const QPointer<PortalCall> &call : calls) {
        if (call)
            call->abort();
    }
    finishIfIdle();
}

bool SyncPusher::refill()
{
    auto ready = m_cache.outbox().readyToSend(cutoff());
    if (!ready) {
        emit storageFailed(ready.error());
        m_stopDispatch = true;
        return false;
    }
    bool added = false;
    for (const OutboxEntry &entry : ready.value()) {
        if (m_attempted.contains(entry.id) || m_blockedCustomers.contains(entry.customerId)
            || m_inFlight.contains(entry.customerId)) {
            continue;
        }
        m_queue.push_back(entry);
        ++m_total;
        added = true;
    }
    return added;
}

void SyncPusher::pump()
{
    const int limit = std::max(1, m_options.maxConcurrentPushes);
    while (!m_stopDispatch && m_inFlight.size() < limit) {
        if (m_queue.empty() && (!m_inFlight.isEmpty() || !refill()))
            break;
        const OutboxEntry entry = m_queue.front();
        m_queue.pop_front();
        if (m_blockedCustomers.contains(entry.customerId) || m_inFlight.contains(entry.customerId)
            || m_attempted.contains(entry.id)) {
            --m_total;
            continue;
        }
        send(entry);
    }
}

void SyncPusher::send(const OutboxEntry &entry)
{
    m_attempted.insert(entry.id);
    if (StorageStatus sending = m_cache.outbox().markSending(entry.id); !sending) {
        // Dropped or resolved meanwhile (InvalidState/NotFound): nothing to send.
        if (sending.error().kind != StorageError::Kind::InvalidState
            && sending.error().kind != StorageError::Kind::NotFound) {
            emit storageFailed(sending.error());
            m_stopDispatch = true;
        }
        --m_total;
        return;
    }
    OutboxEntry sent = entry;
    sent.state = OutboxState::Sending;
    ++sent.attempts;
    if (PortalCall *call = dispatch(sent)) {
        m_inFlight.insert(sent.customerId, call);
        return;
    }
    // The payload cannot be turned into a request: refused for good, with the reason.
    failEntry(sent, undecodablePayload(sent));
}

PortalCall *SyncPusher::dispatch(const OutboxEntry &entry)
{
    const ChangeGuard guard = guardOf(entry);
    auto onCustomer = [this, entry](const PortalResult<Customer> &result) {
        OutboxSuccess success;
        if (result.ok())
            success.customer = result.value();
        onAnswer(entry, result.ok() ? nullptr : &result.error(), success);
    };
    auto onApplication = [this, entry](const PortalResult<CreditApplication> &result) {
        OutboxSuccess success;
        if (result.ok()) {
            success.creditApplication = toJson(result.value());
            success.creditApplicationEtag = result.value().etag();
        }
        onAnswer(entry, result.ok() ? nullptr : &result.error(), success);
    };

    const std::optional<OutboxEdit> edit = outboxEditOf(entry);
    if (!edit)
        return nullptr;
    if (const auto *emails = std::get_if<InvoiceEmailsEdit>(&*edit))
        return m_client.putInvoiceEmails(entry.customerId, emails->emails, guard, this, onCustomer);
    if (const auto *terms = std::get_if<PaymentTermsEdit>(&*edit))
        return m_client.putPaymentTerms(entry.customerId, terms->terms, guard, this, onCustomer);
    if (const auto *ach = std::get_if<AchManualEnableEdit>(&*edit))
        return m_client.manualEnableAch(entry.customerId, ach->reason, guard, this, onCustomer);
    if (const auto *submit = std::get_if<CreditApplicationSubmitEdit>(&*edit)) {
        return m_client.createCreditApplication(entry.customerId, submit->application, guard, this,
                                                onApplication);
    }
    if (const auto *resend = std::get_if<InvoiceResendEdit>(&*edit)) {
        // No If-Match: sending again cannot conflict. The key alone keeps a retry, a replay
        // after a lost answer or a second push from sending it twice.
        return m_client.sendInvoice(resend->invoiceId, guard.idempotencyKey, this,
                                    [this, entry](const PortalResult<InvoiceDelivery> &result) {
                                        OutboxSuccess success;
                                        if (result.ok())
                                            success.invoiceDelivery = result.value();
                                        onAnswer(entry, result.ok() ? nullptr : &result.error(),
                                                 success);
                                    });
    }
    if (const auto *decided = std::get_if<CreditDecisionEdit>(&*edit)) {
        if (!entry.applicationId)
            return nullptr;
        const CreditDecisionRequest decision = decided->decision;
        // An approval changes the customer's limit: take its new copy along with the answer.
        auto onDecision = [this, entry](const PortalResult<CreditApplication> &result) {
            if (!result.ok()) {
                onAnswer(entry, &result.error(), {});
                return;
            }
            OutboxSuccess success;
            success.creditApplication = toJson(result.value());
            success.creditApplicationEtag = result.value().etag();
            m_inFlight.insert(entry.customerId,
                              m_client.getCustomer(
                                  entry.customerId, {}, this,
                                  [this, entry, success](const PortalResult<CustomerFetch> &fetch) {
                                      OutboxSuccess both = success;
                                      if (fetch.ok() && !fetch->notModified)
                                          both.customer = fetch->customer;
                                      onAnswer(entry, nullptr, both);
                                  }));
        };
        return m_client.decideCreditApplication(*entry.applicationId, decision, guard, this,
                                                onDecision);
    }
    return nullptr;
}

void SyncPusher::onAnswer(const OutboxEntry &entry, const PortalError *error,
                          const OutboxSuccess &success)
{
    if (!error) {
        settle(entry, Settlement::Applied, nullptr, m_cache.outbox().complete(entry.id, success));
        return;
    }
    if (error->kind == Kind::PreconditionFailed) {
        onPreconditionFailed(entry, *error);
        return;
    }
    if (error->kind == Kind::Unauthorized) {
        m_summary.authenticationRequired = true;
        m_stopDispatch = true;
        deferEntry(entry, *error);
        return;
    }
    if (error->kind == Kind::Cancelled || error->isTransient()) {
        if (isConnectivityFailure(*error) || error->kind == Kind::Cancelled)
            m_stopDispatch = true;
        deferEntry(entry, *error);
        return;
    }
    failEntry(entry, *error);
}

void SyncPusher::onPreconditionFailed(const OutboxEntry &entry, const PortalError &error)
{
    if (entry.kind == EditKind::InvoiceResend) {
        // It takes no precondition, so there are no two versions to choose from: refused.
        failEntry(entry, error);
        return;
    }
    if (entry.kind == EditKind::CreditDecision) {
        // The application changed (decided by someone else): refused, and its current state
        // is taken into the cache so the queue shows it.
        m_inFlight.insert(entry.customerId,
                          m_client.getCreditApplication(
                              *entry.applicationId, this,
                              [this, entry, error](const PortalResult<CreditApplication> &result) {
                                  if (result.ok()) {
                                      if (auto record = CreditApplicationStore::recordFromJson(
                                              toJson(result.value()), result.value().etag())) {
                                          if (StorageStatus stored
                                              = m_cache.creditApplications().store({*record});
                                              !stored)
                                              emit storageFailed(stored.error());
                                      }
                                  }
                                  failEntry(entry, error);
                              }));
        return;
    }
    // Keep both versions: fetch "theirs" and mark the conflict.
    m_inFlight.insert(
        entry.customerId,
        m_client.getCustomer(entry.customerId, {}, this,
                             [this, entry](const PortalResult<CustomerFetch> &fetch) {
                                 if (!fetch.ok()) {
                                     onAnswer(entry, &fetch.error(), {});
                                     return;
                                 }
                                 settle(entry, Settlement::Conflict, nullptr,
                                        m_cache.outbox().markConflict(entry.id, fetch->customer));
                             }));
}

void SyncPusher::deferEntry(const OutboxEntry &entry, const PortalError &error)
{
    // Cancelled and 401 are no failure of the entry: it may go again at once.
    QDateTime next = QDateTime::currentDateTimeUtc();
    if (error.kind != Kind::Cancelled && error.kind != Kind::Unauthorized) {
        const auto delay = m_options.outboxRetry.delayBeforeRetry(
            std::max(1, entry.attempts), m_random.generateDouble(), error.retryAfter);
        next = next.addMSecs(delay.count());
    }
    settle(entry, Settlement::Deferred, &error,
           m_cache.outbox().markRetry(entry.id, error.message(), next));
}

void SyncPusher::failEntry(const OutboxEntry &entry, const PortalError &error)
{
    settle(entry, Settlement::Failed, &error,
           m_cache.outbox().markFailed(entry.id, error.message(), error.fieldErrors));
}

void SyncPusher::settle(const OutboxEntry &entry, Settlement settlement, const PortalError *error,
                        const StorageStatus &status)
{
    m_inFlight.remove(entry.customerId);
    ++m_done;
    if (!status) {
        // The portal's answer could not be recorded; the entry stays as it was in the cache
        // (at worst `sending`, which goes back to pending when the cache is opened again and
        // is then replayed by the portal thanks to its idempotency key).
        qCWarning(lcPortal) << "outbox entry" << entry.id
                            << "not updated:" << status.error().message;
        emit storageFailed(status.error());
        m_blockedCustomers.insert(entry.customerId);
        ++m_summary.deferred;
    } else {
        switch (settlement) {
        case Settlement::Applied:
            ++m_summary.applied;
            emit entryApplied(entry.id, entry.customerId);
            followUp(entry.customerId);
            break;
        case Settlement::Conflict:
            ++m_summary.conflicts;
            m_blockedCustomers.insert(entry.customerId);
            emit entryConflict(entry.id, entry.customerId);
            break;
        case Settlement::Failed:
            ++m_summary.failed;
            m_blockedCustomers.insert(entry.customerId);
            emit entryFailed(entry.id, entry.customerId, *error);
            break;
        case Settlement::Deferred:
            ++m_summary.deferred;
            m_blockedCustomers.insert(entry.customerId);
            emit entryDeferred(entry.id, entry.customerId, *error);
            break;
        }
    }
    emit progress(m_done, m_total);
    pump();
    finishIfIdle();
}

void SyncPusher::followUp(qint64 customerId)
{
    if (m_stopDispatch)
        return;
    // The customer's next entry may go now that the previous one was accepted.
    const auto entries = m_cache.outbox().entriesFor(customerId);
    if (!entries || entries->isEmpty())
        return;
    const OutboxEntry &next = entries->first();
    if (next.state != OutboxState::Pending || next.nextAttemptAt > cutoff()
        || m_attempted.contains(next.id)) {
        return;
    }
    m_queue.push_front(next);
    ++m_total;
}

void SyncPusher::finishIfIdle()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    if (!m_stopDispatch && !m_queue.empty())
        return;
    m_running = false;
    m_queue.clear();
    qCDebug(lcPortal) << "push round done: applied" << m_summary.applied << "conflicts"
                      << m_summary.conflicts << "failed" << m_summary.failed << "deferred"
                      << m_summary.deferred;
    emit finished(m_summary);
}

} // namespace pac
