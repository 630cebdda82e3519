#include "OutboxTestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace pac;
using namespace pac::test;

// The outbox: every edit is saved with the local view in one durable transaction, sent in
// order per customer, and recovered after a crash.
class TestStorageOutbox : public QObject, private OutboxFixture
{
    Q_OBJECT

private slots:
    void init() { openFresh(); }
    void cleanup() { checkAndClose(); }

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
        QCOMPARE(m_cache->customers().rowsMatching(QStringLiteral("cfo@acme")).value(),
                 m_cache->customers().rows({1}).value());
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
        QVERIFY(m_cache->customers().rowsMatching(QStringLiteral("x@example")).value().isEmpty());
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
