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
};

QTEST_APPLESS_MAIN(TestStorageCustomerJson)
#include "tst_storage_customerjson.moc"
