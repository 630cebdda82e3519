#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "models/HistoryAction.h"
#include "models/JsonNumberLiterals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pac;

class TestCustomerJson : public QObject
{
    Q_OBJECT

private:
    static Customer sample()
    {
        Customer c;
        c.id = 42;
        c.accountNumber = QStringLiteral("100000042");
        c.name = QStringLiteral("Acme VoIP \"Ñandú\" LLC");
        c.country = QStringLiteral("US");
        c.status = CustomerStatus::Active;
        c.agent = {7, QStringLiteral("Agent One")};
        c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.customerSince = QDate(2024, 2, 29);
        c.paymentTerms = PaymentTermsKind::Net15;
        c.creditLimitCents = 50000;
        c.balanceCents = 41234;
        c.invoiceEmails = {QStringLiteral("ap@acme.example"), QStringLiteral("cfo@acme.example")};
        c.billingContacts = {{9, QStringLiteral("Ann"), QStringLiteral("ann@acme.example")}};
        c.ach.status = AchStatus::Enabled;
        c.ach.reason = AchReason::Manual;
        c.ach.enabledBy = ManualAchEnable {{4, QStringLiteral("Support One")},
                                           QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
                                           QStringLiteral("Long-standing customer")};
        c.lastPaymentIssueOn = QDate(2026, 10, 1);
        c.version = 17;
        c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 39, 59, 123), Qt::UTC);
        return c;
    }

private slots:
    // The API's numbers are integers written as integers: 1e7 and 5.0 parse to the same
    // value as 10000000 and 5, so the literal is what is checked.
    void nonIntegerLiterals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset"); // -1: none
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("integers") << QByteArray(R"({"a":10000000,"b":-5,"c":[0,1]})") << -1
                                  << QByteArray();
        QTest::newRow("exponent") << QByteArray(R"({"credit_limit_cents":1e7})") << 22
                                  << QByteArray("1e7");
        QTest::newRow("capital exponent")
            << QByteArray(R"({"a":1,"b":2E+3})") << 11 << QByteArray("2E+3");
        QTest::newRow("fraction zero") << QByteArray(R"({"a":5.0})") << 5 << QByteArray("5.0");
        QTest::newRow("negative fraction") << QByteArray(R"([ -0.5 ])") << 2 << QByteArray("-0.5");
        QTest::newRow("inside strings ignored")
            << QByteArray(R"({"1e7":"2.5 \" 3e4","n":7})") << -1 << QByteArray();
        QTest::newRow("after an escaped quote")
            << QByteArray(R"({"s":"\"","n":1.5})") << 14 << QByteArray("1.5");
        QTest::newRow("unterminated string") << QByteArray(R"({"s":"1.5)") << -1 << QByteArray();
        QTest::newRow("empty") << QByteArray() << -1 << QByteArray();
    }

    void nonIntegerLiterals()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        QFETCH(QByteArray, literal);
        const auto found = JsonNumberLiterals::firstNonInteger(json);
        QCOMPARE(found.has_value(), offset >= 0);
        if (found) {
            QCOMPARE(found->offset, qsizetype(offset));
            QCOMPARE(found->text.toByteArray(), literal);
        }
    }

    void roundTrip()
    {
        const Customer c = sample();
        const QByteArray bytes = QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
        const auto back = customerFromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(back.has_value());
        QCOMPARE(*back, c);
    }

    void roundTripNulls()
    {
        Customer c = sample();
        c.masterAgent.reset();
        c.lastPaymentIssueOn.reset();
        c.ach = AchState {AchStatus::NotEligible, AchReason::RecentPaymentIssue, QDate(2027, 1, 1),
                          std::nullopt};
        const QJsonObject o = toJson(c);
        QVERIFY(o.value(QStringLiteral("master_agent")).isNull());
        QVERIFY(o.value(QStringLiteral("last_payment_issue_on")).isNull());
        QCOMPARE(o.value(QStringLiteral("ach")).toObject().value(QStringLiteral("eligible_on")),
                 QJsonValue(QStringLiteral("2027-01-01")));
        const auto back = customerFromJson(o);
        QVERIFY(back.has_value());
        QCOMPARE(*back, c);
    }

    // Billing rule 7c: `last_payment_issue` beside `last_payment_issue_on`, the same day.
    void roundTripPaymentIssue_data()
    {
        QTest::addColumn<PaymentIssue>("issue");
        QTest::newRow("failed payment with a reason")
            << PaymentIssue {PaymentIssueKind::FailedPayment,
                             QStringLiteral("INV-2026-0142"),
                             QDate(2026, 10, 1),
                             24000,
                             QStringLiteral("insufficient funds"),
                             false};
        QTest::newRow("failed payment of an unknown invoice, no reason") << PaymentIssue {
            PaymentIssueKind::FailedPayment, QString(), QDate(2026, 10, 1), 1, std::nullopt, false};
        QTest::newRow("invoice paid late") << PaymentIssue {PaymentIssueKind::PastDue,
                                                            QStringLiteral("INV-2026-0142"),
                                                            QDate(2026, 10, 1),
                                                            24000,
                                                            std::nullopt,
                                                            false};
        QTest::newRow("invoice still past due") << PaymentIssue {PaymentIssueKind::PastDue,
                                                                 QStringLiteral("INV-2026-0142"),
                                                                 QDate(2026, 10, 1),
                                                                 24000,
                                                                 std::nullopt,
                                                                 true};
    }

    void roundTripPaymentIssue()
    {
        QFETCH(PaymentIssue, issue);
        Customer c = sample();
        c.lastPaymentIssue = issue;
        const QJsonObject o = toJson(c);
        QCOMPARE(o.value(QStringLiteral("last_payment_issue"))
                     .toObject()
                     .value(QStringLiteral("on"))
                     .toString(),
                 QStringLiteral("2026-10-01"));
        QString field;
        const auto back = customerFromJson(o, &field);
        QVERIFY2(back.has_value(), qPrintable(field));
        QCOMPARE(*back, c);
    }

    // A copy from a portal or a cache older than wave 2 has no `last_payment_issue`: it still
    // decodes, with its date.
    void olderCopyWithoutPaymentIssue()
    {
        QJsonObject o = toJson(sample());
        QVERIFY(o.value(QStringLiteral("last_payment_issue")).isNull());
        o.remove(QStringLiteral("last_payment_issue"));
        const auto back = customerFromJson(o);
        QVERIFY(back.has_value());
        QCOMPARE(back->lastPaymentIssueOn, std::optional<QDate>(QDate(2026, 10, 1)));
        QVERIFY(!back->lastPaymentIssue);
        QCOMPARE(*back, sample());
    }

    // Billing rule 7b: what is past due, derived by the portal; absent from older copies (0).
    void pastDueCents()
    {
        Customer c = sample();
        c.pastDueCents = 41250;
        QJsonObject o = toJson(c);
        QCOMPARE(o.value(QStringLiteral("past_due_cents")), QJsonValue(41250));
        QCOMPARE(*customerFromJson(o), c);
        o.remove(QStringLiteral("past_due_cents"));
        const auto older = customerFromJson(o);
        QVERIFY(older.has_value());
        QCOMPARE(older->pastDueCents, 0);
    }

    // An issue without the date beside it says two different things: refused.
    void paymentIssueWithoutTheDate()
    {
        Customer c = sample();
        c.lastPaymentIssue = PaymentIssue {PaymentIssueKind::PastDue,
                                           QStringLiteral("INV-2026-0142"),
                                           QDate(2026, 10, 1),
                                           24000,
                                           std::nullopt,
                                           false};
        QJsonObject o = toJson(c);
        o.insert(QStringLiteral("last_payment_issue_on"), QJsonValue::Null);
        QString field;
        QVERIFY(!customerFromJson(o, &field).has_value());
        QCOMPARE(field, QStringLiteral("last_payment_issue.on"));
    }

    // The tree's one JSON string escaper, literally; QJsonDocument reads each back.
    void jsonStringEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("plain ASCII, slash and DEL unescaped")
            << QStringLiteral("a/b c\x7f") << QByteArray("\"a/b c\x7f\"");
        QTest::newRow("quote and backslash")
            << QStringLiteral("say \"hi\" \\ back") << QByteArray("\"say \\\"hi\\\" \\\\ back\"");
        QTest::newRow("control characters as \\u00XX")
            << QStringLiteral("\t\n\r\b\f\x01\x1f")
            << QByteArray("\"\\u0009\\u000a\\u000d\\u0008\\u000c\\u0001\\u001f\"");
        QTest::newRow("unicode as UTF-8")
            << QStringLiteral("Ñandú 漢字 😀") << QStringLiteral("\"Ñandú 漢字 😀\"").toUtf8();
        QTest::newRow("escape after non-ASCII")
            << QStringLiteral("é\"") << QStringLiteral("\"é\\\"\"").toUtf8();
    }

    void jsonStringEscapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QByteArray out("[1,");
        appendJsonString(out, text);
        const QByteArray written = "[1," + expected;
        QCOMPARE(out, written);
        out += ']';
        QJsonParseError error;
        const QJsonArray back = QJsonDocument::fromJson(out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.at(1).toString(), text);
    }

    void wireNames()
    {
        const QJsonObject o = toJson(sample());
        QCOMPARE(o.value(QStringLiteral("payment_terms")).toString(), QStringLiteral("net15"));
        QCOMPARE(o.value(QStringLiteral("updated_at")).toString(),
                 QStringLiteral("2026-11-25T11:39:59.123Z"));
        QCOMPARE(o.value(QStringLiteral("customer_since")).toString(),
                 QStringLiteral("2024-02-29"));
        QCOMPARE(sample().etag(), QByteArray("\"17\""));
    }

    // The audit-history vocabulary the portal writes and the console words, pinned literally.
    void historyActionNames()
    {
        const QList<std::pair<HistoryAction, QString>> names {
            {HistoryAction::InvoiceEmailsChanged, QStringLiteral("invoice_emails_changed")},
            {HistoryAction::PaymentTermsChanged, QStringLiteral("payment_terms_changed")},
            {HistoryAction::AchManuallyEnabled, QStringLiteral("ach_manually_enabled")},
            {HistoryAction::AchMethodAdded, QStringLiteral("ach_method_added")},
            {HistoryAction::CreditApplicationSubmitted,
             QStringLiteral("credit_application_submitted")},
            {HistoryAction::CreditDecision, QStringLiteral("credit_decision")},
        };
        for (const auto &[action, name] : names) {
            QCOMPARE(toWire(action), name);
            QCOMPARE(historyActionFromWire(name), std::optional<HistoryAction>(action));
        }
        QVERIFY(!historyActionFromWire(u"limit_raised_by_magic"));
    }

    void badField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("id as string") << "id" << QJsonValue(QStringLiteral("42")) << "id";
        QTest::newRow("fractional cents")
            << "credit_limit_cents" << QJsonValue(1.5) << "credit_limit_cents";
        QTest::newRow("unknown terms")
            << "payment_terms" << QJsonValue(QStringLiteral("net30")) << "payment_terms";
        QTest::newRow("bad date") << "customer_since" << QJsonValue(QStringLiteral("2026-02-30"))
                                  << "customer_since";
        QTest::newRow("emails not array")
            << "invoice_emails" << QJsonValue(QStringLiteral("a@b.c")) << "invoice_emails";
        QTest::newRow("email not string")
            << "invoice_emails" << QJsonValue(QJsonArray {1}) << "invoice_emails";
        QTest::newRow("master agent number") << "master_agent" << QJsonValue(3) << "master_agent";
        QTest::newRow("missing name") << "name" << QJsonValue(QJsonValue::Undefined) << "name";
        QTest::newRow("negative past due")
            << "past_due_cents" << QJsonValue(-1) << "past_due_cents";
        QTest::newRow("past due as text")
            << "past_due_cents" << QJsonValue(QStringLiteral("12")) << "past_due_cents";

        // sample() has last_payment_issue_on 2026-10-01.
        const auto issue = [](const char *kind, const char *on) {
            return QJsonValue(
                QJsonObject {{QStringLiteral("kind"), QLatin1String(kind)},
                             {QStringLiteral("invoice_number"), QStringLiteral("INV-2026-0142")},
                             {QStringLiteral("on"), QLatin1String(on)},
                             {QStringLiteral("amount_cents"), 24000},
                             {QStringLiteral("failure_reason"), QJsonValue::Null},
                             {QStringLiteral("still_past_due"), false}});
        };
        QTest::newRow("payment issue a number")
            << "last_payment_issue" << QJsonValue(3) << "last_payment_issue";
        QTest::newRow("payment issue of another day than last_payment_issue_on")
            << "last_payment_issue" << issue("past_due", "2026-10-02") << "last_payment_issue.on";
        QTest::newRow("payment issue of an unknown kind")
            << "last_payment_issue" << issue("late", "2026-10-01") << "last_payment_issue.kind";
        QTest::newRow("payment issue with a bad day")
            << "last_payment_issue" << issue("past_due", "2026-10-32") << "last_payment_issue.on";
    }

    void badField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        QJsonObject o = toJson(sample());
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        QString field;
        QVERIFY(!customerFromJson(o, &field).has_value());
        QCOMPARE(field, expectedField);
    }
};

QTEST_APPLESS_MAIN(TestCustomerJson)
#include "tst_customerjson.moc"
