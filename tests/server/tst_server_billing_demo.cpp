// The payment-issue facts of the Customer, derived by the portal, against the records: for
// every customer of the 500-customer demo, its invoices and payments are fetched through the
// API and the shared rules recompute last_payment_issue(_on) and the ACH state (billing rules
// 7c and 4b) and what is past due (7b), which must be what the Customer says.
#include "PortalTestClient.h"
#include "models/AchEligibility.h"
#include "models/CustomerJson.h"
#include "models/InvoiceJson.h"
#include "models/InvoiceRules.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace pac;
using namespace pac::server;
using namespace pac::server::test;

class TestServerBillingDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void derivedFactsMatchTheRecordsForEveryCustomer();
    void boundaryCasesHaveTheirLiteralDates();

private:
    std::unique_ptr<EmbeddedPortal> m_portal;
    QUrl m_base;
    QList<Customer> m_customers;
    // Customers past due now, with the earliest due_on of their past-due invoices.
    QHash<qint64, QDate> m_pastDueSince;
};

void TestServerBillingDemo::initTestCase()
{
    m_portal = std::make_unique<EmbeddedPortal>();
    QString error;
    m_base = startPortal(*m_portal, demoOptions(500), &error);
    QVERIFY2(m_base.isValid(), qPrintable(error));
    PortalTestClient support(m_base);
    QVERIFY(support.signIn(QStringLiteral("support1")));
    const Reply reply = support.get(QStringLiteral("/customers?limit=1000"));
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &item : reply.items()) {
        QString bad;
        const auto customer = customerFromJson(item.toObject(), &bad);
        QVERIFY2(customer, qPrintable(bad));
        m_customers.append(*customer);
    }
    QCOMPARE(m_customers.size(), 500);
}

void TestServerBillingDemo::cleanupTestCase()
{
    m_portal.reset();
}

void TestServerBillingDemo::derivedFactsMatchTheRecordsForEveryCustomer()
{
    PortalTestClient support(m_base);
    QVERIFY(support.signIn(QStringLiteral("support1")));
    QHash<QString, int> kinds;
    int withIssue = 0;
    for (const Customer &customer : std::as_const(m_customers)) {
        const QString base = QStringLiteral("/customers/%1").arg(customer.id);
        bool ok = false;
        QList<Invoice> invoices;
        for (const QJsonValue &item :
             support.allItems(base + QStringLiteral("/invoices"), 100, &ok)) {
            const auto invoice = invoiceFromJson(item.toObject());
            QVERIFY(invoice);
            invoices.append(*invoice);
        }
        QVERIFY(ok);
        QList<Payment> payments;
        for (const QJsonValue &item :
             support.allItems(base + QStringLiteral("/payments"), 100, &ok)) {
            const auto payment = paymentFromJson(item.toObject());
            QVERIFY(payment);
            payments.append(*payment);
        }
        QVERIFY(ok);
        const QJsonArray methods = support.get(base + QStringLiteral("/payment-methods")).items();
        // On file: an ACH method verified and not revoked (billing rule 8).
        const bool achOnFile = std::any_of(methods.begin(), methods.end(), [](const QJsonValue &m) {
            const QJsonObject o = m.toObject();
            return o.value(QStringLiteral("type")).toString() == QLatin1String("ach")
                && o.value(QStringLiteral("verification")).toString() == QLatin1String("verified")
                && o.value(QStringLiteral("revoked")).isNull();
        });

        // The rules, from the records alone.
        const auto issue = InvoiceRules::lastPaymentIssue(invoices, payments, kToday);
        Customer recomputed = customer;
        recomputed.lastPaymentIssue = issue;
        recomputed.lastPaymentIssueOn
            = issue ? std::optional<QDate>(issue->on) : std::optional<QDate>();
        // The manual enable shows only where it is the reason; elsewhere it changes nothing.
        const AchState ach = AchEligibility::evaluate(
            AchEligibility::factsOf(recomputed, achOnFile, customer.ach.enabledBy), kToday);

        const QByteArray where = "customer " + QByteArray::number(customer.id);
        QVERIFY2(customer.lastPaymentIssue == issue, where.constData());
        QVERIFY2(customer.lastPaymentIssueOn == recomputed.lastPaymentIssueOn, where.constData());
        QVERIFY2(customer.ach == ach, where.constData());
        QVERIFY2(customer.pastDueCents == InvoiceRules::pastDueCents(invoices, kToday),
                 where.constData());
        for (const Invoice &invoice : std::as_const(invoices)) {
            if (!InvoiceRules::isStillPastDue(invoice, kToday))
                continue;
            QDate &since = m_pastDueSince[customer.id];
            if (!since.isValid() || invoice.dueOn < since)
                since = invoice.dueOn;
        }
        QCOMPARE(customer.pastDueCents > 0, m_pastDueSince.contains(customer.id));
        if (issue) {
            ++withIssue;
            ++kinds[toWire(issue->kind)];
        }
    }
    // 5 of the 12 cases have an issue; both kinds occur.
    QVERIFY(withIssue > 150);
    QVERIFY(kinds.value(QStringLiteral("failed_payment")) > 50);
    QVERIFY(kinds.value(QStringLiteral("past_due")) > 50);
    // The demo has customers past due now (suspended for it), and says so in the issue.
    QVERIFY(!m_pastDueSince.isEmpty());
    for (const Customer &customer : std::as_const(m_customers)) {
        if (customer.pastDueCents > 0)
            QVERIFY(customer.lastPaymentIssue && customer.lastPaymentIssue->stillPastDue);
    }
}

void TestServerBillingDemo::boundaryCasesHaveTheirLiteralDates()
{
    // DemoData's cases cycle with the id; with today 2026-03-15, the last issue 90 days ago
    // (case 5) is on 2025-12-15 and ACH follows on 2026-03-16; 91 days ago (case 6) it is
    // 2025-12-14 and the customer is in good standing.
    int checked = 0;
    for (const Customer &c : std::as_const(m_customers)) {
        const int achCase = int((c.id - 1) % 12);
        if (achCase != 5 && achCase != 6)
            continue;
        const QDate expected = achCase == 5 ? QDate(2025, 12, 15) : QDate(2025, 12, 14);
        QCOMPARE(c.lastPaymentIssueOn, std::optional<QDate>(expected));
        QVERIFY(c.lastPaymentIssue);
        QCOMPARE(c.lastPaymentIssue->on, expected);
        QVERIFY(!c.lastPaymentIssue->stillPastDue);
        QVERIFY(!c.lastPaymentIssue->invoiceNumber.isEmpty());
        if (c.masterAgent || c.ach.status == AchStatus::Enabled)
            continue;
        if (achCase == 5) {
            QCOMPARE(c.ach.reason, AchReason::RecentPaymentIssue);
            QCOMPARE(c.ach.eligibleOn, std::optional<QDate>(QDate(2026, 3, 16)));
        } else {
            QCOMPARE(c.ach.reason, AchReason::GoodStanding);
        }
        ++checked;
    }
    QVERIFY(checked > 20);
}

QTEST_GUILESS_MAIN(TestServerBillingDemo)
#include "tst_server_billing_demo.moc"
