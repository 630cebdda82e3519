// The typed outbox edits (one to/from JSON per kind) and the local view each kind gives,
// compared against literal bodies and literal customers.
#include "StorageTestSupport.h"
#include "storage/LocalEdits.h"
#include "storage/OutboxEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pac;

namespace {

QJsonObject body(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

LocalEdits::Context support(QDate day)
{
    return {CacheUser {4, QStringLiteral("Support One"), Role::Support},
            QDateTime(day, QTime(15, 0), Qt::UTC)};
}

} // namespace

class TestLocalEdits : public QObject
{
    Q_OBJECT

private slots:
    void bodiesRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("emails") << int(EditKind::InvoiceEmails)
                                << QByteArray(R"({"emails":["a@x.example","b@x.example"]})");
        QTest::newRow("no emails")
            << int(EditKind::InvoiceEmails) << QByteArray(R"({"emails":[]})");
        QTest::newRow("net15") << int(EditKind::PaymentTerms) << QByteArray(R"({"terms":"net15"})");
        QTest::newRow("due on receipt")
            << int(EditKind::PaymentTerms) << QByteArray(R"({"terms":"due_on_receipt"})");
        QTest::newRow("ach") << int(EditKind::AchManualEnable)
                             << QByteArray(R"({"reason":"Pays by wire"})");
        QTest::newRow("decision")
            << int(EditKind::CreditDecision)
            << QByteArray(R"({"approved_limit_cents":250000,"decision":"approve","note":"ok"})");
    }

    void bodiesRoundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, json);
        QString problem;
        const auto edit = outboxEditFromJson(EditKind(kind), body(json), &problem);
        QVERIFY2(edit, qPrintable(problem));
        QCOMPARE(int(kindOf(*edit)), kind);
        QCOMPARE(QJsonDocument(toJson(*edit)).toJson(QJsonDocument::Compact), json);
    }

    void typedValues()
    {
        const auto emails
            = outboxEditFromJson(EditKind::InvoiceEmails, body(R"({"emails":["a@x.example"]})"));
        QCOMPARE(std::get<InvoiceEmailsEdit>(*emails).emails, QStringList {"a@x.example"});
        const auto terms = outboxEditFromJson(EditKind::PaymentTerms, body(R"({"terms":"net15"})"));
        QCOMPARE(std::get<PaymentTermsEdit>(*terms).terms, PaymentTermsKind::Net15);
        const auto ach
            = outboxEditFromJson(EditKind::AchManualEnable, body(R"({"reason":"  why  "})"));
        QCOMPARE(std::get<AchManualEnableEdit>(*ach).reason, QStringLiteral("why"));
        const NewEdit created = newEdit(9, PaymentTermsEdit {PaymentTermsKind::Net15}, "\"3\"");
        QCOMPARE(created.customerId, 9);
        QCOMPARE(created.kind, EditKind::PaymentTerms);
        QCOMPARE(created.payload, body(R"({"terms":"net15"})"));
        QCOMPARE(created.baseEtag, QByteArray("\"3\""));
    }

    void malformedBodiesNameTheProblem_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("emails not a list")
            << int(EditKind::InvoiceEmails) << QByteArray(R"({"emails":5})")
            << QStringLiteral("The invoice emails edit needs “emails”, a list of addresses.");
        QTest::newRow("an email not a string")
            << int(EditKind::InvoiceEmails) << QByteArray(R"({"emails":["a@x.example",1]})")
            << QStringLiteral("The invoice emails edit needs “emails”, a list of addresses.");
        QTest::newRow("net30") << int(EditKind::PaymentTerms) << QByteArray(R"({"terms":"net30"})")
                               << QStringLiteral("The payment terms edit needs “terms”: "
                                                 "due_on_receipt or net15.");
        QTest::newRow("blank reason")
            << int(EditKind::AchManualEnable) << QByteArray(R"({"reason":"  "})")
            << QStringLiteral("Enabling ACH by hand needs a reason.");
        QTest::newRow("decision neither approve nor decline")
            << int(EditKind::CreditDecision) << QByteArray(R"({"decision":"maybe"})")
            << QStringLiteral("The credit decision has an invalid “decision”.");
    }

    void malformedBodiesNameTheProblem()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QString got;
        QVERIFY(!outboxEditFromJson(EditKind(kind), body(json), &got));
        QCOMPARE(got, problem);
        QCOMPARE(LocalEdits::payloadProblem(EditKind(kind), body(json)),
                 std::optional<QString>(problem));
        // A body that cannot be read back changes nothing in the local view.
        const Customer c = test::sampleCustomer(1);
        QCOMPARE(LocalEdits::apply(c, EditKind(kind), body(json), support(QDate(2026, 12, 1))), c);
    }

    // The local view of each kind, as literal values.
    void localViewOfEachKind()
    {
        const Customer c = test::sampleCustomer(1); // $200.00 limit, due on receipt, eligible
        const LocalEdits::Context ctx = support(QDate(2026, 12, 1));

        Customer emails = LocalEdits::apply(c, InvoiceEmailsEdit {{"x@y.example"}}, ctx);
        QCOMPARE(emails.invoiceEmails, QStringList {"x@y.example"});
        emails.invoiceEmails = c.invoiceEmails;
        QCOMPARE(emails, c); // nothing else moved

        const Customer net15
            = LocalEdits::apply(c, PaymentTermsEdit {PaymentTermsKind::Net15}, ctx);
        QCOMPARE(net15.paymentTerms, PaymentTermsKind::Net15);
        QCOMPARE(net15.creditLimitCents, 50000); // the $500 default
        Customer high = c;
        high.creditLimitCents = 90000;
        QCOMPARE(LocalEdits::apply(high, PaymentTermsEdit {PaymentTermsKind::Net15}, ctx)
                     .creditLimitCents,
                 90000); // never lowered

        const Customer decided = LocalEdits::apply(
            c, CreditDecisionEdit {CreditDecisionRequest {true, 250000, QStringLiteral("ok")}},
            ctx);
        QCOMPARE(decided.creditLimitCents, 250000);
        const Customer declined = LocalEdits::apply(
            c, CreditDecisionEdit {CreditDecisionRequest {false, 0, QStringLiteral("no")}}, ctx);
        QCOMPARE(declined, c);
    }

    // The manual enable through the rule: what the portal answers, literally.
    void manualEnable_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("masterAgent");
        QTest::addColumn<bool>("hasMethod");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("enabledBy");
        QTest::newRow("no bank account: eligible") << "US" << false << false << "eligible"
                                                   << "manual" << true;
        QTest::newRow("with a bank account: enabled") << "US" << false << true << "enabled"
                                                      << "manual" << true;
        QTest::newRow("master agent keeps its reason") << "US" << true << false << "eligible"
                                                       << "master_agent" << false;
        QTest::newRow("outside the US stays not eligible")
            << "CA" << false << false << "not_eligible"
            << "outside_us" << false;
    }

    void manualEnable()
    {
        QFETCH(QString, country);
        QFETCH(bool, masterAgent);
        QFETCH(bool, hasMethod);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        QFETCH(bool, enabledBy);
        Customer c = test::sampleCustomer(1);
        c.country = country;
        c.customerSince = QDate(2026, 11, 20); // new: not eligible by itself
        if (masterAgent)
            c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.ach = {hasMethod ? AchStatus::Enabled : AchStatus::NotEligible,
                 AchReason::NewCustomer,
                 QDate(2027, 2, 19),
                 {}};
        const Customer view = LocalEdits::apply(c, AchManualEnableEdit {QStringLiteral("Asked")},
                                                support(QDate(2026, 12, 1)));
        QCOMPARE(toWire(view.ach.status), status);
        QCOMPARE(toWire(view.ach.reason), reason);
        QVERIFY(!view.ach.eligibleOn);
        QCOMPARE(view.ach.enabledBy.has_value(), enabledBy);
        if (enabledBy) {
            QCOMPARE(view.ach.enabledBy->by, (PersonRef {4, QStringLiteral("Support One")}));
            QCOMPARE(view.ach.enabledBy->reason, QStringLiteral("Asked"));
            QCOMPARE(view.ach.enabledBy->at, QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
        }
    }
};

QTEST_APPLESS_MAIN(TestLocalEdits)
#include "tst_storage_localedits.moc"
