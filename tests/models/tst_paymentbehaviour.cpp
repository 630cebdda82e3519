// Billing rule 7e (docs/billing-rules.md): payment behaviour over the last 12 months, pinned
// with literal rows.
#include "models/PaymentBehaviour.h"

#include <QTest>
#include <QTimeZone>

using namespace pac;

namespace {

const QDate kToday(2026, 12, 7);

// An invoice of `amount` cents issued on `on`, due 15 days later (Net 15) unless `dueDays`.
Invoice invoice(qint64 id, QDate on, qint64 amount, int dueDays = 15)
{
    Invoice i;
    i.id = id;
    i.number = QStringLiteral("INV-%1").arg(id);
    i.customerId = 42;
    i.issuedOn = on;
    i.dueOn = on.addDays(dueDays);
    i.amountCents = amount;
    i.status = InvoiceStatus::Open;
    return i;
}

Invoice paidInvoice(qint64 id, QDate on, qint64 amount, int dueDays = 15)
{
    Invoice i = invoice(id, on, amount, dueDays);
    i.paidCents = amount;
    i.status = InvoiceStatus::Paid;
    return i;
}

Payment payment(qint64 id, qint64 invoiceId, QDate on, qint64 amount, bool failed = false)
{
    Payment p;
    p.id = id;
    p.invoiceId = invoiceId;
    p.at = QDateTime(on, QTime(14, 30), QTimeZone::utc());
    p.amountCents = amount;
    p.outcome = failed ? PaymentOutcome::Failed : PaymentOutcome::Succeeded;
    if (failed)
        p.failureReason = QStringLiteral("insufficient funds");
    return p;
}

} // namespace

class TestPaymentBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void compute_data()
    {
        QTest::addColumn<QList<Invoice>>("invoices");
        QTest::addColumn<QList<Payment>>("payments");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("onTime");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("pastDue");
        QTest::addColumn<int>("averageTenths"); // -1: none
        QTest::addColumn<int>("failed");
        QTest::addColumn<qint64>("failedCents");

        QTest::newRow("no records")
            << QList<Invoice>() << QList<Payment>() << 0 << 0 << 0 << 0 << -1 << 0 << qint64(0);

        // Paid 10 and 20 days after issue (both on or before due with 30 days): 15.0.
        QTest::newRow("two on time")
            << QList<Invoice> {paidInvoice(1, QDate(2026, 10, 1), 10000, 30),
                               paidInvoice(2, QDate(2026, 11, 1), 10000, 30)}
            << QList<Payment> {payment(1, 1, QDate(2026, 10, 11), 10000),
                               payment(2, 2, QDate(2026, 11, 21), 10000)}
            << 2 << 2 << 0 << 0 << 150 << 0 << qint64(0);

        // Due 15 days after issue; paid on day 15 (on time: the due day itself) and day 16.
        QTest::newRow("due day on time, next day late")
            << QList<Invoice> {paidInvoice(1, QDate(2026, 9, 1), 5000),
                               paidInvoice(2, QDate(2026, 10, 1), 5000)}
            << QList<Payment> {payment(1, 1, QDate(2026, 9, 16), 5000),
                               payment(2, 2, QDate(2026, 10, 17), 5000)}
            << 2 << 1 << 1 << 0 << 155 << 0 << qint64(0);

        // The day paid is the one the succeeded total reaches the amount (rule 7c); a failed
        // attempt before it counts as a failed payment, not as a payment.
        QTest::newRow("failed then partial payments")
            << QList<Invoice> {paidInvoice(1, QDate(2026, 6, 1), 24000)}
            << QList<Payment> {payment(1, 1, QDate(2026, 6, 10), 24000, true),
                               payment(2, 1, QDate(2026, 6, 12), 4000),
                               payment(3, 1, QDate(2026, 6, 20), 20000)}
            << 1 << 0 << 1 << 0 << 190 << 1 << qint64(24000);

        // Unpaid after due_on on today: still past due, not "paid late", no day to count.
        QTest::newRow("still past due")
            << QList<Invoice> {invoice(1, QDate(2026, 11, 1), 9900)} << QList<Payment>() << 1 << 0
            << 0 << 1 << -1 << 0 << qint64(0);

        // Due today: still open, neither late nor past due.
        QTest::newRow("open, due today")
            << QList<Invoice> {invoice(1, QDate(2026, 11, 22), 9900)} << QList<Payment>() << 1 << 0
            << 0 << 0 << -1 << 0 << qint64(0);

        // The window: the same day a year ago counts, the day before does not; a payment
        // failed 13 months ago does not count either.
        QTest::newRow("window edges")
            << QList<Invoice> {paidInvoice(1, QDate(2025, 12, 7), 1000),
                               paidInvoice(2, QDate(2025, 12, 6), 1000)}
            << QList<Payment> {payment(1, 1, QDate(2025, 12, 8), 1000),
                               payment(2, 2, QDate(2025, 12, 7), 1000),
                               payment(3, 2, QDate(2025, 11, 6), 1000, true)}
            << 1 << 1 << 0 << 0 << 10 << 0 << qint64(0);

        // Void invoices and credit notes are not invoices to pay.
        QTest::newRow("void and credit note") <<
            [] {
                Invoice v = invoice(1, QDate(2026, 5, 1), 7000);
                v.status = InvoiceStatus::Void;
                return QList<Invoice> {v, paidInvoice(2, QDate(2026, 5, 2), -1500)};
            }() << QList<Payment>() << 0 << 0 << 0
                                              << 0 << -1 << 0 << qint64(0);

        // Paid by status but no payment reaches the amount: counted, neither on time nor late.
        QTest::newRow("settled otherwise")
            << QList<Invoice> {paidInvoice(1, QDate(2026, 4, 1), 8000)}
            << QList<Payment> {payment(1, 1, QDate(2026, 4, 3), 3000)} << 1 << 0 << 0 << 0 << -1
            << 0 << qint64(0);

        // Averages round half up to a tenth: 1, 2 and 2 days → 1.666… → 1.7.
        QTest::newRow("average rounds to a tenth")
            << QList<Invoice> {paidInvoice(1, QDate(2026, 1, 1), 100),
                               paidInvoice(2, QDate(2026, 2, 1), 100),
                               paidInvoice(3, QDate(2026, 3, 1), 100)}
            << QList<Payment> {payment(1, 1, QDate(2026, 1, 2), 100),
                               payment(2, 2, QDate(2026, 2, 3), 100),
                               payment(3, 3, QDate(2026, 3, 3), 100)}
            << 3 << 3 << 0 << 0 << 17 << 0 << qint64(0);

        // Issued in the future (a clock skew): not counted.
        QTest::newRow("issued after today")
            << QList<Invoice> {invoice(1, kToday.addDays(1), 5000)} << QList<Payment>() << 0 << 0
            << 0 << 0 << -1 << 0 << qint64(0);
    }

    void compute()
    {
        QFETCH(QList<Invoice>, invoices);
        QFETCH(QList<Payment>, payments);
        QFETCH(int, count);
        QFETCH(int, onTime);
        QFETCH(int, late);
        QFETCH(int, pastDue);
        QFETCH(int, averageTenths);
        QFETCH(int, failed);
        QFETCH(qint64, failedCents);

        const PaymentBehaviour::Result r = PaymentBehaviour::compute(invoices, payments, kToday);
        QCOMPARE(r.from, QDate(2025, 12, 7));
        QCOMPARE(r.until, kToday);
        QCOMPARE(r.invoices, count);
        QCOMPARE(r.paidOnTime, onTime);
        QCOMPARE(r.paidLate, late);
        QCOMPARE(r.stillPastDue, pastDue);
        QCOMPARE(r.averageDaysToPayTenths.value_or(-1), averageTenths);
        QCOMPARE(r.failedPayments, failed);
        QCOMPARE(r.failedCents, failedCents);

        // The order of the lists does not matter.
        QList<Invoice> reversedInvoices(invoices.rbegin(), invoices.rend());
        QList<Payment> reversedPayments(payments.rbegin(), payments.rend());
        QCOMPARE(PaymentBehaviour::compute(reversedInvoices, reversedPayments, kToday), r);
    }

    void texts()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        PaymentBehaviour::Result none = PaymentBehaviour::compute({}, {}, kToday);
        QCOMPARE(PaymentBehaviour::summary(none),
                 QStringLiteral("No invoices in the last 12 months"));
        QCOMPARE(PaymentBehaviour::averageDaysToPayText(none),
                 QStringLiteral("No invoice paid yet"));
        QCOMPARE(PaymentBehaviour::paidLateText(none), QStringLiteral("No invoices"));
        QCOMPARE(PaymentBehaviour::failedPaymentsText(none, QStringLiteral("$0.00")),
                 QStringLiteral("None"));

        PaymentBehaviour::Result r;
        r.invoices = 12;
        r.paidOnTime = 9;
        r.paidLate = 2;
        r.stillPastDue = 1;
        r.averageDaysToPayTenths = 95;
        r.failedPayments = 1;
        r.failedCents = 24000;
        // Plurals come from the translation; untranslated, Qt leaves "(s)" as written.
        QVERIFY(PaymentBehaviour::summary(r).startsWith(QStringLiteral("12 invoice")));
        QVERIFY(PaymentBehaviour::summary(r).contains(QStringLiteral("2 paid late")));
        QVERIFY(PaymentBehaviour::summary(r).contains(QStringLiteral("1 past due")));
        QCOMPARE(PaymentBehaviour::averageDaysToPayText(r), QStringLiteral("9.5 days"));
        QVERIFY(PaymentBehaviour::paidLateText(r).startsWith(QStringLiteral("2 of 12")));
        QCOMPARE(PaymentBehaviour::failedPaymentsText(r, QStringLiteral("$240.00")),
                 QStringLiteral("1 ($240.00)"));
        r.averageDaysToPayTenths = 120;
        QCOMPARE(PaymentBehaviour::averageDaysToPayText(r), QStringLiteral("12 days"));

        PaymentBehaviour::Result clean;
        clean.invoices = 3;
        clean.paidOnTime = 3;
        QVERIFY(PaymentBehaviour::summary(clean).endsWith(QStringLiteral("all paid on time")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentBehaviour)
#include "tst_paymentbehaviour.moc"
