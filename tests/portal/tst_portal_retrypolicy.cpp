#include "portal/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace pac;
using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoff_data()
    {
        QTest::addColumn<int>("failedAttempts");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("baseMs");
        QTest::addColumn<int>("maxMs");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first retry, no jitter drawn") << 1 << 0.0 << 500 << 30000 << qint64(0);
        QTest::newRow("first retry, half") << 1 << 0.5 << 500 << 30000 << qint64(250);
        QTest::newRow("first retry, almost one") << 1 << 0.999 << 1000 << 30000 << qint64(999);
        QTest::newRow("second retry doubles") << 2 << 0.5 << 100 << 30000 << qint64(100);
        QTest::newRow("third retry doubles again") << 3 << 0.5 << 100 << 30000 << qint64(200);
        QTest::newRow("ceiling reached exactly") << 4 << 0.5 << 125 << 1000 << qint64(500);
        QTest::newRow("ceiling caps") << 5 << 0.5 << 125 << 1000 << qint64(500);
        QTest::newRow("attempt 1000 does not overflow")
            << 1000 << 0.5 << 500 << 30000 << qint64(15000);
        QTest::newRow("random above one clamped") << 1 << 1.7 << 400 << 30000 << qint64(400);
        QTest::newRow("negative random clamped") << 1 << -0.3 << 400 << 30000 << qint64(0);
        QTest::newRow("attempt 0 treated as first") << 0 << 0.5 << 400 << 30000 << qint64(200);
    }

    void backoff()
    {
        QFETCH(int, failedAttempts);
        QFETCH(double, random);
        QFETCH(int, baseMs);
        QFETCH(int, maxMs);
        QFETCH(qint64, expectedMs);
        RetryPolicy policy;
        policy.baseDelay = milliseconds(baseMs);
        policy.maxDelay = milliseconds(maxMs);
        QCOMPARE(policy.backoff(failedAttempts, random).count(), expectedMs);
    }

    void delayHonoursRetryAfter_data()
    {
        QTest::addColumn<qint64>("retryAfterMs"); // -1: none sent
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("no Retry-After: jittered backoff") << qint64(-1) << qint64(50);
        QTest::newRow("Retry-After above backoff wins") << qint64(2000) << qint64(2000);
        QTest::newRow("Retry-After below backoff wins too") << qint64(10) << qint64(10);
        QTest::newRow("Retry-After zero") << qint64(0) << qint64(0);
        QTest::newRow("Retry-After at the cap") << qint64(5000) << qint64(5000);
        QTest::newRow("Retry-After over the cap is cut") << qint64(86'400'000) << qint64(5000);
    }

    void delayHonoursRetryAfter()
    {
        QFETCH(qint64, retryAfterMs);
        QFETCH(qint64, expectedMs);
        RetryPolicy policy;
        policy.baseDelay = milliseconds(100);
        policy.maxRetryAfter = milliseconds(5000);
        const std::optional<milliseconds> retryAfter
            = retryAfterMs < 0 ? std::nullopt : std::optional(milliseconds(retryAfterMs));
        QCOMPARE(policy.delayBeforeRetry(1, 0.5, retryAfter).count(), expectedMs);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: unparsable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero seconds") << QByteArray("0") << qint64(0);
        QTest::newRow("padded seconds") << QByteArray(" 5 ") << qint64(5000);
        QTest::newRow("negative seconds") << QByteArray("-1") << qint64(-1);
        QTest::newRow("fractional seconds") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("date 30 s ahead")
            << QByteArray("Wed, 25 Nov 2026 12:00:30 GMT") << qint64(30'000);
        QTest::newRow("date now") << QByteArray("Wed, 25 Nov 2026 12:00:00 GMT") << qint64(0);
        QTest::newRow("date in the past gives zero")
            << QByteArray("Tue, 24 Nov 2026 12:00:00 GMT") << qint64(0);
        QTest::newRow("date without GMT") << QByteArray("Wed, 25 Nov 2026 12:00:30") << qint64(-1);
        QTest::newRow("date with offset")
            << QByteArray("Wed, 25 Nov 2026 12:00:30 +0000") << qint64(-1);
        QTest::newRow("impossible date")
            << QByteArray("Wed, 31 Nov 2026 12:00:30 GMT") << qint64(-1);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        const auto parsed = pac::parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY2(!parsed.has_value(), value.constData());
        } else {
            QVERIFY2(parsed.has_value(), value.constData());
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void retryableRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<bool>("expected");
        QTest::newRow("GET") << QByteArray("GET") << false << true;
        QTest::newRow("HEAD") << QByteArray("HEAD") << false << true;
        QTest::newRow("POST without key") << QByteArray("POST") << false << false;
        QTest::newRow("PUT without key") << QByteArray("PUT") << false << false;
        QTest::newRow("DELETE without key") << QByteArray("DELETE") << false << false;
        QTest::newRow("POST with key") << QByteArray("POST") << true << true;
        QTest::newRow("PUT with key") << QByteArray("PUT") << true << true;
    }

    void retryableRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, hasKey);
        QFETCH(bool, expected);
        QCOMPARE(isRetryableRequest(method, hasKey), expected);
    }

    void retryableStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("expected");
        for (int status : {429, 502, 503, 504})
            QTest::addRow("%d retried", status) << status << true;
        for (int status : {200, 304, 400, 401, 403, 404, 412, 422, 428, 500, 501, 505})
            QTest::addRow("%d not retried", status) << status << false;
    }

    void retryableStatus()
    {
        QFETCH(int, status);
        QFETCH(bool, expected);
        QCOMPARE(isRetryableStatus(status), expected);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_portal_retrypolicy.moc"
