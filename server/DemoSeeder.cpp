#include "server/DemoSeeder.h"

#include "models/CreditApplication.h"
#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "models/HistoryAction.h"
#include "models/InvoiceEmailList.h"
#include "server/AuditLog.h"
#include "server/BulkInserter.h"
#include "server/DemoBilling.h"
#include "server/DemoData.h"
#include "server/InvoiceRows.h"
#include "server/Log.h"
#include "server/PasswordHasher.h"
#include "server/Store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

constexpr int kCancelCheckEvery = 1024;

QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QVariant kNullText {QMetaType(QMetaType::QString)};

// Rows of several tables are written in batches, not in dependency order, and checking each
// row's foreign keys as it was written (most found their parent not yet there, so every
// parent then looked for its children) was a good share of the seeding (bench/README.md).
// So they are off while seeding — `foreign_keys` cannot change inside a transaction — and
// checked whole, once, before the commit (checkForeignKeys).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

bool checkForeignKeys(const QSqlDatabase &db, QString *error)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = QStringLiteral("seeding failed: ") + check.lastError().text();
        return false;
    }
    if (check.next()) {
        *error = QStringLiteral("seeding failed: a row of %1 refers to a missing row of %2")
                     .arg(check.value(0).toString(), check.value(2).toString());
        return false;
    }
    return true;
}

// A complete application the rules accept, for customer c.
CreditApplication applicationFor(const DemoCustomer &c, const QDate &signedOn)
{
    CreditApplication a;
    a.customerId = c.id;
    a.legalName = c.name;
    a.ein = QStringLiteral("%1-%2").arg(10 + c.id % 89).arg(1000000 + c.id % 8999999);
    a.entityType = EntityType::Llc;
    a.yearsInBusiness = int(3 + c.id % 20);
    a.billingAddress
        = {QStringLiteral("%1 Main Street").arg(100 + c.id % 900), QString(),
           QStringLiteral("Springfield"), QStringLiteral("IL"), QStringLiteral("62701")};
    a.apContact = {QStringLiteral("Pat Payables"), QStringLiteral("ap@example.com"),
                   QStringLiteral("(217) 555-0100")};
    a.bankReference = {QStringLiteral("First Prairie Bank"), QStringLiteral("Lee Banker"),
                       QStringLiteral("(217) 555-0199")};
    a.tradeReferences = {{QStringLiteral("Copper Wire Supply"), QStringLiteral("Kim Trade"),
                          QStringLiteral("(312) 555-0101"), QStringLiteral("kim@copper.example")},
                         {QStringLiteral("Office Goods Co."), QStringLiteral("Ray Vendor"),
                          QStringLiteral("(312) 555-0102"), QStringLiteral("ray@goods.example")}};
    a.requestedLimitCents = std::max<qint64>(c.creditLimitCents, 50'000) * 2;
    a.expectedMonthlySpendCents = a.requestedLimitCents / 3;
    a.signerName = QStringLiteral("Dana Owner");
    a.signerTitle = QStringLiteral("CEO");
    a.typedSignature = a.signerName;
    a.signedOn = signedOn;
    a.consent = true;
    return a;
}

} // namespace

// One bulk inserter per table the customers fill.
struct DemoTables
{
    explicit DemoTables(const QSqlDatabase &db)
        : customers(db, QStringLiteral("customers"),
                    columns("id,account_number,name,country,status,agent_id,master_agent_id,"
                            "customer_since,payment_terms,credit_limit_cents,balance_cents,"
                            "ach_manual_by,ach_manual_at,ach_manual_reason,version,updated_at,"
                            "payment_issue_basis"))
        , contacts(db, QStringLiteral("contacts"), columns("customer_id,name,email,type"))
        , emails(db, QStringLiteral("invoice_emails"), columns("customer_id,position,email"))
        // The common rows leave out what their columns' defaults say (not void, succeeded):
        // each value bound costs, and there are millions.
        , invoices(db, QStringLiteral("invoices"),
                   columns("id,customer_id,number,period_start,period_end,issued_on,due_on,"
                           "amount_cents,paid_cents,lines"),
                   128)
        , voidInvoices(db, QStringLiteral("invoices"),
                       columns("id,customer_id,number,period_start,period_end,issued_on,due_on,"
                               "amount_cents,paid_cents,lines,void"),
                       8)
        , payments(db, QStringLiteral("payments"), columns("id,invoice_id,at,method,amount_cents"))
        , failedPayments(db, QStringLiteral("payments"),
                         columns("id,invoice_id,at,method,amount_cents,outcome,failure_reason"), 8)
        , methods(db, QStringLiteral("payment_methods"),
                  columns("customer_id,type,last4,account_type,holder_name,created_at"))
        , recipients(db, QStringLiteral("recipient_lists"), columns("id,to_json,cc_json"))
        , applications(db, QStringLiteral("credit_applications"),
                       columns("customer_id,status,application,version,updated_at"), 8)
    { }

    QList<BulkInserter *> all()
    {
        return {&customers, &contacts,       &emails,  &invoices,   &voidInvoices,
                &payments,  &failedPayments, &methods, &recipients, &applications};
    }
    bool finish(QString *error)
    {
        for (BulkInserter *table : all()) {
            if (!table->finish()) {
                *error = QStringLiteral("seeding failed: ") + table->errorText();
                return false;
            }
        }
        return true;
    }
    QString errorText()
    {
        for (BulkInserter *table : all()) {
            if (!table->errorText().isEmpty())
                return table->errorText();
        }
        return {};
    }

    BulkInserter customers, contacts, emails, invoices, voidInvoices, payments, failedPayments,
        methods, recipients, applications;
};

DemoSeeder::DemoSeeder(Store &store, const QDateTime &now, int passwordIterations)
    : m_store(store)
    , m_now(now)
    , m_passwordIterations(passwordIterations)
{ }

bool DemoSeeder::seed(int customers, quint32 seed, QString *error, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_store.database();
    const ForeignKeysOff foreignKeysOff(db);
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        *error = QStringLiteral("cannot begin the demo transaction");
        return false;
    }
    if (!seedUsers(error))
        return false;

    const QList<DemoUser> users = demoUsers();
    const Actor support {kDemoSupportId, QString::fromLatin1(users.at(0).name), Role::Support};
    AuditLog audit(m_store);
    DemoTables tables(db);
    DemoGenerator generator(seed, m_now.date());
    DemoBillingGenerator billing(seed, m_now.date(), m_monthsOfInvoices);
    for (int i = 0; i < customers; ++i) {
        if (i % kCancelCheckEvery == 0 && cancel && cancel->load()) {
            *error = QStringLiteral("seeding cancelled");
            return false;
        }
        DemoCustomer c = generator.next();
        const qint64 limitBefore = c.creditLimitCents;
        std::optional<CreditApplication> application;
        if (c.credit != DemoCredit::None) {
            const PersonRef agent {c.agentId,
                                   QString::fromLatin1(users.at(int(c.agentId - 1)).name)};
            application = decidedApplication(c, agent, support.person(), error);
            if (!application)
                return false;
            if (application->decision && application->decision->approved) {
                c.creditLimitCents = application->decision->approvedLimitCents;
                if (!audit.append(c.id, support, application->decision->decidedAt,
                                  {toWire(HistoryAction::CreditDecision),
                                   QStringLiteral("credit_limit_cents"), limitBefore,
                                   c.creditLimitCents})) {
                    *error = QStringLiteral("seeding failed: cannot write the history");
                    return false;
                }
            }
        }
        if (!addCustomer(tables, c, application, billing.billingFor(c))) {
            *error = QStringLiteral("seeding failed: ") + tables.errorText();
            return false;
        }
    }
    if (!tables.finish(error) || !writeDeliveries(error) || !checkForeignKeys(db, error))
        return false;
    if (!transaction.commit()) {
        *error = QStringLiteral("cannot commit the demo dataset");
        return false;
    }
    qCInfo(lcServer, "demo dataset: %d customers (seed %u) in %lld ms", customers, seed,
           timer.elapsed());
    return true;
}

bool DemoSeeder::addCustomer(DemoTables &tables, const DemoCustomer &c,
                             const std::optional<CreditApplication> &application,
                             const BillingRecords &billing) const
{
    const QString stamp = toRfc3339(m_now);
    const bool manual = c.manualAchEnable;
    // The derived column, from the records this customer is given (PaymentIssueBasis.h).
    const QByteArray basis = issuebasis::encode(issuebasis::of(billing));
    bool ok = tables.customers.add(
        {c.id, c.accountNumber, c.name, c.country, toWire(c.status), c.agentId,
         idOrNull(c.masterAgentId), toIsoDate(c.customerSince), toWire(c.terms), c.creditLimitCents,
         c.balanceCents,
         manual ? QVariant(kDemoSupportId) : QVariant(QMetaType(QMetaType::LongLong)),
         manual ? QVariant(stamp) : kNullText,
         manual ? QVariant(QStringLiteral("Long-standing customer; payment issue resolved"))
                : kNullText,
         1, stamp, basis.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(basis)});
    for (const DemoContact &contact : c.contacts)
        ok = ok && tables.contacts.add({c.id, contact.name, contact.email, contact.type});
    for (qsizetype p = 0; ok && p < c.invoiceEmails.size(); ++p)
        ok = tables.emails.add({c.id, int(p), c.invoiceEmails.at(p)});
    using invoicerows::isoDate;
    for (const Invoice &inv : billing.invoices) {
        QVariantList row {inv.id,
                          c.id,
                          inv.number,
                          isoDate(inv.periodStart),
                          isoDate(inv.periodEnd),
                          isoDate(inv.issuedOn),
                          isoDate(inv.dueOn),
                          inv.amountCents,
                          inv.paidCents,
                          invoicerows::linesJson(inv.lines)};
        if (inv.status == InvoiceStatus::Void) {
            row.append(1);
            ok = ok && tables.voidInvoices.add(row);
        } else {
            ok = ok && tables.invoices.add(row);
        }
    }
    for (const Payment &p : billing.payments) {
        QVariantList row {p.id, p.invoiceId, invoicerows::rfc3339(p.at), toWire(p.method),
                          p.amountCents};
        if (p.outcome == PaymentOutcome::Failed) {
            row.append(toWire(p.outcome));
            row.append(p.failureReason ? QVariant(*p.failureReason) : kNullText);
            ok = ok && tables.failedPayments.add(row);
        } else {
            ok = ok && tables.payments.add(row);
        }
    }
    // The monthly run sent each invoice To the billing contacts, CC the additional emails
    // (rule 1b) — as the demo knows them: as they are now.
    QList<BillingContact> billingContacts;
    for (const DemoContact &contact : c.contacts) {
        if (contact.type == QLatin1String("billing"))
            billingContacts.append({0, contact.name, contact.email});
    }
    const auto recipients = InvoiceEmailList::recipients(billingContacts, c.invoiceEmails);
    if (ok && !billing.invoices.isEmpty()
        && !(recipients.to.isEmpty() && recipients.cc.isEmpty())) {
        ok = tables.recipients.add({c.id,
                                    QString::fromUtf8(invoicerows::addressesJson(recipients.to)),
                                    QString::fromUtf8(invoicerows::addressesJson(recipients.cc))});
    }
    const QString holder = c.contacts.constFirst().name;
    if (ok && c.cardMethod) {
        ok = tables.methods.add({c.id, QStringLiteral("card"),
                                 QStringLiteral("%1").arg(c.id % 10000, 4, 10, QLatin1Char('0')),
                                 kNullText, holder, stamp});
    }
    if (ok && c.achMethod) {
        ok = tables.methods.add(
            {c.id, QStringLiteral("ach"),
             QStringLiteral("%1").arg((c.id * 7) % 10000, 4, 10, QLatin1Char('0')),
             QStringLiteral("checking"), holder, stamp});
    }
    if (ok && application) {
        const QByteArray json = QJsonDocument(toJson(*application)).toJson(QJsonDocument::Compact);
        ok = tables.applications.add({c.id, toWire(application->status), QString::fromUtf8(json),
                                      application->decision ? 2 : 1, stamp});
    }
    return ok;
}

bool DemoSeeder::writeDeliveries(QString *error) const
{
    // One statement for every invoice: the monthly run's delivery, early on the issue day,
    // by no one, to the customer's list (the demo numbers each customer's list with its id).
    // 1.3 million rows at 100,000 customers: written by SQLite itself, not bound one by one
    // (bench/README.md).
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral(
            "INSERT INTO invoice_deliveries (invoice_id, at, recipients_id)"
            " SELECT i.id, i.issued_on || 'T05:' || printf('%02d', i.id % 60) || ':00.000Z',"
            " r.id FROM invoices i JOIN recipient_lists r ON r.id = i.customer_id"
            " ORDER BY i.id"))) {
        *error = QStringLiteral("seeding failed: ") + query.lastError().text();
        return false;
    }
    return true;
}

bool DemoSeeder::seedUsers(QString *error)
{
    // One hash for all: they share the password, and at 600,000 iterations each hash costs
    // a quarter of a second of the portal's start.
    const QString demoHash = PasswordHasher(m_passwordIterations).hash(QStringLiteral("demo"));
    QSqlQuery user(m_store.database());
    user.prepare(QStringLiteral("INSERT INTO users (id, username, name, role, master_agent_id,"
                                " password_hash) VALUES (?, ?, ?, ?, ?, ?)"));
    const QList<DemoUser> users = demoUsers();
    for (const DemoUser &u : users) {
        user.addBindValue(u.id);
        user.addBindValue(QString::fromLatin1(u.username));
        user.addBindValue(QString::fromLatin1(u.name));
        user.addBindValue(toWire(u.role));
        user.addBindValue(u.masterAgentId ? QVariant(*u.masterAgentId)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
        user.addBindValue(demoHash);
        if (!user.exec()) {
            *error = QStringLiteral("seeding failed: %1").arg(user.lastError().text());
            return false;
        }
    }
    return true;
}

std::optional<CreditApplication> DemoSeeder::decidedApplication(const DemoCustomer &customer,
                                                                const PersonRef &agent,
                                                                const PersonRef &support,
                                                                QString *error) const
{
    // Through the lifecycle of the rules, so every demo application is one they accept.
    CreditApplication application = applicationFor(customer, m_now.date().addDays(-3));
    QList<FieldError> problems
        = application.submit(customer.creditLimitCents, agent, m_now.addDays(-2));
    if (problems.isEmpty() && customer.credit == DemoCredit::Approved) {
        problems = application.approve(application.requestedLimitCents, QString(), support,
                                       m_now.addDays(-1));
    } else if (problems.isEmpty() && customer.credit == DemoCredit::Declined) {
        problems = application.decline(QStringLiteral("Trade references did not answer"), support,
                                       m_now.addDays(-1));
    }
    if (!problems.isEmpty()) {
        *error = QStringLiteral("demo credit application refused: %1")
                     .arg(problems.constFirst().message);
        return std::nullopt;
    }
    return application;
}

} // namespace pac::server
