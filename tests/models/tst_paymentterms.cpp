#include "models/BillingText.h"
#include "models/PaymentTerms.h"

#include <QTest>

using namespace pac;

class TestPaymentTerms : public QObject
{
    Q_OBJECT

private slots:
    void change_data()
    {
        QTest::addColumn<CustomerStatus>("status");
        QTest::addColumn<PaymentTermsKind>("current");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<PaymentTermsKind>("target");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<bool>("changed");
        QTest::addColumn<PaymentTermsKind>("terms");
        QTest::addColumn<qint64>("newLimit");

        using T = PaymentTermsKind;
        using S = CustomerStatus;
        QTest::newRow("net15 with no limit gets $500")
            << S::Active << T::DueOnReceipt << qint64(0) << T::Net15 << "" << true << T::Net15
            << qint64(50000);
        QTest::newRow("net15 with $499.99 gets $500")
            << S::Active << T::DueOnReceipt << qint64(49999) << T::Net15 << "" << true << T::Net15
            << qint64(50000);
        QTest::newRow("net15 with exactly $500 keeps it")
            << S::Active << T::DueOnReceipt << qint64(50000) << T::Net15 << "" << true << T::Net15
            << qint64(50000);
        QTest::newRow("net15 with $500.01 keeps the higher limit")
            << S::Active << T::DueOnReceipt << qint64(50001) << T::Net15 << "" << true << T::Net15
            << qint64(50001);
        QTest::newRow("net15 with $2,500 approved keeps it")
            << S::Active << T::DueOnReceipt << qint64(250000) << T::Net15 << "" << true << T::Net15
            << qint64(250000);
        QTest::newRow("back to due on receipt keeps the limit")
            << S::Active << T::Net15 << qint64(75000) << T::DueOnReceipt << "" << true
            << T::DueOnReceipt << qint64(75000);
        QTest::newRow("net15 again is a no-op")
            << S::Active << T::Net15 << qint64(30000) << T::Net15 << "" << false << T::Net15
            << qint64(30000);
        QTest::newRow("due on receipt again is a no-op")
            << S::Active << T::DueOnReceipt << qint64(0) << T::DueOnReceipt << "" << false
            << T::DueOnReceipt << qint64(0);
        QTest::newRow("suspended customer refused")
            << S::Suspended << T::DueOnReceipt << qint64(0) << T::Net15 << "not_active" << false
            << T::DueOnReceipt << qint64(0);
        QTest::newRow("closed customer refused")
            << S::Closed << T::Net15 << qint64(50000) << T::DueOnReceipt << "not_active" << false
            << T::Net15 << qint64(50000);
        QTest::newRow("suspended customer refused even for its own terms")
            << S::Suspended << T::Net15 << qint64(50000) << T::Net15 << "not_active" << false
            << T::Net15 << qint64(50000);
    }

    void change()
    {
        QFETCH(CustomerStatus, status);
        QFETCH(PaymentTermsKind, current);
        QFETCH(qint64, limit);
        QFETCH(PaymentTermsKind, target);
        QFETCH(QString, code);
        QFETCH(bool, changed);
        QFETCH(PaymentTermsKind, terms);
        QFETCH(qint64, newLimit);

        Customer customer;
        customer.status = status;
        customer.paymentTerms = current;
        customer.creditLimitCents = limit;
        for (const PaymentTerms::Change &c : {PaymentTerms::change(status, current, limit, target),
                                              PaymentTerms::change(customer, target)}) {
            QCOMPARE(c.ok(), code.isEmpty());
            if (c.error) {
                QCOMPARE(c.error->code, code);
                QCOMPARE(c.error->field, QStringLiteral("terms"));
                QVERIFY(!c.error->message.isEmpty());
            }
            QCOMPARE(c.changed, changed);
            QCOMPARE(toWire(c.terms), toWire(terms));
            QCOMPARE(c.creditLimitCents, newLimit);
        }
    }

    void limitOn()
    {
        QCOMPARE(PaymentTerms::limitOn(PaymentTermsKind::Net15, 0),
                 PaymentTerms::Net15DefaultLimitCents);
        QCOMPARE(PaymentTerms::Net15DefaultLimitCents, qint64(50000));
        QCOMPARE(PaymentTerms::limitOn(PaymentTermsKind::Net15, 90000), qint64(90000));
        QCOMPARE(PaymentTerms::limitOn(PaymentTermsKind::DueOnReceipt, 90000), qint64(90000));
        QCOMPARE(PaymentTerms::limitOn(PaymentTermsKind::DueOnReceipt, 0), qint64(0));
    }

    void displayNames()
    {
        const QString dor = BillingText::termsName(PaymentTermsKind::DueOnReceipt);
        const QString net15 = BillingText::termsName(PaymentTermsKind::Net15);
        QCOMPARE(dor, QStringLiteral("Due on receipt"));
        QCOMPARE(net15, QStringLiteral("Net 15"));
    }
};

QTEST_APPLESS_MAIN(TestPaymentTerms)
#include "tst_paymentterms.moc"
