// The wire names of our encoders against docs/portal-api.yaml itself: every object the
// encoder writes has exactly the members the schema lists for it, of a type the schema
// allows, and a fully populated sample writes every member the schema lists, nested objects
// and array items included. A field renamed in the shared codec (or in the schema) fails here.
#include "CreditApplicationSample.h"
#include "WireContract.h"
#include "models/AchAuthorization.h"
#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "models/InvoiceJson.h"

#include <QFile>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
    return document.object();
}

// Every member set, every optional present, one of each list.
Customer fullCustomer()
{
    Customer c;
    c.id = 42;
    c.accountNumber = QStringLiteral("100000042");
    c.name = QStringLiteral("Acme VoIP LLC");
    c.country = QStringLiteral("US");
    c.status = CustomerStatus::Suspended;
    c.agent = {7, QStringLiteral("Agent One")};
    c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
    c.customerSince = QDate(2024, 2, 29);
    c.paymentTerms = PaymentTermsKind::Net15;
    c.creditLimitCents = 50000;
    c.balanceCents = -1234;
    c.invoiceEmails = {QStringLiteral("ap@acme.example")};
    c.billingContacts = {{9, QStringLiteral("Ann"), QStringLiteral("ann@acme.example")}};
    c.ach.status = AchStatus::Enabled;
    c.ach.reason = AchReason::Manual;
    c.ach.eligibleOn = QDate(2026, 12, 30);
    c.ach.enabledBy = ManualAchEnable {{4, QStringLiteral("Support One")},
                                       QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC),
                                       QStringLiteral("Long-standing customer")};
    c.lastPaymentIssueOn = QDate(2026, 10, 1);
    c.lastPaymentIssue = PaymentIssue {PaymentIssueKind::FailedPayment,
                                       QStringLiteral("INV-2026-0142"),
                                       QDate(2026, 10, 1),
                                       24000,
                                       QStringLiteral("insufficient funds"),
                                       false};
    c.version = 17;
    c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 39, 59, 123), Qt::UTC);
    return c;
}

// Every optional absent, every list empty.
Customer sparseCustomer()
{
    Customer c;
    c.id = 1;
    c.country = QStringLiteral("CA");
    c.agent = {7, QStringLiteral("Agent One")};
    c.customerSince = QDate(2026, 11, 1);
    c.ach = AchState {AchStatus::NotEligible, AchReason::OutsideUs, std::nullopt, std::nullopt};
    c.version = 1;
    c.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    return c;
}

// Every member set, one of each list, a delivery by a person and one by the monthly run.
Invoice fullInvoice()
{
    Invoice i;
    i.id = 900;
    i.number = QStringLiteral("INV-2026-0142");
    i.customerId = 42;
    i.periodStart = QDate(2026, 9, 1);
    i.periodEnd = QDate(2026, 9, 30);
    i.issuedOn = QDate(2026, 10, 1);
    i.dueOn = QDate(2026, 10, 16);
    i.amountCents = 24000;
    i.paidCents = 10000;
    i.status = InvoiceStatus::PastDue;
    i.lines = {{QStringLiteral("SIP trunk channels"), 12, 2000, 24000}};
    i.deliveries = {{1,
                     QDateTime(QDate(2026, 10, 1), QTime(6, 0), Qt::UTC),
                     std::nullopt,
                     {QStringLiteral("ann@acme.example")},
                     {QStringLiteral("ap@acme.example")}},
                    {2,
                     QDateTime(QDate(2026, 10, 20), QTime(14, 5, 6, 7), Qt::UTC),
                     InvoiceSender {{7, QStringLiteral("Agent One")}, Role::MasterAgent},
                     {QStringLiteral("ann@acme.example")},
                     {}}};
    return i;
}

Payment failedPayment()
{
    return {77,
            900,
            QDateTime(QDate(2026, 10, 3), QTime(8, 0), Qt::UTC),
            PaymentMethodKind::Ach,
            24000,
            PaymentOutcome::Failed,
            QStringLiteral("insufficient funds")};
}

CreditApplication decidedApplication()
{
    CreditApplication a = completeCreditApplication();
    a.id = 5;
    a.version = 3;
    a.guarantor = completeGuarantor();
    a.guarantor->email = QStringLiteral("gus@guarantor.example");
    a.status = CreditApplicationStatus::Approved;
    a.submittedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    a.submittedBy = PersonRef {7, QStringLiteral("Agent One")};
    a.decision = CreditDecision {true, 250000, QStringLiteral("Good references"),
                                 PersonRef {4, QStringLiteral("Support One")},
                                 QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
    return a;
}

QJsonObject renamed(QJsonObject object, QStringList path, const QString &to)
{
    const QString key = path.takeFirst();
    QJsonValue value = object.value(key);
    if (path.isEmpty()) {
        object.remove(key);
        object.insert(to, value);
        return object;
    }
    if (path.first() == u"[]") {
        path.removeFirst();
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = renamed(array.at(i).toObject(), path, to);
        object.insert(key, array);
    } else {
        object.insert(key, renamed(value.toObject(), path, to));
    }
    return object;
}

} // namespace

class TestWireContract : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schemas;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(PAC_SOURCE_DIR "/docs/portal-api.yaml"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QString error;
        m_schemas = YamlSubsetReader::schemasOf(QString::fromUtf8(file.readAll()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *name :
             {"Customer", "Ach", "ManualAchEnable", "PersonRef", "BillingContact",
              "CreditApplication", "CreditDecision", "PostalAddress", "CreditDecisionRequest",
              "PaymentIssue", "Invoice", "InvoiceLine", "InvoiceDelivery", "Payment"}) {
            QVERIFY2(m_schemas.value(QLatin1String(name))
                         .toObject()
                         .value(QStringLiteral("properties"))
                         .isObject(),
                     name);
        }
    }

    // The reader on the forms the schema uses, so it cannot silently read less than is there.
    void readerReadsTheSchemaForms()
    {
        const QString yaml = QStringLiteral("Thing:\n"
                                            "  type: object\n"
                                            "  required: [id, name,\n"
                                            "             ach]\n"
                                            "  description: >-\n"
                                            "    Text with `a`: a colon, and - a dash.\n"
                                            "  properties:\n"
                                            "    id:\n"
                                            "      type: [integer, 'null']\n"
                                            "    name:\n"
                                            "      oneOf:\n"
                                            "        - $ref: '#/components/schemas/PersonRef'\n"
                                            "        - type: 'null'\n"
                                            "    list:\n"
                                            "      items:\n"
                                            "        - type: object\n"
                                            "          properties:\n"
                                            "            a:\n"
                                            "              type: string\n"
                                            "    plain: a wrapped\n"
                                            "      scalar\n");
        QString error;
        const QJsonValue read = YamlSubsetReader::read(yaml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // (No raw string literal here: moc misreads some.)
        const QJsonObject expected
            = QJsonDocument::fromJson(
                  "{\"Thing\": {\"type\": \"object\", \"required\": [\"id\", \"name\", \"ach\"],"
                  " \"description\": \"Text with `a`: a colon, and - a dash.\","
                  " \"properties\": {\"id\": {\"type\": [\"integer\", \"null\"]},"
                  " \"name\": {\"oneOf\": [{\"$ref\": \"#/components/schemas/PersonRef\"},"
                  " {\"type\": \"null\"}]},"
                  " \"list\": {\"items\": [{\"type\": \"object\","
                  " \"properties\": {\"a\": {\"type\": \"string\"}}}]},"
                  " \"plain\": \"a wrapped scalar\"}}}")
                  .object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(read.toObject(), expected);

        const auto errorOf = [](const char *text) {
            QString problem;
            YamlSubsetReader::read(QString::fromUtf8(text), &problem);
            return problem;
        };
        QCOMPARE(errorOf("a: {b: 1}\n"), QStringLiteral("line 1: flow mappings are not read"));
        QCOMPARE(errorOf("a: 1\n  b: 2\n"), QStringLiteral("line 2: `key: value` under a scalar"));
        QCOMPARE(errorOf("a:\n  b: 1\n  c\n"), QStringLiteral("line 3: expected `key: value`"));
        QCOMPARE(errorOf("a: 1\na: 2\n"), QStringLiteral("line 2: `a` twice"));
    }

    void encodersWriteTheSchema_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<bool>("fullyPopulated");

        // The Customer through its one encoder, as the portal sends it and the cache keeps it.
        QTest::newRow("Customer, every member set")
            << "Customer" << parsed(customerJsonBytes(fullCustomer())) << true;
        QTest::newRow("Customer, nulls and empty lists")
            << "Customer" << parsed(customerJsonBytes(sparseCustomer())) << false;
        QTest::newRow("ManualAchEnable (also the audit's value)")
            << "ManualAchEnable" << parsed(manualAchEnableJsonBytes(*fullCustomer().ach.enabledBy))
            << true;
        QTest::newRow("PaymentIssue, failed payment")
            << "PaymentIssue" << parsed(paymentIssueJsonBytes(*fullCustomer().lastPaymentIssue))
            << true;
        QTest::newRow("PaymentIssue, still past due, no reason")
            << "PaymentIssue"
            << parsed(paymentIssueJsonBytes({PaymentIssueKind::PastDue,
                                             QStringLiteral("INV-2026-0142"), QDate(2026, 11, 2),
                                             24000, std::nullopt, true}))
            << false;
        QTest::newRow("Invoice, lines and deliveries")
            << "Invoice" << parsed(invoiceJsonBytes(fullInvoice())) << true;
        QTest::newRow("Invoice, no lines, no deliveries")
            << "Invoice" << parsed(invoiceJsonBytes(Invoice())) << false;
        QTest::newRow("InvoiceDelivery, sent by a person (POST /invoices/{id}/send)")
            << "InvoiceDelivery" << parsed(deliveryJsonBytes(fullInvoice().deliveries.at(1)))
            << true;
        QTest::newRow("InvoiceDelivery, the monthly run")
            << "InvoiceDelivery" << parsed(deliveryJsonBytes(fullInvoice().deliveries.at(0)))
            << false;
        QTest::newRow("Payment, failed with a reason")
            << "Payment" << parsed(paymentJsonBytes(failedPayment())) << true;
        Payment succeeded = failedPayment();
        succeeded.outcome = PaymentOutcome::Succeeded;
        succeeded.method = PaymentMethodKind::Card;
        succeeded.failureReason.reset();
        QTest::newRow("Payment, succeeded by card")
            << "Payment" << parsed(paymentJsonBytes(succeeded)) << false;
        QTest::newRow("CreditApplication, decided, with a guarantor")
            << "CreditApplication" << toJson(decidedApplication()) << true;
        QTest::newRow("CreditApplication, empty draft")
            << "CreditApplication" << toJson(CreditApplication()) << false;
        QTest::newRow("CreditDecisionRequest")
            << "CreditDecisionRequest"
            << toJson(CreditDecisionRequest {true, 250000, QStringLiteral("ok")}) << true;
        // The ACH authorization: as the client sends it, and as the portal keeps it.
        AchAuthorization authorization;
        authorization.secCode = AchSecCode::TEL;
        authorization.authorizedByName = QStringLiteral("Dana Owner");
        authorization.authorizedByTitle = QStringLiteral("CFO");
        authorization.method = AchAuthorizationMethod::RecordedCall;
        authorization.textVersion = QStringLiteral("2026-12.1");
        authorization.acceptedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        QTest::newRow("AchAuthorizationRequest (POST …/payment-methods)")
            << "AchAuthorizationRequest" << authorization.toJson() << true;
        authorization.text = QStringLiteral("Script for a telephone authorization …");
        authorization.recordedBy = QStringLiteral("Alex Agent");
        QTest::newRow("AchAuthorization (a PaymentMethod's)")
            << "AchAuthorization" << authorization.toJson() << true;
    }

    void encodersWriteTheSchema()
    {
        QFETCH(QString, schema);
        QFETCH(QJsonObject, document);
        QFETCH(bool, fullyPopulated);
        QVERIFY(!document.isEmpty());
        const SchemaPaths paths(m_schemas, schema);
        const QStringList problems = ContractCheck(paths, document, fullyPopulated).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The check itself: a member renamed on either side is named.
    void aRenamedMemberIsCaught_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("renamedTo");
        QTest::addColumn<QString>("reported");

        const QJsonObject customer = parsed(customerJsonBytes(fullCustomer()));
        const QJsonObject application = toJson(decidedApplication());
        QTest::newRow("top level") << "Customer" << customer << "balance_cents"
                                   << "balance"
                                   << "(document): written, not in the schema: balance";
        QTest::newRow("nested object") << "Customer" << customer << "ach.eligible_on"
                                       << "eligibleOn"
                                       << "ach: in the schema, not written: eligible_on";
        QTest::newRow("inside a nullable object")
            << "Customer" << customer << "ach.enabled_by.at"
            << "when"
            << "ach.enabled_by: written, not in the schema: when";
        QTest::newRow("array items") << "Customer" << customer << "billing_contacts.[].email"
                                     << "mail"
                                     << "billing_contacts[]: written, not in the schema: mail";
        QTest::newRow("customer's payment issue")
            << "Customer" << customer << "last_payment_issue.invoice_number"
            << "invoice"
            << "last_payment_issue: written, not in the schema: invoice";
        QTest::newRow("invoice line items")
            << "Invoice" << parsed(invoiceJsonBytes(fullInvoice())) << "lines.[].unit_cents"
            << "unit_price"
            << "lines[]: in the schema, not written: unit_cents";
        QTest::newRow("invoice delivery sender")
            << "Invoice" << parsed(invoiceJsonBytes(fullInvoice())) << "deliveries.[].by.role"
            << "as"
            << "deliveries[].by: written, not in the schema: as";
        QTest::newRow("credit application, deep")
            << "CreditApplication" << application << "guarantor.home_address.zip"
            << "postcode"
            << "guarantor.home_address: in the schema, not written: zip";
    }

    void aRenamedMemberIsCaught()
    {
        QFETCH(QString, schema);
        QFETCH(QJsonObject, document);
        QFETCH(QString, path);
        QFETCH(QString, renamedTo);
        QFETCH(QString, reported);
        const SchemaPaths paths(m_schemas, schema);
        QVERIFY(ContractCheck(paths, document, true).problems().isEmpty());
        const QJsonObject doctored = renamed(document, path.split(u'.'), renamedTo);
        const QStringList problems = ContractCheck(paths, doctored, true).problems();
        QVERIFY2(problems.contains(reported), qPrintable(problems.join(u'\n')));
    }

    void aWrongTypeIsCaught()
    {
        QJsonObject customer = parsed(customerJsonBytes(fullCustomer()));
        customer.insert(QStringLiteral("credit_limit_cents"), QStringLiteral("500.00"));
        customer.insert(QStringLiteral("status"), QStringLiteral("dormant"));
        const QStringList problems
            = ContractCheck(SchemaPaths(m_schemas, QStringLiteral("Customer")), customer, true)
                  .problems();
        QVERIFY2(problems.contains(QStringLiteral(
                     "credit_limit_cents: written as string, the schema says integer")),
                 qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.contains(
                     QStringLiteral("status: \"dormant\" is not one of active, closed, suspended")),
                 qPrintable(problems.join(u'\n')));
    }
};

QTEST_APPLESS_MAIN(TestWireContract)
#include "tst_wire_contract.moc"
