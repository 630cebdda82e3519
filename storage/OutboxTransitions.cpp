// OutboxStore: the state changes of existing entries (see OutboxStore.cpp for creating and
// reading them). Each runs in one transaction with the matching change of the local view.

#include "storage/CacheConnection.h"
#include "storage/CreditApplicationRows.h"
#include "storage/CustomerRecords.h"
#include "storage/InvoiceRows.h"
#include "storage/LocalEdits.h"
#include "storage/Log.h"
#include "storage/OutboxRows.h"
#include "storage/OutboxStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>
#include <initializer_list>

namespace pac {

namespace {

// Some transitions need not survive a power cut: losing them leaves the entry pending or
// sending, and it is resent with the same idempotency key, which the portal replays. What the
// user decided (resolutions, edits, drops) and what the portal refused must survive.
using Change = std::function<StorageStatus(CustomerRecords &, const OutboxEntry &)>;

QString describe(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return OutboxStore::tr("waiting to be sent");
    case OutboxState::Sending:
        return OutboxStore::tr("being sent");
    case OutboxState::Conflict:
        return OutboxStore::tr("in conflict");
    case OutboxState::Failed:
        return OutboxStore::tr("refused by the portal");
    }
    return {};
}

template<typename... Values>
StorageStatus run(CacheConnection &connection, const QString &sql, const Values &...values)
{
    PreparedQuery query = connection.prepared(sql);
    (query->addBindValue(QVariant::fromValue(values)), ...);
    if (!query->exec())
        return CustomerRecords::sqlError(*query);
    return {};
}

StorageStatus transition(CacheConnection &connection, qint64 id, const QString &label,
                         Durability durability, std::initializer_list<OutboxState> allowed,
                         const Change &change)
{
    SqlTransaction transaction(connection, label, durability);
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun;
    auto found = [&] {
        PreparedQuery query = connection.prepared(QStringLiteral("SELECT ") + outboxrows::columns()
                                                  + QStringLiteral(" FROM outbox WHERE id = ?"));
        query->addBindValue(id);
        return outboxrows::entries(*query);
    }();
    if (!found)
        return found.error();
    if (found.value().isEmpty()) {
        return StorageError::make(StorageError::Kind::NotFound,
                                  OutboxStore::tr("The pending edit %1 no longer exists.").arg(id));
    }
    const OutboxEntry entry = found.value().constFirst();
    if (std::find(allowed.begin(), allowed.end(), entry.state) == allowed.end()) {
        return StorageError::make(StorageError::Kind::InvalidState,
                                  OutboxStore::tr("The edit %1 is %2; it cannot be changed that "
                                                  "way now.")
                                      .arg(id)
                                      .arg(describe(entry.state)),
                                  label);
    }
    CustomerRecords records(connection);
    if (StorageStatus changed = change(records, entry); !changed)
        return changed;
    return transaction.commit();
}

QString etagText(const QByteArray &etag)
{
    return QString::fromLatin1(etag);
}

// The portal's answer is about the customer the entry edits.
StorageStatus checkCustomer(const OutboxEntry &entry, const Customer &server)
{
    if (server.id != entry.customerId) {
        return StorageError::make(StorageError::Kind::InvalidInput,
                                  OutboxStore::tr("The portal answered with customer %1 for an "
                                                  "edit of customer %2.")
                                      .arg(server.id)
                                      .arg(entry.customerId));
    }
    return {};
}

// Stores what the portal sent as the customer's server copy (a newer stored copy wins).
StorageStatus storeServerCopy(CustomerRecords &records, const OutboxEntry &entry,
                              const Customer &server)
{
    if (StorageStatus checked = checkCustomer(entry, server); !checked)
        return checked;
    const auto stored = records.storeServerCopy(server);
    if (!stored)
        return stored.error();
    return {};
}

// Re-queues a conflicting entry on the ETag of "theirs" with a fresh idempotency key.
StorageStatus requeueOnTheirs(CustomerRecords &records, CacheConnection &connection,
                              const OutboxEntry &entry, const QJsonObject &payload)
{
    QByteArray theirs;
    if (entry.conflictServerCopy) {
        theirs = entry.conflictServerCopy->etag();
    } else {
        const auto stored = records.load(entry.customerId);
        if (!stored)
            return stored.error();
        if (stored.value())
            theirs = stored.value()->server.etag();
    }
    if (StorageStatus updated
        = run(connection,
              QStringLiteral("UPDATE outbox SET payload = ?, base_etag = ?, idempotency_key = ?, "
                             "state = 'pending', attempts = 0, next_attempt_at = ?, "
                             "last_error = '', last_field_errors = '[]', "
                             "conflict_server_json = NULL WHERE id = ?"),
              outboxrows::jsonText(payload), etagText(theirs), outboxrows::newKey(),
              QDateTime::currentMSecsSinceEpoch(), entry.id);
        !updated) {
        return updated;
    }
    return records.refreshLocalView(entry.customerId);
}

} // namespace

StorageStatus OutboxStore::markSending(qint64 id)
{
    return transition(m_connection, id, QStringLiteral("outbox sending"), Durability::Normal,
                      {OutboxState::Pending}, [this, id](CustomerRecords &, const OutboxEntry &) {
                          return run(m_connection,
                                     QStringLiteral("UPDATE outbox SET state = 'sending', "
                                                    "attempts = attempts + 1 WHERE id = ?"),
                                     id);
                      });
}

StorageStatus OutboxStore::markRetry(qint64 id, const QString &error,
                                     const QDateTime &nextAttemptAt)
{
    return transition(
        m_connection, id, QStringLiteral("outbox retry"), Durability::Normal,
        {OutboxState::Sending, OutboxState::Pending}, [&](CustomerRecords &, const OutboxEntry &) {
            return run(m_connection,
                       QStringLiteral("UPDATE outbox SET state = 'pending', "
                                      "last_error = ?, next_attempt_at = ? "
                                      "WHERE id = ?"),
                       CustomerRecords::notNull(error), nextAttemptAt.toMSecsSinceEpoch(), id);
        });
}

StorageStatus OutboxStore::complete(qint64 id, const OutboxSuccess &result)
{
    std::optional<CreditApplicationRecord> application;
    if (result.creditApplication) {
        QString badField;
        application = CreditApplicationStore::recordFromJson(
            *result.creditApplication, result.creditApplicationEtag, &badField);
        if (!application) {
            return StorageError::make(StorageError::Kind::InvalidInput,
                                      tr("The portal's credit application has an invalid "
                                         "“%1”.")
                                          .arg(badField));
        }
    }
    return transition(
        m_connection, id, QStringLiteral("outbox complete"), Durability::Normal,
        {OutboxState::Sending, OutboxState::Pending},
        [&](CustomerRecords &records, const OutboxEntry &entry) -> StorageStatus {
            if (StorageStatus removed
                = run(m_connection, QStringLiteral("DELETE FROM outbox WHERE id = ?"), entry.id);
                !removed) {
                return removed;
            }
            // An entry of a bulk change: its item records that it reached the portal, and the
            // version it made (what an undo of the batch is based on).
            if (StorageStatus noted
                = run(m_connection,
                      QStringLiteral(
                          "UPDATE bulk_items SET sent = 1, sent_etag = ? WHERE outbox_id = ?"),
                      result.customer ? etagText(result.customer->etag()) : QString(), entry.id);
                !noted) {
                return noted;
            }
            // The row is written once: with the portal's copy and the view of the edits left.
            bool viewWritten = false;
            if (result.customer) {
                if (StorageStatus checked = checkCustomer(entry, *result.customer); !checked)
                    return checked;
                const auto stored = records.storeServerCopyWithLocalView(*result.customer);
                if (!stored)
                    return stored.error();
                viewWritten = stored.value();
                // The later edits were made on top of this one: they are based on what the
                // portal returned now, not on the ETag this one was sent with.
                if (StorageStatus rebased
                    = run(m_connection,
                          QStringLiteral("UPDATE outbox SET base_etag = ? WHERE customer_id = ? "
                                         "AND base_etag = ? AND state = 'pending'"),
                          etagText(result.customer->etag()), entry.customerId,
                          etagText(entry.baseEtag));
                    !rebased) {
                    return rebased;
                }
            }
            if (application) {
                if (StorageStatus stored = writeCreditApplication(m_connection, *application);
                    !stored)
                    return stored;
            }
            // A resend: the delivery the portal recorded shows in the invoice's log at once.
            if (result.invoiceDelivery) {
                const std::optional<OutboxEdit> edit = outboxEditOf(entry);
                if (const auto *resend = edit ? std::get_if<InvoiceResendEdit>(&*edit) : nullptr) {
                    if (StorageStatus added
                        = addCachedDelivery(m_connection, entry.customerId, resend->invoiceId,
                                            *result.invoiceDelivery);
                        !added)
                        return added;
                }
            }
            if (viewWritten)
                return {};
            return records.refreshLocalView(entry.customerId);
        });
}

StorageStatus OutboxStore::markConflict(qint64 id, const Customer &serverCopy)
{
    return transition(
        m_connection, id, QStringLiteral("outbox conflict"), Durability::Full,
        {OutboxState::Sending, OutboxState::Pending},
        [&](CustomerRecords &records, const OutboxEntry &entry) -> StorageStatus {
            if (StorageStatus stored = storeServerCopy(records, entry, serverCopy); !stored)
                return stored;
            if (StorageStatus updated
                = run(m_connection,
                      QStringLiteral("UPDATE outbox SET state = 'conflict', "
                                     "conflict_server_json = ?, last_error = ? WHERE id = ?"),
                      CustomerRecords::toJsonText(serverCopy),
                      tr("The customer was changed by someone else in the meantime."), entry.id);
                !updated) {
                return updated;
            }
            return records.refreshLocalView(entry.customerId);
        });
}

StorageStatus OutboxStore::markFailed(qint64 id, const QString &error,
                                      const QList<FieldError> &fieldErrors)
{
    return transition(
        m_connection, id, QStringLiteral("outbox failed"), Durability::Full,
        {OutboxState::Sending, OutboxState::Pending},
        [&](CustomerRecords &records, const OutboxEntry &entry) -> StorageStatus {
            const QString errors = QString::fromUtf8(
                QJsonDocument(toJson(fieldErrors)).toJson(QJsonDocument::Compact));
            if (StorageStatus updated
                = run(m_connection,
                      QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, "
                                     "last_field_errors = ? WHERE id = ?"),
                      CustomerRecords::notNull(error), errors, entry.id);
                !updated) {
                return updated;
            }
            return records.refreshLocalView(entry.customerId);
        });
}

StorageStatus OutboxStore::resolveKeepMine(qint64 id)
{
    return transition(m_connection, id, QStringLiteral("outbox keep mine"), Durability::Full,
                      {OutboxState::Conflict},
                      [&](CustomerRecords &records, const OutboxEntry &entry) {
                          return requeueOnTheirs(records, m_connection, entry, entry.payload);
                      });
}

StorageStatus OutboxStore::resolveKeepTheirs(qint64 id)
{
    return drop(id);
}

StorageStatus OutboxStore::resolveMerged(qint64 id, const QJsonObject &payload)
{
    return transition(m_connection, id, QStringLiteral("outbox merged"), Durability::Full,
                      {OutboxState::Conflict},
                      [&](CustomerRecords &records, const OutboxEntry &entry) -> StorageStatus {
                          if (const auto problem = LocalEdits::payloadProblem(entry.kind, payload))
                              return StorageError::make(StorageError::Kind::InvalidInput, *problem);
                          return requeueOnTheirs(records, m_connection, entry, payload);
                      });
}

StorageStatus OutboxStore::editPayload(qint64 id, const QJsonObject &payload)
{
    return transition(
        m_connection, id, QStringLiteral("outbox edit"), Durability::Full,
        {OutboxState::Failed, OutboxState::Pending},
        [&](CustomerRecords &records, const OutboxEntry &entry) -> StorageStatus {
            if (const auto problem = LocalEdits::payloadProblem(entry.kind, payload))
                return StorageError::make(StorageError::Kind::InvalidInput, *problem);
            const auto stored = records.load(entry.customerId);
            if (!stored)
                return stored.error();
            // The user edits what they see now: base it on the current server copy.
            const QByteArray base = stored.value() ? stored.value()->server.etag() : entry.baseEtag;
            if (StorageStatus updated
                = run(m_connection,
                      QStringLiteral("UPDATE outbox SET payload = ?, base_etag = ?, "
                                     "idempotency_key = ?, state = 'pending', attempts = 0, "
                                     "next_attempt_at = ?, last_error = '', "
                                     "last_field_errors = '[]' WHERE id = ?"),
                      outboxrows::jsonText(payload), etagText(base), outboxrows::newKey(),
                      QDateTime::currentMSecsSinceEpoch(), entry.id);
                !updated) {
                return updated;
            }
            return records.refreshLocalView(entry.customerId);
        });
}

StorageStatus OutboxStore::drop(qint64 id)
{
    return transition(
        m_connection, id, QStringLiteral("outbox drop"), Durability::Full,
        {OutboxState::Pending, OutboxState::Conflict, OutboxState::Failed},
        [&](CustomerRecords &records, const OutboxEntry &entry) -> StorageStatus {
            if (StorageStatus removed
                = run(m_connection, QStringLiteral("DELETE FROM outbox WHERE id = ?"), entry.id);
                !removed) {
                return removed;
            }
            return records.refreshLocalView(entry.customerId);
        });
}

StorageResult<int> OutboxStore::recoverInterrupted()
{
    SqlTransaction transaction(m_connection, QStringLiteral("outbox recovery"));
    if (StorageStatus begun = transaction.begun(); !begun)
        return begun.error();
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'sending'")))
        return CustomerRecords::sqlError(query);
    const int recovered = query.numRowsAffected();
    if (StorageStatus committed = transaction.commit(); !committed)
        return committed.error();
    if (recovered > 0)
        qCInfo(lcStorage) << recovered << "interrupted outbox entries will be sent again";
    return recovered;
}

} // namespace pac
