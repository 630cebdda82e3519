#include "StorageTestSupport.h"
#include "customerindex/CustomerIndexBuilder.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

// Customers in the cache: server copies from sync pages, the one-shot filter
// (rowsMatching) against the console table's own, streaming reads, removal after a full sync.
class TestStorageCustomers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;

    static QList<qint64> idsOf(const QList<CustomerRow> &rows)
    {
        QList<qint64> ids;
        for (const CustomerRow &row : rows)
            ids.append(row.facts.id);
        return ids;
    }

    QList<qint64> matchingIds(const QString &text) const
    {
        const auto rows = m_cache->customers().rowsMatching(text);
        return rows ? idsOf(rows.value()) : QList<qint64> {-1};
    }

    // The ids of the rows an index of `rows` gives for the text and view, by name.
    static QList<qint64> queried(const QList<CustomerRow> &rows, const QString &text,
                                 CustomerView view)
    {
        CustomerIndexBuilder builder;
        for (const CustomerRow &row : rows)
            builder.add(row);
        const CustomerIndex index = builder.build();
        CustomerQuerySpec spec;
        spec.text = text;
        spec.view = view;
        spec.today = QDate(2026, 11, 25);
        spec.sortColumn = int(CustomerColumn::Name);
        QList<qint64> ids;
        const QList<quint32> matches = index.query(spec)->matches;
        for (quint32 slot : matches)
            ids.append(index.facts(slot).id);
        return ids;
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
        QCOMPARE(matchingIds(QStringLiteral("older")), QList<qint64> {});
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

    void oneShotFilterIsTheTablesFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("view");
        QTest::addColumn<QList<qint64>>("expected"); // by name, as agentctl lists them
        const int all = int(CustomerView::All);
        QTest::newRow("name, any case") << QStringLiteral("acme") << all << QList<qint64> {2, 1};
        QTest::newRow("name, middle of a word")
            << QStringLiteral("CME VO") << all << QList<qint64> {1};
        QTest::newRow("account number")
            << QStringLiteral("ac-00000003") << all << QList<qint64> {3};
        QTest::newRow("account number fragment")
            << QStringLiteral("0004") << all << QList<qint64> {4};
        QTest::newRow("invoice email") << QStringLiteral("billing2@") << all << QList<qint64> {2};
        QTest::newRow("billing contact email")
            << QStringLiteral("ANN6@CORP") << all << QList<qint64> {6};
        QTest::newRow("accents, upper case")
            << QStringLiteral("ÑANDÚ") << all << QList<qint64> {7, 3};
        QTest::newRow("accents, lower case")
            << QStringLiteral("ñandú") << all << QList<qint64> {7, 3};
        QTest::newRow("accents written decomposed (NFD)")
            << QStringLiteral("N\u0303andu\u0301") << all << QList<qint64> {7, 3};
        QTest::newRow("decomposed name, composed text")
            << QStringLiteral("jose\u0301") << all << QList<qint64> {7};
        QTest::newRow("blanks collapsed and trimmed")
            << QStringLiteral("  ñandú \t telecom ") << all << QList<qint64> {3};
        QTest::newRow("name's blank runs collapsed")
            << QStringLiteral("josé ñandú") << all << QList<qint64> {7};
        QTest::newRow("control characters dropped")
            << QStringLiteral("ac\u0007me") << all << QList<qint64> {2, 1};
        QTest::newRow("not across two fields")
            << QStringLiteral("telecom ac-") << all << QList<qint64> {};
        QTest::newRow("percent is literal") << QStringLiteral("100%") << all << QList<qint64> {4};
        QTest::newRow("percent alone") << QStringLiteral("%") << all << QList<qint64> {4};
        QTest::newRow("underscore is literal") << QStringLiteral("a_b") << all << QList<qint64> {5};
        QTest::newRow("underscore does not match any char")
            << QStringLiteral("x_y") << all << QList<qint64> {};
        QTest::newRow("quote") << QStringLiteral("o'neil") << all << QList<qint64> {6};
        QTest::newRow("sql injection is text")
            << QStringLiteral("' OR 1=1 --") << all << QList<qint64> {};
        QTest::newRow("double quote") << QStringLiteral("\"quoted\"") << all << QList<qint64> {2};
        QTest::newRow("no match") << QStringLiteral("zzz") << all << QList<qint64> {};
        QTest::newRow("empty: every customer")
            << QString() << all << QList<qint64> {4, 2, 1, 5, 7, 6, 3};
        QTest::newRow("only blanks: every customer")
            << QStringLiteral(" \t ") << all << QList<qint64> {4, 2, 1, 5, 7, 6, 3};
        QTest::newRow("view Net 15, accents")
            << QStringLiteral("ÑANDÚ") << int(CustomerView::Net15) << QList<qint64> {3};
        QTest::newRow("view Net 15, no text")
            << QString() << int(CustomerView::Net15) << QList<qint64> {2, 3};
        QTest::newRow("view pending edits, email")
            << QStringLiteral("@EXAMPLE") << int(CustomerView::PendingEditsAndConflicts)
            << QList<qint64> {6};
    }

    void oneShotFilterIsTheTablesFilter()
    {
        QFETCH(QString, text);
        QFETCH(int, view);
        QFETCH(QList<qint64>, expected);
        QList<Customer> customers = sampleCustomers(1, 7);
        customers[0].name = QStringLiteral("Acme VoIP");
        customers[1].name = QStringLiteral("ACME \"quoted\" Holdings"); // sorts before "Acme V"
        customers[1].paymentTerms = PaymentTermsKind::Net15;
        customers[2].name = QStringLiteral("Ñandú Telecom");
        customers[2].paymentTerms = PaymentTermsKind::Net15;
        customers[3].name = QStringLiteral("100% Uptime Inc");
        customers[4].invoiceEmails = {QStringLiteral("a_b@example.com")};
        customers[5].name = QStringLiteral("O'Neil & Sons");
        // Decomposed accents, a blank run and upper case: the same text to the filter.
        customers[6].name = QStringLiteral("Jose\u0301   N\u0303ANDU\u0301 Imports");
        PAC_VERIFY_OK(m_cache->customers().storeServerCopies(customers));
        NewEdit edit; // customer 6's local view gets a pending email
        edit.customerId = 6;
        edit.kind = EditKind::InvoiceEmails;
        edit.payload
            = {{QStringLiteral("emails"), QJsonArray {QStringLiteral("mine@EXAMPLE.org")}}};
        edit.baseEtag = "\"1\"";
        PAC_VERIFY_OK(m_cache->outbox().enqueue(edit));

        const auto candidates = m_cache->customers().rowsMatching(text);
        PAC_VERIFY_OK(candidates);
        const QList<qint64> oneShot = queried(candidates.value(), text, CustomerView(view));
        QCOMPARE(oneShot, expected);
        // The console's table: every row loaded, filtered in memory; the same rows.
        QCOMPARE(queried(m_cache->customers().loadRows().value(), text, CustomerView(view)),
                 expected);
        // The candidates are exactly the text's matches, as the rows the table reads.
        const QList<CustomerRow> everyRow = m_cache->customers().loadRows().value();
        QList<CustomerRow> matching;
        for (const CustomerRow &row : everyRow) {
            if (queried({row}, text, CustomerView::All) == QList<qint64> {row.facts.id})
                matching.append(row);
        }
        QCOMPARE(candidates.value(), matching);
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
        QCOMPARE(matchingIds(QStringLiteral("customer")), (QList<qint64> {1, 2, 5}));
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
        QCOMPARE(matchingIds(QStringLiteral("mine@")), QList<qint64> {1});
        QCOMPARE(matchingIds(QStringLiteral("billing1@")), QList<qint64> {});
    }
};

QTEST_GUILESS_MAIN(TestStorageCustomers)
#include "tst_storage_customers.moc"
