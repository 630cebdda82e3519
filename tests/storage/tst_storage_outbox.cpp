#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pac;
using namespace pac::test;

// The outbox: every edit is saved with the local view in one durable transaction, sent in
// order per customer, recovered after a crash, and kept through conflicts and refusals.
class TestStorageOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

    static QJsonObject emails(const QStringList &list)
    {
        return {{QStringLiteral("emails"), QJsonArray::fromStringList(list)}};
    }

    static NewEdit emailEdit(qint64 customerId, const QStringList &list,
                             const QByteArray &base = "\"1\"")
    {
        NewEdit edit;
        edit.customerId = customerId;
        edit.kind = EditKind::InvoiceEmails;
        edit.payload = emails(list);
        edit.baseEtag = base;
        return edit;
    }

    static NewEdit termsEdit(qint64 customerId, const QString &terms,
                             const QByteArray &base = "\"1\"")
    {
        NewEdit edit;
        edit.customerId = customerId;
        edit.kind = EditKind::PaymentTerms;
        edit.payload = {{QStringLiteral("terms"), terms}};
        edit.baseEtag = base;
        return edit;
    }

    OutboxEntry enqueue(const NewEdit &edit)
    {
        auto entry = m_cache->outbox().enqueue(edit);
        if (!entry) {
            qWarning("enqueue failed: %s %s", qPrintable(entry.error().message),
                     qPrintable(entry.error().detail));
            return {};
        }
        return entry.value();
    }

    CachedCustomer customer(qint64 id)
    {
        const auto found = m_cache->customers().find(id);
        if (!found || !found.value())
            return {};
        return *found.value();
    }

    OutboxEntry entry(qint64 id)
    {
        const auto found = m_cache->outbox().find(id);
        return found && found.value() ? *found.value() : OutboxEntry {};
    }

    QList<qint64> readyIds(const QDateTime &now = QDateTime::currentDateTimeUtc().addSecs(1))
    {
        QList<qint64> ids;
        const auto ready = m_cache->outbox().readyToSend(now);
        if (ready) {
            for (const OutboxEntry &e : ready.value())
                ids.append(e.id);
        }
        return ids;
    }

    // The portal's answer to an accepted invoice emails edit.
    static Customer accepted(Customer base, const QStringList &list)
    {
        base.invoiceEmails = list;
        ++base.version;
        return base;
    }

private slots:
    void init()
    {
        m_cache.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_cache = openCache(m_dir);
        QVERIFY(m_cache);
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(sampleCustomers(1, 3)));
    }

    void cleanup()
    {
        if (m_cache)
            QCOMPARE(m_cache->integrityCheck().value(), QStringLiteral("ok"));
        m_cache.reset();
    }

    void enqueueUpdatesTheLocalViewAndQueues()
    {
        const QStringList mine {QStringLiteral("ap@acme.example"),
                                QStringLiteral("cfo@acme.example")};
        const OutboxEntry e = enqueue(emailEdit(1, mine));
        QVERIFY(e.id > 0);
        QCOMPARE(e.state, OutboxState::Pending);
        QCOMPARE(e.baseEtag, QByteArray("\"1\""));
        QVERIFY(!QUuid::fromString(e.idempotencyKey).isNull());
        QCOMPARE(entry(e.id).idempotencyKey, e.idempotencyKey);
        QCOMPARE(entry(e.id).payload, emails(mine));

        const CachedCustomer c = customer(1);
        QCOMPARE(c.server, sampleCustomer(1));
        QVERIFY(c.local.has_value());
        QCOMPARE(c.shown().invoiceEmails, mine);
        QCOMPARE(c.flags.pendingEdits, 1);
        QCOMPARE(m_cache->customers().searchIds(QStringLiteral("cfo@acme")).value(),
                 QList<qint64> {1});
        QCOMPARE(readyIds(), QList<qint64> {e.id});
    }

    void outboxWritesAreDurable()
    {
        QList<CacheConnection::CommitInfo> commits;
        m_cache->connection().setCommitObserver(
            [&](const CacheConnection::CommitInfo &info) { commits.append(info); });
        enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({sampleCustomer(2)}));
        m_cache->connection().setCommitObserver({});
        QCOMPARE(commits.size(), 2);
        QCOMPARE(commits[0].label, QStringLiteral("outbox enqueue"));
        QCOMPARE(commits[0].synchronous, 2); // FULL in effect when the edit committed
        QCOMPARE(commits[1].label, QStringLiteral("customer page"));
        QCOMPARE(commits[1].synchronous, 1); // NORMAL for what the portal can send again
        QSqlQuery query(m_cache->connection().database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void failedInsertLeavesTheLocalViewUnchanged()
    {
        QSqlQuery query(m_cache->connection().database());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.outbox "
                                          "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const auto result
            = m_cache->outbox().enqueue(emailEdit(1, {QStringLiteral("x@example.com")}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StorageError::Kind::Sql);
        QVERIFY(result.error().detail.contains(QStringLiteral("disk full")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER temp.refuse")));

        const CachedCustomer c = customer(1);
        QVERIFY(!c.local.has_value());
        QCOMPARE(c.shown(), sampleCustomer(1));
        QCOMPARE(m_cache->outbox().counts().value().total(), 0);
        QCOMPARE(m_cache->customers().searchIds(QStringLiteral("x@example")).value(),
                 QList<qint64> {});
    }

    void failureAfterTheInsertRollsBackTheInsertToo()
    {
        NewEdit edit = emailEdit(1, {QStringLiteral("x@example.com")});
        edit.consumedDraftId = QStringLiteral("no-such-draft");
        const auto result = m_cache->outbox().enqueue(edit);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StorageError::Kind::NotFound);
        QCOMPARE(m_cache->outbox().counts().value().total(), 0);
        QVERIFY(!customer(1).local.has_value());
    }

    void refusesMalformedEdits_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<qint64>("customerId");
        QTest::addColumn<int>("expectedKind");
        const int invalid = int(StorageError::Kind::InvalidInput);
        QTest::newRow("emails not a list")
            << int(EditKind::InvoiceEmails) << QJsonObject {{QStringLiteral("emails"), 5}}
            << QByteArray("\"1\"") << qint64(1) << invalid;
        QTest::newRow("email not a string")
            << int(EditKind::InvoiceEmails)
            << QJsonObject {{QStringLiteral("emails"), QJsonArray {1}}} << QByteArray("\"1\"")
            << qint64(1) << invalid;
        QTest::newRow("unknown terms")
            << int(EditKind::PaymentTerms)
            << QJsonObject {{QStringLiteral("terms"), QStringLiteral("net30")}}
            << QByteArray("\"1\"") << qint64(1) << invalid;
        QTest::newRow("ach without reason")
            << int(EditKind::AchManualEnable)
            << QJsonObject {{QStringLiteral("reason"), QStringLiteral("  ")}} << QByteArray("\"1\"")
            << qint64(1) << invalid;
        QTest::newRow("application of the wrong shape")
            << int(EditKind::CreditApplicationSubmit)
            << QJsonObject {{QStringLiteral("trade_references"), QStringLiteral("two")}}
            << QByteArray("\"1\"") << qint64(1) << invalid;
        QTest::newRow("decision without application id")
            << int(EditKind::CreditDecision)
            << QJsonObject {{QStringLiteral("decision"), QStringLiteral("decline")},
                            {QStringLiteral("approved_limit_cents"), 0},
                            {QStringLiteral("note"), QStringLiteral("no")}}
            << QByteArray("\"1\"") << qint64(1) << invalid;
        QTest::newRow("no base etag")
            << int(EditKind::PaymentTerms)
            << QJsonObject {{QStringLiteral("terms"), QStringLiteral("net15")}} << QByteArray()
            << qint64(1) << invalid;
        QTest::newRow("customer not cached")
            << int(EditKind::PaymentTerms)
            << QJsonObject {{QStringLiteral("terms"), QStringLiteral("net15")}}
            << QByteArray("\"1\"") << qint64(99) << int(StorageError::Kind::NotFound);
    }

    void refusesMalformedEdits()
    {
        QFETCH(int, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QByteArray, base);
        QFETCH(qint64, customerId);
        QFETCH(int, expectedKind);
        NewEdit edit;
        edit.customerId = customerId;
        edit.kind = EditKind(kind);
        edit.payload = payload;
        edit.baseEtag = base;
        const auto result = m_cache->outbox().enqueue(edit);
        QVERIFY(!result);
        QCOMPARE(int(result.error().kind), expectedKind);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(m_cache->outbox().counts().value().total(), 0);
        QVERIFY(!customer(1).local.has_value());
    }

    void sendingLeftByACrashGoesBackToPending()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        QCOMPARE(readyIds(), QList<qint64> {}); // being sent: not handed out twice
        m_cache.reset(); // the process dies here

        m_cache = openCache(m_dir);
        QVERIFY(m_cache);
        QCOMPARE(m_cache->recoveredOnOpen(), 1);
        const OutboxEntry back = entry(e.id);
        QCOMPARE(back.state, OutboxState::Pending);
        QCOMPARE(back.idempotencyKey, e.idempotencyKey); // the portal will replay, not reapply
        QCOMPARE(back.attempts, 1);
        QCOMPARE(readyIds(), QList<qint64> {e.id});
        QCOMPARE(customer(1).shown().invoiceEmails, QStringList {QStringLiteral("a@example.com")});
    }

    void entriesOfOneCustomerGoInOrder()
    {
        const OutboxEntry first = enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        const OutboxEntry second = enqueue(termsEdit(1, QStringLiteral("net15")));
        const OutboxEntry other = enqueue(emailEdit(2, {QStringLiteral("b@example.com")}));
        QVERIFY(first.id < second.id && second.id < other.id);
        QCOMPARE(readyIds(), (QList<qint64> {first.id, other.id}));

        PAC_VERIFY_OK(m_cache->outbox().markSending(first.id));
        QCOMPARE(readyIds(), QList<qint64> {other.id}); // the second waits for the first

        const Customer answer = accepted(sampleCustomer(1), {QStringLiteral("a@example.com")});
        PAC_VERIFY_OK(m_cache->outbox().complete(first.id, OutboxSuccess {answer, {}, {}}));
        QCOMPARE(readyIds(), (QList<qint64> {second.id, other.id}));
        // The second edit was made on top of the first: it now rests on the portal's answer.
        QCOMPARE(entry(second.id).baseEtag, answer.etag());
        QCOMPARE(entry(other.id).baseEtag, QByteArray("\"1\""));
    }

    void completingRecomputesTheLocalView()
    {
        const OutboxEntry first = enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        enqueue(termsEdit(1, QStringLiteral("net15")));
        QCOMPARE(customer(1).shown().paymentTerms, PaymentTermsKind::Net15);
        QCOMPARE(customer(1).shown().creditLimitCents, 50000); // max($200.00, $500.00)

        PAC_VERIFY_OK(m_cache->outbox().markSending(first.id));
        const Customer answer = accepted(sampleCustomer(1), {QStringLiteral("a@example.com")});
        PAC_VERIFY_OK(m_cache->outbox().complete(first.id, OutboxSuccess {answer, {}, {}}));
        CachedCustomer c = customer(1);
        QCOMPARE(c.server, answer);
        QVERIFY(c.local.has_value());
        QCOMPARE(c.shown().invoiceEmails, answer.invoiceEmails);
        QCOMPARE(c.shown().paymentTerms, PaymentTermsKind::Net15);
        QCOMPARE(c.flags.pendingEdits, 1);

        const OutboxEntry second = m_cache->outbox().entriesFor(1).value().constFirst();
        PAC_VERIFY_OK(m_cache->outbox().markSending(second.id));
        Customer final = answer;
        final.paymentTerms = PaymentTermsKind::Net15;
        final.creditLimitCents = 50000;
        ++final.version;
        PAC_VERIFY_OK(m_cache->outbox().complete(second.id, OutboxSuccess {final, {}, {}}));
        c = customer(1);
        QVERIFY(!c.local.has_value());
        QCOMPARE(c.shown(), final);
        QCOMPARE(c.flags, CustomerEditFlags {});
    }

    void transientFailureWaitsForItsTime()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime later = now.addSecs(60);
        PAC_VERIFY_OK(m_cache->outbox().markRetry(e.id, QStringLiteral("network down"), later));
        const OutboxEntry back = entry(e.id);
        QCOMPARE(back.state, OutboxState::Pending);
        QCOMPARE(back.lastError, QStringLiteral("network down"));
        QCOMPARE(readyIds(now), QList<qint64> {});
        QCOMPARE(readyIds(later), QList<qint64> {e.id});
        QCOMPARE(m_cache->outbox().nextDueAt().value(), std::optional<QDateTime>(later));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        QCOMPARE(entry(e.id).attempts, 2);
    }

    void errorsWithoutTextAreKept()
    {
        const OutboxEntry e = enqueue(emailEdit(1, {QStringLiteral("a@example.com")}));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        PAC_VERIFY_OK(
            m_cache->outbox().markRetry(e.id, QString(), QDateTime::currentDateTimeUtc()));
        PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
        PAC_VERIFY_OK(m_cache->outbox().markFailed(e.id, QString()));
        QCOMPARE(entry(e.id).state, OutboxState::Failed);
        QVERIFY(entry(e.id).lastError.isEmpty());
    }

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
        QCOMPARE(viewAch.ach.status, AchStatus::Enabled);
        QCOMPARE(viewAch.ach.reason, AchReason::Manual);
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
        QCOMPARE(record.value()->status, QStringLiteral("submitted"));
        QCOMPARE(record.value()->etag, QByteArray("\"1\""));
        QVERIFY(customer(2).flags.submittedCreditApplication);
        QCOMPARE(m_cache->outbox().counts().value().total(), 0);
    }

    void manyEditsStayInOrderAcrossCustomers()
    {
        QList<qint64> expectedHeads;
        for (int round = 0; round < 5; ++round) {
            for (qint64 id = 1; id <= 3; ++id) {
                const OutboxEntry e
                    = enqueue(emailEdit(id, {QStringLiteral("r%1@example.com").arg(round)}));
                if (round == 0)
                    expectedHeads.append(e.id);
            }
        }
        QCOMPARE(m_cache->outbox().counts().value().pending, 15);
        QCOMPARE(readyIds(), expectedHeads);
        QCOMPARE(m_cache->outbox()
                     .readyToSend(QDateTime::currentDateTimeUtc().addSecs(1), 2)
                     .value()
                     .size(),
                 2);
        // Drain: every entry comes out in creation order within its customer.
        QHash<qint64, qint64> lastIdOf;
        int sent = 0;
        while (true) {
            const auto ready
                = m_cache->outbox().readyToSend(QDateTime::currentDateTimeUtc().addSecs(1));
            PAC_VERIFY_OK(ready);
            if (ready.value().isEmpty())
                break;
            for (const OutboxEntry &e : ready.value()) {
                QVERIFY(e.id > lastIdOf.value(e.customerId));
                lastIdOf[e.customerId] = e.id;
                PAC_VERIFY_OK(m_cache->outbox().markSending(e.id));
                Customer answer = customer(e.customerId).server;
                answer.invoiceEmails
                    = e.payload.value(QStringLiteral("emails")).toVariant().toStringList();
                ++answer.version;
                QCOMPARE(e.baseEtag, customer(e.customerId).server.etag());
                PAC_VERIFY_OK(m_cache->outbox().complete(e.id, OutboxSuccess {answer, {}, {}}));
                ++sent;
            }
        }
        QCOMPARE(sent, 15);
        QCOMPARE(customer(2).shown().invoiceEmails, QStringList {QStringLiteral("r4@example.com")});
        QVERIFY(!customer(2).local.has_value());
    }
};

QTEST_GUILESS_MAIN(TestStorageOutbox)
#include "tst_storage_outbox.moc"
