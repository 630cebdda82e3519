// The portal's SQLite store: schema versions and stepwise migrations, WAL, and the
// deterministic demo dataset.
#include "server/CustomerRepository.h"
#include "server/DemoData.h"
#include "server/DemoSeeder.h"
#include "server/Migrations.h"
#include "server/ServerClock.h"
#include "server/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pac::server;

namespace {

const QDateTime kNow(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc());

qint64 count(const Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// A digest of every row of the tables the demo fills (password hashes aside: salted).
QByteArray contentDigest(const Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT id, username, name, role, master_agent_id FROM users ORDER BY id",
          "SELECT * FROM customers ORDER BY id", "SELECT * FROM contacts ORDER BY id",
          "SELECT * FROM invoice_emails ORDER BY customer_id, position",
          "SELECT * FROM invoices ORDER BY id", "SELECT * FROM payments ORDER BY id",
          "SELECT * FROM invoice_deliveries ORDER BY id",
          "SELECT * FROM recipient_lists ORDER BY id", "SELECT * FROM payment_methods ORDER BY id",
          "SELECT * FROM credit_applications ORDER BY id"}) {
        QSqlQuery query(store.database());
        if (!query.exec(QString::fromLatin1(sql)))
            return {};
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreIsAtTheLatestVersion();
    void fileStoreUsesWal();
    void fileStoreIsOwnerOnly();
    void migratesStepByStepKeepingData();
    void refusesAStoreFromANewerServer();
    void demoDatasetIsDeterministic();
    void demoDatasetCoversTheCases();
    void seedingCanBeCancelled();
    void listingDecodesEmailsAndContactsExactly();
};

void TestServerStore::freshStoreIsAtTheLatestVersion()
{
    Store store;
    QString error;
    QVERIFY2(store.open(QString(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), latestSchemaVersion());
    QVERIFY(store.isEmpty());
    for (const char *table :
         {"users", "customers", "contacts", "invoice_emails", "invoices", "payments",
          "invoice_deliveries", "recipient_lists", "payment_methods", "credit_applications",
          "audit_entries", "idempotency_keys", "sessions", "meta"}) {
        QVERIFY2(store.database().tables().contains(QString::fromLatin1(table)), table);
    }
    // Payment issues are derived from invoices and payments (billing rule 7), not stored.
    QVERIFY(!store.database().tables().contains(QStringLiteral("payment_issues")));
}

void TestServerStore::fileStoreUsesWal()
{
    QTemporaryDir dir;
    Store store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
    QCOMPARE(store.journalMode(), QStringLiteral("wal"));
    // FULL (2): an acknowledged change survives a power loss.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

// The probe: the store (password hashes) was written 0644. It and its -wal and -shm are
// the owner's only, whether the file is new or an older one written 0644.
void TestServerStore::fileStoreIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto mode = [](const QString &file) {
        // The "user" bits repeat the owner's on Linux; only what others get matters.
        return QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    };
    QString error;
    {
        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        for (const QString &file : QStringList {path, QString(path + QStringLiteral("-wal")),
                                                QString(path + QStringLiteral("-shm"))}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QCOMPARE(mode(file), ownerOnly);
        }
    }
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFile::ReadGroup | QFile::ReadOther));
    Store reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error));
    QCOMPARE(mode(path), ownerOnly);
}

void TestServerStore::migratesStepByStepKeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A store written by a server that knew only schema version 1.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrateSchema(db, &error, 1), qPrintable(error));
        QCOMPARE(currentSchemaVersion(db), 1);
        QVERIFY(!db.tables().contains(QStringLiteral("audit_entries")));
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO users (id, username, name, role, password_hash)"
                                      " VALUES (1, 'old', 'Old User', 'support', 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), latestSchemaVersion());
    QVERIFY(store.database().tables().contains(QStringLiteral("audit_entries")));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM users WHERE username = 'old'")), 1);
    QVERIFY(!store.isEmpty());
}

void TestServerStore::refusesAStoreFromANewerServer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY(store.open(path, &error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
    }
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
}

void TestServerStore::demoDatasetIsDeterministic()
{
    const auto seeded = [](quint32 seed) {
        Store store;
        QString error;
        if (!store.open(QString(), &error) || !DemoSeeder(store, kNow).seed(300, seed, &error))
            return QByteArray();
        return contentDigest(store);
    };
    const QByteArray first = seeded(7);
    QVERIFY(!first.isEmpty());
    QCOMPARE(seeded(7), first);
    QVERIFY(seeded(8) != first);
}

void TestServerStore::demoDatasetCoversTheCases()
{
    Store store;
    QString error;
    QVERIFY(store.open(QString(), &error));
    QVERIFY2(DemoSeeder(store, kNow).seed(600, 1, &error), qPrintable(error));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM customers")), 600);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM users")),
             qint64(demoUsers().size()));
    const QDate today = kNow.date();
    const auto some = [&](const QString &where) {
        return count(store, QStringLiteral("SELECT count(*) FROM customers c WHERE ") + where) > 0;
    };
    QVERIFY(some(QStringLiteral("master_agent_id IS NULL")));
    QVERIFY(some(QStringLiteral("master_agent_id = %1").arg(kDemoMaster1Id)));
    QVERIFY(some(QStringLiteral("agent_id = %1 AND master_agent_id = %2")
                     .arg(kDemoAgent3Id)
                     .arg(kDemoMaster1Id)));
    QVERIFY(some(QStringLiteral("country <> 'US'")));
    QVERIFY(some(
        QStringLiteral("customer_since > '%1'").arg(today.addDays(-90).toString(Qt::ISODate))));
    QVERIFY(some(
        QStringLiteral("customer_since = '%1'").arg(today.addDays(-90).toString(Qt::ISODate))));
    QVERIFY(some(
        QStringLiteral("customer_since = '%1'").arg(today.addDays(-91).toString(Qt::ISODate))));
    // The payment issues are records now: a failed payment in the last 90 days, an invoice
    // paid late exactly 90 days ago (its payment after its due date).
    const QString payments = QStringLiteral("EXISTS (SELECT 1 FROM payments p JOIN invoices i"
                                            " ON i.id = p.invoice_id WHERE i.customer_id = c.id");
    QVERIFY(some(payments
                 + QStringLiteral(" AND p.outcome = 'failed' AND substr(p.at, 1, 10) > '%1')")
                       .arg(today.addDays(-90).toString(Qt::ISODate))));
    QVERIFY(some(payments
                 + QStringLiteral(" AND substr(p.at, 1, 10) = '%1' AND substr(p.at, 1, 10) >"
                                  " i.due_on)")
                       .arg(today.addDays(-90).toString(Qt::ISODate))));
    QVERIFY(some(QStringLiteral("payment_terms = 'net15' AND credit_limit_cents = 50000")));
    QVERIFY(some(QStringLiteral("payment_terms = 'net15' AND credit_limit_cents > 50000")));
    QVERIFY(
        some(QStringLiteral("credit_limit_cents > 0 AND balance_cents >= credit_limit_cents * 0.78"
                            " AND balance_cents < credit_limit_cents")));
    QVERIFY(some(QStringLiteral("credit_limit_cents > 0 AND balance_cents > credit_limit_cents")));
    QVERIFY(some(QStringLiteral("status = 'suspended'")));
    QVERIFY(some(QStringLiteral("status = 'closed'")));
    QVERIFY(some(QStringLiteral("ach_manual_by IS NOT NULL")));
    QVERIFY(some(QStringLiteral(
        "EXISTS (SELECT 1 FROM payment_methods m WHERE m.customer_id = c.id AND m.type = 'ach')")));
    QVERIFY(some(
        QStringLiteral("(SELECT count(*) FROM invoice_emails e WHERE e.customer_id = c.id) = 10")));
    QVERIFY(some(
        QStringLiteral("(SELECT count(*) FROM invoice_emails e WHERE e.customer_id = c.id) = 0")));
    QVERIFY(some(QStringLiteral(
        "EXISTS (SELECT 1 FROM invoice_emails e JOIN contacts k ON k.customer_id = e.customer_id"
        " AND lower(k.email) = lower(e.email) WHERE e.customer_id = c.id)")));
    QVERIFY(some(QStringLiteral("(SELECT count(*) FROM contacts k WHERE k.customer_id = c.id AND "
                                "k.type = 'billing') = 3")));
    QVERIFY(some(QStringLiteral("name <> CAST(name AS BLOB) OR name GLOB '*[^ -~]*'")));
    for (const char *status : {"submitted", "approved", "declined"}) {
        QVERIFY2(
            count(store,
                  QStringLiteral("SELECT count(*) FROM credit_applications WHERE status = '%1'")
                      .arg(QLatin1String(status)))
                > 0,
            status);
    }
    QCOMPARE(count(store,
                   QStringLiteral("SELECT count(*) FROM payment_methods WHERE length(last4) <> 4")),
             0);
}

void TestServerStore::seedingCanBeCancelled()
{
    Store store;
    QString error;
    QVERIFY(store.open(QString(), &error));
    const std::atomic_bool cancel {true};
    QVERIFY(!DemoSeeder(store, kNow).seed(5000, 1, &error, &cancel));
    QVERIFY(error.contains(QLatin1String("cancel")));
    QVERIFY(store.isEmpty()); // rolled back, users included
}

void TestServerStore::listingDecodesEmailsAndContactsExactly()
{
    // The listing reads a customer's invoice emails and billing contacts from SQLite's JSON
    // arrays by hand (server/CustomerRepository.h): exact for any text, whatever separators,
    // quotes, control or non-ASCII characters it holds, in the stored order.
    Store store;
    QString error;
    QVERIFY(store.open(QString(), &error));
    QVERIFY2(DemoSeeder(store, kNow).seed(40, 1, &error), qPrintable(error));
    ServerClock clock(kNow.date());
    CustomerRepository customers(store, clock);
    const qint64 id = count(store, QStringLiteral("SELECT min(id) FROM customers"));
    const QStringList emails {QStringLiteral("a,b@example.com"),
                              QStringLiteral("\"quoted\"@example.com"),
                              QStringLiteral("12:colon;semi@example.com"),
                              QString::fromUtf8("j\xc3\xbcrgen.m\xc3\xbcller@b\xc3\xa4"
                                                "ckerei.de"),
                              QString::fromUtf8("\xe7\x94\xb0\xe4\xb8\xad@\xe4\xbe\x8b.jp"),
                              QStringLiteral("back\\slash@example.com"),
                              QStringLiteral(""),
                              QString::fromUtf8("emoji\xf0\x9f\x98\x80@example.com")};
    QVERIFY(customers.setInvoiceEmails(id, emails, kNow));
    QSqlQuery clear(store.database());
    QVERIFY(clear.exec(QStringLiteral("DELETE FROM contacts WHERE customer_id = %1").arg(id)));
    const QList<pac::BillingContact> contacts {
        {900001, QStringLiteral("Smith, John \"Jack\"\tq\x01"),
         QStringLiteral("3:x,y@example.com")},
        {900002, QString::fromUtf8("Zo\xc3\xab \xe2\x80\x94 \xd0\x9e\xd0\x9e\xd0\x9e"),
         QStringLiteral("zoe@example.com")},
        {900003, QStringLiteral("12,3:4"), QStringLiteral("")}};
    for (const pac::BillingContact &contact : contacts) {
        QSqlQuery insert(store.database());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO contacts (id, customer_id, name, email,"
                                              " type) VALUES (?, ?, ?, ?, 'billing')")));
        insert.addBindValue(contact.id);
        insert.addBindValue(id);
        insert.addBindValue(contact.name);
        insert.addBindValue(contact.email);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    const auto found = customers.find(id);
    QVERIFY(found);
    QCOMPARE(found->customer.invoiceEmails, emails);
    QCOMPARE(found->customer.billingContacts, contacts);

    // Every customer of the listing as the JSON arrays of SQLite say (what it read before).
    CustomerRepository::ListQuery query;
    query.viewer = pac::Viewer {kDemoSupportId, pac::Role::Support};
    query.limit = 1000;
    const auto page = customers.list(query);
    QCOMPARE(page.items.size(), 40);
    QCOMPARE(page.items.first().id, id);
    QCOMPARE(page.items.first().invoiceEmails, emails);
    QCOMPARE(page.items.first().billingContacts, contacts);
    qsizetype withContacts = 0;
    for (const pac::Customer &customer : page.items) {
        QSqlQuery json(store.database());
        QVERIFY(json.prepare(QStringLiteral(
            "SELECT (SELECT json_group_array(email) FROM (SELECT email FROM invoice_emails"
            " WHERE customer_id = :id ORDER BY position)), (SELECT json_group_array("
            "json_array(id, name, email)) FROM (SELECT id, name, email FROM contacts"
            " WHERE customer_id = :id AND type = 'billing' ORDER BY id))")));
        json.bindValue(QStringLiteral(":id"), customer.id);
        QVERIFY(json.exec() && json.next());
        QStringList expectedEmails;
        for (const QJsonValue &email : QJsonDocument::fromJson(json.value(0).toByteArray()).array())
            expectedEmails.append(email.toString());
        QList<pac::BillingContact> expectedContacts;
        for (const QJsonValue &contact :
             QJsonDocument::fromJson(json.value(1).toByteArray()).array()) {
            const QJsonArray fields = contact.toArray();
            expectedContacts.append(
                {fields.at(0).toInteger(), fields.at(1).toString(), fields.at(2).toString()});
        }
        QCOMPARE(customer.invoiceEmails, expectedEmails);
        QCOMPARE(customer.billingContacts, expectedContacts);
        withContacts += customer.billingContacts.isEmpty() ? 0 : 1;
    }
    QVERIFY(withContacts > 0);

    // Any JSON escape reads back (SQLite writes only some); a malformed item ends the list.
    QCOMPARE(
        customerrows::emailsFromJson(
            "[\"a\\\"b\",\"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\",null]"),
        (QStringList {QStringLiteral("a\"b"),
                      QString::fromUtf8("\xc3\xa9\xf0\x9f\x98\x80") + QStringLiteral("/\b\f\n\r\t"),
                      QString()}));
    QCOMPARE(customerrows::emailsFromJson("[]"), QStringList());
    QCOMPARE(customerrows::emailsFromJson(""), QStringList());
    QCOMPARE(customerrows::emailsFromJson("[\"abc\",\"x"), QStringList {QStringLiteral("abc")});
    QCOMPARE(customerrows::contactsFromJson("[[7,\"a\",\"\"],[8,\"x\"]]"),
             (QList<pac::BillingContact> {{7, QStringLiteral("a"), QString()}}));
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
