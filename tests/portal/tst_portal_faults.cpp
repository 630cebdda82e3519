// PortalClient against the real reference portal started with --faults: 503 + Retry-After,
// connections cut before or after the change took effect, and slow responses. Every call is
// bounded (attempts, delays, transfer timeout) and so is the whole test.
#include "LivePortal.h"

#include <QElapsedTimer>

using namespace pac;
using Kind = PortalError::Kind;
using std::chrono::milliseconds;

namespace {

RetryPolicy patientPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 10;
    policy.baseDelay = milliseconds(5);
    policy.maxDelay = milliseconds(40);
    policy.maxRetryAfter = milliseconds(40); // the portal asks for 1 s; tests need not wait it
    return policy;
}

// Counts the retries of the calls it is given.
class RetryCounter
{
public:
    PortalCall *watch(PortalCall *call)
    {
        QObject::connect(call, &PortalCall::retryScheduled, call, [this] { ++m_retries; });
        return call;
    }
    int retries() const { return m_retries; }

private:
    int m_retries = 0;
};

} // namespace

class TestPortalFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_flaky.start(LivePortal::options(30, QStringLiteral("error=0.25,drop=0.2,seed=11")),
                          &error),
            qPrintable(error));
        QVERIFY2(
            m_slow.start(LivePortal::options(10, QStringLiteral("delay=300ms,seed=3")), &error),
            qPrintable(error));
    }

    void readsSurviveErrorsAndDrops()
    {
        auto client = m_flaky.signedIn(QStringLiteral("support1")); // sign-in is exempt from faults
        QVERIFY(client);
        client->setRetryPolicy(patientPolicy());
        RetryCounter counter;
        QElapsedTimer clock;
        clock.start();
        for (qint64 id = 1; id <= 30; ++id) {
            const auto result = await<CustomerFetch>([&](QObject *c, auto done) {
                return counter.watch(client->getCustomer(id, {}, c, done));
            });
            QVERIFY2(result.ok(), describe(result));
            QCOMPARE(result.value().customer.id, id);
        }
        // Faults did happen and were absorbed, within the bounds.
        QVERIFY(counter.retries() > 0);
        QVERIFY(counter.retries() <= 30 * (patientPolicy().maxAttempts - 1));
        QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));
    }

    // A change whose response is lost is sent again with the same Idempotency-Key: the portal
    // answers with the first response, so nothing is applied twice.
    void editsApplyExactlyOnce()
    {
        auto client = m_flaky.signedIn(QStringLiteral("support1"));
        QVERIFY(client);
        client->setRetryPolicy(patientPolicy());
        const qint64 id = 7;
        PortalResult<CustomerFetch> start = PortalError::make(Kind::Network);
        for (int i = 0; i < 5 && !start.ok(); ++i) // a GET may still lose 10 times in a row
            start = await<CustomerFetch>(
                [&](QObject *c, auto done) { return client->getCustomer(id, {}, c, done); });
        QVERIFY2(start.ok(), describe(start));
        Customer current = start.value().customer;
        const qint64 firstVersion = current.version;

        RetryCounter counter;
        constexpr int Edits = 15;
        for (int edit = 0; edit < Edits; ++edit) {
            const QStringList emails {QStringLiteral("edit%1@x.example").arg(edit)};
            const auto result = await<Customer>([&](QObject *c, auto done) {
                return counter.watch(client->putInvoiceEmails(
                    id, emails, {current.etag(), QUuid::createUuid()}, c, done));
            });
            QVERIFY2(
                result.ok(),
                QByteArray(describe(result) + " at edit " + QByteArray::number(edit)).constData());
            QCOMPARE(result.value().invoiceEmails, emails);
            QCOMPARE(result.value().version, current.version + 1);
            current = result.value();
        }
        QVERIFY(counter.retries() > 0);
        QCOMPARE(current.version, firstVersion + Edits);

        // The audit trail has each edit once.
        const auto history = await<HistoryPage>(
            [&](QObject *c, auto done) { return client->history(id, {}, c, done); });
        QVERIFY2(history.ok(), describe(history));
        int emailEdits = 0;
        for (const HistoryEntry &entry : history.value().items)
            emailEdits += entry.field == QLatin1String("invoice_emails") ? 1 : 0;
        QCOMPARE(emailEdits, Edits);
    }

    void slowResponsesWithinTheTimeout()
    {
        auto client = m_slow.signedIn(QStringLiteral("support1"));
        QVERIFY(client);
        client->setTransferTimeout(milliseconds(5000));
        QElapsedTimer clock;
        clock.start();
        const auto result = await<CustomerFetch>(
            [&](QObject *c, auto done) { return client->getCustomer(1, {}, c, done); });
        QVERIFY2(result.ok(), describe(result));
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    }

    void slowResponsesBeyondTheTimeout()
    {
        auto client = m_slow.signedIn(QStringLiteral("support1"));
        QVERIFY(client);
        client->setTransferTimeout(milliseconds(100));
        RetryPolicy policy = patientPolicy();
        policy.maxAttempts = 2;
        client->setRetryPolicy(policy);
        RetryCounter counter;
        QElapsedTimer clock;
        clock.start();
        const auto result = await<CustomerFetch>([&](QObject *c, auto done) {
            return counter.watch(client->getCustomer(1, {}, c, done));
        });
        QCOMPARE(outcomeOf(result), kindName(Kind::Timeout));
        QVERIFY(result.error().isTransient());
        QCOMPARE(counter.retries(), 1);
        QVERIFY2(clock.elapsed() >= 2 * 100 && clock.elapsed() < 5000,
                 qPrintable(QString::number(clock.elapsed())));
    }

private:
    LivePortal m_flaky;
    LivePortal m_slow;
};

QTEST_GUILESS_MAIN(TestPortalFaults)
#include "tst_portal_faults.moc"
