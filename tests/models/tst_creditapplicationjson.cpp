#include "models/CreditApplicationJson.h"
#include "models/CreditApplicationSample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pac;

namespace {

CreditApplication decided()
{
    CreditApplication a = completeCreditApplication();
    a.id = 9001;
    a.version = 3;
    a.guarantor = completeGuarantor();
    a.status = CreditApplicationStatus::Approved;
    a.submittedBy = PersonRef {7, QStringLiteral("Agent One")};
    a.submittedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 5), Qt::UTC);
    a.decision = CreditDecision {true,
                                 200000,
                                 QStringLiteral("Good references"),
                                 {4, QStringLiteral("Support One")},
                                 QDateTime(QDate(2026, 11, 22), QTime(15, 30), Qt::UTC)};
    return a;
}

QJsonObject throughText(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

} // namespace

class TestCreditApplicationJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<CreditApplication>("application");
        QTest::newRow("complete draft") << completeCreditApplication();
        QTest::newRow("decided with guarantor") << decided();
        CreditApplication declined = decided();
        declined.status = CreditApplicationStatus::Declined;
        declined.decision = CreditDecision {false,
                                            0,
                                            QStringLiteral("Thin file"),
                                            {4, QStringLiteral("Support One")},
                                            QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
        QTest::newRow("declined") << declined;
        QTest::newRow("empty draft") << CreditApplication();
    }

    void roundTrip()
    {
        QFETCH(CreditApplication, application);
        QString bad;
        const auto back = creditApplicationFromJson(throughText(toJson(application)), &bad);
        QVERIFY2(back.has_value(), qPrintable(bad));
        QCOMPARE(*back, application);
    }

    void wireNames()
    {
        const QJsonObject o = toJson(decided());
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(o.value(QStringLiteral("entity_type")).toString(), QStringLiteral("llc"));
        QCOMPARE(o.value(QStringLiteral("requested_limit_cents")).toInteger(), qint64(250000));
        QCOMPARE(o.value(QStringLiteral("current_limit_cents")).toInteger(), qint64(50000));
        QCOMPARE(o.value(QStringLiteral("expected_monthly_spend_cents")).toInteger(),
                 qint64(120000));
        QCOMPARE(o.value(QStringLiteral("signed_on")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(o.value(QStringLiteral("submitted_at")).toString(),
                 QStringLiteral("2026-11-21T10:00:00.005Z"));
        QCOMPARE(o.value(QStringLiteral("billing_address"))
                     .toObject()
                     .value(QStringLiteral("zip"))
                     .toString(),
                 QStringLiteral("02139"));
        QCOMPARE(o.value(QStringLiteral("trade_references"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("contact_name"))
                     .toString(),
                 QStringLiteral("Wanda Wire"));
        const QJsonObject decision = o.value(QStringLiteral("decision")).toObject();
        QCOMPARE(decision.value(QStringLiteral("decision")).toString(), QStringLiteral("approve"));
        QCOMPARE(decision.value(QStringLiteral("approved_limit_cents")).toInteger(),
                 qint64(200000));
        QCOMPARE(decision.value(QStringLiteral("decided_by"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Support One"));

        const QJsonObject draft = toJson(CreditApplication());
        for (const char *key : {"entity_type", "years_in_business", "guarantor", "signed_on",
                                "submitted_at", "submitted_by", "decision"})
            QVERIFY2(draft.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(draft.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    }

    void incompleteDraftDecodes()
    {
        // A hand-written file for `agentctl credit-app new --from`: only some members.
        const QJsonObject o {
            {QStringLiteral("legal_name"), QStringLiteral("Acme")},
            {QStringLiteral("trade_references"),
             QJsonArray {QJsonObject {{QStringLiteral("company"), QStringLiteral("T")}}}},
            {QStringLiteral("guarantor"), QJsonValue::Null}};
        const auto a = creditApplicationFromJson(o);
        QVERIFY(a.has_value());
        QCOMPARE(a->legalName, QStringLiteral("Acme"));
        QCOMPARE(a->status, CreditApplicationStatus::Draft);
        QCOMPARE(a->tradeReferences.size(), 1);
        QCOMPARE(a->tradeReferences.front().company, QStringLiteral("T"));
        QVERIFY(!a->entityType);
        QVERIFY(!a->guarantor);
        QVERIFY(!a->validateForSubmit(0).isEmpty());
    }

    void badField_data()
    {
        QTest::addColumn<QString>("path"); // where to put the value, dotted
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("ein as a number") << "ein" << QJsonValue(123456789) << "ein";
        QTest::newRow("unknown entity type")
            << "entity_type" << QJsonValue(QStringLiteral("corp")) << "entity_type";
        QTest::newRow("unknown status")
            << "status" << QJsonValue(QStringLiteral("pending")) << "status";
        QTest::newRow("fractional cents")
            << "requested_limit_cents" << QJsonValue(1.5) << "requested_limit_cents";
        QTest::newRow("cents as text")
            << "current_limit_cents" << QJsonValue(QStringLiteral("5")) << "current_limit_cents";
        QTest::newRow("years negative")
            << "years_in_business" << QJsonValue(-1) << "years_in_business";
        QTest::newRow("address not an object")
            << "billing_address" << QJsonValue(QStringLiteral("x")) << "billing_address";
        QTest::newRow("zip as a number")
            << "billing_address.zip" << QJsonValue(2139) << "billing_address.zip";
        QTest::newRow("references not a list")
            << "trade_references" << QJsonValue(QStringLiteral("x")) << "trade_references";
        QTest::newRow("reference not an object")
            << "trade_references.1" << QJsonValue(5) << "trade_references[1]";
        QTest::newRow("reference email as a number")
            << "trade_references.0.email" << QJsonValue(3) << "trade_references[0].email";
        QTest::newRow("guarantor not an object") << "guarantor" << QJsonValue(true) << "guarantor";
        QTest::newRow("guarantor zip")
            << "guarantor.home_address.zip" << QJsonValue(false) << "guarantor.home_address.zip";
        QTest::newRow("impossible date")
            << "signed_on" << QJsonValue(QStringLiteral("2026-02-30")) << "signed_on";
        QTest::newRow("consent as text")
            << "consent" << QJsonValue(QStringLiteral("yes")) << "consent";
        QTest::newRow("bad submitted_at")
            << "submitted_at" << QJsonValue(QStringLiteral("soon")) << "submitted_at";
        QTest::newRow("unknown decision")
            << "decision.decision" << QJsonValue(QStringLiteral("maybe")) << "decision.decision";
        QTest::newRow("decider id as text")
            << "decision.decided_by.id" << QJsonValue(QStringLiteral("4"))
            << "decision.decided_by.id";
    }

    void badField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const QJsonObject o = setAt(toJson(decided()), path.split(u'.'), value);
        QString field;
        QVERIFY(!creditApplicationFromJson(o, &field).has_value());
        QCOMPARE(field, expectedField);
    }

    void decisionRequest_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("badField");
        QTest::newRow("approve") << toJson(
            CreditDecisionRequest {true, 150000, QStringLiteral("ok")})
                                 << true << "";
        QTest::newRow("decline") << toJson(CreditDecisionRequest {false, 0, QStringLiteral("no")})
                                 << true << "";
        QTest::newRow("unknown decision")
            << QJsonObject {{QStringLiteral("decision"), QStringLiteral("defer")}} << false
            << "decision";
        QTest::newRow("no decision") << QJsonObject {} << false << "decision";
        QTest::newRow("limit as text")
            << QJsonObject {{QStringLiteral("decision"), QStringLiteral("approve")},
                            {QStringLiteral("approved_limit_cents"), QStringLiteral("1500")}}
            << false << "approved_limit_cents";
    }

    void decisionRequest()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, ok);
        QFETCH(QString, badField);
        QString field;
        const auto request = creditDecisionRequestFromJson(body, &field);
        QCOMPARE(request.has_value(), ok);
        QCOMPARE(field, badField);
        if (request)
            QCOMPARE(toJson(*request), body);
    }

private:
    // Sets the member at `path` (object keys and array indexes) to `value`.
    static QJsonObject setAt(QJsonObject o, QStringList path, const QJsonValue &value)
    {
        const QString key = path.takeFirst();
        if (path.isEmpty()) {
            o.insert(key, value);
            return o;
        }
        QJsonValue child = o.value(key);
        if (child.isArray()) {
            QJsonArray array = child.toArray();
            const int index = path.takeFirst().toInt();
            array[index] = path.isEmpty()
                ? value
                : QJsonValue(setAt(array.at(index).toObject(), path, value));
            o.insert(key, array);
        } else {
            o.insert(key, setAt(child.toObject(), path, value));
        }
        return o;
    }
};

QTEST_APPLESS_MAIN(TestCreditApplicationJson)
#include "tst_creditapplicationjson.moc"
