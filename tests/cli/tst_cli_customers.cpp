#include "CliTestSupport.h"
#include "customerindex/CustomerCsvWriter.h"
#include "customerindex/CustomerIndexBuilder.h"
#include "storage/LocalCache.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

namespace {

constexpr int Customers = 120;

// Customers written straight into the synced profile's cache (the portal never sent them),
// with text that tests the filter and the CSV: accents in both cases and written
// decomposed, a formula-like name, a negative balance.
QList<Customer> planted()
{
    Customer a;
    a.id = 9'000'001;
    a.accountNumber = QStringLiteral("-900001");
    a.name = QStringLiteral("=SUM(A1) ÑANDÚ Río");
    a.country = QStringLiteral("US");
    a.status = CustomerStatus::Active;
    a.agent = {7, QStringLiteral("@Agent Zed")};
    a.customerSince = QDate(2024, 2, 29);
    a.paymentTerms = PaymentTermsKind::Net15;
    a.creditLimitCents = 50'000;
    a.balanceCents = -12'345;
    a.invoiceEmails = {QStringLiteral("Pay+ÑANDU@Example.test")};
    a.billingContacts = {{90, QStringLiteral("Ann"), QStringLiteral("ann@plant.example")}};
    a.ach.status = AchStatus::NotEligible;
    a.ach.reason = AchReason::NewCustomer;
    a.version = 1;
    a.updatedAt = QDateTime(QDate(2026, 11, 25), QTime(11, 39, 59, 123), Qt::UTC);

    Customer b = a;
    b.id = 9'000'002;
    b.accountNumber = QStringLiteral("PLANT-2");
    b.name = QStringLiteral("n\u0303andu\u0301   plant, \"two\"");
    b.paymentTerms = PaymentTermsKind::DueOnReceipt;
    b.balanceCents = 0;
    b.invoiceEmails = {};
    b.billingContacts = {{91, QStringLiteral("Bo"), QStringLiteral("bo@plant.example")}};
    return {a, b};
}

} // namespace

// agentctl customers: the console's rows for the same filter text and view (in the order of
// the name column), written by the console's CSV writer.
class TestCliCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvIsTheConsolesWriter();
    void sameRowsAsTheConsole_data();
    void sameRowsAsTheConsole();

private:
    CliRun customers(const QString &text, const QString &view) const;
    // What the console's table shows for the text and view, over the same cache, as CSV.
    QByteArray consoleCsv(const QString &text, const QString &view) const;

    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_profile;
};

void TestCliCustomers::initTestCase()
{
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("portal.sqlite")), Customers));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const CliRun sync
        = runAgentctl(globalArgs(m_server.url(), QStringLiteral("support1"), m_profile)
                      + QStringList {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
    auto cache = LocalCache::open(QDir(m_profile).filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(cache.ok());
    QVERIFY(cache.value()->customers().storeServerCopies(planted()).ok());
}

CliRun TestCliCustomers::customers(const QString &text, const QString &view) const
{
    return runAgentctl(globalArgs(m_server.url(), QStringLiteral("support1"), m_profile)
                       + QStringList {QStringLiteral("customers"), QStringLiteral("--filter"), text,
                                      QStringLiteral("--view"), view, QStringLiteral("--format"),
                                      QStringLiteral("csv")});
}

QByteArray TestCliCustomers::consoleCsv(const QString &text, const QString &view) const
{
    // As the console loads its table (every row from the cache's columns) and filters it.
    auto cache = LocalCache::open(QDir(m_profile).filePath(QStringLiteral("cache.sqlite")));
    if (!cache.ok())
        return "cannot open the cache";
    const auto rows = cache.value()->customers().loadRows();
    if (!rows.ok())
        return "cannot read the rows";
    CustomerIndexBuilder builder;
    for (const CustomerRow &row : rows.value())
        builder.add(row);
    const CustomerIndex index = builder.build();
    CustomerQuerySpec spec;
    spec.text = text;
    spec.view = CustomerViews::fromKey(view).value_or(CustomerView::All);
    spec.today = QDate::currentDate();
    spec.sortColumn = int(CustomerColumn::Name);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CustomerCsvWriter().write(&buffer, index, index.query(spec)->matches);
    return buffer.data();
}

void TestCliCustomers::csvIsTheConsolesWriter()
{
    const CliRun run = customers(QStringLiteral("PLANT"), QStringLiteral("all"));
    QCOMPARE(run.exitCode, 0);
    // Every column of the console's export after the id, in the order of the name column;
    // formula-like text neutralised, numbers (the id, money, counts, a negative balance) left
    // as numbers.
    const QString header = QStringLiteral("ID,Account,Name,Agent,Master agent,Terms,Credit "
                                          "limit,Balance,% of limit,ACH,Invoice emails,Updated");
    QCOMPARE(run.out,
             header
                 + QStringLiteral("\r\n"
                                  "9000001,-900001,'=SUM(A1) ÑANDÚ Río,'@Agent Zed,,Net 15,"
                                  "500.00,-123.45,-24.6,Not eligible,1,"
                                  "2026-11-25T11:39:59.123Z\r\n"
                                  "9000002,PLANT-2,\"n\u0303andu\u0301   plant, \"\"two\"\"\","
                                  "'@Agent Zed,,Due on receipt,500.00,0.00,0.0,Not eligible,0,"
                                  "2026-11-25T11:39:59.123Z\r\n"));
    // No match: the header alone.
    QCOMPARE(customers(QStringLiteral("zzz-nothing"), QStringLiteral("all")).out,
             header + QStringLiteral("\r\n"));
}

void TestCliCustomers::sameRowsAsTheConsole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("view");
    QTest::newRow("accents, upper case") << QStringLiteral("ÑANDÚ") << QStringLiteral("all");
    QTest::newRow("accents, lower case") << QStringLiteral("ñandú") << QStringLiteral("all");
    QTest::newRow("accents decomposed")
        << QStringLiteral("N\u0303ANDU\u0301") << QStringLiteral("all");
    QTest::newRow("demo names with accents") << QStringLiteral("café") << QStringLiteral("all");
    QTest::newRow("blank runs") << QStringLiteral("ñandú  plant") << QStringLiteral("all");
    QTest::newRow("email, any case") << QStringLiteral("PAY+ñandu@") << QStringLiteral("all");
    QTest::newRow("emails of a domain") << QStringLiteral("@EXAMPLE") << QStringLiteral("all");
    QTest::newRow("account numbers (digits)") << QStringLiteral("00") << QStringLiteral("all");
    QTest::newRow("an account number") << QStringLiteral("-900001") << QStringLiteral("all");
    QTest::newRow("formula text") << QStringLiteral("=sum(") << QStringLiteral("all");
    QTest::newRow("one letter") << QStringLiteral("a") << QStringLiteral("all");
    QTest::newRow("empty") << QString() << QStringLiteral("all");
    QTest::newRow("view net15, accents") << QStringLiteral("ÑANDÚ") << QStringLiteral("net15");
    QTest::newRow("view net15, empty") << QString() << QStringLiteral("net15");
    QTest::newRow("view ach, one letter")
        << QStringLiteral("e") << QStringLiteral("ach_eligible_not_enrolled");
    QTest::newRow("view near limit, empty") << QString() << QStringLiteral("near_credit_limit");
    QTest::newRow("no match") << QStringLiteral("zzz-nothing") << QStringLiteral("all");
}

void TestCliCustomers::sameRowsAsTheConsole()
{
    QFETCH(QString, text);
    QFETCH(QString, view);
    QVERIFY(CustomerViews::fromKey(view).has_value());
    const CliRun run = customers(text, view);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QCOMPARE(run.out.toUtf8(), consoleCsv(text, view));
}

QTEST_GUILESS_MAIN(TestCliCustomers)
#include "tst_cli_customers.moc"
