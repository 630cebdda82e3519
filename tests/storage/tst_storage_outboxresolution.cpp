#include "OutboxTestSupport.h"

#include <QTest>

using namespace pac;
using namespace pac::test;

// After the portal answered: conflicts keep both versions until resolved (mine, theirs,
// merged), refusals keep their errors until edited or dropped, and each kind of edit shows
// in the local view.
class TestStorageOutboxResolution : public QObject, private OutboxFixture
{
    Q_OBJECT

private slots:
    void init() { openFresh(); }
    void cleanup() { checkAndClose(); }

    void conflictKeepsBothVersions()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("mine@example.com")}));
        const OutboxEntry later = enqueue(termsEdit(1, QStringLiteral("net15")));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const Customer theirs = accepted(sampleCustomer(1), {QStringLiteral("theirs@example.com")});
        PAC_VERIFY_OK(m_cache->outbox().markConflict(e.id, theirs));

        const OutboxEntry conflict = entry(e.id);
        QCOMPARE(conflict.state, OutboxState::Conflict);
        QCOMPARE(conflict.conflictServerCopy, std::optional<Customer>(theirs));
        QCOMPARE(conflict.payload, emails({QStringLiteral("mine@example.com")}));
        const CachedCustomer c = customer(1);
        QCOMPARE(c.server, theirs);
        QCOMPARE(c.shown().invoiceEmails, QStringList {QStringLiteral("mine@example.com")});
        QVERIFY(c.flags.conflict);
        QCOMPARE(readyIds(), QList<qint64> {}); // the conflict holds back the later edit
        QCOMPARE(m_cache->outbox().counts().value().conflict, 1);
        Q_UNUSED(later)
    }

    void resolveKeepMine()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("mine@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const Customer theirs = accepted(sampleCustomer(1), {QStringLiteral("theirs@example.com")});
        PAC_VERIFY_OK(m_cache->outbox().markConflict(e.id, theirs));
        PAC_VERIFY_OK(m_cache->outbox().resolveKeepMine(e.id));
        const OutboxEntry mine = entry(e.id);
        QCOMPARE(mine.state, OutboxState::Pending);
        QCOMPARE(mine.baseEtag, theirs.etag());
        QVERIFY(mine.idempotencyKey != e.idempotencyKey);
        QVERIFY(!mine.conflictServerCopy.has_value());
        QCOMPARE(mine.attempts, 0);
        QCOMPARE(customer(1).shown().invoiceEmails,
                 QStringList {QStringLiteral("mine@example.com")});
        QVERIFY(!customer(1).flags.conflict);
        QCOMPARE(readyIds(), QList<qint64> {e.id});
    }

    void resolveKeepTheirs()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("mine@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const Customer theirs = accepted(sampleCustomer(1), {QStringLiteral("theirs@example.com")});
        PAC_VERIFY_OK(m_cache->outbox().markConflict(e.id, theirs));
        PAC_VERIFY_OK(m_cache->outbox().resolveKeepTheirs(e.id));
        QVERIFY(!m_cache->outbox().find(e.id).value().has_value());
        const CachedCustomer c = customer(1);
        QVERIFY(!c.local.has_value());
        QCOMPARE(c.shown(), theirs);
        QCOMPARE(c.flags, CustomerEditFlags {});
    }

    void resolveMerged()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("mine@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const Customer theirs = accepted(sampleCustomer(1), {QStringLiteral("theirs@example.com")});
        PAC_VERIFY_OK(m_cache->outbox().markConflict(e.id, theirs));
        const QStringList merged {QStringLiteral("theirs@example.com"),
                                  QStringLiteral("mine@example.com")};
        const auto refused = m_cache->outbox().resolveMerged(e.id, {{QStringLiteral("emails"), 1}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::InvalidInput);
        QCOMPARE(entry(e.id).state, OutboxState::Conflict);

        PAC_VERIFY_OK(m_cache->outbox().resolveMerged(e.id, emails(merged)));
        const OutboxEntry m = entry(e.id);
        QCOMPARE(m.state, OutboxState::Pending);
        QCOMPARE(m.payload, emails(merged));
        QCOMPARE(m.baseEtag, theirs.etag());
        QVERIFY(m.idempotencyKey != e.idempotencyKey);
        QCOMPARE(customer(1).shown().invoiceEmails, merged);
    }

    void refusedEditKeepsItsErrorUntilEditedOrDropped()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("bad@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const QList<FieldError> errors {{QStringLiteral("emails[0]"),
                                         QStringLiteral("invalid_email"),
                                         QStringLiteral("“bad@example.com” is refused")}};
        PAC_VERIFY_OK(
            m_cache->outbox().markFailed(e.id, QStringLiteral("Validation failed"), errors));
        OutboxEntry failed = entry(e.id);
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.lastError, QStringLiteral("Validation failed"));
        QCOMPARE(failed.lastFieldErrors, errors);
        CachedCustomer c = customer(1);
        QVERIFY(c.flags.failed);
        QCOMPARE(c.shown(), sampleCustomer(1)); // refused: not shown as if it were applied
        QCOMPARE(readyIds(), QList<qint64> {});

        // Meanwhile the portal's copy moved on; the corrected edit rests on it.
        Customer moved = sampleCustomer(1);
        moved.version = 3;
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({moved}));
        PAC_VERIFY_OK(
            m_cache->outbox().editPayload(e.id, emails({QStringLiteral("good@example.com")})));
        const OutboxEntry edited = entry(e.id);
        QCOMPARE(edited.state, OutboxState::Pending);
        QVERIFY(edited.idempotencyKey != e.idempotencyKey);
        QCOMPARE(edited.baseEtag, moved.etag());
        QVERIFY(edited.lastError.isEmpty());
        QVERIFY(edited.lastFieldErrors.isEmpty());
        QCOMPARE(customer(1).shown().invoiceEmails,
                 QStringList {QStringLiteral("good@example.com")});

        PAC_VERIFY_OK(m_cache->outbox().drop(e.id));
        QCOMPARE(m_cache->outbox().counts().value().total(), 0);
        QVERIFY(!customer(1).local.has_value());
    }

    void transitionsCheckTheState()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        QCOMPARE(m_cache->outbox().resolveKeepMine(e.id).error().kind,
                 StorageError::Kind::InvalidState);
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        QCOMPARE(m_cache->outbox().markSending(e.id).error().kind,
                 StorageError::Kind::InvalidState);
        QCOMPARE(m_cache->outbox().drop(e.id).error().kind, StorageError::Kind::InvalidState);
        QCOMPARE(m_cache->outbox().markSending(4242).error().kind, StorageError::Kind::NotFound);
        const auto wrong
            = m_cache->outbox().complete(e.id, OutboxSuccess {sampleCustomer(2), {}, {}});
        QCOMPARE(wrong.error().kind, StorageError::Kind::InvalidInput);
        QCOMPARE(entry(e.id).state, OutboxState::Sending); // nothing half-done
    }

    void localViewOfEachKind()
    {
        PAC_VERIFY_OK(m_cache->meta().bindAccount(
            QUrl(QStringLiteral("http://127.0.0.1:1")),
            CacheUser {4, QStringLiteral("Support One"), Role::Support}));
        NewEdit ach;
        ach.customerId = 2;
        ach.kind = EditKind::AchManualEnable;
        ach.payload = {{QStringLiteral("reason"), QStringLiteral(" Long-standing customer ")}};
        ach.baseEtag = "\"1\"";
        const OutboxEntry achEntry = enqueue(ach);
        const Customer viewAch = customer(2).shown();
        // No bank account on file: `eligible`, as the portal answers (it used to show
        // `enabled` here until the next sync corrected it).
        QCOMPARE(viewAch.ach.status, AchStatus::Eligible);
        QCOMPARE(viewAch.ach.reason, AchReason::Manual);
        QVERIFY(!viewAch.ach.eligibleOn.has_value());
        QVERIFY(viewAch.ach.enabledBy.has_value());
        QCOMPARE(viewAch.ach.enabledBy->by, (PersonRef {4, QStringLiteral("Support One")}));
        QCOMPARE(viewAch.ach.enabledBy->reason, QStringLiteral("Long-standing customer"));
        QCOMPARE(viewAch.ach.enabledBy->at, achEntry.createdAt);

        NewEdit decision;
        decision.customerId = 3;
        decision.applicationId = 77;
        decision.kind = EditKind::CreditDecision;
        decision.payload = {{QStringLiteral("decision"), QStringLiteral("approve")},
                            {QStringLiteral("approved_limit_cents"), 250000},
                            {QStringLiteral("note"), QStringLiteral("ok")}};
        decision.baseEtag = "\"2\"";
        const OutboxEntry d = enqueue(decision);
        QCOMPARE(d.applicationId, std::optional<qint64>(77));
        QCOMPARE(entry(d.id).applicationId, std::optional<qint64>(77));
        QCOMPARE(customer(3).shown().creditLimitCents, 250000);

        Customer rich = sampleCustomer(1);
        rich.creditLimitCents = 90000;
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({rich}));
        enqueue(termsEdit(1, QStringLiteral("net15")));
        QCOMPARE(customer(1).shown().creditLimitCents, 90000); // a higher limit is kept
    }

    void submittingADraftConsumesItAndTracksTheApplication()
    {
        const auto draft = m_cache->drafts().create(
            2, {{QStringLiteral("legal_name"), QStringLiteral("Two LLC")}});
        PAC_VERIFY_OK(draft);
        NewEdit submit;
        submit.customerId = 2;
        submit.kind = EditKind::CreditApplicationSubmit;
        submit.payload = draft.value().content;
        submit.baseEtag = "\"1\"";
        submit.consumedDraftId = draft.value().id;
        const OutboxEntry e = enqueue(submit);
        QVERIFY(e.id > 0);
        QVERIFY(!m_cache->drafts().find(draft.value().id).value().has_value());
        QCOMPARE(customer(2).shown(), sampleCustomer(2)); // no visible change until decided

        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const QJsonObject application {{QStringLiteral("id"), 31},
                                       {QStringLiteral("customer_id"), 2},
                                       {QStringLiteral("version"), 1},
                                       {QStringLiteral("status"), QStringLiteral("submitted")},
                                       {QStringLiteral("legal_name"), QStringLiteral("Two LLC")}};
        OutboxSuccess success;
        success.creditApplication = application;
        PAC_VERIFY_OK(m_cache->outbox().complete(e.id, success));
        const auto record = m_cache->creditApplications().find(31);
        PAC_VERIFY_OK(record);
        QVERIFY(record.value().has_value());
        QCOMPARE(record.value()->status, CreditApplicationStatus::Submitted);
        QCOMPARE(record.value()->etag, QByteArray("\"1\""));
        QVERIFY(customer(2).flags.submittedCreditApplication);
        QCOMPARE(m_cache->outbox().counts().value().total(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorageOutboxResolution)
#include "tst_storage_outboxresolution.moc"
