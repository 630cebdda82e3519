#include "StorageTestSupport.h"
#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"

#include <QJsonDocument>
#include <QTest>

using namespace pac;
using namespace pac::test;

// The cache keeps customers as the text of the one Customer encoder (models/CustomerJsonWriter):
// for every shape of customer it is JSON that the shared codec decodes back to the same
// customer. (tst_wire_contract pins its member names against docs/portal-api.yaml.)
class TestStorageCustomerJson : public QObject
{
    Q_OBJECT

private slots:
    void decodesBackToTheSameCustomer_data()
    {
        QTest::addColumn<Customer>("customer");
        QTest::newRow("plain") << sampleCustomer(1);

        Customer full = sampleCustomer(2, QStringLiteral("Ñandú \"Quoted\" \\ Back/slash 漢字 😀"));
        full.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        full.status = CustomerStatus::Suspended;
        full.paymentTerms = PaymentTermsKind::Net15;
        full.invoiceEmails = {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
        full.billingContacts.append(
            {21, QStringLiteral("Bob\tTab"), QStringLiteral("bob@x.example")});
        full.ach.status = AchStatus::Enabled;
        full.ach.reason = AchReason::Manual;
        full.ach.enabledBy
            = ManualAchEnable {{4, QStringLiteral("Support One")},
                               QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
                               QStringLiteral("Line one\nline two\r\u0001")};
        full.lastPaymentIssueOn = QDate(2026, 10, 1);
        full.creditLimitCents = 9'007'199'254'740'993LL; // beyond a double's integers
        full.balanceCents = -12345;
        QTest::newRow("every field, escapes, unicode, big numbers") << full;

        Customer empty = sampleCustomer(3);
        empty.invoiceEmails.clear();
        empty.billingContacts.clear();
        empty.name.clear();
        empty.ach.status = AchStatus::NotEligible;
        empty.ach.reason = AchReason::RecentPaymentIssue;
        empty.ach.eligibleOn = QDate(2027, 1, 31);
        QTest::newRow("empty lists and text, eligible_on") << empty;

        // Billing rule 7c: the issue behind last_payment_issue_on is kept beside it.
        Customer failed = sampleCustomer(4);
        failed.lastPaymentIssueOn = QDate(2026, 10, 3);
        failed.lastPaymentIssue = PaymentIssue {PaymentIssueKind::FailedPayment,
                                                QStringLiteral("INV-2026-0142"),
                                                QDate(2026, 10, 3),
                                                24000,
                                                QStringLiteral("insufficient \"funds\"\n"),
                                                false};
        QTest::newRow("last payment issue: a failed payment with a reason") << failed;
        Customer pastDue = sampleCustomer(5);
        pastDue.lastPaymentIssueOn = QDate(2026, 11, 15);
        pastDue.lastPaymentIssue = PaymentIssue {PaymentIssueKind::PastDue,
                                                 QStringLiteral("INV-2026-0150"),
                                                 QDate(2026, 11, 15),
                                                 30000,
                                                 std::nullopt,
                                                 true};
        pastDue.ach
            = {AchStatus::NotEligible, AchReason::RecentPaymentIssue, std::nullopt, std::nullopt};
        QTest::newRow("last payment issue: an invoice still past due") << pastDue;
    }

    void decodesBackToTheSameCustomer()
    {
        QFETCH(Customer, customer);
        const QByteArray fast = customerJsonBytes(customer);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(fast, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QString badField;
        const auto back = customerFromJson(parsed.object(), &badField);
        QVERIFY2(back.has_value(), qPrintable(badField));
        QCOMPARE(*back, customer);
    }

    // Through the cache itself: what a sync stores is what the console reads back, the
    // payment issue included.
    void theCacheKeepsThePaymentIssue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto cache = openCache(dir);
        QVERIFY(cache);
        Customer customer = sampleCustomer(6);
        customer.lastPaymentIssueOn = QDate(2026, 10, 21);
        customer.lastPaymentIssue = PaymentIssue {PaymentIssueKind::PastDue,
                                                  QStringLiteral("INV-2026-0142"),
                                                  QDate(2026, 10, 21),
                                                  24000,
                                                  std::nullopt,
                                                  false};
        PAC_VERIFY_OK(cache->customers().storeServerCopies({customer, sampleCustomer(7)}));
        const auto found = cache->customers().find(6);
        PAC_VERIFY_OK(found);
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->server, customer);
        QCOMPARE(found.value()->server.lastPaymentIssue, customer.lastPaymentIssue);
        const auto plain = cache->customers().find(7);
        PAC_VERIFY_OK(plain);
        QVERIFY(plain.value().has_value());
        QVERIFY(!plain.value()->server.lastPaymentIssue);
    }

    // A row cached before the payment issue existed (no `last_payment_issue` member) still
    // reads, with its date: nothing is lost across the change.
    void aCopyCachedBeforeThePaymentIssueReads()
    {
        Customer old = sampleCustomer(8);
        old.lastPaymentIssueOn = QDate(2026, 3, 4);
        QJsonObject o = QJsonDocument::fromJson(customerJsonBytes(old)).object();
        o.remove(QStringLiteral("last_payment_issue"));
        const auto back = customerFromJson(o);
        QVERIFY(back.has_value());
        QCOMPARE(*back, old);
    }
};

QTEST_APPLESS_MAIN(TestStorageCustomerJson)
#include "tst_storage_customerjson.moc"
