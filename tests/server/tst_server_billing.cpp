// Invoices and payments in the portal's store (billing rule 7): the derived payment issue
// (the stored basis gives the rule's answer over all the records), records written later,
// the migration of a store whose issue dates were stored, and the shape of the demo's
// billing.
#include "models/AchEligibility.h"
#include "models/CustomerJson.h"
#include "models/InvoiceRules.h"
#include "server/CustomerRepository.h"
#include "server/DemoBilling.h"
#include "server/DemoData.h"
#include "server/DemoSeeder.h"
#include "server/InvoiceRows.h"
#include "server/InvoiceStore.h"
#include "server/Migrations.h"
#include "server/PaymentIssueBasis.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pac;
using namespace pac::server;

namespace {

const QDate kToday(2026, 3, 15);
const QDateTime kNow(kToday, QTime(10, 0), QTimeZone::utc());

qint64 count(const Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Invoice invoice(qint64 id, const QDate &issued, int dueDays, qint64 amount, qint64 paid,
                bool isVoid = false)
{
    Invoice i;
    i.id = id;
    i.number = QStringLiteral("INV-2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    i.customerId = 1;
    i.periodStart = issued.addMonths(-1);
    i.periodEnd = issued.addDays(-1);
    i.issuedOn = issued;
    i.dueOn = issued.addDays(dueDays);
    i.amountCents = amount;
    i.paidCents = paid;
    i.status = isVoid ? InvoiceStatus::Void : InvoiceStatus::Open;
    return i;
}

Payment payment(qint64 id, qint64 invoiceId, const QDate &day, int hour, qint64 amount,
                bool failed = false)
{
    Payment p;
    p.id = id;
    p.invoiceId = invoiceId;
    p.at = QDateTime(day, QTime(hour, 0), QTimeZone::utc());
    p.amountCents = amount;
    p.outcome = failed ? PaymentOutcome::Failed : PaymentOutcome::Succeeded;
    if (failed)
        p.failureReason = QStringLiteral("card declined");
    return p;
}

} // namespace

Q_DECLARE_METATYPE(pac::server::BillingRecords)

class TestServerBilling : public QObject
{
    Q_OBJECT

private slots:
    void basisAnswersAsAllRecordsDo_data();
    void basisAnswersAsAllRecordsDo();
    void fastDateTextIsTheModelsText();
    void recordsWrittenLaterAreDerived();
    void migrationKeepsStoredIssueDates();
    void demoIssuesAreExactlyTheDemosOnes();
    void demoBillingHasItsShape();
};

void TestServerBilling::basisAnswersAsAllRecordsDo_data()
{
    QTest::addColumn<BillingRecords>("records");
    const QDate d(2026, 1, 10);
    QTest::newRow("nothing") << BillingRecords {};
    QTest::newRow("all paid on time")
        << BillingRecords {{invoice(1, d, 0, 100, 100), invoice(2, d.addMonths(1), 0, 100, 100)},
                           {payment(1, 1, d, 6, 100), payment(2, 2, d.addMonths(1), 6, 100)}};
    QTest::newRow("open, not yet due: past due on later days")
        << BillingRecords {{invoice(1, QDate(2026, 3, 10), 15, 100, 0)}, {}};
    QTest::newRow("old failed payment, newer open invoice")
        << BillingRecords {{invoice(1, d, 0, 100, 100), invoice(2, QDate(2026, 3, 10), 15, 90, 0)},
                           {payment(1, 1, d, 6, 100, true), payment(2, 1, d, 9, 100)}};
    QTest::newRow("paid late and a failed payment the same day") << BillingRecords {
        {invoice(1, d, 0, 100, 100), invoice(2, d.addDays(20), 0, 50, 50)},
        {payment(1, 2, d.addDays(20), 7, 50, true), payment(2, 1, d.addDays(20), 8, 100),
         payment(3, 2, d.addDays(20), 9, 50)}};
    QTest::newRow("two failures of one day, other invoices") << BillingRecords {
        {invoice(1, d, 0, 100, 100), invoice(2, d, 15, 70, 70),
         invoice(3, d.addMonths(1), 0, 80, 80)},
        {payment(1, 1, d, 6, 100, true), payment(2, 2, d, 6, 70, true), payment(3, 1, d, 7, 100),
         payment(4, 2, d.addDays(3), 7, 70), payment(5, 3, d.addMonths(1), 7, 80)}};
    QTest::newRow("void invoice with a failed payment, and a credit note")
        << BillingRecords {{invoice(1, d, 0, 100, 0, true), invoice(2, d.addDays(1), 0, -40, 0)},
                           {payment(1, 1, d, 6, 100, true)}};
    QTest::newRow("a failed payment of no known invoice")
        << BillingRecords {{invoice(1, d, 0, 100, 100)},
                           {payment(1, 99, d.addDays(5), 6, 10, true), payment(2, 1, d, 7, 100)}};
    QTest::newRow("paid in two parts, late") << BillingRecords {
        {invoice(1, d, 15, 100, 100)},
        {payment(1, 1, d.addDays(5), 6, 40), payment(2, 1, d.addDays(30), 6, 60)}};
}

void TestServerBilling::basisAnswersAsAllRecordsDo()
{
    // The stored basis must give the rule's answer over all the records, on every day: the
    // days around each record and long after.
    QFETCH(BillingRecords, records);
    const QByteArray stored = issuebasis::encode(issuebasis::of(records));
    const auto decoded = issuebasis::decode(stored);
    QVERIFY(decoded);
    QVERIFY(decoded->invoices.size() <= records.invoices.size());
    for (QDate day(2026, 1, 1); day <= QDate(2026, 6, 30); day = day.addDays(1)) {
        const auto expected
            = InvoiceRules::lastPaymentIssue(records.invoices, records.payments, day);
        QCOMPARE(issuebasis::lastPaymentIssue(stored, day), expected);
    }
}

void TestServerBilling::fastDateTextIsTheModelsText()
{
    for (const QDate &date : {QDate(2026, 3, 15), QDate(1999, 12, 31), QDate(2024, 2, 29)})
        QCOMPARE(invoicerows::isoDate(date), toIsoDate(date));
    for (const QDateTime &time :
         {QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::utc()),
          QDateTime(QDate(2026, 3, 15), QTime(23, 59, 59, 999), QTimeZone::utc()),
          QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone(3600))}) {
        QCOMPARE(invoicerows::rfc3339(time), toRfc3339(time));
        QCOMPARE(invoicerows::timeFromRfc3339(invoicerows::rfc3339(time)),
                 fromRfc3339(toRfc3339(time)));
    }
    for (const char *text : {"2026-03-15T10:00:00Z", "2026-02-30T10:00:00.000Z",
                             "2026-03-15T10:00:00.000+01:00", "nonsense"}) {
        QCOMPARE(invoicerows::timeFromRfc3339(QString::fromLatin1(text)),
                 fromRfc3339(QString::fromLatin1(text)));
    }
}

void TestServerBilling::recordsWrittenLaterAreDerived()
{
    Store store;
    QString error;
    QVERIFY2(store.open(QString(), &error), qPrintable(error));
    QVERIFY2(DemoSeeder(store, kNow, 1000).seed(48, 7, &error), qPrintable(error));
    ServerClock clock(kToday);
    CustomerRepository customers(store, clock);
    InvoiceStore invoices(store, clock);
    // A customer in good standing, with no issue ever.
    qint64 id = 0;
    for (qint64 candidate = 1; candidate <= 48 && id == 0; ++candidate) {
        const auto record = customers.find(candidate);
        if (record && record->customer.ach.reason == AchReason::GoodStanding)
            id = candidate;
    }
    QVERIFY(id > 0);
    const auto before = customers.find(id);
    QVERIFY(!before->customer.lastPaymentIssueOn);
    const auto latest = invoices.list({id, std::nullopt, 1, std::nullopt}).items;
    QCOMPARE(latest.size(), 1);

    // A card declined today on its latest invoice: the issue is today's, ACH waits 91 days.
    Payment failed;
    failed.invoiceId = latest.first().id;
    failed.at = clock.now();
    failed.amountCents = 2400;
    failed.outcome = PaymentOutcome::Failed;
    failed.failureReason = QStringLiteral("insufficient funds");
    QVERIFY(invoices.addPayment(failed, clock.now()));
    const auto after = customers.find(id);
    QCOMPARE(after->customer.lastPaymentIssueOn, std::optional<QDate>(kToday));
    QCOMPARE(after->customer.lastPaymentIssue->kind, PaymentIssueKind::FailedPayment);
    QCOMPARE(after->customer.lastPaymentIssue->invoiceNumber, latest.first().number);
    QCOMPARE(after->customer.lastPaymentIssue->amountCents, qint64(2400));
    QCOMPARE(after->customer.lastPaymentIssue->failureReason,
             std::optional<QString>(QStringLiteral("insufficient funds")));
    QCOMPARE(after->customer.version, before->customer.version + 1);
    if (!after->customer.masterAgent && !after->achFacts.manualEnable) {
        QCOMPARE(after->customer.ach.reason, AchReason::RecentPaymentIssue);
        QCOMPARE(after->customer.ach.eligibleOn, std::optional<QDate>(kToday.addDays(91)));
    }

    // An invoice issued a month ago, due on receipt and unpaid: still past due today, so no
    // eligible-from date until it is paid.
    Invoice unpaid;
    unpaid.customerId = id;
    unpaid.number = QStringLiteral("INV-TEST-0001");
    unpaid.periodStart = kToday.addMonths(-2);
    unpaid.periodEnd = kToday.addMonths(-1).addDays(-1);
    unpaid.issuedOn = kToday.addMonths(-1);
    unpaid.dueOn = InvoiceRules::dueOn(unpaid.issuedOn, PaymentTermsKind::DueOnReceipt);
    unpaid.amountCents = 9900;
    unpaid.lines = {{QStringLiteral("SIP trunk channels"), 1, 9900, 9900}};
    const auto unpaidId = invoices.addInvoice(unpaid, clock.now());
    QVERIFY(unpaidId);
    const auto pastDue = customers.find(id);
    QVERIFY(pastDue->customer.lastPaymentIssue->stillPastDue);
    QCOMPARE(pastDue->customer.lastPaymentIssue->kind, PaymentIssueKind::PastDue);
    QCOMPARE(pastDue->customer.lastPaymentIssue->invoiceNumber, QStringLiteral("INV-TEST-0001"));
    QCOMPARE(pastDue->customer.lastPaymentIssueOn, std::optional<QDate>(kToday));
    if (!pastDue->customer.masterAgent && !pastDue->achFacts.manualEnable)
        QVERIFY(!pastDue->customer.ach.eligibleOn);
    QCOMPARE(invoices.find(*unpaidId)->invoice.status, InvoiceStatus::PastDue);
}

void TestServerBilling::migrationKeepsStoredIssueDates()
{
    // A store of schema 3 kept issue dates without records. Migrated, each becomes a record
    // (a failed payment of nothing on a void placeholder invoice), so the derived dates and
    // ACH states stay what they were.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrateSchema(db, &error, 3), qPrintable(error));
        QSqlQuery q(db);
        for (const char *sql :
             {"INSERT INTO users (id, username, name, role, password_hash)"
              " VALUES (1, 'a', 'Agent A', 'agent', 'x')",
              "INSERT INTO customers (id, account_number, name, country, status, agent_id,"
              " customer_since, payment_terms, credit_limit_cents, balance_cents, version,"
              " updated_at) VALUES (1, 'AC1', 'One', 'US', 'active', 1, '2020-01-01',"
              " 'due_on_receipt', 0, 0, 1, '2026-03-01T00:00:00.000Z'),"
              " (2, 'AC2', 'Two', 'US', 'active', 1, '2020-01-01', 'due_on_receipt', 0, 0, 1,"
              " '2026-03-01T00:00:00.000Z')",
              "INSERT INTO payment_issues (customer_id, occurred_on, kind) VALUES"
              " (1, '2025-10-01', 'failed_payment'), (1, '2026-02-01', 'past_due_invoice')"}) {
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), latestSchemaVersion());
    QVERIFY(!store.database().tables().contains(QStringLiteral("payment_issues")));
    ServerClock clock(kToday);
    CustomerRepository customers(store, clock);
    const auto one = customers.find(1);
    QCOMPARE(one->customer.lastPaymentIssueOn, std::optional<QDate>(QDate(2026, 2, 1)));
    QCOMPARE(one->customer.ach.reason, AchReason::RecentPaymentIssue);
    QCOMPARE(one->customer.ach.eligibleOn, std::optional<QDate>(QDate(2026, 5, 3)));
    QCOMPARE(one->customer.version, qint64(1)); // the same customer, now with its evidence
    QVERIFY(!customers.find(2)->customer.lastPaymentIssueOn);
    QCOMPARE(customers.find(2)->customer.ach.reason, AchReason::GoodStanding);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM invoices WHERE void = 1")), 2);
}

void TestServerBilling::demoIssuesAreExactlyTheDemosOnes()
{
    // The demo's failed payments and late invoices are exactly where DemoData puts its
    // payment issues: the derived date is that date for every customer, none elsewhere —
    // except the suspended customers left owing their newest invoice (DemoBilling.h): an
    // issue still going on, today, in the ACH cases that are not about a date.
    Store store;
    QString error;
    QVERIFY2(store.open(QString(), &error), qPrintable(error));
    QVERIFY2(DemoSeeder(store, kNow, 1000).seed(600, 1, &error), qPrintable(error));
    ServerClock clock(kToday);
    CustomerRepository customers(store, clock);
    DemoGenerator generator(1, kToday);
    int pastDue = 0;
    for (int i = 0; i < 600; ++i) {
        const DemoCustomer expected = generator.next();
        const auto record = customers.find(expected.id);
        QVERIFY(record);
        if (record->customer.pastDueCents > 0) {
            QCOMPARE(expected.status, CustomerStatus::Suspended);
            const int achCase = int((expected.id - 1) % DemoGenerator::kAchCases);
            QVERIFY(achCase == 1 || achCase == 7 || achCase == 10 || achCase == 11);
            QCOMPARE(record->customer.lastPaymentIssueOn, std::optional<QDate>(kToday));
            QVERIFY(record->customer.lastPaymentIssue->stillPastDue);
            ++pastDue;
            continue;
        }
        QCOMPARE(record->customer.lastPaymentIssueOn, expected.paymentIssueOn);
        if (expected.paymentIssueOn) {
            QCOMPARE(record->customer.lastPaymentIssue->kind,
                     DemoBillingGenerator::issueIsFailedPayment(expected)
                         ? PaymentIssueKind::FailedPayment
                         : PaymentIssueKind::PastDue);
            QVERIFY(!record->customer.lastPaymentIssue->stillPastDue);
        }
    }
    QVERIFY(pastDue > 0); // the demo has some

    // A delta listing brings a customer whose invoice fell past due since the client's last
    // sync, though no record of it changed (past_due_cents and last_payment_issue moved).
    // Every record is made older than the due dates, so only that rule can list it.
    QSqlQuery age(store.database());
    QVERIFY(
        age.exec(QStringLiteral("UPDATE customers SET updated_at = '2024-01-01T00:00:00.000Z'")));
    QSqlQuery due(store.database());
    QVERIFY(due.exec(QStringLiteral(
        "SELECT customer_id, min(due_on) FROM invoices WHERE void = 0 AND paid_cents < amount_cents"
        " AND due_on < '2026-03-15' GROUP BY customer_id ORDER BY customer_id LIMIT 1")));
    QVERIFY(due.next());
    const qint64 owing = due.value(0).toLongLong();
    const QDate dueOn = QDate::fromString(due.value(1).toString(), Qt::ISODate);
    const auto listed = [&customers](const QDateTime &since) {
        CustomerRepository::ListQuery query;
        query.viewer = {0, Role::Support};
        query.limit = 1000;
        query.updatedSince = since;
        QSet<qint64> ids;
        for (const Customer &c : customers.list(query).items)
            ids.insert(c.id);
        return ids;
    };
    // Synced on the due day (the invoice still open then): listed, past due now.
    const QSet<qint64> onTheDueDay = listed(QDateTime(dueOn, QTime(18, 0), QTimeZone::utc()));
    QVERIFY(onTheDueDay.contains(owing));
    // Synced the day after (already past due then): nothing new, not listed.
    QVERIFY(!listed(QDateTime(dueOn.addDays(1), QTime(1, 0), QTimeZone::utc())).contains(owing));
    // Nobody else is listed either: no other record changed and nothing else fell due since.
    for (const qint64 id : onTheDueDay) {
        const auto record = customers.find(id);
        QVERIFY(record && record->customer.pastDueCents > 0);
    }
}

void TestServerBilling::demoBillingHasItsShape()
{
    Store store;
    QString error;
    QVERIFY2(store.open(QString(), &error), qPrintable(error));
    QVERIFY2(DemoSeeder(store, kNow, 1000).seed(600, 1, &error), qPrintable(error));
    const auto none = [&](const QString &sql) { return count(store, sql) == 0; };
    const auto some = [&](const QString &sql) { return count(store, sql) > 0; };
    // At least 12 monthly invoices for every customer of more than a year.
    QVERIFY(
        none(QStringLiteral(
                 "SELECT count(*) FROM customers c WHERE customer_since < '%1'"
                 " AND (SELECT count(*) FROM invoices i WHERE i.customer_id = c.id AND i.void = 0"
                 " AND i.amount_cents > 0) < 12")
                 .arg(kToday.addYears(-1).toString(Qt::ISODate))));
    for (const char *line : {"SIP trunk channels", "DIDs (phone numbers)",
                             "Usage: domestic minutes", "Usage: international minutes",
                             "State and local taxes", "GST/HST 13%", "Service credit"}) {
        QVERIFY2(some(QStringLiteral("SELECT count(*) FROM invoices WHERE instr(lines, '%1') > 0")
                          .arg(QLatin1String(line))),
                 line);
    }
    // Every invoice is issued before today, due by its terms; paid ones are paid in full.
    QVERIFY(none(QStringLiteral("SELECT count(*) FROM invoices WHERE issued_on >= '2026-03-15'")));
    QVERIFY(none(QStringLiteral("SELECT count(*) FROM invoices WHERE due_on <> issued_on"
                                " AND due_on <> date(issued_on, '+15 days')")));
    QVERIFY(none(
        QStringLiteral("SELECT count(*) FROM invoices i WHERE i.void = 0 AND i.amount_cents > 0 AND"
                       " i.paid_cents <> (SELECT coalesce(sum(amount_cents), 0) FROM payments p"
                       " WHERE p.invoice_id = i.id AND p.outcome = 'succeeded')")));
    // Open invoices: Net 15, not yet due, within the balance.
    QVERIFY(some(QStringLiteral("SELECT count(*) FROM invoices WHERE paid_cents < amount_cents"
                                " AND void = 0")));
    // Past due only where DemoBilling leaves it: a suspended customer's newest invoice.
    QVERIFY(none(QStringLiteral(
        "SELECT count(*) FROM invoices i JOIN customers c ON c.id = i.customer_id"
        " WHERE i.paid_cents < i.amount_cents AND i.void = 0 AND i.due_on < '2026-03-15'"
        " AND (c.status <> 'suspended' OR i.issued_on < (SELECT max(issued_on) FROM invoices n"
        " WHERE n.customer_id = c.id AND n.void = 0 AND n.amount_cents > 0))")));
    QVERIFY(some(QStringLiteral("SELECT count(*) FROM invoices WHERE paid_cents < amount_cents"
                                " AND void = 0 AND due_on < '2026-03-15'")));
    QVERIFY(none(QStringLiteral(
        "SELECT count(*) FROM customers c WHERE c.balance_cents < (SELECT coalesce(sum("
        "amount_cents - paid_cents), 0) FROM invoices i WHERE i.customer_id = c.id AND void = 0"
        " AND paid_cents < amount_cents)")));
    QVERIFY(some(QStringLiteral("SELECT count(*) FROM invoices WHERE void = 1")));
    // Some Net 15 customers moved to it lately: older invoices due on receipt.
    QVERIFY(some(QStringLiteral(
        "SELECT count(*) FROM customers c WHERE payment_terms = 'net15' AND EXISTS (SELECT 1"
        " FROM invoices i WHERE i.customer_id = c.id AND i.due_on = i.issued_on AND"
        " i.amount_cents > 0) AND EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id"
        " AND i.due_on > i.issued_on)")));
    // Paid by ACH exactly where an ACH method is on file; failures only on the issue day.
    const QString achOnFile = QStringLiteral(
        "EXISTS (SELECT 1 FROM payment_methods m WHERE m.customer_id = i.customer_id"
        " AND m.type = 'ach')");
    QVERIFY(none(QStringLiteral("SELECT count(*) FROM payments p JOIN invoices i ON i.id ="
                                " p.invoice_id WHERE (p.method = 'ach') <> (%1)")
                     .arg(achOnFile)));
    QVERIFY(some(QStringLiteral("SELECT count(*) FROM payments WHERE method = 'ach'")));
    QVERIFY(some(QStringLiteral("SELECT count(*) FROM payments WHERE outcome = 'failed'"
                                " AND failure_reason IS NOT NULL")));
    // The monthly run delivered every invoice To the billing contacts.
    QVERIFY(none(QStringLiteral("SELECT count(*) FROM invoices i WHERE NOT EXISTS (SELECT 1"
                                " FROM invoice_deliveries d WHERE d.invoice_id = i.id"
                                " AND d.by_id IS NULL AND EXISTS (SELECT 1 FROM recipient_lists r"
                                " WHERE r.id = d.recipients_id AND r.to_json <> '[]'))")));
}

QTEST_GUILESS_MAIN(TestServerBilling)
#include "tst_server_billing.moc"
