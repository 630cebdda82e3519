// Billing rule 7d (docs/billing-rules.md): the Net 15 what-if, pinned with literal rows.
#include "models/Money.h"
#include "models/NetFifteenWhatIf.h"

#include <QTest>

using namespace pac;

namespace {

Invoice issued(QDate on, qint64 amount, InvoiceStatus status = InvoiceStatus::Paid)
{
    static qint64 nextId = 1;
    Invoice i;
    i.id = nextId++;
    i.number = QStringLiteral("INV-%1-%2").arg(on.year()).arg(i.id, 4, 10, QLatin1Char('0'));
    i.customerId = 42;
    i.issuedOn = on;
    i.dueOn = on.addDays(15);
    i.amountCents = amount;
    i.paidCents = status == InvoiceStatus::Paid ? amount : 0;
    i.status = status;
    return i;
}

QString basisName(NetFifteenWhatIf::Basis basis)
{
    switch (basis) {
    case NetFifteenWhatIf::Basis::NoInvoices:
        return QStringLiteral("none");
    case NetFifteenWhatIf::Basis::CurrentMonthOnly:
        return QStringLiteral("current month");
    case NetFifteenWhatIf::Basis::FewerMonths:
        return QStringLiteral("fewer months");
    case NetFifteenWhatIf::Basis::ThreeMonths:
        return QStringLiteral("three months");
    }
    return {};
}

} // namespace

class TestNet15WhatIf : public QObject
{
    Q_OBJECT

private slots:
    void compute_data()
    {
        QTest::addColumn<QList<Invoice>>("invoices");
        QTest::addColumn<qint64>("currentLimit");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("average");
        QTest::addColumn<qint64>("exposure");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("exceeds");
        QTest::addColumn<qint64>("suggested");

        // Today is 2026-11-15: the complete months are August to October.
        const QDate today(2026, 11, 15);
        const QDate none;
        const auto d = [](int m, int day) { return QDate(2026, m, day); };
        const auto v = InvoiceStatus::Void;

        QTest::newRow("no invoices: nothing to go on, the $500 default")
            << QList<Invoice> {} << 0LL << today << "none" << 0 << none << none << 0LL << 0LL << 0LL
            << 50000LL << false << 50000LL;
        QTest::newRow("only void invoices: as none")
            << QList<Invoice> {issued(d(10, 1), 30000, v)} << 0LL << today << "none" << 0 << none
            << none << 0LL << 0LL << 0LL << 50000LL << false << 50000LL;
        QTest::newRow("an invoice dated after today: as none")
            << QList<Invoice> {issued(d(11, 20), 30000)} << 0LL << today << "none" << 0 << none
            << none << 0LL << 0LL << 0LL << 50000LL << false << 50000LL;
        QTest::newRow("one month: the first invoice last month")
            << QList<Invoice> {issued(d(10, 1), 30000), issued(d(11, 1), 90000)} << 0LL << today
            << "fewer months" << 1 << d(10, 1) << d(10, 31) << 30000LL << 30000LL << 45000LL
            << 50000LL << false << 50000LL;
        QTest::newRow("two months of history")
            << QList<Invoice> {issued(d(9, 1), 20000), issued(d(10, 1), 40000),
                               issued(d(11, 1), 50000)}
            << 0LL << today << "fewer months" << 2 << d(9, 1) << d(10, 31) << 60000LL << 30000LL
            << 45000LL << 50000LL << false << 50000LL;
        QTest::newRow("only this month's invoice: one month so far")
            << QList<Invoice> {issued(d(11, 1), 40000)} << 0LL << today << "current month" << 1
            << d(11, 1) << today << 40000LL << 40000LL << 60000LL << 50000LL << true << 60000LL;
        QTest::newRow("three steady months (older and current ones left out)")
            << QList<Invoice> {issued(d(7, 1), 99999), issued(d(8, 1), 30000),
                               issued(d(9, 1), 30000), issued(d(10, 1), 30000),
                               issued(d(11, 1), 30000)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 90000LL << 30000LL
            << 45000LL << 50000LL << false << 50000LL;
        QTest::newRow("history from mid-August: August counts")
            << QList<Invoice> {issued(d(8, 20), 15000), issued(d(9, 1), 30000),
                               issued(d(10, 1), 30000)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 75000LL << 25000LL
            << 37500LL << 50000LL << false << 50000LL;
        QTest::newRow("seasonal: a busy October, rounding up once")
            << QList<Invoice> {issued(d(8, 1), 12345), issued(d(9, 1), 23456),
                               issued(d(10, 1), 98765)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 134566LL << 44855LL
            << 67283LL << 50000LL << true << 70000LL;
        QTest::newRow("credit note reduces its month")
            << QList<Invoice> {issued(d(8, 1), 30000), issued(d(9, 1), 30000),
                               issued(d(9, 15), -10000), issued(d(10, 1), 30000)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 80000LL << 26667LL
            << 40000LL << 50000LL << false << 50000LL;
        QTest::newRow("credit note above the usage: exposure not below zero")
            << QList<Invoice> {issued(d(10, 1), 10000), issued(d(10, 5), -40000)} << 0LL << today
            << "fewer months" << 1 << d(10, 1) << d(10, 31) << -30000LL << -30000LL << 0LL
            << 50000LL << false << 50000LL;
        QTest::newRow("void invoices do not count")
            << QList<Invoice> {issued(d(8, 1), 30000), issued(d(9, 1), 30000),
                               issued(d(10, 1), 30000), issued(d(10, 2), 500000, v)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 90000LL << 30000LL
            << 45000LL << 50000LL << false << 50000LL;
        QTest::newRow("a void invoice does not start the history")
            << QList<Invoice> {issued(d(6, 1), 10000, v), issued(d(10, 1), 30000)} << 0LL << today
            << "fewer months" << 1 << d(10, 1) << d(10, 31) << 30000LL << 30000LL << 45000LL
            << 50000LL << false << 50000LL;
        QTest::newRow("exposure exactly at the limit: fits")
            << QList<Invoice> {issued(d(8, 1), 33333), issued(d(9, 1), 33333),
                               issued(d(10, 1), 33334)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 100000LL << 33333LL
            << 50000LL << 50000LL << false << 50000LL;
        QTest::newRow("a cent above the limit: exceeds")
            << QList<Invoice> {issued(d(8, 1), 33333), issued(d(9, 1), 33333),
                               issued(d(10, 1), 33335)}
            << 0LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 100001LL << 33334LL
            << 50001LL << 50000LL << true << 60000LL;
        QTest::newRow("a higher approved limit is what Net 15 gives")
            << QList<Invoice> {issued(d(8, 1), 80000), issued(d(9, 1), 80000),
                               issued(d(10, 1), 80000)}
            << 150000LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 240000LL
            << 80000LL << 120000LL << 150000LL << false << 120000LL;
        QTest::newRow("above a higher approved limit")
            << QList<Invoice> {issued(d(8, 1), 80000), issued(d(9, 1), 80000),
                               issued(d(10, 1), 80000)}
            << 100000LL << today << "three months" << 3 << d(8, 1) << d(10, 31) << 240000LL
            << 80000LL << 120000LL << 100000LL << true << 120000LL;
        QTest::newRow("an approved limit below $500: the default")
            << QList<Invoice> {issued(d(10, 1), 40000)} << 20000LL << today << "fewer months" << 1
            << d(10, 1) << d(10, 31) << 40000LL << 40000LL << 60000LL << 50000LL << true << 60000LL;
        QTest::newRow("dormant: invoices only long ago")
            << QList<Invoice> {issued(QDate(2026, 1, 1), 30000)} << 0LL << today << "three months"
            << 3 << d(8, 1) << d(10, 31) << 0LL << 0LL << 0LL << 50000LL << false << 50000LL;
        QTest::newRow("January: the months of the year before")
            << QList<Invoice> {issued(d(10, 1), 30000), issued(d(11, 1), 30000),
                               issued(d(12, 1), 30000), issued(QDate(2027, 1, 1), 90000)}
            << 0LL << QDate(2027, 1, 10) << "three months" << 3 << d(10, 1) << d(12, 31) << 90000LL
            << 30000LL << 45000LL << 50000LL << false << 50000LL;
    }

    void compute()
    {
        QFETCH(QList<Invoice>, invoices);
        QFETCH(qint64, currentLimit);
        QFETCH(QDate, today);
        QFETCH(QString, basis);
        QFETCH(int, months);
        QFETCH(QDate, from);
        QFETCH(QDate, until);
        QFETCH(qint64, total);
        QFETCH(qint64, average);
        QFETCH(qint64, exposure);
        QFETCH(qint64, limit);
        QFETCH(bool, exceeds);
        QFETCH(qint64, suggested);

        const NetFifteenWhatIf::Result r = NetFifteenWhatIf::compute(invoices, currentLimit, today);
        QCOMPARE(basisName(r.basis), basis);
        QCOMPARE(r.months, months);
        QCOMPARE(r.from, from);
        QCOMPARE(r.until, until);
        QCOMPARE(r.totalCents, total);
        QCOMPARE(r.averageMonthlyCents, average);
        QCOMPARE(r.exposureCents, exposure);
        QCOMPARE(r.limitCents, limit);
        QCOMPARE(r.exceedsLimit, exceeds);
        QCOMPARE(r.suggestedLimitCents, suggested);

        // The order of the invoices does not matter.
        const QList<Invoice> reversed(invoices.rbegin(), invoices.rend());
        QCOMPARE(NetFifteenWhatIf::compute(reversed, currentLimit, today), r);
    }

    void describe_data()
    {
        QTest::addColumn<QList<Invoice>>("invoices");
        QTest::addColumn<qint64>("currentLimit");
        QTest::addColumn<QStringList>("lines");
        const auto d = [](int m, int day) { return QDate(2026, m, day); };
        QTest::newRow("no invoices")
            << QList<Invoice>() << qint64(0)
            << QStringList {QStringLiteral("No invoices to estimate from yet: on Net 15 the "
                                           "customer starts with a limit of $500.00.")};
        QTest::newRow("this month only")
            << QList<Invoice> {issued(d(11, 1), 20'000)} << qint64(0)
            << QStringList {
                   QStringLiteral("Invoices so far this month (from 2026-11-01): $200.00; taken as "
                                  "one month."),
                   QStringLiteral("On Net 15 the customer would typically owe up to $300.00 "
                                  "before an invoice falls due, against a limit of $500.00."),
                   QStringLiteral("That fits within the limit.")};
        QTest::newRow("three months, above the limit")
            << QList<Invoice> {issued(d(8, 1), 40'000), issued(d(9, 1), 40'000),
                               issued(d(10, 1), 40'000)}
            << qint64(0)
            << QStringList {
                   QStringLiteral("Average monthly invoice over the last 3 month(s) (2026-08-01 – "
                                  "2026-10-31): $400.00."),
                   QStringLiteral("On Net 15 the customer would typically owe up to $600.00 "
                                  "before an invoice falls due, against a limit of $500.00."),
                   QStringLiteral("That is $100.00 over the limit: a credit application for "
                                  "$600.00 would cover it.")};
    }

    void describe()
    {
        QFETCH(QList<Invoice>, invoices);
        QFETCH(qint64, currentLimit);
        QFETCH(QStringList, lines);
        const auto r = NetFifteenWhatIf::compute(invoices, currentLimit, QDate(2026, 11, 15));
        const QStringList described = NetFifteenWhatIf::describe(
            r, [](qint64 cents) { return Money::fromCents(cents).format(); },
            [](const QDate &date) { return date.toString(Qt::ISODate); });
        QCOMPARE(described, lines);
    }
};

QTEST_APPLESS_MAIN(TestNet15WhatIf)
#include "tst_net15whatif.moc"
