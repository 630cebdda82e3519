#include "portal/PortalError.h"

#include <QTest>

using namespace pac;
using Kind = PortalError::Kind;

Q_DECLARE_METATYPE(PortalError::Kind)

namespace {

HttpResponse response(int status, const QByteArray &body = {},
                      const QByteArray &contentType = "application/problem+json",
                      QList<QPair<QByteArray, QByteArray>> extra = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({"Content-Type", contentType});
    r.headers += extra;
    return r;
}

} // namespace

class TestPortalError : public QObject
{
    Q_OBJECT

private slots:
    void kindOfStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("400") << 400 << Kind::BadRequest << false;
        QTest::newRow("401") << 401 << Kind::Unauthorized << false;
        QTest::newRow("403") << 403 << Kind::Forbidden << false;
        QTest::newRow("404") << 404 << Kind::NotFound << false;
        QTest::newRow("405 other 4xx") << 405 << Kind::BadRequest << false;
        QTest::newRow("412") << 412 << Kind::PreconditionFailed << false;
        QTest::newRow("413") << 413 << Kind::PayloadTooLarge << false;
        QTest::newRow("422") << 422 << Kind::Validation << false;
        QTest::newRow("428") << 428 << Kind::PreconditionRequired << false;
        QTest::newRow("429") << 429 << Kind::RateLimited << true;
        QTest::newRow("499 last 4xx") << 499 << Kind::BadRequest << false;
        QTest::newRow("500") << 500 << Kind::Server << true;
        QTest::newRow("503") << 503 << Kind::Server << true;
        QTest::newRow("599 last 5xx") << 599 << Kind::Server << true;
        QTest::newRow("600 nonsense") << 600 << Kind::BadResponse << false;
        QTest::newRow("302 not followed") << 302 << Kind::BadResponse << false;
    }

    void kindOfStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QFETCH(bool, transient);
        const PortalError error = PortalError::fromResponse(response(status, {}, {}));
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.isTransient(), transient);
        QVERIFY(!error.message().isEmpty());
    }

    void transientKinds_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("network") << Kind::Network << true;
        QTest::newRow("timeout") << Kind::Timeout << true;
        QTest::newRow("tls is final") << Kind::Tls << false;
        QTest::newRow("insecure url is final") << Kind::InsecureUrl << false;
        QTest::newRow("redirect refused is final") << Kind::RedirectRefused << false;
        QTest::newRow("bad response is final") << Kind::BadResponse << false;
        QTest::newRow("cancelled is final") << Kind::Cancelled << false;
        QTest::newRow("idempotency mismatch is final") << Kind::IdempotencyMismatch << false;
    }

    void transientKinds()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, transient);
        const PortalError error = PortalError::make(kind);
        QCOMPARE(error.isTransient(), transient);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!PortalError::kindName(kind).isEmpty());
    }

    // (The raw strings escape "//" as "\/\/", which JSON allows: moc 6.4 mistakes "//"
    // inside a raw string for a comment.)
    void validationProblem()
    {
        const QByteArray body = R"({"type":"https:\/\/portal.example/problems/validation",
            "title":"Invalid request","status":422,"detail":"2 errors",
            "errors":[{"field":"emails[3]","code":"invalid_email","message":"“bob@@x” is not a valid email address"},
                      {"field":"emails","code":"too_many","message":"At most 10 addresses"},
                      {"field":42}]})";
        const PortalError error = PortalError::fromResponse(response(422, body));
        QCOMPARE(error.kind, Kind::Validation);
        QCOMPARE(error.problemType, QStringLiteral("https://portal.example/problems/validation"));
        QCOMPARE(error.title, QStringLiteral("Invalid request"));
        QCOMPARE(error.detail, QStringLiteral("2 errors"));
        QCOMPARE(error.fieldErrors.size(), 2); // the malformed third entry is skipped
        QCOMPARE(error.fieldErrors.at(0).field, QStringLiteral("emails[3]"));
        QCOMPARE(error.fieldErrors.at(0).code, QStringLiteral("invalid_email"));
        QCOMPARE(error.fieldErrors.at(1).code, QStringLiteral("too_many"));
        QVERIFY(error.message().contains(QStringLiteral("“bob@@x” is not a valid email address")));
        QVERIFY(error.message().contains(QStringLiteral("At most 10 addresses")));
    }

    void idempotencyMismatchIsItsOwnKind()
    {
        const QByteArray body
            = R"({"type":"https:\/\/portal.example/problems/idempotency-key-reused",
            "title":"Idempotency key reused","status":422})";
        QCOMPARE(PortalError::fromResponse(response(422, body)).kind, Kind::IdempotencyMismatch);
        // Only a 422 becomes IdempotencyMismatch; the type alone does not change other kinds.
        QCOMPARE(PortalError::fromResponse(response(400, body)).kind, Kind::BadRequest);
    }

    void preconditionFailedKeepsCurrentEtag()
    {
        const PortalError error = PortalError::fromResponse(
            response(412, R"({"type":"x","title":"Stale","status":412})",
                     "application/problem+json", {{"ETag", "\"18\""}}));
        QCOMPARE(error.kind, Kind::PreconditionFailed);
        QCOMPARE(error.currentEtag, QByteArray("\"18\""));
        // The ETag of other errors is not a "current version".
        QVERIFY(PortalError::fromResponse(response(404, {}, {}, {{"ETag", "\"3\""}}))
                    .currentEtag.isEmpty());
    }

    void undecodableBodiesKeepTheStatusKind_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("html error page")
            << QByteArray("<html>Bad gateway</html>") << QByteArray("text/html");
        QTest::newRow("broken json")
            << QByteArray("{\"type\":") << QByteArray("application/problem+json");
        QTest::newRow("json array") << QByteArray("[1,2]") << QByteArray("application/json");
        QTest::newRow("no body") << QByteArray() << QByteArray();
        QTest::newRow("errors not an array")
            << QByteArray(R"({"errors":"x"})")
            << QByteArray("application/problem+json; charset=utf-8");
    }

    void undecodableBodiesKeepTheStatusKind()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        const PortalError error = PortalError::fromResponse(response(502, body, contentType));
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(error.fieldErrors.isEmpty());
    }

    void tlsMessageNamesTheProblem()
    {
        PortalError error = PortalError::make(Kind::Tls);
        error.tlsErrors = {QStringLiteral(
            "The issuer certificate of a locally looked up certificate could not be found")};
        QVERIFY(error.message().contains(error.tlsErrors.constFirst()));
    }

    // A wrong micro-deposit pair: the tries left come from the problem body's tries_left.
    void wrongAmountsCarryTheTriesLeft()
    {
        const PortalError wrong = PortalError::fromResponse(response(
            422,
            R"({"type":"about:blank","title":"Validation failed","status":422,"tries_left":2,)"
            R"("errors":[{"field":"amounts_cents","code":"wrong_amounts",)"
            R"("message":"The amounts do not match the deposits; 2 tries left."}]})"));
        QCOMPARE(wrong.kind, Kind::Validation);
        QCOMPARE(wrong.triesLeft, std::optional(2));
        QCOMPARE(wrong.fieldErrors.size(), 1);
        QCOMPARE(wrong.fieldErrors.first().code, QStringLiteral("wrong_amounts"));
        const PortalError other = PortalError::fromResponse(
            response(422, R"({"errors":[{"field":"reason","code":"required"}]})"));
        QCOMPARE(other.triesLeft, std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestPortalError)
#include "tst_portal_error.moc"
