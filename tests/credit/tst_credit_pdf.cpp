// The printed credit application (documents/): what the PDF says, as pdftotext reads it.
#include "PdfText.h"
#include "documents/CreditApplicationDocument.h"
#include "models/CreditApplicationSample.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace pac;

class TestCreditPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void submittedApplicationHasEveryField();
    void statusLines_data();
    void statusLines();
    void userTextIsEscaped();
    void draftTitleAndEmptyFields();
    void unwritablePathFails();

private:
    static CreditDocumentContext context();
    QString printed(const CreditApplication &application, const QString &name);

    QTemporaryDir m_dir;
};

CreditDocumentContext TestCreditPdf::context()
{
    CreditDocumentContext c;
    c.customerName = QStringLiteral("Acme VoIP");
    c.generatedAt = QDateTime(QDate(2026, 11, 25), QTime(13, 5), Qt::UTC);
    return c;
}

QString TestCreditPdf::printed(const CreditApplication &application, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!CreditApplicationDocument(application, context()).writePdf(path, &error)) {
        qWarning() << "writePdf failed:" << error;
        return {};
    }
    const QString text = pdfText(path, &error);
    if (text.isEmpty())
        qWarning() << error;
    return simplifiedLines(text);
}

void TestCreditPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // PAC_KEEP_TEST_OUTPUT=1 keeps the PDFs to look at (the path is printed).
    if (qEnvironmentVariableIsSet("PAC_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo() << "PDFs in" << m_dir.path();
    }
}

void TestCreditPdf::submittedApplicationHasEveryField()
{
    CreditApplication a = completeCreditApplication();
    a.guarantor = completeGuarantor();
    a.id = 17;
    QVERIFY(a.submit(50000, {3, QStringLiteral("Agent One")},
                     QDateTime(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC))
                .isEmpty());
    const QString text = printed(a, QStringLiteral("submitted.pdf"));
    QVERIFY(!text.isEmpty());
    QFile file(m_dir.filePath(QStringLiteral("submitted.pdf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // Private data: only the user may read the file.
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QStringList expected {
        QStringLiteral("Credit application 17\nAcme VoIP Holdings LLC\n"),
        QStringLiteral("Status Submitted"),
        QStringLiteral("Submitted 2026-11-21 09:30 UTC by Agent One"),
        QStringLiteral("Legal name Acme VoIP Holdings LLC"),
        QStringLiteral("Doing business as Acme VoIP"),
        QStringLiteral("EIN 12-3456789"),
        QStringLiteral("Entity type LLC"),
        QStringLiteral("Years in business 7"),
        QStringLiteral("Billing address 1 Main St"),
        QStringLiteral("Boston, MA 02139"),
        QStringLiteral("Name Pat Payable"),
        QStringLiteral("ap@acme.example"),
        QStringLiteral("(617) 555-0100"),
        QStringLiteral("Bank First Bank"),
        QStringLiteral("Contact Olive Officer"), // no ligature in the text
        QStringLiteral("Page 1 of 2"),
        QStringLiteral("Page 2 of 2"),
        QStringLiteral("1 Trunk Supply Co Tom Trade +1 212 555 0102 tom@trunk.example"),
        QStringLiteral("2 Wire Works Wanda Wire 212.555.0103 wanda@wire.example"),
        QStringLiteral("Current credit limit $500.00"),
        QStringLiteral("Requested credit limit $2,500.00"),
        QStringLiteral("Expected monthly spend $1,200.00"),
        QStringLiteral("Name Gus Guarantor"),
        QStringLiteral("Austin, TX 73301-0001"),
        QStringLiteral("Consent Given"),
        QStringLiteral("Signer name Ann Example"),
        QStringLiteral("Signer title CFO"),
        QStringLiteral("/ann example/"),
        QStringLiteral("Signature (typed) Date"),
        QStringLiteral("Generated on 2026-11-25 13:05 UTC by Portal Agent Console."),
    };
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n--- in ---\n") + text));
    // The signature line holds the signing date beside the typed signature.
    QVERIFY2(text.contains(QStringLiteral("/ann example/ 2026-11-20")), qPrintable(text));
    // A heading never ends a page: each section starts on the page its first facts are on.
    const QStringList pages = text.split(u'\f');
    QCOMPARE(pages.size(), 3); // two pages and what follows the last form feed
    for (const QString &page : pages) {
        const QStringList lines = page.trimmed().split(u'\n');
        QVERIFY2(
            !QRegularExpression(QStringLiteral("^\\d\\. ")).match(lines.constLast()).hasMatch(),
            qPrintable(page));
    }
}

void TestCreditPdf::statusLines_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("approved for less than asked")
        << true
        << QStringList {QStringLiteral("Status Approved"),
                        QStringLiteral("Approved limit $2,000.00"),
                        QStringLiteral("Note Two references confirmed"),
                        QStringLiteral("Decided 2026-11-24 16:00 UTC by Sam Support")}
        << QStringLiteral("Reason declined");
    QTest::newRow("declined with the reason")
        << false
        << QStringList {QStringLiteral("Status Declined"),
                        QStringLiteral("Reason declined Two returned payments this year"),
                        QStringLiteral("Decided 2026-11-24 16:00 UTC by Sam Support")}
        << QStringLiteral("Approved limit");
}

void TestCreditPdf::statusLines()
{
    QFETCH(bool, approve);
    QFETCH(QStringList, expected);
    QFETCH(QString, absent);
    CreditApplication a = completeCreditApplication();
    a.id = 18;
    const QDateTime submitted(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
    QVERIFY(a.submit(50000, {3, QStringLiteral("Agent One")}, submitted).isEmpty());
    const PersonRef support {1, QStringLiteral("Sam Support")};
    const QDateTime decided(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC);
    const QList<FieldError> errors = approve
        ? a.approve(200000, QStringLiteral("Two references confirmed"), support, decided)
        : a.decline(QStringLiteral("Two returned payments this year"), support, decided);
    QVERIFY(errors.isEmpty());
    const QString text = printed(a, QStringLiteral("decided-%1.pdf").arg(approve));
    QVERIFY(!text.isEmpty());
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n--- in ---\n") + text));
    QVERIFY(!text.contains(absent));
}

void TestCreditPdf::userTextIsEscaped()
{
    CreditApplication a = completeCreditApplication();
    a.legalName = QStringLiteral("Smith & <b>Sons</b> Ltd");
    CreditApplicationDocument document(a, context());
    QCOMPARE(document.title(),
             QStringLiteral("Credit application — Smith & <b>Sons</b> Ltd (draft)"));
    QVERIFY(document.toHtml().contains(QStringLiteral("Smith &amp; &lt;b&gt;Sons&lt;/b&gt; Ltd")));
    const std::unique_ptr<QTextDocument> text = document.toTextDocument();
    QVERIFY(text->toPlainText().contains(QStringLiteral("Legal name\nSmith & <b>Sons</b> Ltd")));
}

void TestCreditPdf::draftTitleAndEmptyFields()
{
    CreditApplication a;
    a.legalName = QStringLiteral("Half Done Inc");
    CreditApplicationDocument document(a, context());
    QCOMPARE(document.title(), QStringLiteral("Credit application — Half Done Inc (draft)"));
    const QString text = printed(a, QStringLiteral("draft.pdf"));
    QVERIFY(text.contains(QStringLiteral("Status Draft")));
    QVERIFY(text.contains(QStringLiteral("EIN —")));
    QVERIFY(text.contains(QStringLiteral("None given.")));
    QVERIFY(text.contains(QStringLiteral("No personal guarantor.")));
    QVERIFY(text.contains(QStringLiteral("Consent Not given")));
}

void TestCreditPdf::unwritablePathFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PDF not written")));
    QVERIFY(
        !CreditApplicationDocument(completeCreditApplication(), context()).writePdf(path, &error));
    QVERIFY2(error.contains(QStringLiteral("“out.pdf” cannot be written")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestCreditPdf)
#include "tst_credit_pdf.moc"
