// The wizard's form state (typed text, drafts), the decision facts and the item models.
#include "models/CreditApplicationJson.h"
#include "models/CreditApplicationSample.h"
#include "models/PaymentBehaviour.h"
#include "ui/credit/CreditApplicationForm.h"
#include "ui/credit/CreditApplicationListModel.h"
#include "ui/credit/CreditDecisionFacts.h"
#include "ui/credit/CreditDecisionQueueModel.h"
#include "ui/credit/TradeReferenceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pac;

class TestCreditForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void amountsKeepWhatWasTyped_data();
    void amountsKeepWhatWasTyped();
    void yearsKeepWhatWasTyped();
    void textFieldsByJsonName();
    void draftContentRoundTrip();
    void draftContentIsWhatTheServiceSubmits();
    void guarantorSwitchedOffIsNotSubmitted();
    void requestedLimitIsCheckedAgainstTheCurrentOne();
    void daysAsCustomer();
    void paymentIssuesLast12Months_data();
    void paymentIssuesLast12Months();
    void tradeReferenceModel();
    void tradeReferenceModelShowsErrors();
    void listAndQueueModels();

private:
    static const QLocale s_us;
};

const QLocale TestCreditForm::s_us(QLocale::English, QLocale::UnitedStates);

void TestCreditForm::initTestCase()
{
    QLocale::setDefault(s_us);
}

void TestCreditForm::amountsKeepWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("plain") << QStringLiteral("2500") << qint64(250000);
    QTest::newRow("grouped with cents") << QStringLiteral("1,234.56") << qint64(123456);
    QTest::newRow("with the dollar sign") << QStringLiteral("$1,234.56") << qint64(123456);
    QTest::newRow("misplaced separator stays typed") << QStringLiteral("12,3") << qint64(0);
    QTest::newRow("letters stay typed") << QStringLiteral("lots") << qint64(0);
    QTest::newRow("empty") << QString() << qint64(0);
}

void TestCreditForm::amountsKeepWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    CreditApplicationForm form(s_us);
    form.setText(u"requested_limit_cents", QStringLiteral("999"));
    QVERIFY(form.setText(u"requested_limit_cents", typed));
    QCOMPARE(form.text(u"requested_limit_cents"), typed);
    QCOMPARE(form.application().requestedLimitCents, cents);
    QVERIFY(!form.setText(u"requested_limit_cents", typed)); // unchanged
    QVERIFY(form.setText(u"expected_monthly_spend_cents", typed) || typed.isEmpty());
    QCOMPARE(form.application().expectedMonthlySpendCents, cents);
}

void TestCreditForm::yearsKeepWhatWasTyped()
{
    CreditApplicationForm form(s_us);
    QVERIFY(form.setText(u"years_in_business", QStringLiteral("12")));
    QCOMPARE(form.application().yearsInBusiness, std::optional<int>(12));
    QVERIFY(form.setText(u"years_in_business", QStringLiteral("twelve")));
    QCOMPARE(form.application().yearsInBusiness, std::nullopt);
    QCOMPARE(form.text(u"years_in_business"), QStringLiteral("twelve"));
    QVERIFY(form.validate(u"years_in_business").has_value());
    QVERIFY(form.setText(u"years_in_business", QStringLiteral("301")));
    QCOMPARE(form.application().yearsInBusiness, std::nullopt); // above the rule's maximum
    QCOMPARE(form.validate(u"years_in_business")->code, QString(errorcode::TooHigh));
}

void TestCreditForm::textFieldsByJsonName()
{
    CreditApplicationForm form(s_us);
    QVERIFY(form.setText(u"billing_address.zip", QStringLiteral("02139")));
    QVERIFY(form.setText(u"ap_contact.email", QStringLiteral("ap@x.example")));
    QVERIFY(form.setText(u"bank_reference.contact_name", QStringLiteral("Olive")));
    QVERIFY(form.setText(u"guarantor.home_address.city", QStringLiteral("Austin")));
    QVERIFY(!form.setText(u"trade_references[0].email", QStringLiteral("x@y.example"))); // no row
    form.insertTradeReference(0);
    form.insertTradeReference(1);
    QVERIFY(form.setText(u"trade_references[1].email", QStringLiteral("x@y.example")));
    QVERIFY(!form.setText(u"no_such_field", QStringLiteral("x")));
    QVERIFY(!form.setText(u"trade_references[1].fax", QStringLiteral("x")));

    const CreditApplication a = form.application();
    QCOMPARE(a.billingAddress.zip, QStringLiteral("02139"));
    QCOMPARE(a.apContact.email, QStringLiteral("ap@x.example"));
    QCOMPARE(a.bankReference.contactName, QStringLiteral("Olive"));
    QCOMPARE(a.tradeReferences.at(1).email, QStringLiteral("x@y.example"));
    QCOMPARE(a.tradeReferences.at(0).email, QString());
    form.removeTradeReference(0);
    QCOMPARE(form.text(u"trade_references[0].email"), QStringLiteral("x@y.example"));
    QCOMPARE(form.tradeReferenceCount(), 1);
}

void TestCreditForm::draftContentRoundTrip()
{
    CreditApplication a = completeCreditApplication();
    a.guarantor = completeGuarantor();
    CreditApplicationForm form = CreditApplicationForm::fromApplication(a, s_us);
    QCOMPARE(form.text(u"requested_limit_cents"), QStringLiteral("$2,500.00"));
    form.setText(u"expected_monthly_spend_cents", QStringLiteral("1.200,5")); // not en_US
    form.setText(u"years_in_business", QStringLiteral("seven"));

    const QJsonObject content = form.draftContent();
    QString badField;
    const auto back = CreditApplicationForm::fromDraftContent(content, s_us, &badField);
    QVERIFY2(back, qPrintable(badField));
    QCOMPARE(back->text(u"expected_monthly_spend_cents"), QStringLiteral("1.200,5"));
    QCOMPARE(back->text(u"years_in_business"), QStringLiteral("seven"));
    QCOMPARE(back->text(u"requested_limit_cents"), QStringLiteral("$2,500.00"));
    QVERIFY(back->hasGuarantor());
    QCOMPARE(back->application(), form.application());

    QJsonObject broken = content;
    broken.insert(QStringLiteral("entity_type"), QStringLiteral("cooperative"));
    QVERIFY(!CreditApplicationForm::fromDraftContent(broken, s_us, &badField));
    QCOMPARE(badField, QStringLiteral("entity_type"));
}

void TestCreditForm::draftContentIsWhatTheServiceSubmits()
{
    // The edit service decodes a draft with the plain codec: the typed texts beside the
    // application must not change what it reads.
    const CreditApplication a = completeCreditApplication();
    CreditApplicationForm form = CreditApplicationForm::fromApplication(a, s_us);
    const auto decoded = creditApplicationFromJson(form.draftContent());
    QVERIFY(decoded);
    QCOMPARE(*decoded, a);
    QVERIFY(decoded->validateForSubmit(a.currentLimitCents).isEmpty());
}

void TestCreditForm::guarantorSwitchedOffIsNotSubmitted()
{
    CreditApplicationForm form(s_us);
    form.setHasGuarantor(true);
    form.setText(u"guarantor.name", QStringLiteral("Gus"));
    QCOMPARE(form.application().guarantor->name, QStringLiteral("Gus"));
    QVERIFY(form.setHasGuarantor(false));
    QVERIFY(!form.application().guarantor);
    QCOMPARE(form.text(u"guarantor.name"), QStringLiteral("Gus")); // kept while off
    QVERIFY(form.draftContent().value(QStringLiteral("guarantor")).isNull());
}

void TestCreditForm::requestedLimitIsCheckedAgainstTheCurrentOne()
{
    CreditApplicationForm form(s_us);
    form.setCurrentLimitCents(50000);
    form.setText(u"requested_limit_cents", QStringLiteral("$500.00"));
    const auto error = form.validate(u"requested_limit_cents");
    QVERIFY(error);
    QCOMPARE(error->code, QString(errorcode::TooLow));
    QCOMPARE(error->message,
             QStringLiteral("A limit of $500.00 is not above the current limit of $500.00."));
    form.setText(u"requested_limit_cents", QStringLiteral("500.01"));
    QVERIFY(!form.validate(u"requested_limit_cents"));
    QVERIFY(form.validate(u"entity_type"));
    form.setEntityType(EntityType::Corporation);
    QVERIFY(!form.validate(u"entity_type"));
    QVERIFY(form.validate(u"consent"));
    form.setConsent(true);
    QVERIFY(!form.validate(u"consent"));
}

void TestCreditForm::daysAsCustomer()
{
    Customer c;
    QCOMPARE(CreditDecisionFacts::daysAsCustomer(c, QDate(2026, 3, 15)), 0);
    QCOMPARE(CreditDecisionFacts::daysAsCustomerText(c, QDate(2026, 3, 15)),
             QStringLiteral("Unknown"));
    c.customerSince = QDate(2025, 3, 15);
    QCOMPARE(CreditDecisionFacts::daysAsCustomer(c, QDate(2026, 3, 15)), 365);
    // Plural wording comes from the translations (English plurals included): compare with the
    // source text's forms, not with one spelling of them.
    QCOMPARE(CreditDecisionFacts::daysAsCustomerText(c, QDate(2026, 3, 15)),
             CreditDecisionFacts::tr("%n day(s) (since %1)", nullptr, 365)
                 .arg(QStringLiteral("2025-03-15")));
    QCOMPARE(CreditDecisionFacts::daysAsCustomer(c, QDate(2025, 3, 1)), 0); // not yet
}

void TestCreditForm::paymentIssuesLast12Months_data()
{
    QTest::addColumn<QDate>("lastIssue");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<QString>("text");
    QTest::newRow("never") << QDate() << false << QStringLiteral("None");
    QTest::newRow("yesterday") << QDate(2026, 3, 14) << true
                               << QStringLiteral("At least one — the last on 2026-03-14");
    QTest::newRow("exactly a year ago counts")
        << QDate(2025, 3, 15) << true << QStringLiteral("At least one — the last on 2025-03-15");
    QTest::newRow("a year and a day ago does not")
        << QDate(2025, 3, 14) << false << QStringLiteral("None");
}

void TestCreditForm::paymentIssuesLast12Months()
{
    QFETCH(QDate, lastIssue);
    QFETCH(bool, inside);
    QFETCH(QString, text);
    Customer c;
    if (lastIssue.isValid())
        c.lastPaymentIssueOn = lastIssue;
    const QDate today(2026, 3, 15);
    QCOMPARE(CreditDecisionFacts::paymentIssuesLast12Months(c, today)
                 == CreditDecisionFacts::PaymentIssues::AtLeastOne,
             inside);
    QCOMPARE(CreditDecisionFacts::paymentIssuesText(c, today), text);
}

void TestCreditForm::tradeReferenceModel()
{
    CreditApplicationForm form(s_us);
    TradeReferenceTableModel model(form);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &TradeReferenceTableModel::edited);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.insertRows(0, 2));
    QVERIFY(!model.insertRows(5, 1));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.setData(model.index(1, TradeReferenceTableModel::Company),
                          QStringLiteral("Wire Works")));
    QCOMPARE(form.application().tradeReferences.at(1).company, QStringLiteral("Wire Works"));
    QVERIFY(!model.setData(model.index(1, TradeReferenceTableModel::Company),
                           QStringLiteral("Wire Works"))); // unchanged
    QCOMPARE(model.data(model.index(1, TradeReferenceTableModel::Company)).toString(),
             QStringLiteral("Wire Works"));
    QCOMPARE(TradeReferenceTableModel::fieldName(1, TradeReferenceTableModel::Email),
             QStringLiteral("trade_references[1].email"));
    QVERIFY(model.removeRows(0, 1));
    QVERIFY(!model.removeRows(1, 1));
    QCOMPARE(form.application().tradeReferences.at(0).company, QStringLiteral("Wire Works"));
    QCOMPARE(edited.count(), 3); // inserted, set, removed
}

void TestCreditForm::tradeReferenceModelShowsErrors()
{
    CreditApplicationForm form(s_us);
    TradeReferenceTableModel model(form);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.insertRows(0, 2);
    const QModelIndex email = model.index(0, TradeReferenceTableModel::Email);
    QVERIFY(model.data(email, TradeReferenceTableModel::FieldErrorRole).toString().isEmpty());
    model.setData(email, QStringLiteral("tom@"));
    QCOMPARE(model.data(email, TradeReferenceTableModel::FieldErrorRole).toString(),
             QStringLiteral("“tom@” is not a valid email address."));
    QVERIFY(model.data(email, Qt::BackgroundRole).isValid());

    // Empty cells speak once the user tried to go on.
    const QModelIndex company = model.index(1, TradeReferenceTableModel::Company);
    QVERIFY(model.data(company, TradeReferenceTableModel::FieldErrorRole).toString().isEmpty());
    model.showAllErrors();
    QCOMPARE(model.data(company, TradeReferenceTableModel::FieldErrorRole).toString(),
             QStringLiteral("Company is required."));

    // A company named twice is refused in the later row, and freed when renamed.
    model.setData(model.index(0, TradeReferenceTableModel::Company), QStringLiteral("Acme"));
    model.setData(company, QStringLiteral("ACME"));
    QCOMPARE(model.data(company, TradeReferenceTableModel::FieldErrorRole).toString(),
             QStringLiteral("“ACME” is already a trade reference."));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setData(model.index(0, TradeReferenceTableModel::Company), QStringLiteral("Apex"));
    QVERIFY(model.data(company, TradeReferenceTableModel::FieldErrorRole).toString().isEmpty());
    QVERIFY(!changed.isEmpty());
}

void TestCreditForm::listAndQueueModels()
{
    CreditApplicationListModel list;
    CreditDecisionQueueModel queue;
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester queueTester(&queue,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.setToday(QDate(2026, 3, 15));

    CreditApplicationItem draft;
    draft.kind = CreditApplicationItem::Kind::Draft;
    draft.draftId = QStringLiteral("d1");
    CreditApplicationItem known;
    known.application = completeCreditApplication();
    known.application.id = 9;
    QVERIFY(known.application
                .submit(50000, {3, QStringLiteral("Agent One")},
                        QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
                .isEmpty());
    Customer customer;
    customer.id = 42;
    customer.name = QStringLiteral("Acme VoIP");
    customer.creditLimitCents = 50000;
    customer.balanceCents = 41000;
    customer.paymentTerms = PaymentTermsKind::Net15;
    customer.customerSince = QDate(2025, 3, 15);
    customer.lastPaymentIssueOn = QDate(2025, 12, 1);
    known.customer = customer;

    list.setItems({draft, known});
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.data(list.index(0, CreditApplicationListModel::Status)).toString(),
             QStringLiteral("Draft"));
    QCOMPARE(list.data(list.index(0, CreditApplicationListModel::Application)).toString(),
             QStringLiteral("(no name yet)"));
    QCOMPARE(list.data(list.index(1, CreditApplicationListModel::Application)).toString(),
             QStringLiteral("#9 Acme VoIP Holdings LLC"));
    QCOMPARE(list.data(list.index(1, CreditApplicationListModel::Requested)).toString(),
             QStringLiteral("$2,500.00"));

    queue.setItems({known});
    const auto cell
        = [&queue](int column) { return queue.data(queue.index(0, column)).toString(); };
    QCOMPARE(cell(CreditDecisionQueueModel::Customer), QStringLiteral("Acme VoIP"));
    QCOMPARE(cell(CreditDecisionQueueModel::CurrentLimit), QStringLiteral("$500.00"));
    QCOMPARE(cell(CreditDecisionQueueModel::Balance), QStringLiteral("$410.00"));
    QCOMPARE(cell(CreditDecisionQueueModel::Terms), QStringLiteral("Net 15"));
    QCOMPARE(cell(CreditDecisionQueueModel::CustomerFor),
             CreditDecisionQueueModel::tr("%n day(s)", nullptr, 365));
    QCOMPARE(cell(CreditDecisionQueueModel::PaymentIssues), QStringLiteral("Last on 2025-12-01"));
    QCOMPARE(queue.data(queue.index(0, CreditDecisionQueueModel::PaymentIssues), Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("At least one — the last on 2025-12-01"));
    QCOMPARE(cell(CreditDecisionQueueModel::Requested), QStringLiteral("$2,500.00"));
    QCOMPARE(cell(CreditDecisionQueueModel::MonthlySpend), QStringLiteral("$1,200.00"));
    QCOMPARE(cell(CreditDecisionQueueModel::Status), QStringLiteral("Submitted"));
    QCOMPARE(queue.rowOf(9), 0);
    QCOMPARE(queue.rowOf(10), -1);

    // The payment record (billing rule 7e): unknown until the records are cached, then
    // counted from them; records fetched later reach the row without a reset.
    QCOMPARE(cell(CreditDecisionQueueModel::PaymentRecord), QStringLiteral("Not fetched yet"));
    CachedBilling billing;
    Invoice late;
    late.id = 1;
    late.customerId = 42;
    late.issuedOn = QDate(2026, 1, 1);
    late.dueOn = QDate(2026, 1, 16);
    late.amountCents = 24000;
    late.paidCents = 24000;
    late.status = InvoiceStatus::Paid;
    Payment paidLate;
    paidLate.id = 1;
    paidLate.invoiceId = 1;
    paidLate.at = QDateTime(QDate(2026, 1, 20), QTime(12, 0), Qt::UTC);
    paidLate.amountCents = 24000;
    Payment failed = paidLate;
    failed.id = 2;
    failed.at = QDateTime(QDate(2026, 1, 17), QTime(12, 0), Qt::UTC);
    failed.outcome = PaymentOutcome::Failed;
    failed.failureReason = QStringLiteral("insufficient funds");
    billing.invoices = {late};
    billing.payments = {paidLate, failed};
    QSignalSpy changed(&queue, &QAbstractItemModel::dataChanged);
    queue.setBilling(42, billing);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(CreditDecisionQueueModel::PaymentRecord),
             PaymentBehaviour::summary(PaymentBehaviour::compute(billing.invoices, billing.payments,
                                                                 QDate(2026, 3, 15))));
    QVERIFY(cell(CreditDecisionQueueModel::PaymentRecord).contains(QStringLiteral("1 paid late")));
    const QString tip
        = queue.data(queue.index(0, CreditDecisionQueueModel::PaymentRecord), Qt::ToolTipRole)
              .toString();
    QVERIFY2(tip.contains(QStringLiteral("Average days to pay: 19 days")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Failed payments: 1 ($240.00)")), qPrintable(tip));
    queue.setBilling(77, billing); // another customer's: no row of it, nothing changes
    QCOMPARE(changed.count(), 1);
    known.billing = billing; // cached when the queue is read: counted at once
    queue.setItems({known});
    QVERIFY(cell(CreditDecisionQueueModel::PaymentRecord).contains(QStringLiteral("1 paid late")));

    known.decisionPending = true;
    QVERIFY(!known.isDecidable());
    queue.setItems({known});
    QCOMPARE(cell(CreditDecisionQueueModel::Status), QStringLiteral("Decision waiting to be sent"));
}

QTEST_MAIN(TestCreditForm)
#include "tst_credit_form.moc"
