// BulkRules::preview (billing rule 9): per customer the single edit's checks, with the bulk
// reasons on top, in words; the totals. Pure: no cache, no network.
#include "portal/BulkRules.h"

#include <QTest>

using namespace pac;

namespace {

Customer customer(qint64 id, QStringList emails = {})
{
    Customer c;
    c.id = id;
    c.name = QStringLiteral("Customer %1").arg(id);
    c.country = QStringLiteral("US");
    c.customerSince = QDate(2020, 1, 1);
    c.invoiceEmails = std::move(emails);
    c.version = 3;
    return c;
}

QStringList addresses(int n)
{
    QStringList list;
    for (int i = 1; i <= n; ++i)
        list.append(QStringLiteral("a%1@example.com").arg(i));
    return list;
}

BulkInput input(Role role, const QList<Customer> &customers, const BulkChange &change)
{
    BulkInput in;
    in.role = role;
    in.today = QDate(2026, 5, 20);
    for (const Customer &c : customers) {
        in.items.append({c.id, change});
        in.subjects.insert(c.id,
                           BulkSubject {CachedCustomer {c, std::nullopt, {}}, {}, std::nullopt});
    }
    return in;
}

} // namespace

class TestBulkPreview : public QObject
{
    Q_OBJECT

private slots:
    void eleventhAddressIsSkipped();
    void addingAnAddressAlreadyThereIsUnchanged();
    void replaceIgnoresCaseAndKeepsOrder();
    void replaceByAnAddressAlreadyThereDropsTheOld();
    void removeEverywhere();
    void billingContactIsSkipped();
    void notActiveIsSkippedForTerms();
    void achEnableIsSupportOnly();
    void conflictBlocksTheCustomer();
    void notInTheListIsSkipped();
    void net15OverTheWhatIfLimitIsSkipped();
    void linesForOneCustomerBuildOnEachOther();
    void totalsInWords();
    void undoRestoreIsBasedOnTheBatchVersion();
};

void TestBulkPreview::eleventhAddressIsSkipped()
{
    const BulkPreview preview = BulkRules::preview(
        input(Role::Agent, {customer(1, addresses(10)), customer(2, addresses(9))},
              BulkChange::addEmail(QStringLiteral("new@example.com"))));
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Skipped);
    QCOMPARE(
        preview.rows[0].reason,
        QStringLiteral("“new@example.com” cannot be added: at most 10 addresses are allowed."));
    QCOMPARE(preview.rows[1].outcome, BulkPreviewRow::Outcome::Change);
    QCOMPARE(std::get<InvoiceEmailsEdit>(
                 *outboxEditFromJson(EditKind::InvoiceEmails, preview.rows[1].edit->payload))
                 .emails.size(),
             10);
}

void TestBulkPreview::addingAnAddressAlreadyThereIsUnchanged()
{
    const BulkPreview preview
        = BulkRules::preview(input(Role::Agent, {customer(1, {QStringLiteral("Ann@Example.com")})},
                                   BulkChange::addEmail(QStringLiteral("ann@example.com"))));
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Unchanged);
    QCOMPARE(preview.totals, (BulkTotals {0, 1, 0}));
}

void TestBulkPreview::replaceIgnoresCaseAndKeepsOrder()
{
    const BulkPreview preview = BulkRules::preview(input(
        Role::Agent,
        {customer(1,
                  {QStringLiteral("a@x.com"), QStringLiteral("Old.Keeper@X.com"),
                   QStringLiteral("c@x.com")})},
        BulkChange::replaceEmail(QStringLiteral("old.keeper@x.COM"), QStringLiteral("new@x.com"))));
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Change);
    QCOMPARE(preview.rows[0].before, QStringLiteral("a@x.com, Old.Keeper@X.com, c@x.com"));
    QCOMPARE(preview.rows[0].after, QStringLiteral("a@x.com, new@x.com, c@x.com"));
    QCOMPARE(preview.rows[0].edit->payload.value(QStringLiteral("emails")).toArray().size(), 3);
}

void TestBulkPreview::replaceByAnAddressAlreadyThereDropsTheOld()
{
    const BulkPreview preview = BulkRules::preview(
        input(Role::Agent,
              {customer(1,
                        {QStringLiteral("new@x.com"), QStringLiteral("old@x.com"),
                         QStringLiteral("c@x.com")}),
               customer(2, {QStringLiteral("c@x.com")})},
              BulkChange::replaceEmail(QStringLiteral("OLD@x.com"), QStringLiteral("new@x.com"))));
    QCOMPARE(preview.rows[0].after, QStringLiteral("new@x.com, c@x.com"));
    QCOMPARE(preview.rows[1].outcome, BulkPreviewRow::Outcome::Unchanged);
}

void TestBulkPreview::removeEverywhere()
{
    const BulkPreview preview = BulkRules::preview(
        input(Role::MasterAgent,
              {customer(1, {QStringLiteral("Gone@x.com"), QStringLiteral("b@x.com")}), customer(2)},
              BulkChange::removeEmail(QStringLiteral("gone@X.com"))));
    QCOMPARE(preview.rows[0].after, QStringLiteral("b@x.com"));
    QCOMPARE(preview.rows[1].outcome, BulkPreviewRow::Outcome::Unchanged);
    QCOMPARE(preview.rows[1].before, QStringLiteral("(no address)"));
}

void TestBulkPreview::billingContactIsSkipped()
{
    Customer c = customer(7);
    c.billingContacts = {BillingContact {1, QStringLiteral("Ann"), QStringLiteral("ANN@x.com")}};
    const BulkPreview preview = BulkRules::preview(
        input(Role::Agent, {c}, BulkChange::addEmail(QStringLiteral("ann@x.com"))));
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Skipped);
    QCOMPARE(preview.rows[0].reason,
             QStringLiteral("ann@x.com is already a billing contact of customer 7."));
}

void TestBulkPreview::notActiveIsSkippedForTerms()
{
    Customer c = customer(3);
    c.status = CustomerStatus::Suspended;
    const BulkPreview preview = BulkRules::preview(
        input(Role::Agent, {c}, BulkChange::setTerms(PaymentTermsKind::Net15)));
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Skipped);
    QCOMPARE(preview.rows[0].reason,
             QStringLiteral(
                 "Only active customers can change payment terms; this customer is suspended."));
}

void TestBulkPreview::achEnableIsSupportOnly()
{
    const BulkChange enable = BulkChange::enableAch(QStringLiteral("Partner list"));
    const BulkPreview agent = BulkRules::preview(input(Role::Agent, {customer(1)}, enable));
    QCOMPARE(agent.rows[0].status, EditResult::Status::NotAllowed);
    QCOMPARE(agent.rows[0].reason, QStringLiteral("Only support staff can enable ACH manually."));
    QVERIFY(agent.onlyNotAllowed());
    const BulkPreview support = BulkRules::preview(input(Role::Support, {customer(1)}, enable));
    QCOMPARE(support.rows[0].outcome, BulkPreviewRow::Outcome::Change);
    QCOMPARE(support.rows[0].edit->kind, EditKind::AchManualEnable);
}

void TestBulkPreview::conflictBlocksTheCustomer()
{
    BulkInput in
        = input(Role::Agent, {customer(4)}, BulkChange::addEmail(QStringLiteral("n@x.com")));
    OutboxEntry conflict;
    conflict.customerId = 4;
    conflict.state = OutboxState::Conflict;
    in.subjects[4].entries = {conflict};
    const BulkPreview preview = BulkRules::preview(in);
    QCOMPARE(preview.rows[0].status, EditResult::Status::Blocked);
    QCOMPARE(
        preview.rows[0].reason,
        QStringLiteral("Customer 4 changed on the portal while an earlier edit was on its way; "
                       "resolve that conflict first (mine, theirs or merged)."));
}

void TestBulkPreview::notInTheListIsSkipped()
{
    BulkInput in = input(Role::Agent, {customer(1)}, BulkChange::setTerms(PaymentTermsKind::Net15));
    in.items.append({99, BulkChange::setTerms(PaymentTermsKind::Net15)});
    const BulkPreview preview = BulkRules::preview(in);
    QCOMPARE(preview.rows[1].reason, QStringLiteral("There is no customer 99 in your list."));
    QCOMPARE(preview.rows[0].after, QStringLiteral("Net 15, limit $500.00"));
}

void TestBulkPreview::net15OverTheWhatIfLimitIsSkipped()
{
    BulkInput in = input(Role::Agent, {customer(1), customer(2)},
                         BulkChange::setTerms(PaymentTermsKind::Net15));
    QList<Invoice> invoices;
    for (int month = 2; month <= 4; ++month) {
        Invoice invoice;
        invoice.id = month;
        invoice.customerId = 1;
        invoice.issuedOn = QDate(2026, month, 1);
        invoice.amountCents = 100'000; // $1,000 a month: $1,500 exposure against $500
        invoices.append(invoice);
    }
    in.subjects[1].invoices = invoices;
    const BulkPreview preview = BulkRules::preview(in);
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Skipped);
    QCOMPARE(preview.rows[0].reason,
             QStringLiteral("Net 15 would exceed the limit: typically $1,500.00 owed before an "
                            "invoice falls due, against a limit of $500.00."));
    QCOMPARE(preview.rows[1].outcome, BulkPreviewRow::Outcome::Change); // no invoices cached
}

void TestBulkPreview::linesForOneCustomerBuildOnEachOther()
{
    BulkInput in = input(Role::Agent, {customer(1, addresses(9))},
                         BulkChange::addEmail(QStringLiteral("tenth@x.com")));
    in.items.append({1, BulkChange::addEmail(QStringLiteral("eleventh@x.com"))});
    const BulkPreview preview = BulkRules::preview(in);
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Change);
    QCOMPARE(preview.rows[1].outcome, BulkPreviewRow::Outcome::Skipped);
}

void TestBulkPreview::totalsInWords()
{
    BulkInput in = input(Role::Agent,
                         {customer(1), customer(2), customer(3, {QStringLiteral("t@x.com")}),
                          customer(4, addresses(10))},
                         BulkChange::addEmail(QStringLiteral("t@x.com")));
    const BulkPreview preview = BulkRules::preview(in);
    QCOMPARE(preview.totals.text(), QStringLiteral("2 will change, 1 unchanged, 1 skipped"));
    QCOMPARE(preview.totals.text(true), QStringLiteral("2 changed, 1 unchanged, 1 skipped"));
    QCOMPARE(preview.changes().size(), 2);
}

void TestBulkPreview::undoRestoreIsBasedOnTheBatchVersion()
{
    BulkChange restore;
    restore.action = BulkChange::Action::Restore;
    restore.restore = InvoiceEmailsEdit {{QStringLiteral("before@x.com")}};
    restore.restoreEtag = "\"4\"";
    Customer c = customer(1, {QStringLiteral("before@x.com"), QStringLiteral("added@x.com")});
    c.version = 9; // changed by someone else since the batch made version 4
    const BulkPreview preview = BulkRules::preview(input(Role::Agent, {c}, restore));
    QCOMPARE(preview.rows[0].outcome, BulkPreviewRow::Outcome::Change);
    QCOMPARE(preview.rows[0].after, QStringLiteral("before@x.com"));
    QCOMPARE(preview.rows[0].edit->baseEtag, QByteArray("\"4\""));
}

QTEST_APPLESS_MAIN(TestBulkPreview)
#include "tst_bulk_preview.moc"
