// Billing rule 7a–c (docs/billing-rules.md): due dates, the status on a day, the day an
// invoice was paid and the customer's last payment issue, pinned with literal rows.
#include "models/InvoiceRules.h"

#include <QTest>
#include <QTimeZone>

using namespace pac;

namespace {

QDateTime utc(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Invoice invoice(qint64 id, const QString &number, QDate dueOn, qint64 amount, qint64 paid,
                InvoiceStatus stored = InvoiceStatus::Open)
{
    Invoice i;
    i.id = id;
    i.number = number;
    i.customerId = 42;
    i.issuedOn = dueOn.addDays(-15);
    i.periodStart = QDate(i.issuedOn.year(), i.issuedOn.month(), 1).addMonths(-1);
    i.periodEnd = QDate(i.issuedOn.year(), i.issuedOn.month(), 1).addDays(-1);
    i.dueOn = dueOn;
    i.amountCents = amount;
    i.paidCents = paid;
    i.status = stored;
    return i;
}

Payment payment(qint64 id, qint64 invoiceId, const QDateTime &at, qint64 amount,
                PaymentOutcome outcome = PaymentOutcome::Succeeded,
                const std::optional<QString> &reason = std::nullopt)
{
    return {id, invoiceId, at, PaymentMethodKind::Card, amount, outcome, reason};
}

Payment failed(qint64 id, qint64 invoiceId, const QDateTime &at, qint64 amount,
               const std::optional<QString> &reason = QStringLiteral("insufficient funds"))
{
    return payment(id, invoiceId, at, amount, PaymentOutcome::Failed, reason);
}

const QString kInv142 = QStringLiteral("INV-2026-0142");
const QString kInv150 = QStringLiteral("INV-2026-0150");

} // namespace

class TestInvoiceRules : public QObject
{
    Q_OBJECT

private slots:
    void dueOn_data()
    {
        QTest::addColumn<QDate>("issuedOn");
        QTest::addColumn<PaymentTermsKind>("terms");
        QTest::addColumn<QDate>("expected");
        const auto receipt = PaymentTermsKind::DueOnReceipt;
        const auto net15 = PaymentTermsKind::Net15;
        QTest::newRow("due on receipt: the issue date")
            << QDate(2026, 10, 1) << receipt << QDate(2026, 10, 1);
        QTest::newRow("due on receipt on the last day of a year")
            << QDate(2026, 12, 31) << receipt << QDate(2026, 12, 31);
        QTest::newRow("net 15: 15 days later")
            << QDate(2026, 10, 1) << net15 << QDate(2026, 10, 16);
        QTest::newRow("net 15 across a month end")
            << QDate(2026, 10, 20) << net15 << QDate(2026, 11, 4);
        QTest::newRow("net 15 across the year end")
            << QDate(2026, 12, 20) << net15 << QDate(2027, 1, 4);
        QTest::newRow("net 15 over a leap February")
            << QDate(2028, 2, 20) << net15 << QDate(2028, 3, 6);
        QTest::newRow("net 15 over a common February")
            << QDate(2027, 2, 20) << net15 << QDate(2027, 3, 7);
    }

    void dueOn()
    {
        QFETCH(QDate, issuedOn);
        QFETCH(PaymentTermsKind, terms);
        QFETCH(QDate, expected);
        QCOMPARE(InvoiceRules::dueOn(issuedOn, terms), expected);
    }

    void statusOn_data()
    {
        QTest::addColumn<InvoiceStatus>("stored");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        // Due 2026-10-16 throughout.
        using S = InvoiceStatus;
        QTest::newRow("unpaid, before the due day")
            << S::Open << 24000LL << 0LL << QDate(2026, 10, 15) << "open";
        QTest::newRow("unpaid, on the due day: still open")
            << S::Open << 24000LL << 0LL << QDate(2026, 10, 16) << "open";
        QTest::newRow("unpaid, the day after the due day: past due")
            << S::Open << 24000LL << 0LL << QDate(2026, 10, 17) << "past_due";
        QTest::newRow("partly paid after the due day: past due")
            << S::Open << 24000LL << 23999LL << QDate(2026, 10, 20) << "past_due";
        QTest::newRow("paid in full before the due day")
            << S::Open << 24000LL << 24000LL << QDate(2026, 10, 10) << "paid";
        QTest::newRow("paid in full, long after")
            << S::Open << 24000LL << 24000LL << QDate(2027, 3, 1) << "paid";
        QTest::newRow("overpaid") << S::Open << 24000LL << 25000LL << QDate(2026, 11, 1) << "paid";
        QTest::newRow("void stays void though unpaid past due")
            << S::Void << 24000LL << 0LL << QDate(2026, 11, 1) << "void";
        QTest::newRow("void stays void though paid")
            << S::Void << 24000LL << 24000LL << QDate(2026, 11, 1) << "void";
        QTest::newRow("credit note: paid at once")
            << S::Open << -5000LL << 0LL << QDate(2026, 11, 1) << "paid";
        QTest::newRow("zero invoice: paid")
            << S::Open << 0LL << 0LL << QDate(2026, 11, 1) << "paid";
        QTest::newRow("stored paid but unpaid: derived again")
            << S::Paid << 24000LL << 0LL << QDate(2026, 11, 1) << "past_due";
        QTest::newRow("stored past due but paid since")
            << S::PastDue << 24000LL << 24000LL << QDate(2026, 11, 1) << "paid";
    }

    void statusOn()
    {
        QFETCH(InvoiceStatus, stored);
        QFETCH(qint64, amount);
        QFETCH(qint64, paid);
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        const Invoice i = invoice(1, kInv142, QDate(2026, 10, 16), amount, paid, stored);
        QCOMPARE(toWire(InvoiceRules::statusOn(i, today)), expected);
        QCOMPARE(InvoiceRules::isStillPastDue(i, today), expected == u"past_due");
    }

    // 7b: what is past due on a day — unpaid remainders of the past-due invoices only.
    void pastDueCents()
    {
        const QList<Invoice> invoices {
            invoice(1, kInv142, QDate(2026, 10, 16), 24000, 4000, InvoiceStatus::Open),
            invoice(2, kInv150, QDate(2026, 11, 16), 9900, 0, InvoiceStatus::Open),
            invoice(3, QStringLiteral("INV-2026-0160"), QDate(2026, 9, 16), 5000, 5000,
                    InvoiceStatus::Paid),
            invoice(4, QStringLiteral("INV-2026-0170"), QDate(2026, 9, 16), 7000, 0,
                    InvoiceStatus::Void),
        };
        QCOMPARE(InvoiceRules::pastDueCents({}, QDate(2026, 12, 1)), 0);
        // On the due day itself nothing is past due yet.
        QCOMPARE(InvoiceRules::pastDueCents(invoices, QDate(2026, 10, 16)), 0);
        QCOMPARE(InvoiceRules::pastDueCents(invoices, QDate(2026, 10, 17)), 20000);
        QCOMPARE(InvoiceRules::pastDueCents(invoices, QDate(2026, 11, 16)), 20000);
        QCOMPARE(InvoiceRules::pastDueCents(invoices, QDate(2026, 11, 17)), 29900);
    }

    void paidOn_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QList<Payment>>("payments");
        QTest::addColumn<QDate>("expected"); // invalid: not paid
        const QDate none;
        QTest::newRow("no payments") << 24000LL << QList<Payment> {} << none;
        QTest::newRow("one payment in full")
            << 24000LL << QList<Payment> {payment(1, 1, utc(2026, 10, 5), 24000)}
            << QDate(2026, 10, 5);
        QTest::newRow("two partial payments: the day of the one that completes it")
            << 24000LL
            << QList<Payment> {payment(1, 1, utc(2026, 10, 5), 10000),
                               payment(2, 1, utc(2026, 10, 20), 14000)}
            << QDate(2026, 10, 20);
        QTest::newRow("only partly paid: not paid")
            << 24000LL << QList<Payment> {payment(1, 1, utc(2026, 10, 5), 23999)} << none;
        QTest::newRow("a failed payment does not count")
            << 24000LL
            << QList<Payment> {failed(1, 1, utc(2026, 10, 3), 24000),
                               payment(2, 1, utc(2026, 10, 7), 24000)}
            << QDate(2026, 10, 7);
        QTest::newRow("another invoice's payment does not count")
            << 24000LL
            << QList<Payment> {payment(1, 2, utc(2026, 10, 2), 24000),
                               payment(2, 1, utc(2026, 10, 9), 24000)}
            << QDate(2026, 10, 9);
        QTest::newRow("list out of time order: the earliest that completes it")
            << 24000LL
            << QList<Payment> {payment(1, 1, utc(2026, 10, 20), 24000),
                               payment(2, 1, utc(2026, 10, 5), 24000)}
            << QDate(2026, 10, 5);
        QTest::newRow("late evening in UTC-5 is the next UTC day")
            << 24000LL
            << QList<Payment> {payment(
                   1, 1, QDateTime(QDate(2026, 10, 16), QTime(20, 0), QTimeZone(-5 * 3600)), 24000)}
            << QDate(2026, 10, 17);
        QTest::newRow("overpaid in one payment")
            << 24000LL << QList<Payment> {payment(1, 1, utc(2026, 10, 8), 30000)}
            << QDate(2026, 10, 8);
        QTest::newRow("credit note: settled on its issue day")
            << -5000LL << QList<Payment> {} << QDate(2026, 10, 1);
        QTest::newRow("zero invoice: settled on its issue day")
            << 0LL << QList<Payment> {} << QDate(2026, 10, 1);
    }

    void paidOn()
    {
        QFETCH(qint64, amount);
        QFETCH(QList<Payment>, payments);
        QFETCH(QDate, expected);
        // Issued 2026-10-01, due 2026-10-16.
        const Invoice i = invoice(1, kInv142, QDate(2026, 10, 16), amount, 0);
        QCOMPARE(InvoiceRules::paidOn(i, payments).value_or(QDate()), expected);
    }

    void lastPaymentIssue_data()
    {
        QTest::addColumn<QList<Invoice>>("invoices");
        QTest::addColumn<QList<Payment>>("payments");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("kind"); // empty: no issue
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("reason"); // empty: null
        QTest::addColumn<bool>("stillPastDue");

        const QDate today(2027, 1, 20);
        const QDate due(2026, 10, 16);
        const Invoice paid142 = invoice(1, kInv142, due, 24000, 24000);
        const Invoice unpaid142 = invoice(1, kInv142, QDate(2027, 1, 5), 24000, 0);

        QTest::newRow("no invoices, no payments")
            << QList<Invoice> {} << QList<Payment> {} << today << ""
            << "" << QDate() << 0LL << "" << false;
        QTest::newRow("paid before the due day: none")
            << QList<Invoice> {paid142} << QList<Payment> {payment(1, 1, utc(2026, 10, 10), 24000)}
            << today << ""
            << "" << QDate() << 0LL << "" << false;
        QTest::newRow("paid on the due day: none")
            << QList<Invoice> {paid142} << QList<Payment> {payment(1, 1, utc(2026, 10, 16), 24000)}
            << today << ""
            << "" << QDate() << 0LL << "" << false;
        QTest::newRow("paid the day after the due day: an issue until that day")
            << QList<Invoice> {paid142} << QList<Payment> {payment(1, 1, utc(2026, 10, 17), 24000)}
            << today << "past_due" << kInv142 << QDate(2026, 10, 17) << 24000LL << "" << false;
        QTest::newRow("failed, then paid on time: the failed payment")
            << QList<Invoice> {paid142}
            << QList<Payment> {failed(1, 1, utc(2026, 10, 3), 24000),
                               payment(2, 1, utc(2026, 10, 5), 24000)}
            << today << "failed_payment" << kInv142 << QDate(2026, 10, 3) << 24000LL
            << "insufficient funds" << false;
        QTest::newRow("failed, then paid late: the day it was paid")
            << QList<Invoice> {paid142}
            << QList<Payment> {failed(1, 1, utc(2026, 10, 3), 24000),
                               payment(2, 1, utc(2026, 10, 21), 24000)}
            << today << "past_due" << kInv142 << QDate(2026, 10, 21) << 24000LL << "" << false;
        QTest::newRow("still past due: today")
            << QList<Invoice> {unpaid142} << QList<Payment> {} << today << "past_due" << kInv142
            << today << 24000LL << "" << true;
        QTest::newRow("partly paid and past due: still past due, the invoice's amount")
            << QList<Invoice> {invoice(1, kInv142, QDate(2027, 1, 5), 24000, 10000)}
            << QList<Payment> {payment(1, 1, utc(2027, 1, 2), 10000)} << today << "past_due"
            << kInv142 << today << 24000LL << "" << true;
        QTest::newRow("open, due today: none")
            << QList<Invoice> {invoice(1, kInv142, today, 24000, 0)} << QList<Payment> {} << today
            << ""
            << "" << QDate() << 0LL << "" << false;
        QTest::newRow("void though unpaid past due: none") << QList<Invoice> {invoice(
            1, kInv142, QDate(2027, 1, 5), 24000, 0, InvoiceStatus::Void)}
                                                           << QList<Payment> {} << today << ""
                                                           << "" << QDate() << 0LL << "" << false;
        QTest::newRow("credit note: never an issue")
            << QList<Invoice> {invoice(1, kInv142, QDate(2027, 1, 5), -5000, 0)}
            << QList<Payment> {} << today << ""
            << "" << QDate() << 0LL << "" << false;
        QTest::newRow("paid, but the payments do not reach it: not counted late")
            << QList<Invoice> {paid142} << QList<Payment> {payment(1, 1, utc(2026, 11, 1), 1000)}
            << today << ""
            << "" << QDate() << 0LL << "" << false;
        QTest::newRow("a later failed payment beats an earlier late payment")
            << QList<Invoice> {paid142, invoice(2, kInv150, QDate(2026, 11, 16), 30000, 30000)}
            << QList<Payment> {payment(1, 1, utc(2026, 10, 21), 24000),
                               failed(2, 2, utc(2026, 11, 3), 30000,
                                      QStringLiteral("card expired")),
                               payment(3, 2, utc(2026, 11, 4), 30000)}
            << today << "failed_payment" << kInv150 << QDate(2026, 11, 3) << 30000LL
            << "card expired" << false;
        QTest::newRow("same day: still past due before a failed payment")
            << QList<Invoice> {unpaid142}
            << QList<Payment> {failed(1, 1, utc(2027, 1, 20, 9), 24000)} << today << "past_due"
            << kInv142 << today << 24000LL << "" << true;
        QTest::newRow("same day: a failed payment before a late payment")
            << QList<Invoice> {paid142, invoice(2, kInv150, QDate(2026, 11, 16), 30000, 30000)}
            << QList<Payment> {payment(1, 1, utc(2026, 10, 21), 24000),
                               failed(2, 2, utc(2026, 10, 21, 8), 30000, std::nullopt),
                               payment(3, 2, utc(2026, 10, 22), 30000)}
            << today << "failed_payment" << kInv150 << QDate(2026, 10, 21) << 30000LL << ""
            << false;
        QTest::newRow("same day: the later of two failed payments")
            << QList<Invoice> {paid142}
            << QList<Payment> {failed(7, 1, utc(2026, 10, 3, 15), 12000,
                                      QStringLiteral("card expired")),
                               failed(8, 1, utc(2026, 10, 3, 8), 24000),
                               payment(9, 1, utc(2026, 10, 4), 24000)}
            << today << "failed_payment" << kInv142 << QDate(2026, 10, 3) << 12000LL
            << "card expired" << false;
        QTest::newRow("same instant: the higher payment id")
            << QList<Invoice> {paid142}
            << QList<Payment> {failed(8, 1, utc(2026, 10, 3, 8), 24000),
                               failed(7, 1, utc(2026, 10, 3, 8), 12000,
                                      QStringLiteral("card expired")),
                               payment(9, 1, utc(2026, 10, 4), 24000)}
            << today << "failed_payment" << kInv142 << QDate(2026, 10, 3) << 24000LL
            << "insufficient funds" << false;
        QTest::newRow("two invoices still past due: the most overdue")
            << QList<Invoice> {unpaid142, invoice(2, kInv150, QDate(2026, 12, 20), 30000, 0)}
            << QList<Payment> {} << today << "past_due" << kInv150 << today << 30000LL << ""
            << true;
        QTest::newRow("two invoices paid late the same day: the most overdue")
            << QList<Invoice> {invoice(1, kInv142, QDate(2026, 10, 16), 24000, 24000),
                               invoice(2, kInv150, QDate(2026, 10, 1), 30000, 30000)}
            << QList<Payment> {payment(1, 1, utc(2026, 10, 21), 24000),
                               payment(2, 2, utc(2026, 10, 21), 30000)}
            << today << "past_due" << kInv150 << QDate(2026, 10, 21) << 30000LL << "" << false;
        QTest::newRow("failed payment for an unknown invoice: no number")
            << QList<Invoice> {} << QList<Payment> {failed(1, 999, utc(2026, 9, 1), 5000)} << today
            << "failed_payment"
            << "" << QDate(2026, 9, 1) << 5000LL << "insufficient funds" << false;
        QTest::newRow("failed payment on an invoice voided since: still an issue")
            << QList<Invoice> {invoice(1, kInv142, due, 24000, 0, InvoiceStatus::Void)}
            << QList<Payment> {failed(1, 1, utc(2026, 10, 3), 24000, std::nullopt)} << today
            << "failed_payment" << kInv142 << QDate(2026, 10, 3) << 24000LL << "" << false;
    }

    void lastPaymentIssue()
    {
        QFETCH(QList<Invoice>, invoices);
        QFETCH(QList<Payment>, payments);
        QFETCH(QDate, today);
        QFETCH(QString, kind);
        QFETCH(QString, number);
        QFETCH(QDate, on);
        QFETCH(qint64, amount);
        QFETCH(QString, reason);
        QFETCH(bool, stillPastDue);

        const std::optional<PaymentIssue> issue
            = InvoiceRules::lastPaymentIssue(invoices, payments, today);
        QCOMPARE(issue.has_value(), !kind.isEmpty());
        if (!issue)
            return;
        QCOMPARE(toWire(issue->kind), kind);
        QCOMPARE(issue->invoiceNumber, number);
        QCOMPARE(issue->on, on);
        QCOMPARE(issue->amountCents, amount);
        QCOMPARE(issue->failureReason.value_or(QString()), reason);
        QCOMPARE(issue->failureReason.has_value(), !reason.isEmpty());
        QCOMPARE(issue->stillPastDue, stillPastDue);

        // The answer does not depend on the order of the lists.
        QList<Invoice> reversedInvoices(invoices.rbegin(), invoices.rend());
        QList<Payment> reversedPayments(payments.rbegin(), payments.rend());
        QCOMPARE(InvoiceRules::lastPaymentIssue(reversedInvoices, reversedPayments, today), issue);
    }

    void wireNames()
    {
        QCOMPARE(toWire(InvoiceStatus::Open), QStringLiteral("open"));
        QCOMPARE(toWire(InvoiceStatus::Paid), QStringLiteral("paid"));
        QCOMPARE(toWire(InvoiceStatus::PastDue), QStringLiteral("past_due"));
        QCOMPARE(toWire(InvoiceStatus::Void), QStringLiteral("void"));
        QCOMPARE(toWire(PaymentMethodKind::Card), QStringLiteral("card"));
        QCOMPARE(toWire(PaymentMethodKind::Ach), QStringLiteral("ach"));
        QCOMPARE(toWire(PaymentOutcome::Succeeded), QStringLiteral("succeeded"));
        QCOMPARE(toWire(PaymentOutcome::Failed), QStringLiteral("failed"));
        QCOMPARE(toWire(PaymentIssueKind::FailedPayment), QStringLiteral("failed_payment"));
        QCOMPARE(toWire(PaymentIssueKind::PastDue), QStringLiteral("past_due"));
        QCOMPARE(invoiceStatusFromWire(u"past_due"), std::optional(InvoiceStatus::PastDue));
        QVERIFY(!invoiceStatusFromWire(u"overdue"));
        QCOMPARE(paymentMethodKindFromWire(u"ach"), std::optional(PaymentMethodKind::Ach));
        QVERIFY(!paymentMethodKindFromWire(u"cash"));
        QCOMPARE(paymentOutcomeFromWire(u"failed"), std::optional(PaymentOutcome::Failed));
        QVERIFY(!paymentOutcomeFromWire(u"Failed"));
        QCOMPARE(paymentIssueKindFromWire(u"past_due"), std::optional(PaymentIssueKind::PastDue));
        QVERIFY(!paymentIssueKindFromWire(u"late"));
    }
};

QTEST_APPLESS_MAIN(TestInvoiceRules)
#include "tst_invoicerules.moc"
