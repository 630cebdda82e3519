#include "customerindex/CustomerCsvWriter.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "customerindex/CustomerTableModel.h"
#include "itemmodels/CustomerRowSamples.h"

#include <QBuffer>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

std::shared_ptr<CustomerIndex> sharedIndexOf(const QList<CustomerRow> &rows)
{
    CustomerIndexBuilder builder;
    for (const CustomerRow &row : rows)
        builder.add(row);
    return std::make_shared<CustomerIndex>(builder.build());
}

QList<CustomerRow> rows()
{
    CustomerRow a = makeRow(1, QStringLiteral("Acme, Inc."), QStringLiteral("100"));
    a.facts.creditLimitCents = 123'456;
    a.facts.balanceCents = -5;
    a.facts.updatedAtMsecs
        = QDateTime(QDate(2026, 11, 25), QTime(11, 39, 59, 123), Qt::UTC).toMSecsSinceEpoch();
    CustomerRow b = makeRow(2, QStringLiteral("Ñandú \"Telecom\""), QStringLiteral("200"));
    b.masterAgentName = QStringLiteral("Line\r\nBreak");
    b.facts.creditLimitCents = 50'000;
    b.facts.balanceCents = 39'995;
    b.facts.terms = PaymentTermsKind::Net15;
    b.facts.updatedAtMsecs = CustomerFacts::kUnknownTime;
    return {a, b};
}

} // namespace

class TestCustomerCsv : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blanks kept") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote doubled")
            << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("LF only") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("semicolon is plain") << QStringLiteral("a;b") << QStringLiteral("a;b");
        // CSV injection (OWASP): text a spreadsheet would run as a formula reads as text.
        QTest::newRow("formula =")
            << QStringLiteral("=HYPERLINK(\"http://x.test\",\"Pay\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"Pay\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("formula -") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                   << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("negative number stays a number")
            << QStringLiteral("-1234.56") << QStringLiteral("-1234.56");
        QTest::newRow("signed integer stays a number")
            << QStringLiteral("+5") << QStringLiteral("+5");
        QTest::newRow("not quite a number") << QStringLiteral("-5.") << QStringLiteral("'-5.");
        QTest::newRow("only a sign") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("equals inside is plain") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CustomerCsvWriter::quoted(field), written);
    }

    void writesChosenColumnsInOrderAsUtf8()
    {
        const auto index = sharedIndexOf(rows());
        const CustomerCsvWriter writer({CustomerColumn::Name, CustomerColumn::MasterAgent,
                                        CustomerColumn::Balance, CustomerColumn::LimitUsed,
                                        CustomerColumn::UpdatedAt, CustomerColumn::Terms});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(writer.write(&buffer, *index, {1, 0}, &error)); // the given order
        QVERIFY(error.isEmpty());
        const QByteArray expected
            = "ID,Name,Master agent,Balance,% of limit,Updated,Terms\r\n"
              "2,\"\xc3\x91\x61nd\xc3\xba \"\"Telecom\"\"\",\"Line\r\nBreak\",399.95,79.9,,Net "
              "15\r\n"
              "1,\"Acme, Inc.\",,-0.05,0.0,2026-11-25T11:39:59.123Z,Due on receipt\r\n";
        QCOMPARE(buffer.data(), expected);
    }

    void writesEveryColumnOfTheModelsRows()
    {
        const auto index = sharedIndexOf(rows());
        CustomerTableModel model;
        CustomerQuerySpec spec;
        spec.text = QStringLiteral("acme");
        model.setResult(index, *index->query(spec));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(CustomerCsvWriter().write(&buffer, model));
        QCOMPARE(buffer.data(),
                 QByteArray("ID,Account,Name,Agent,Master agent,Terms,Credit limit,Balance,"
                            "% of limit,ACH,Invoice emails,Updated\r\n"
                            "1,100,\"Acme, Inc.\",Agent 1,,Due on receipt,1234.56,-0.05,0.0,"
                            "Not eligible,0,2026-11-25T11:39:59.123Z\r\n"));
    }

    void textIsNeutralisedAndNumbersStayNumbers()
    {
        // What a spreadsheet would run as a formula reads as text; ids, money and counts
        // (a negative balance too) stay plain numbers.
        CustomerRow row = makeRow(42, QStringLiteral("=HYPERLINK(\"http://x.test\")"),
                                  QStringLiteral("-A1"), {QStringLiteral("a@x.test")});
        row.agentName = QStringLiteral("@agent");
        row.masterAgentName = QStringLiteral("+master");
        row.facts.creditLimitCents = 100'000;
        row.facts.balanceCents = -123'456;
        const auto index = sharedIndexOf({row});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(CustomerCsvWriter({CustomerColumn::AccountNumber, CustomerColumn::Name,
                                   CustomerColumn::Agent, CustomerColumn::MasterAgent,
                                   CustomerColumn::CreditLimit, CustomerColumn::Balance,
                                   CustomerColumn::InvoiceEmails})
                    .write(&buffer, *index, {0}));
        QCOMPARE(buffer.data(),
                 QByteArray("ID,Account,Name,Agent,Master agent,Credit limit,Balance,"
                            "Invoice emails\r\n"
                            "42,'-A1,\"'=HYPERLINK(\"\"http://x.test\"\")\",'@agent,'+master,"
                            "1000.00,-1234.56,1\r\n"));
    }

    void slicesMakeTheSameFileAsOneWrite()
    {
        QList<CustomerRow> many = generatedRows(250);
        many += rows();
        const auto index = sharedIndexOf(many);
        QList<quint32> order;
        for (quint32 slot = index->slotCount(); slot-- > 0;)
            order.append(slot); // any order: here backwards
        const CustomerCsvWriter writer;
        QBuffer whole;
        QVERIFY(whole.open(QIODevice::WriteOnly));
        QVERIFY(writer.write(&whole, *index, order));
        QBuffer sliced;
        QVERIFY(sliced.open(QIODevice::WriteOnly));
        QVERIFY(writer.writeHeader(&sliced));
        for (qsizetype at = 0; at < order.size(); at += 64)
            QVERIFY(writer.writeRows(&sliced, *index, order.mid(at, 64)));
        QCOMPARE(sliced.data(), whole.data());
        QCOMPARE(whole.data().count("\r\n"), 1 + 252 + 1); // header, rows, one inner CRLF
    }

    void removedRowsAreSkipped()
    {
        const auto index = sharedIndexOf(rows());
        const QList<quint32> shown {0, 1};
        index->apply({}, {1});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(
            CustomerCsvWriter({CustomerColumn::AccountNumber}).writeRows(&buffer, *index, shown));
        QCOMPARE(buffer.data(), QByteArray("2,200\r\n"));
    }

    void emptyModelWritesTheHeader()
    {
        CustomerTableModel model;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(CustomerCsvWriter({CustomerColumn::AccountNumber}).write(&buffer, model));
        QCOMPARE(buffer.data(), QByteArray("ID,Account\r\n"));
    }

    void failureNamesTheCause()
    {
        const auto index = sharedIndexOf(rows());
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!CustomerCsvWriter().write(&readOnly, *index, {0, 1}, &error));
        QVERIFY(error.contains(u"not open for writing"));
        QVERIFY(!CustomerCsvWriter().write(nullptr, *index, {0}, &error));
    }
};

QTEST_APPLESS_MAIN(TestCustomerCsv)
#include "tst_itemmodel_customercsv.moc"
