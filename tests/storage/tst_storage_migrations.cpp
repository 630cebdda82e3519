#include "StorageTestSupport.h"
#include "models/CustomerJson.h"
#include "storage/CacheConnection.h"
#include "storage/SchemaMigrations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pac;
using namespace pac::test;

// Schema versions: an empty file, and files left at each earlier version by code that
// writes exactly what that version's schema held, must all reach the latest version with
// their data intact.
class TestStorageMigrations : public QObject
{
    Q_OBJECT

private:
    static bool exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    static QVariant scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static QString cacheIntegrity(const QSqlDatabase &db)
    {
        return scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
    }

    static QStringList columnsOf(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList columns;
        while (query.next())
            columns.append(query.value(1).toString());
        return columns;
    }

    static QString json(const Customer &c)
    {
        return QString::fromUtf8(QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact));
    }

    // The customer the fixtures hold: a local view with an extra invoice email pending.
    static Customer fixtureServer()
    {
        Customer c = sampleCustomer(5, QStringLiteral("Ñandú Telecom"));
        c.masterAgent = PersonRef {3, QStringLiteral("Master One")};
        c.lastPaymentIssueOn = QDate(2026, 9, 1);
        c.version = 4;
        return c;
    }
    static Customer fixtureLocal()
    {
        Customer c = fixtureServer();
        c.invoiceEmails.append(QStringLiteral("new@example.com"));
        return c;
    }

    // Writes a customer and an outbox entry the way a version-1 program did.
    static bool writeVersion1Rows(const QSqlDatabase &db)
    {
        const Customer server = fixtureServer();
        const Customer local = fixtureLocal();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO customers (id, version, etag, server_json, local_json, name, "
            "account_number, emails, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(server.id);
        insert.addBindValue(server.version);
        insert.addBindValue(QString::fromLatin1(server.etag()));
        insert.addBindValue(json(server));
        insert.addBindValue(json(local));
        insert.addBindValue(local.name);
        insert.addBindValue(local.accountNumber);
        insert.addBindValue(
            (local.invoiceEmails + QStringList {local.billingContacts[0].email}).join(u'\n'));
        insert.addBindValue(local.updatedAt.toMSecsSinceEpoch());
        if (!insert.exec())
            return false;
        return exec(
            db,
            QStringLiteral("INSERT INTO outbox (customer_id, kind, payload, base_etag, "
                           "idempotency_key, state, next_attempt_at, created_at) VALUES (5, "
                           "'invoice_emails', '{\"emails\":[\"billing5@example.com\","
                           "\"new@example.com\"]}', '\"4\"', 'key-1', 'sending', 0, 0)"));
    }

    static bool writeVersion2Rows(const QSqlDatabase &db)
    {
        return exec(db,
                    QStringLiteral("INSERT INTO drafts (id, customer_id, content, "
                                   "created_at, updated_at) VALUES ('d-1', 5, "
                                   "'{\"legal_name\":\"Ñandú Telecom LLC\"}', 1, 2)"))
            // Two saved in the same millisecond, the later one inserted last.
            && exec(db,
                    QStringLiteral("INSERT INTO drafts (id, customer_id, content, created_at, "
                                   "updated_at) VALUES ('d-2', 5, '{}', 3, 9), "
                                   "('d-3', 5, '{}', 4, 9)"));
    }

private slots:
    void emptyFileReachesLatest()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        const auto version = SchemaMigrations::version(cache->connection().database());
        PAC_VERIFY_OK(version);
        QCOMPARE(version.value(), SchemaMigrations::latestVersion());
        QCOMPARE(cache->meta().read()->schemaVersion, SchemaMigrations::latestVersion());
        QVERIFY(!columnsOf(cache->connection().database(), QStringLiteral("customer_search"))
                     .isEmpty());
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));
    }

    void walIsOn()
    {
        QTemporaryDir dir;
        auto cache = openCache(dir);
        QVERIFY(cache);
        QCOMPARE(cache->connection().journalMode(), QStringLiteral("wal"));
        PAC_VERIFY_OK(cache->customers().storeServerCopies({sampleCustomer(1)}));
        // A write in WAL mode goes to the -wal file beside the database.
        QVERIFY(QFile::exists(cache->path() + QStringLiteral("-wal")));
        QCOMPARE(
            scalar(cache->connection().database(), QStringLiteral("PRAGMA synchronous")).toInt(),
            1); // NORMAL outside the outbox's transactions
    }

    void fromEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        QTest::newRow("version 1") << 1;
        QTest::newRow("version 2") << 2;
        QTest::newRow("version 3") << 3;
        QTest::newRow("version 4") << 4;
        QTest::newRow("version 5") << 5;
        QTest::newRow("version 6") << 6;
        QTest::newRow("version 7") << 7;
    }

    void fromEarlierVersion()
    {
        QFETCH(int, from);
        QVERIFY(from < SchemaMigrations::latestVersion());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = CacheConnection::openUnmigrated(path);
            PAC_VERIFY_OK(old);
            const QSqlDatabase db = old.value()->database();
            // The file lived through the versions: rows written at each, then migrated.
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, 1));
            QVERIFY(writeVersion1Rows(db));
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, from));
            QCOMPARE(SchemaMigrations::version(db).value(), from);
            if (from >= 2)
                QVERIFY(writeVersion2Rows(db));
            // What versions 3 to 5 kept as the search text: case-folded, one field a line
            // (from version 6 on, the migration itself wrote the table's form).
            if (from >= 3 && from < 6) {
                QVERIFY(exec(db,
                             QStringLiteral("INSERT OR REPLACE INTO customer_search (id, text) "
                                            "VALUES (5, 'ñandú telecom\nac-00000005\n"
                                            "billing5@example.com\nnew@example.com\n"
                                            "ann5@corp.example')")));
            }
        }

        auto cache = openCache(dir, QStringLiteral("old.sqlite"));
        QVERIFY(cache);
        const QSqlDatabase db = cache->connection().database();
        QCOMPARE(SchemaMigrations::version(db).value(), SchemaMigrations::latestVersion());
        QCOMPARE(cache->integrityCheck().value(), QStringLiteral("ok"));

        // Both copies survive, and the columns added later follow the shown (local) view.
        const auto found = cache->customers().find(5);
        PAC_VERIFY_OK(found);
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->server, fixtureServer());
        QCOMPARE(found.value()->local, std::optional<Customer>(fixtureLocal()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT agent_name FROM customers WHERE id = 5")),
                 QVariant(QStringLiteral("Agent One")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT master_agent_name FROM customers")),
                 QVariant(QStringLiteral("Master One")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT invoice_email_count FROM customers")).toInt(),
                 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT last_payment_issue_on FROM customers")),
                 QVariant(QStringLiteral("2026-09-01")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT payment_terms FROM customers")),
                 QVariant(QStringLiteral("due_on_receipt")));

        // Version 6 rebuilt the search text in the customer table's form (as bytes: the
        // fields apart, NFC, case-folded, blanks collapsed) from the shown columns.
        QCOMPARE(scalar(db, QStringLiteral("SELECT typeof(text) FROM customer_search")),
                 QVariant(QStringLiteral("blob")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT text FROM customer_search WHERE id = 5"))
                     .toByteArray(),
                 QByteArray("\xc3\xb1"
                            "and\xc3\xba"
                            " telecom\x1f"
                            "ac-00000005\x1f"
                            "billing5@example.com\x1fnew@example.com\x1f"
                            "ann5@corp.example"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM customer_search")).toInt(), 1);
        for (const QString &text :
             {QStringLiteral("ÑANDÚ"), QStringLiteral("ñandú"), QStringLiteral("N\u0303andu\u0301"),
              QStringLiteral("ñandú   TELECOM"), QStringLiteral("NEW@EXAMPLE"),
              QStringLiteral("ac-00000005")}) {
            const auto rows = cache->customers().rowsMatching(text);
            PAC_VERIFY_OK(rows);
            QCOMPARE(rows.value().size(), 1);
            QCOMPARE(rows.value().constFirst().facts.id, 5);
        }
        QVERIFY(cache->customers().rowsMatching(QStringLiteral("telecom ac")).value().isEmpty());

        // The outbox entry survived; the crash left it `sending`, so opening re-queued it.
        QCOMPARE(cache->recoveredOnOpen(), 1);
        const auto entries = cache->outbox().entries();
        PAC_VERIFY_OK(entries);
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value()[0].idempotencyKey, QStringLiteral("key-1"));
        QCOMPARE(entries.value()[0].state, OutboxState::Pending);

        if (from >= 2) {
            const auto draft = cache->drafts().find(QStringLiteral("d-1"));
            PAC_VERIFY_OK(draft);
            QVERIFY(draft.value().has_value());
            QCOMPARE(draft.value()->content.value(QStringLiteral("legal_name")).toString(),
                     QStringLiteral("Ñandú Telecom LLC"));
            // Version 5's save sequence keeps the order the old listing showed, and a save
            // after the upgrade comes first.
            const auto listed = cache->drafts().listFor(5);
            PAC_VERIFY_OK(listed);
            QStringList order;
            for (const CreditApplicationDraft &each : listed.value())
                order.append(each.id);
            QCOMPARE(order,
                     (QStringList {QStringLiteral("d-3"), QStringLiteral("d-2"),
                                   QStringLiteral("d-1")}));
            PAC_VERIFY_OK(cache->drafts().save(QStringLiteral("d-1"), {}));
            const auto afterSave = cache->drafts().listFor(5);
            PAC_VERIFY_OK(afterSave);
            QCOMPARE(afterSave.value().constFirst().id, QStringLiteral("d-1"));
        }
    }

    // Every column of every outbox row, in id order, as text (for before/after comparisons).
    static QStringList outboxRows(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM outbox ORDER BY id"));
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i) {
                cells.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                     : query.value(i).toString());
            }
            rows.append(cells.join(u'|'));
        }
        return rows;
    }

    // Version 8 rebuilds the outbox to take `invoice_resend`: a version-7 cache holding entries
    // in every state keeps each row as it was, its AUTOINCREMENT sequence (past the highest id
    // left, since the newest entry went) and its index, and takes the new kind afterwards.
    void version8KeepsTheOutbox()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        QStringList before;
        {
            auto old = CacheConnection::openUnmigrated(path);
            PAC_VERIFY_OK(old);
            const QSqlDatabase db = old.value()->database();
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, 1));
            QVERIFY(writeVersion1Rows(db)); // entry 1: sending
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, 7));
            QVERIFY(exec(db,
                         QStringLiteral(R"(INSERT INTO outbox (customer_id, application_id,
                kind, payload, base_etag, idempotency_key, state, attempts, next_attempt_at,
                last_error, last_field_errors, created_at, conflict_server_json) VALUES
                (5, NULL, 'payment_terms', '{"terms":"net15"}', '"4"', 'key-2', 'conflict', 2,
                 11, 'changed meanwhile', '[]', 12, '%1'),
                (5, 77, 'credit_decision', '{"decision":"decline","note":"no"}', '"3"',
                 'key-3', 'failed', 1, 21, 'refused',
                 '[{"field":"note","code":"required","message":"Say why."}]', 22, NULL),
                (5, NULL, 'ach_manual_enable', '{"reason":"asked"}', '"4"', 'key-4', 'pending',
                 0, 31, '', '[]', 32, NULL),
                (5, NULL, 'invoice_emails', '{"emails":[]}', '"4"', 'key-5', 'pending', 0, 41,
                 '', '[]', 42, NULL))")
                             .arg(json(fixtureServer()))));
            // The newest entry was sent and removed: the sequence stays at 5.
            QVERIFY(exec(db, QStringLiteral("DELETE FROM outbox WHERE id = 5")));
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO customer_billing (customer_id, invoices, "
                                        "payments, fetched_at) VALUES (5, '[]', '[]', 9)")));
            // Version 7 did not know the new kind.
            QVERIFY(!QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO outbox (customer_id, kind, payload, base_etag, "
                               "idempotency_key, state, next_attempt_at, created_at) VALUES "
                               "(5, 'invoice_resend', '{}', '\"4\"', 'k', 'pending', 0, 0)")));
            before = outboxRows(db);
            QCOMPARE(before.size(), 4);
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT seq FROM sqlite_sequence "
                                           "WHERE name = 'outbox'"))
                         .toInt(),
                     5);
        }
        {
            // Migrated to 8 alone, without a LocalCache (which re-queues the `sending` entry).
            auto migrated = CacheConnection::openUnmigrated(path);
            PAC_VERIFY_OK(migrated);
            const QSqlDatabase db = migrated.value()->database();
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, 8));
            QCOMPARE(SchemaMigrations::version(db).value(), 8);
            QCOMPARE(outboxRows(db), before);
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT seq FROM sqlite_sequence "
                                           "WHERE name = 'outbox'"))
                         .toInt(),
                     5);
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT count(*) FROM sqlite_sequence "
                                           "WHERE name LIKE 'outbox%'"))
                         .toInt(),
                     1);
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                           "'index' AND name = 'outbox_customer'"))
                         .toString(),
                     QStringLiteral("CREATE INDEX outbox_customer ON outbox (customer_id, id)"));
            QVERIFY(scalar(db,
                           QStringLiteral("SELECT count(*) FROM sqlite_master "
                                          "WHERE name = 'outbox_v8'"))
                        .toInt()
                    == 0);
            QCOMPARE(cacheIntegrity(db), QStringLiteral("ok"));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
            // The other constraints are still there.
            QVERIFY(!QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO outbox (customer_id, kind, payload, base_etag, "
                               "idempotency_key, state, next_attempt_at, created_at) VALUES "
                               "(5, 'bogus', '{}', '\"4\"', 'k', 'pending', 0, 0)")));
            QVERIFY(!QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO outbox (customer_id, kind, payload, base_etag, "
                               "idempotency_key, state, next_attempt_at, created_at) VALUES "
                               "(5, 'invoice_resend', '{}', '\"4\"', 'key-2', 'pending', 0, 0)")));
            QVERIFY(!QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO outbox (customer_id, kind, payload, base_etag, "
                               "idempotency_key, state, next_attempt_at, created_at) VALUES "
                               "(404, 'invoice_resend', '{}', '\"4\"', 'k9', 'pending', 0, 0)")));
        }
        auto cache = openCache(dir, QStringLiteral("v7.sqlite"));
        QVERIFY(cache);
        QCOMPARE(cache->recoveredOnOpen(), 1);
        const auto entries = cache->outbox().entries();
        PAC_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 4);
        QCOMPARE(entries->at(1).state, OutboxState::Conflict);
        QVERIFY(entries->at(1).conflictServerCopy);
        QCOMPARE(entries->at(2).applicationId, std::optional<qint64>(77));
        QCOMPARE(entries->at(2).lastFieldErrors.constFirst().message, QStringLiteral("Say why."));
        // A resend is taken now, with the next id: 6, never a reused 5.
        NewEdit resend;
        resend.customerId = 5;
        resend.kind = EditKind::InvoiceResend;
        resend.payload = QJsonObject {{QStringLiteral("invoice_id"), 142}};
        resend.baseEtag = "\"4\"";
        const auto queued = cache->outbox().enqueue(resend);
        PAC_VERIFY_OK(queued);
        QCOMPARE(queued->id, 6);
        QVERIFY(cache->invoices().find(5).value().has_value());
    }

    void failedStepLeavesTheOlderVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        {
            auto old = CacheConnection::openUnmigrated(path);
            PAC_VERIFY_OK(old);
            const QSqlDatabase db = old.value()->database();
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, 1));
            QVERIFY(writeVersion1Rows(db));
            PAC_VERIFY_OK(SchemaMigrations::migrate(db, 2));
            // Without the index version 3 drops last, its last statement fails.
            QVERIFY(exec(db, QStringLiteral("DROP INDEX customers_account_number")));
        }
        const auto failed = LocalCache::open(path);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, StorageError::Kind::Migration);
        QVERIFY(!failed.error().message.isEmpty());
        {
            auto check = CacheConnection::openUnmigrated(path);
            PAC_VERIFY_OK(check);
            const QSqlDatabase db = check.value()->database();
            QCOMPARE(SchemaMigrations::version(db).value(), 2);
            // The step's earlier statements were rolled back with it.
            QVERIFY(columnsOf(db, QStringLiteral("customer_search")).isEmpty());
            QVERIFY(exec(db,
                         QStringLiteral("CREATE INDEX customers_account_number "
                                        "ON customers (account_number)")));
        }
        auto cache = openCache(dir, QStringLiteral("blocked.sqlite"));
        QVERIFY(cache);
        QCOMPARE(cache->customers().rowsMatching(QStringLiteral("ñandú")).value().size(), 1);
    }

    void newerFileIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto cache = openCache(dir, QStringLiteral("future.sqlite"));
            QVERIFY(cache);
            QVERIFY(
                exec(cache->connection().database(),
                     QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        }
        const auto refused = LocalCache::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::SchemaTooNew);
        QVERIFY(refused.error().message.contains(QStringLiteral("99")));
        auto check = CacheConnection::openUnmigrated(path);
        PAC_VERIFY_OK(check);
        QCOMPARE(SchemaMigrations::version(check.value()->database()).value(), 99);
    }

    void twoConnectionsOpenTheSameFile()
    {
        QTemporaryDir dir;
        auto first = openCache(dir);
        auto second = openCache(dir);
        QVERIFY(first && second);
        QVERIFY(first->connection().connectionName() != second->connection().connectionName());
        PAC_VERIFY_OK(first->customers().storeServerCopies(sampleCustomers(1, 3)));
        QCOMPARE(second->customers().count().value(), 3);
    }

    void garbageFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const auto opened = LocalCache::open(path);
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "tst_storage_migrations.moc"
