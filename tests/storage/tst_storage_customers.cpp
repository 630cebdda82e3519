#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

// Customers in the cache: server copies from sync pages, search, streaming reads, removal
// after a full sync.
class TestStorageCustomers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

    static QStringList namesOf(const QList<CachedCustomer> &customers)
    {
        QStringList names;
        for (const CachedCustomer &c : customers)
            names.append(c.shown().name);
        return names;
    }

private slots:
    void init()
    {
        m_cache.reset();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_cache = openCache(m_dir);
        QVERIFY(m_cache);
    }

    void cleanup() { m_cache.reset(); }

    void storesAPageAndReadsItBack()
    {
        const QList<Customer> page = sampleCustomers(1, 50);
        const auto written = m_cache->customers().storeServerCopies(page);
        PAC_VERIFY_OK(written);
        QCOMPARE(written.value(), 50);
        QCOMPARE(m_cache->customers().count().value(), 50);
        const auto found = m_cache->customers().find(17);
        PAC_VERIFY_OK(found);
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->server, page[16]);
        QVERIFY(!found.value()->local.has_value());
        QCOMPARE(found.value()->flags, CustomerEditFlags {});
        QVERIFY(!m_cache->customers().find(999).value().has_value());
    }

    void olderCopyNeverReplacesNewer()
    {
        Customer newer = sampleCustomer(1);
        newer.version = 5;
        newer.name = QStringLiteral("Newer name");
        Customer older = sampleCustomer(1);
        older.version = 4;
        older.name = QStringLiteral("Older name");
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({newer}));
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({older}));
        QCOMPARE(m_cache->customers().find(1).value()->server.name, QStringLiteral("Newer name"));
        // The search columns were not touched by the stale copy either.
        QCOMPARE(m_cache->customers().searchIds(QStringLiteral("older")).value(), QList<qint64> {});
        Customer same = newer;
        same.balanceCents = 777; // the same version again (a replayed page) is taken
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({same}));
        QCOMPARE(m_cache->customers().find(1).value()->server.balanceCents, 777);
    }

    void olderCopyInAFullSyncStillCountsAsSeen()
    {
        Customer newer = sampleCustomer(1);
        newer.version = 5;
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({newer, sampleCustomer(2)}, 1));
        Customer older = newer;
        older.version = 4;
        older.name = QStringLiteral("Older");
        Customer newest = older;
        newest.version = 6;
        newest.name = QStringLiteral("Newest");
        // One page with the same customer twice: the newer copy wins whatever the order.
        const auto written = m_cache->customers().storeServerCopies({older, newest, older}, 2);
        PAC_VERIFY_OK(written);
        QCOMPARE(written.value(), 1);
        QCOMPARE(m_cache->customers().find(1).value()->server, newest);
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({older}, 3));
        QCOMPARE(m_cache->customers().removeNotSeenSince(3).value(), 1); // customer 2 only
        QCOMPARE(m_cache->customers().find(1).value()->server, newest);
        QVERIFY(!m_cache->customers().find(2).value().has_value());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("name, any case") << QStringLiteral("acme") << QList<qint64> {2, 1};
        QTest::newRow("name, middle of a word") << QStringLiteral("CME VO") << QList<qint64> {1};
        QTest::newRow("account number") << QStringLiteral("ac-00000003") << QList<qint64> {3};
        QTest::newRow("account number fragment") << QStringLiteral("0004") << QList<qint64> {4};
        QTest::newRow("invoice email") << QStringLiteral("billing2@") << QList<qint64> {2};
        QTest::newRow("billing contact email") << QStringLiteral("ANN6@CORP") << QList<qint64> {6};
        QTest::newRow("unicode case folding") << QStringLiteral("ÑANDÚ") << QList<qint64> {3};
        QTest::newRow("percent is literal") << QStringLiteral("100%") << QList<qint64> {4};
        QTest::newRow("percent alone") << QStringLiteral("%") << QList<qint64> {4};
        QTest::newRow("underscore is literal") << QStringLiteral("a_b") << QList<qint64> {5};
        QTest::newRow("underscore does not match any char")
            << QStringLiteral("x_y") << QList<qint64> {};
        QTest::newRow("quote") << QStringLiteral("o'neil") << QList<qint64> {6};
        QTest::newRow("sql injection is text") << QStringLiteral("' OR 1=1 --") << QList<qint64> {};
        QTest::newRow("double quote") << QStringLiteral("\"quoted\"") << QList<qint64> {2};
        QTest::newRow("no match") << QStringLiteral("zzz") << QList<qint64> {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        QList<Customer> customers = sampleCustomers(1, 6);
        customers[0].name = QStringLiteral("Acme VoIP");
        customers[1].name = QStringLiteral("ACME \"quoted\" Holdings"); // sorts before "Acme V"
        customers[2].name = QStringLiteral("Ñandú Telecom");
        customers[3].name = QStringLiteral("100% Uptime Inc");
        customers[4].invoiceEmails = {QStringLiteral("a_b@example.com")};
        customers[5].name = QStringLiteral("O'Neil & Sons");
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(customers));
        const auto ids = m_cache->customers().searchIds(text);
        PAC_VERIFY_OK(ids);
        QCOMPARE(ids.value(), expected);
        const auto full = m_cache->customers().search(text);
        PAC_VERIFY_OK(full);
        QCOMPARE(full.value().size(), expected.size());
    }

    void searchOrdersByNameAndLimits()
    {
        QList<Customer> customers = sampleCustomers(1, 4);
        customers[0].name = QStringLiteral("delta");
        customers[1].name = QStringLiteral("Bravo");
        customers[2].name = QStringLiteral("alpha");
        customers[3].name = QStringLiteral("Charlie");
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(customers));
        QCOMPARE(namesOf(m_cache->customers().search({}).value()),
                 (QStringList {QStringLiteral("alpha"), QStringLiteral("Bravo"),
                               QStringLiteral("Charlie"), QStringLiteral("delta")}));
        QCOMPARE(m_cache->customers().searchIds({}, 2).value(), (QList<qint64> {3, 2}));
    }

    void forEachStreamsInIdOrderAndStops()
    {
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(sampleCustomers(1, 30)));
        QList<qint64> seen;
        PAC_VERIFY_OK(m_cache->customers().forEachCustomer([&](const CachedCustomer &c) {
            seen.append(c.server.id);
            return true;
        }));
        QCOMPARE(seen.size(), 30);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        int visits = 0;
        PAC_VERIFY_OK(m_cache->customers().forEachCustomer(
            [&](const CachedCustomer &) { return ++visits < 5; }));
        QCOMPARE(visits, 5);
    }

    void removeNotSeenKeepsCustomersWithEdits()
    {
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(sampleCustomers(1, 5), 1));
        NewEdit edit;
        edit.customerId = 5;
        edit.payload = {{QStringLiteral("terms"), QStringLiteral("net15")}};
        edit.kind = EditKind::PaymentTerms;
        edit.baseEtag = "\"1\"";
        PAC_VERIFY_OK(m_cache->outbox().enqueue(edit));
        // A later full sync sees only 1 and 2.
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(sampleCustomers(1, 2), 2));
        const auto removed = m_cache->customers().removeNotSeenSince(2);
        PAC_VERIFY_OK(removed);
        QCOMPARE(removed.value(), 2); // 3 and 4; 5 has an unsent edit
        QList<qint64> left;
        PAC_VERIFY_OK(m_cache->customers().forEachCustomer([&](const CachedCustomer &c) {
            left.append(c.server.id);
            return true;
        }));
        QCOMPARE(left, (QList<qint64> {1, 2, 5}));
        // Their search entries went with them.
        QCOMPARE(m_cache->customers().searchIds(QStringLiteral("customer")).value(),
                 (QList<qint64> {1, 2, 5}));
        QSqlQuery orphans(m_cache->connection().database());
        QVERIFY(orphans.exec(QStringLiteral("SELECT count(*) FROM customer_search"))
                && orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 3);
    }

    void cancelledPageIsRolledBack()
    {
        int rows = 0;
        const auto result = m_cache->customers().storeServerCopies(sampleCustomers(1, 100), 0,
                                                                   [&] { return ++rows > 60; });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StorageError::Kind::Cancelled);
        QCOMPARE(m_cache->customers().count().value(), 0);
        QCOMPARE(m_cache->integrityCheck().value(), QStringLiteral("ok"));
    }

    void rowsMatchTheShownCustomers()
    {
        QList<Customer> customers = sampleCustomers(1, 4);
        customers[1].masterAgent = PersonRef {3, QStringLiteral("Master One")};
        customers[1].lastPaymentIssueOn = QDate(2026, 10, 1);
        customers[2].paymentTerms = PaymentTermsKind::Net15;
        customers[2].ach.status = AchStatus::NotEligible;
        customers[2].ach.reason = AchReason::OutsideUs;
        customers[3].invoiceEmails.clear();
        customers[3].billingContacts.clear();
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(customers));

        NewEdit edit;
        edit.customerId = 1;
        edit.kind = EditKind::InvoiceEmails;
        edit.payload
            = {{QStringLiteral("emails"),
                QJsonArray {QStringLiteral("x@example.com"), QStringLiteral("y@example.com")}}};
        edit.baseEtag = "\"1\"";
        const auto entry = m_cache->outbox().enqueue(edit);
        PAC_VERIFY_OK(entry);
        PAC_VERIFY_OK(m_cache->outbox().markSending(entry.value().id));
        PAC_VERIFY_OK(m_cache->outbox().markConflict(entry.value().id, customers[0]));
        const auto application = CreditApplicationStore::recordFromJson(
            {{QStringLiteral("id"), 9},
             {QStringLiteral("customer_id"), 3},
             {QStringLiteral("status"), QStringLiteral("submitted")}});
        QVERIFY(application);
        PAC_VERIFY_OK(m_cache->creditApplications().store({*application}));

        const auto rows = m_cache->customers().loadRows();
        PAC_VERIFY_OK(rows);
        QCOMPARE(rows.value().size(), 4);
        for (int i = 0; i < 4; ++i) {
            CustomerRow expected
                = CustomerRow::fromCustomer(m_cache->customers().find(i + 1).value()->shown());
            if (i == 0)
                expected.facts.flags = CustomerRowFlag::Conflict;
            if (i == 2)
                expected.facts.flags = CustomerRowFlag::CreditApplicationSubmitted;
            QCOMPARE(rows.value()[i], expected);
        }
        QCOMPARE(rows.value()[0].emails.size(), 3); // the local view's two, and the contact's
        QCOMPARE(rows.value()[0].facts.invoiceEmailCount, 2);
        QVERIFY(rows.value()[3].emails.isEmpty());
        // One shared copy of a repeated agent name.
        QCOMPARE(rows.value()[0].agentName.constData(), rows.value()[3].agentName.constData());

        const auto some = m_cache->customers().rows({4, 2, 99});
        PAC_VERIFY_OK(some);
        QCOMPARE(some.value().size(), 2);
        QCOMPARE(some.value()[0].facts.id, 2);
        QCOMPARE(some.value()[1].facts.id, 4);
        // Some rows are read by another query (flags by index lookups): the same rows.
        QCOMPARE(m_cache->customers().rows({3, 1, 4, 2}).value(), rows.value());
        // So is one customer with its flags.
        const CachedCustomer first = m_cache->customers().find(1).value().value();
        QVERIFY(first.flags.conflict);
        QCOMPARE(first.flags.pendingEdits, 0);
        QVERIFY(!first.flags.submittedCreditApplication);
        QVERIFY(m_cache->customers().find(3).value()->flags.submittedCreditApplication);
        QCOMPARE(m_cache->customers().find(2).value()->flags, CustomerEditFlags {});

        // A pending edit of customer 2: its row is flagged by both queries alike.
        edit.customerId = 2;
        edit.baseEtag = "\"1\"";
        PAC_VERIFY_OK(m_cache->outbox().enqueue(edit));
        const auto edited = m_cache->customers().rows({2});
        PAC_VERIFY_OK(edited);
        QCOMPARE(edited.value().size(), 1);
        QCOMPARE(edited.value()[0].facts.flags, CustomerRowFlag::PendingEdit);
        QCOMPARE(edited.value()[0], m_cache->customers().loadRows().value()[1]);
        QCOMPARE(m_cache->customers().find(2).value()->flags.pendingEdits, 1);
    }

    void localViewFollowsPendingEditsOnNewServerCopies()
    {
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({sampleCustomer(1)}));
        NewEdit edit;
        edit.customerId = 1;
        edit.kind = EditKind::InvoiceEmails;
        edit.payload
            = {{QStringLiteral("emails"), QJsonArray {QStringLiteral("mine@example.com")}}};
        edit.baseEtag = "\"1\"";
        PAC_VERIFY_OK(m_cache->outbox().enqueue(edit));
        // Someone else renamed the customer; the page brings version 2.
        Customer renamed = sampleCustomer(1, QStringLiteral("Renamed Ltd"));
        renamed.version = 2;
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies({renamed}));
        const auto found = m_cache->customers().find(1).value();
        QCOMPARE(found->server, renamed);
        QVERIFY(found->local.has_value());
        QCOMPARE(found->shown().name, QStringLiteral("Renamed Ltd"));
        QCOMPARE(found->shown().invoiceEmails, QStringList {QStringLiteral("mine@example.com")});
        QCOMPARE(found->flags.pendingEdits, 1);
        QCOMPARE(m_cache->customers().searchIds(QStringLiteral("mine@")).value(),
                 QList<qint64> {1});
        QCOMPARE(m_cache->customers().searchIds(QStringLiteral("billing1@")).value(),
                 QList<qint64> {});
    }
};

QTEST_GUILESS_MAIN(TestStorageCustomers)
#include "tst_storage_customers.moc"
