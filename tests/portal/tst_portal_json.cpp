#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "portal/PortalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pac;

namespace {

Customer sampleCustomer(qint64 id)
{
    Customer c;
    c.id = id;
    c.accountNumber = QStringLiteral("1000%1").arg(id, 6, 10, QLatin1Char('0'));
    c.name = QStringLiteral("Customer %1 VoIP LLC").arg(id);
    c.country = id % 7 == 0 ? QStringLiteral("CA") : QStringLiteral("US");
    c.agent = {7, QStringLiteral("Agent One")};
    if (id % 3 == 0)
        c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
    c.customerSince = QDate(2020, 1, 1).addDays(id % 2000);
    c.paymentTerms = id % 5 == 0 ? PaymentTermsKind::Net15 : PaymentTermsKind::DueOnReceipt;
    c.creditLimitCents = 50000 + id;
    c.balanceCents = id * 13;
    for (int i = 0; i < int(id % 4); ++i)
        c.invoiceEmails.append(QStringLiteral("ap%1@c%2.example").arg(i).arg(id));
    c.billingContacts
        = {{id * 10, QStringLiteral("Ann"), QStringLiteral("ann@c%1.example").arg(id)}};
    c.ach = AchState {AchStatus::Eligible, AchReason::GoodStanding, std::nullopt, std::nullopt};
    c.version = id % 11 + 1;
    c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC).addSecs(id);
    return c;
}

QJsonObject customerPage(int count)
{
    QJsonArray items;
    for (int i = 1; i <= count; ++i)
        items.append(toJson(sampleCustomer(i)));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("next_cursor"), QStringLiteral("b3BhcXVl")},
            {QStringLiteral("server_time"), QStringLiteral("2026-11-25T12:00:00.000Z")}};
}

} // namespace

class TestPortalJson : public QObject
{
    Q_OBJECT

private slots:
    void customerPageRoundTrip()
    {
        const auto page = customerPageFromJson(customerPage(25));
        QVERIFY(page.has_value());
        QCOMPARE(page->items.size(), 25);
        QCOMPARE(page->items.at(0), sampleCustomer(1));
        QCOMPARE(page->items.at(24), sampleCustomer(25));
        QCOMPARE(page->nextCursor, QStringLiteral("b3BhcXVl"));
        QCOMPARE(page->serverTime, QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    }

    void lastPageHasNullCursor()
    {
        QJsonObject o = customerPage(0);
        o.insert(QStringLiteral("next_cursor"), QJsonValue::Null);
        const auto page = customerPageFromJson(o);
        QVERIFY(page.has_value());
        QVERIFY(page->items.isEmpty());
        QVERIFY(page->nextCursor.isEmpty());
    }

    void customerPageNamesTheBadField_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("items missing") << "no-items"
                                       << "items";
        QTest::newRow("item not an object") << "item-number"
                                            << "items[2]";
        QTest::newRow("item with fractional cents") << "item-cents"
                                                    << "items[2].credit_limit_cents";
        QTest::newRow("cursor a number") << "cursor-number"
                                         << "next_cursor";
        QTest::newRow("server_time not a time") << "bad-time"
                                                << "server_time";
    }

    void customerPageNamesTheBadField()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expectedField);
        QJsonObject o = customerPage(4);
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        if (breakage == QLatin1String("no-items")) {
            o.remove(QStringLiteral("items"));
        } else if (breakage == QLatin1String("item-number")) {
            items[2] = 5;
            o.insert(QStringLiteral("items"), items);
        } else if (breakage == QLatin1String("item-cents")) {
            QJsonObject item = items.at(2).toObject();
            item.insert(QStringLiteral("credit_limit_cents"), 12.5);
            items[2] = item;
            o.insert(QStringLiteral("items"), items);
        } else if (breakage == QLatin1String("cursor-number")) {
            o.insert(QStringLiteral("next_cursor"), 17);
        } else {
            o.insert(QStringLiteral("server_time"), QStringLiteral("yesterday"));
        }
        QString field;
        QVERIFY(!customerPageFromJson(o, &field).has_value());
        QCOMPARE(field, expectedField);
    }

    void session_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedBadField"); // empty: decodes
        QTest::newRow("complete") << QByteArray(
            R"({"token":"t0k","expires_at":"2026-11-26T12:00:00Z",
            "user":{"id":4,"name":"Support One","role":"support"}})")
                                  << QString();
        QTest::newRow("empty token")
            << QByteArray(R"({"token":"","expires_at":"2026-11-26T12:00:00Z",
            "user":{"id":4,"name":"S","role":"support"}})")
            << "token";
        QTest::newRow("unknown role")
            << QByteArray(R"({"token":"t","expires_at":"2026-11-26T12:00:00Z",
            "user":{"id":4,"name":"S","role":"admin"}})")
            << "user.role";
        QTest::newRow("id as string")
            << QByteArray(R"({"token":"t","expires_at":"2026-11-26T12:00:00Z",
            "user":{"id":"4","name":"S","role":"agent"}})")
            << "user.id";
        QTest::newRow("no user") << QByteArray(
            R"({"token":"t","expires_at":"2026-11-26T12:00:00Z"})")
                                 << "user";
        QTest::newRow("no expiry")
            << QByteArray(R"({"token":"t","user":{"id":1,"name":"A","role":"agent"}})")
            << "expires_at";
    }

    void session()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedBadField);
        QString field;
        const auto session = portalSessionFromJson(QJsonDocument::fromJson(json).object(), &field);
        QCOMPARE(session.has_value(), expectedBadField.isEmpty());
        QCOMPARE(field, expectedBadField);
        if (session) {
            QCOMPARE(session->token, QByteArray("t0k"));
            QCOMPARE(session->user,
                     (SessionUser {4, QStringLiteral("Support One"), Role::Support}));
            QCOMPARE(session->expiresAt, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
        }
    }

    void historyPage()
    {
        const QByteArray json = R"({"items":[
            {"at":"2026-11-25T10:00:00.000Z","actor":{"id":1,"name":"Agent One","role":"agent"},
             "action":"update","field":"invoice_emails","before":["a@x.example"],"after":[]},
            {"at":"2026-11-24T10:00:00.000Z","actor":{"id":4,"name":"Support One","role":"support"},
             "action":"credit_decision","field":"credit_limit_cents","before":50000,"after":120000}],
            "next_cursor":null})";
        const auto page = historyPageFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(page.has_value());
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(0).actorRole, Role::Agent);
        QCOMPARE(page->items.at(0).before, QJsonValue(QJsonArray {QStringLiteral("a@x.example")}));
        QCOMPARE(page->items.at(1).after.toInteger(), 120000);
        QCOMPARE(page->items.at(1).actor, (PersonRef {4, QStringLiteral("Support One")}));

        QString field;
        QVERIFY(!historyPageFromJson(QJsonDocument::fromJson(R"({"items":[{"at":"x"}]})").object(),
                                     &field));
        QCOMPARE(field, QStringLiteral("items[0].at"));
    }

    void paymentMethods()
    {
        // A card and a method stored before authorizations: the new members are absent.
        const QByteArray json
            = R"({"items":[{"id":9,"type":"ach","last4":"6789","account_type":"checking"},
                                              {"id":10,"type":"card","last4":"4242","account_type":null}]})";
        const auto methods = paymentMethodListFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(methods.has_value());
        QCOMPARE(methods->size(), 2);
        PaymentMethod old;
        old.id = 9;
        old.type = QStringLiteral("ach");
        old.last4 = QStringLiteral("6789");
        old.accountType = QStringLiteral("checking");
        QCOMPARE(methods->at(0), old);
        QCOMPARE(methods->at(0).verification, AchVerificationState::Verified);
        QVERIFY(methods->at(0).isUsable());
        QVERIFY(!methods->at(0).authorization);
        QVERIFY(methods->at(1).accountType.isEmpty());
    }

    // The PaymentMethod JSON of API.md, as the portal sends it for a new ACH method.
    void achPaymentMethodAsSent()
    {
        const QByteArray json = R"({"id":17,"type":"ach","last4":"6789","account_type":"savings",
            "holder_name":"Acme VoIP LLC","bank_name":null,"verification":"pending",
            "tries_left":3,"default":false,"created_at":"2026-03-15T10:00:00.000Z",
            "authorization":{"sec_code":"TEL","authorized_by_name":"Pat Doe",
                "authorized_by_title":"CFO","method":"recorded_call","text_version":"2026-12.1",
                "accepted_at":"2026-03-15T09:59:00.000Z","text":"Script for a telephone ...",
                "recorded_by":"Ann Agent"},
            "revoked":null})";
        QString field;
        const auto method = paymentMethodFromJson(QJsonDocument::fromJson(json).object(), &field);
        QVERIFY2(method.has_value(), qPrintable(field));
        QCOMPARE(method->id, 17);
        QCOMPARE(method->holderName, QStringLiteral("Acme VoIP LLC"));
        QCOMPARE(method->bankName, std::nullopt);
        QCOMPARE(method->verification, AchVerificationState::Pending);
        QCOMPARE(method->triesLeft, 3);
        QCOMPARE(method->isDefault, false);
        QCOMPARE(method->createdAt, QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
        QVERIFY(!method->isUsable());
        QVERIFY(method->authorization.has_value());
        QCOMPARE(method->authorization->secCode, std::optional(AchSecCode::TEL));
        QCOMPARE(method->authorization->method,
                 std::optional(AchAuthorizationMethod::RecordedCall));
        QCOMPARE(method->authorization->authorizedByName, QStringLiteral("Pat Doe"));
        QCOMPARE(method->authorization->authorizedByTitle, QStringLiteral("CFO"));
        QCOMPARE(method->authorization->textVersion, QStringLiteral("2026-12.1"));
        QCOMPARE(method->authorization->acceptedAt,
                 QDateTime(QDate(2026, 3, 15), QTime(9, 59), Qt::UTC));
        QCOMPARE(method->authorization->text, QStringLiteral("Script for a telephone ..."));
        QCOMPARE(method->authorization->recordedBy, QStringLiteral("Ann Agent"));
        QVERIFY(!method->revoked);
    }

    void achPaymentMethodRoundTrip_data()
    {
        QTest::addColumn<bool>("withAuthorization");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("verified default, authorized") << true << false;
        QTest::newRow("revoked") << true << true;
        QTest::newRow("null authorization (stored before)") << false << false;
    }

    void achPaymentMethodRoundTrip()
    {
        QFETCH(bool, withAuthorization);
        QFETCH(bool, revoked);
        PaymentMethod method;
        method.id = 23;
        method.type = QStringLiteral("ach");
        method.last4 = QStringLiteral("4321");
        method.accountType = QStringLiteral("checking");
        method.holderName = QStringLiteral("Acme VoIP LLC");
        method.bankName = QStringLiteral("First Bank");
        method.verification = AchVerificationState::Verified;
        method.triesLeft = 2;
        method.isDefault = !revoked;
        method.createdAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
        if (withAuthorization) {
            AchAuthorization authorization;
            authorization.secCode = AchSecCode::CCD;
            authorization.authorizedByName = QStringLiteral("Pat Doe");
            authorization.authorizedByTitle = QStringLiteral("Accounts Payable");
            authorization.method = AchAuthorizationMethod::Written;
            authorization.textVersion = QStringLiteral("2026-12.1");
            authorization.acceptedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 29), Qt::UTC);
            authorization.text = QStringLiteral("Authorization of ACH debits (CCD) …");
            authorization.recordedBy = QStringLiteral("Demo seed");
            method.authorization = authorization;
        }
        if (revoked) {
            method.revoked = PaymentMethodRevocation {
                QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC), QStringLiteral("Ann Agent"),
                QStringLiteral("The customer closed the account")};
        }
        const QJsonObject json = toJson(method);
        QCOMPARE(json.value(QLatin1String("authorization")).isNull(), !withAuthorization);
        QCOMPARE(json.value(QLatin1String("revoked")).isNull(), !revoked);
        QCOMPARE(json.value(QLatin1String("default")).toBool(), !revoked);
        const auto back
            = paymentMethodFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY(back.has_value());
        QCOMPARE(*back, method);
        QCOMPARE(back->isUsable(), !revoked);
    }

    // A revocation names who revoked it; a person object gives its name.
    void revokedByPerson()
    {
        const QByteArray json = R"({"id":5,"type":"ach","last4":"1111","verification":"verified",
            "revoked":{"at":"2026-03-10T14:00:00Z","by":{"id":11,"name":"Ann Agent","role":"agent"},
                       "reason":"closed"}})";
        const auto method = paymentMethodFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(method.has_value());
        QVERIFY(method->revoked.has_value());
        QCOMPARE(method->revoked->by, QStringLiteral("Ann Agent"));
        QCOMPARE(method->revoked->reason, QStringLiteral("closed"));
        QVERIFY(!method->isUsable());
    }

    void achPaymentMethodNamesTheBadField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("verification unknown")
            << QByteArray(R"({"id":1,"type":"ach","verification":"maybe"})")
            << QStringLiteral("verification");
        QTest::newRow("tries_left a string")
            << QByteArray(R"({"id":1,"type":"ach","tries_left":"3"})")
            << QStringLiteral("tries_left");
        QTest::newRow("default a string")
            << QByteArray(R"({"id":1,"type":"ach","default":"yes"})") << QStringLiteral("default");
        QTest::newRow("authorization a string")
            << QByteArray(R"({"id":1,"type":"ach","authorization":"signed"})")
            << QStringLiteral("authorization");
        QTest::newRow("sec_code unknown")
            << QByteArray(R"({"id":1,"type":"ach","authorization":{"sec_code":"XYZ",)"
                          R"("method":"written"}})")
            << QStringLiteral("authorization.sec_code");
        QTest::newRow("revoked without a time")
            << QByteArray(R"({"id":1,"type":"ach","revoked":{"by":"Ann","reason":"x"}})")
            << QStringLiteral("revoked.at");
    }

    void achPaymentMethodNamesTheBadField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString bad;
        QVERIFY(!paymentMethodFromJson(QJsonDocument::fromJson(json).object(), &bad));
        QCOMPARE(bad, field);
    }

    void authorizationText()
    {
        const QByteArray json = R"({"version":"2026-12.1","sec_code":"WEB","text":"By accepting"})";
        const auto text = achAuthorizationTextFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(text.has_value());
        QCOMPARE(*text,
                 (AchAuthorizationTextResult {QStringLiteral("2026-12.1"), AchSecCode::WEB,
                                              QStringLiteral("By accepting")}));
        QString field;
        QVERIFY(!achAuthorizationTextFromJson(
            QJsonDocument::fromJson(R"({"version":"2026-12.1","sec_code":"ABC","text":"x"})")
                .object(),
            &field));
        QCOMPARE(field, QStringLiteral("sec_code"));
        QVERIFY(!achAuthorizationTextFromJson(
            QJsonDocument::fromJson(R"({"version":"","sec_code":"CCD","text":"x"})").object(),
            &field));
        QCOMPARE(field, QStringLiteral("version"));
    }

    void creditApplicationPage()
    {
        CreditApplication application;
        application.id = 5;
        application.customerId = 42;
        application.version = 2;
        application.status = CreditApplicationStatus::Submitted;
        application.legalName = QStringLiteral("Acme VoIP LLC");
        application.requestedLimitCents = 250000;
        const QJsonObject o {{QStringLiteral("items"), QJsonArray {toJson(application)}},
                             {QStringLiteral("next_cursor"), QStringLiteral("c2")}};
        const auto page = creditApplicationPageFromJson(o);
        QVERIFY(page.has_value());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->items.at(0), application);
        QCOMPARE(page->nextCursor, QStringLiteral("c2"));
    }

    // The baseline of the next figure: parsing the same page into a QJsonDocument only.
    void parseThousandCustomerPage()
    {
        const QByteArray body = QJsonDocument(customerPage(1000)).toJson(QJsonDocument::Compact);
        qsizetype items = 0;
        QBENCHMARK
        {
            items = QJsonDocument::fromJson(body)
                        .object()
                        .value(QStringLiteral("items"))
                        .toArray()
                        .size();
        }
        QCOMPARE(items, 1000);
    }

    // Not a timed test: run with -iterations N (or -tickcounter) for the figure. The sync
    // engine pages 100,000 customers in 100 pages of 1,000, so this cost times 100 is the
    // client-side decode share of a first sync.
    void decodeThousandCustomerPage()
    {
        const QByteArray body = QJsonDocument(customerPage(1000)).toJson(QJsonDocument::Compact);
        std::optional<CustomerPage> page;
        QBENCHMARK
        {
            page = customerPageFromJson(QJsonDocument::fromJson(body).object());
        }
        QVERIFY(page.has_value());
        QCOMPARE(page->items.size(), 1000);
        QCOMPARE(page->items.at(999), sampleCustomer(1000));
    }
};

QTEST_APPLESS_MAIN(TestPortalJson)
#include "tst_portal_json.moc"
