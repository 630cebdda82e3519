// The Invoice, InvoiceDelivery, Payment and PaymentIssue codecs (models/InvoiceJson.h,
// models/CustomerJson.h): the literal text the encoders write, round trips of every shape,
// and bad input named by its JSON path.
#include "models/CustomerJsonWriter.h"
#include "models/InvoiceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace pac;

namespace {

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

InvoiceDelivery monthlyRun()
{
    return {1,
            QDateTime(QDate(2026, 10, 1), QTime(6, 0), Qt::UTC),
            std::nullopt,
            {QStringLiteral("ann@acme.example")},
            {QStringLiteral("ap@acme.example")}};
}

InvoiceDelivery sentAgain()
{
    return {2,
            QDateTime(QDate(2026, 10, 20), QTime(14, 5, 6, 7), Qt::UTC),
            InvoiceSender {{7, QStringLiteral("Agent \"One\"")}, Role::MasterAgent},
            {QStringLiteral("ann@acme.example"), QStringLiteral("bob@acme.example")},
            {}};
}

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
    i.lines = {{QStringLiteral("SIP trunk channels"), 12, 1500, 18000},
               {QStringLiteral("Llamadas salientes — Ñandú 漢字"), 3000, 2, 6000}};
    i.deliveries = {monthlyRun(), sentAgain()};
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

// Sets (or with an undefined value removes) the member at `path`: "lines[1].unit_cents",
// "deliveries[0].by.role".
QJsonValue withMember(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    QString step = path.takeFirst();
    int index = -1;
    if (const qsizetype open = step.indexOf(u'['); open >= 0) {
        index = step.mid(open + 1, step.size() - open - 2).toInt();
        step = step.left(open);
    }
    QJsonObject object = root.toObject();
    if (index < 0) {
        if (path.isEmpty() && value.isUndefined())
            object.remove(step);
        else
            object.insert(step, withMember(object.value(step), path, value));
        return object;
    }
    QJsonArray array = object.value(step).toArray();
    array[index] = withMember(array.at(index), path, value);
    object.insert(step, array);
    return object;
}

} // namespace

class TestInvoiceJson : public QObject
{
    Q_OBJECT

private slots:
    // The bytes themselves: member names, order, dates, times in UTC with Z, null.
    void writesTheWireText_data()
    {
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("payment, failed")
            << paymentJsonBytes(failedPayment())
            << QByteArray("{\"id\":77,\"invoice_id\":900,\"at\":\"2026-10-03T08:00:00.000Z\","
                          "\"method\":\"ach\",\"amount_cents\":24000,\"outcome\":\"failed\","
                          "\"failure_reason\":\"insufficient funds\"}");
        QTest::newRow("payment, succeeded: failure_reason null")
            << paymentJsonBytes(
                   {5, 6,
                    QDateTime(QDate(2026, 10, 5), QTime(23, 59, 59, 999), QTimeZone(-5 * 3600)),
                    PaymentMethodKind::Card, 100, PaymentOutcome::Succeeded, std::nullopt})
            << QByteArray("{\"id\":5,\"invoice_id\":6,\"at\":\"2026-10-06T04:59:59.999Z\","
                          "\"method\":\"card\",\"amount_cents\":100,\"outcome\":\"succeeded\","
                          "\"failure_reason\":null}");
        QTest::newRow("delivery by the monthly run: by null")
            << deliveryJsonBytes(monthlyRun())
            << QByteArray("{\"id\":1,\"at\":\"2026-10-01T06:00:00.000Z\",\"by\":null,"
                          "\"to\":[\"ann@acme.example\"],\"cc\":[\"ap@acme.example\"]}");
        QTest::newRow("delivery sent again by a person, empty cc")
            << deliveryJsonBytes(sentAgain())
            << QByteArray("{\"id\":2,\"at\":\"2026-10-20T14:05:06.007Z\",\"by\":{\"id\":7,"
                          "\"name\":\"Agent \\\"One\\\"\",\"role\":\"master_agent\"},"
                          "\"to\":[\"ann@acme.example\",\"bob@acme.example\"],\"cc\":[]}");
        Invoice small = fullInvoice();
        small.lines = {small.lines.first()};
        small.deliveries = {monthlyRun()};
        QTest::newRow("invoice with a line and a delivery")
            << invoiceJsonBytes(small)
            << QByteArray("{\"id\":900,\"number\":\"INV-2026-0142\",\"customer_id\":42,"
                          "\"period_start\":\"2026-09-01\",\"period_end\":\"2026-09-30\","
                          "\"issued_on\":\"2026-10-01\",\"due_on\":\"2026-10-16\","
                          "\"amount_cents\":24000,\"paid_cents\":10000,\"status\":\"past_due\","
                          "\"lines\":[{\"description\":\"SIP trunk channels\",\"quantity\":12,"
                          "\"unit_cents\":1500,\"amount_cents\":18000}],"
                          "\"deliveries\":[{\"id\":1,\"at\":\"2026-10-01T06:00:00.000Z\","
                          "\"by\":null,\"to\":[\"ann@acme.example\"],"
                          "\"cc\":[\"ap@acme.example\"]}]}");
        Invoice credit = small;
        credit.amountCents = -5000;
        credit.paidCents = 0;
        credit.status = InvoiceStatus::Void;
        credit.lines.clear();
        credit.deliveries.clear();
        QTest::newRow("void credit note, empty lists")
            << invoiceJsonBytes(credit)
            << QByteArray("{\"id\":900,\"number\":\"INV-2026-0142\",\"customer_id\":42,"
                          "\"period_start\":\"2026-09-01\",\"period_end\":\"2026-09-30\","
                          "\"issued_on\":\"2026-10-01\",\"due_on\":\"2026-10-16\","
                          "\"amount_cents\":-5000,\"paid_cents\":0,\"status\":\"void\","
                          "\"lines\":[],\"deliveries\":[]}");
        QTest::newRow("payment issue, failed payment")
            << paymentIssueJsonBytes({PaymentIssueKind::FailedPayment,
                                      QStringLiteral("INV-2026-0142"), QDate(2026, 10, 3), 24000,
                                      QStringLiteral("insufficient funds"), false})
            << QByteArray("{\"kind\":\"failed_payment\",\"invoice_number\":\"INV-2026-0142\","
                          "\"on\":\"2026-10-03\",\"amount_cents\":24000,"
                          "\"failure_reason\":\"insufficient funds\",\"still_past_due\":false}");
        QTest::newRow("payment issue, still past due")
            << paymentIssueJsonBytes({PaymentIssueKind::PastDue, QStringLiteral("INV-2026-0142"),
                                      QDate(2026, 11, 15), 24000, std::nullopt, true})
            << QByteArray("{\"kind\":\"past_due\",\"invoice_number\":\"INV-2026-0142\","
                          "\"on\":\"2026-11-15\",\"amount_cents\":24000,"
                          "\"failure_reason\":null,\"still_past_due\":true}");
    }

    void writesTheWireText()
    {
        QFETCH(QByteArray, written);
        QFETCH(QByteArray, expected);
        QCOMPARE(written, expected);
    }

    void appendsToABuffer()
    {
        QByteArray page("[");
        appendPaymentJson(page, failedPayment());
        page += ',';
        appendInvoiceJson(page, Invoice());
        page += ']';
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(page, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toInteger(), 77);
    }

    void invoiceRoundTrip_data()
    {
        QTest::addColumn<Invoice>("invoice");
        QTest::newRow("lines, deliveries, unicode, escapes") << fullInvoice();
        Invoice empty = fullInvoice();
        empty.lines.clear();
        empty.deliveries.clear();
        empty.status = InvoiceStatus::Open;
        QTest::newRow("no lines, no deliveries") << empty;
        Invoice big = fullInvoice();
        big.amountCents = 9'007'199'254'740'993LL; // beyond a double's integers
        big.paidCents = big.amountCents;
        big.status = InvoiceStatus::Paid;
        QTest::newRow("amount beyond a double") << big;
        Invoice credit = empty;
        credit.amountCents = -5000;
        credit.paidCents = 0;
        credit.status = InvoiceStatus::Void;
        QTest::newRow("void credit note") << credit;
    }

    void invoiceRoundTrip()
    {
        QFETCH(Invoice, invoice);
        QString field;
        const auto back = invoiceFromJson(parsed(invoiceJsonBytes(invoice)), &field);
        QVERIFY2(back.has_value(), qPrintable(field));
        QCOMPARE(*back, invoice);
    }

    void paymentAndDeliveryRoundTrip()
    {
        QString field;
        const auto failed = paymentFromJson(parsed(paymentJsonBytes(failedPayment())), &field);
        QVERIFY2(failed.has_value(), qPrintable(field));
        QCOMPARE(*failed, failedPayment());
        Payment ok = failedPayment();
        ok.outcome = PaymentOutcome::Succeeded;
        ok.method = PaymentMethodKind::Card;
        ok.failureReason.reset();
        QCOMPARE(paymentFromJson(parsed(paymentJsonBytes(ok))), std::optional<Payment>(ok));
        for (const InvoiceDelivery &d : {monthlyRun(), sentAgain()})
            QCOMPARE(deliveryFromJson(parsed(deliveryJsonBytes(d))),
                     std::optional<InvoiceDelivery>(d));
        const PaymentIssue issue {PaymentIssueKind::PastDue,
                                  QStringLiteral("INV-2026-0142"),
                                  QDate(2026, 11, 15),
                                  24000,
                                  std::nullopt,
                                  true};
        QCOMPARE(paymentIssueFromJson(parsed(paymentIssueJsonBytes(issue))),
                 std::optional<PaymentIssue>(issue));
    }

    void badInvoice_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: removed
        QTest::addColumn<QString>("expectedField");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("id as string") << "id" << QJsonValue(QStringLiteral("900")) << "id";
        QTest::newRow("number missing") << "number" << removed << "number";
        QTest::newRow("customer_id fractional")
            << "customer_id" << QJsonValue(42.5) << "customer_id";
        QTest::newRow("due_on not a date")
            << "due_on" << QJsonValue(QStringLiteral("2026-02-30")) << "due_on";
        QTest::newRow("period_start as a number")
            << "period_start" << QJsonValue(20260901) << "period_start";
        QTest::newRow("unknown status")
            << "status" << QJsonValue(QStringLiteral("overdue")) << "status";
        QTest::newRow("amount in dollars") << "amount_cents" << QJsonValue(240.5) << "amount_cents";
        QTest::newRow("paid_cents missing") << "paid_cents" << removed << "paid_cents";
        QTest::newRow("lines not an array") << "lines" << QJsonValue(QJsonObject()) << "lines";
        QTest::newRow("lines missing") << "lines" << removed << "lines";
        QTest::newRow("a line not an object") << "lines[0]" << QJsonValue(1) << "lines[0]";
        QTest::newRow("second line's unit_cents as text")
            << "lines[1].unit_cents" << QJsonValue(QStringLiteral("2")) << "lines[1].unit_cents";
        QTest::newRow("line quantity missing")
            << "lines[0].quantity" << removed << "lines[0].quantity";
        QTest::newRow("deliveries missing") << "deliveries" << removed << "deliveries";
        QTest::newRow("delivery at not a time")
            << "deliveries[0].at" << QJsonValue(QStringLiteral("yesterday")) << "deliveries[0].at";
        QTest::newRow("delivery by missing (null is the monthly run)")
            << "deliveries[0].by" << removed << "deliveries[0].by";
        QTest::newRow("delivery by a number")
            << "deliveries[1].by" << QJsonValue(7) << "deliveries[1].by";
        QTest::newRow("delivery by an unknown role")
            << "deliveries[1].by.role" << QJsonValue(QStringLiteral("admin"))
            << "deliveries[1].by.role";
        QTest::newRow("delivery by without a name")
            << "deliveries[1].by.name" << removed << "deliveries[1].by.name";
        QTest::newRow("delivery to not a list")
            << "deliveries[1].to" << QJsonValue(QStringLiteral("ann@acme.example"))
            << "deliveries[1].to";
        QTest::newRow("delivery cc with a number")
            << "deliveries[0].cc" << QJsonValue(QJsonArray {1}) << "deliveries[0].cc";
    }

    void badInvoice()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const QJsonObject doctored
            = withMember(parsed(invoiceJsonBytes(fullInvoice())), path.split(u'.'), value)
                  .toObject();
        QString field;
        QVERIFY(!invoiceFromJson(doctored, &field).has_value());
        QCOMPARE(field, expectedField);
    }

    void badPayment_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("invoice_id missing") << "invoice_id" << removed << "invoice_id";
        QTest::newRow("at without a time")
            << "at" << QJsonValue(QStringLiteral("not a time")) << "at";
        QTest::newRow("method cash") << "method" << QJsonValue(QStringLiteral("cash")) << "method";
        QTest::newRow("outcome missing") << "outcome" << removed << "outcome";
        QTest::newRow("outcome in capitals")
            << "outcome" << QJsonValue(QStringLiteral("FAILED")) << "outcome";
        QTest::newRow("failure_reason a number")
            << "failure_reason" << QJsonValue(51) << "failure_reason";
        QTest::newRow("amount_cents as text")
            << "amount_cents" << QJsonValue(QStringLiteral("240.00")) << "amount_cents";
    }

    void badPayment()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const QJsonObject doctored
            = withMember(parsed(paymentJsonBytes(failedPayment())), path.split(u'.'), value)
                  .toObject();
        QString field;
        QVERIFY(!paymentFromJson(doctored, &field).has_value());
        QCOMPARE(field, expectedField);
    }

    void badPaymentIssue_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("kind unknown") << "kind" << QJsonValue(QStringLiteral("late")) << "kind";
        QTest::newRow("invoice_number missing") << "invoice_number" << removed << "invoice_number";
        QTest::newRow("on not a date") << "on" << QJsonValue(QStringLiteral("2026-13-01")) << "on";
        QTest::newRow("amount_cents missing") << "amount_cents" << removed << "amount_cents";
        QTest::newRow("failure_reason an object")
            << "failure_reason" << QJsonValue(QJsonObject()) << "failure_reason";
        QTest::newRow("still_past_due as text")
            << "still_past_due" << QJsonValue(QStringLiteral("yes")) << "still_past_due";
        QTest::newRow("still_past_due missing") << "still_past_due" << removed << "still_past_due";
    }

    void badPaymentIssue()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const PaymentIssue issue {PaymentIssueKind::FailedPayment,
                                  QStringLiteral("INV-2026-0142"),
                                  QDate(2026, 10, 3),
                                  24000,
                                  QStringLiteral("insufficient funds"),
                                  false};
        const QJsonObject doctored
            = withMember(parsed(paymentIssueJsonBytes(issue)), path.split(u'.'), value).toObject();
        QString field;
        QVERIFY(!paymentIssueFromJson(doctored, &field).has_value());
        QCOMPARE(field, expectedField);
    }
};

QTEST_APPLESS_MAIN(TestInvoiceJson)
#include "tst_invoicejson.moc"
