#include "server/DemoSeeder.h"

#include "models/CreditApplication.h"
#include "models/CustomerJson.h"
#include "models/HistoryAction.h"
#include "server/AuditLog.h"
#include "server/BulkInserter.h"
#include "server/DemoBilling.h"
#include "server/DemoData.h"
#include "server/DemoRows.h"
#include "server/Log.h"
#include "server/PasswordHasher.h"
#include "server/Store.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace pac::server {

namespace {

constexpr int kCancelCheckEvery = 1024;

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

// One bulk inserter per table the customers fill (DemoRows.h).
struct DemoTables
{
    explicit DemoTables(const QSqlDatabase &db)
    {
        for (int t = 0; t < kDemoTableCount; ++t) {
            const DemoTableShape &shape = demoTableShape(DemoTable(t));
            inserters.at(t) = std::make_unique<BulkInserter>(
                db, QString::fromLatin1(shape.table),
                QString::fromLatin1(shape.columns).split(QLatin1Char(',')), shape.rowsPerStatement);
        }
    }

    bool add(const DemoCustomerRows &customer)
    {
        for (int t = 0; t < kDemoTableCount; ++t) {
            for (const QVariantList &row : customer.rows.at(t)) {
                if (!inserters.at(t)->add(row))
                    return false;
            }
        }
        return true;
    }
    bool finish(QString *error)
    {
        for (const auto &table : inserters) {
            if (!table->finish()) {
                *error = QStringLiteral("seeding failed: ") + table->errorText();
                return false;
            }
        }
        return true;
    }
    QString errorText() const
    {
        for (const auto &table : inserters) {
            if (!table->errorText().isEmpty())
                return table->errorText();
        }
        return {};
    }

    std::array<std::unique_ptr<BulkInserter>, kDemoTableCount> inserters;
};

// The customers' rows, from the thread that builds them to the one that writes them, a batch
// at a time: on two cores building (generating the records, their JSON and values) and
// writing (SQLite) each take about half of the seeding, and overlap (docs/server.md). At
// most kBatchesAhead batches wait, so memory stays bounded.
struct DemoBatch
{
    QList<DemoCustomerRows> customers;
    QString error; // the builder stopped after these: cancelled, or a refused application
};

class DemoBatchQueue
{
public:
    static constexpr int kCustomersPerBatch = 256;
    static constexpr std::size_t kBatchesAhead = 4;

    // Waits while kBatchesAhead wait already; dropped once the writer has stopped.
    void push(DemoBatch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < kBatchesAhead; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // The builder has pushed its last batch.
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // The next batch; nullopt once the builder finished and every batch was taken.
    std::optional<DemoBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        DemoBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    // The writer takes no more (it failed, or is done): the builder stops.
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    bool stopped() const
    {
        const std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<DemoBatch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

// Stops the queue and waits for the builder, however the writer leaves.
class BuilderThread
{
public:
    BuilderThread(DemoBatchQueue &queue, std::function<void()> build)
        : m_queue(queue)
        , m_thread(std::move(build))
    { }
    ~BuilderThread()
    {
        m_queue.stop();
        m_thread.join();
    }
    BuilderThread(const BuilderThread &) = delete;
    BuilderThread &operator=(const BuilderThread &) = delete;

private:
    DemoBatchQueue &m_queue;
    std::thread m_thread;
};

} // namespace

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
    DemoBatchQueue queue;
    // Builds every customer's rows, in order, on a thread of its own; touches no store.
    const BuilderThread builder(queue, [&, seed, customers]() {
        DemoGenerator generator(seed, m_now.date());
        DemoBillingGenerator billing(seed, m_now.date(), m_monthsOfInvoices);
        DemoBatch batch;
        for (int i = 0; i < customers && !queue.stopped(); ++i) {
            if (i % kCancelCheckEvery == 0 && cancel && cancel->load()) {
                batch.error = QStringLiteral("seeding cancelled");
                break;
            }
            DemoCustomer c = generator.next();
            const qint64 limitBefore = c.creditLimitCents;
            std::optional<CreditApplication> application;
            std::optional<DemoCreditDecision> decision;
            if (c.credit != DemoCredit::None) {
                const PersonRef agent {c.agentId,
                                       QString::fromLatin1(users.at(int(c.agentId - 1)).name)};
                application = decidedApplication(c, agent, support.person(), &batch.error);
                if (!application)
                    break;
                if (application->decision && application->decision->approved) {
                    c.creditLimitCents = application->decision->approvedLimitCents;
                    decision = DemoCreditDecision {application->decision->decidedAt, limitBefore,
                                                   c.creditLimitCents};
                }
            }
            batch.customers.append(demoRowsOf(c, application, billing.billingFor(c), m_now));
            batch.customers.last().creditDecision = decision;
            if (batch.customers.size() == DemoBatchQueue::kCustomersPerBatch)
                queue.push(std::exchange(batch, {}));
        }
        queue.push(std::move(batch));
        queue.finish();
    });

    // Writes them as they come, in the same order.
    AuditLog audit(m_store);
    DemoTables tables(db);
    while (auto batch = queue.pop()) {
        for (const DemoCustomerRows &rows : std::as_const(batch->customers)) {
            if (rows.creditDecision
                && !audit.append(
                    rows.customerId, support, rows.creditDecision->decidedAt,
                    {toWire(HistoryAction::CreditDecision), QStringLiteral("credit_limit_cents"),
                     rows.creditDecision->limitBefore, rows.creditDecision->limitAfter})) {
                *error = QStringLiteral("seeding failed: cannot write the history");
                return false;
            }
            if (!tables.add(rows)) {
                *error = QStringLiteral("seeding failed: ") + tables.errorText();
                return false;
            }
        }
        if (!batch->error.isEmpty()) {
            *error = batch->error;
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
