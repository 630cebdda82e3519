#include "storage/SchemaMigrations.h"

#include "storage/CustomerRecords.h"
#include "storage/Log.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace pac {

namespace {

// A step sees the connection inside its transaction and reports the first failure.
using Step = std::function<bool(const QSqlDatabase &, QString *error)>;

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError().text() + QStringLiteral(" in: ") + sql.simplified();
            return false;
        }
    }
    return true;
}

// Version 1: the server copies and the local view of customers, the outbox, and meta.
bool toVersion1(const QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) "
                           "WITHOUT ROWID"),
            QStringLiteral(R"(CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                version INTEGER NOT NULL,
                etag TEXT NOT NULL,
                server_json TEXT NOT NULL,
                local_json TEXT,
                name TEXT NOT NULL,
                account_number TEXT NOT NULL,
                emails TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                last_seen_sync INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX customers_name ON customers (name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX customers_account_number "
                           "ON customers (account_number COLLATE NOCASE)"),
            // AUTOINCREMENT: ids are never reused, so "created later" == "higher id" even
            // after the newest entry was removed.
            QStringLiteral(R"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                customer_id INTEGER NOT NULL REFERENCES customers (id),
                application_id INTEGER,
                kind TEXT NOT NULL CHECK (kind IN ('invoice_emails', 'payment_terms',
                    'ach_manual_enable', 'credit_application_submit', 'credit_decision')),
                payload TEXT NOT NULL,
                base_etag TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'conflict', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                last_field_errors TEXT NOT NULL DEFAULT '[]',
                created_at INTEGER NOT NULL,
                conflict_server_json TEXT))"),
            QStringLiteral("CREATE INDEX outbox_customer ON outbox (customer_id, id)"),
        },
        error);
}

// Version 2: the table's columns beside the JSON (so 100,000 rows load without parsing
// JSON), drafts, audit history and known credit applications.
bool toVersion2(const QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("ALTER TABLE customers ADD COLUMN country TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN status TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN agent_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN master_agent_name TEXT"),
            QStringLiteral(
                "ALTER TABLE customers ADD COLUMN payment_terms TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN credit_limit_cents INTEGER NOT "
                           "NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE customers ADD COLUMN balance_cents INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN ach_status TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN ach_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN invoice_email_count INTEGER NOT "
                           "NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN last_payment_issue_on TEXT"),
            // Backfill from what is shown: the local view if any, else the server copy.
            QStringLiteral(R"(UPDATE customers SET
                country = json_extract(coalesce(local_json, server_json), '$.country'),
                status = json_extract(coalesce(local_json, server_json), '$.status'),
                agent_name = json_extract(coalesce(local_json, server_json), '$.agent.name'),
                master_agent_name =
                    json_extract(coalesce(local_json, server_json), '$.master_agent.name'),
                payment_terms =
                    json_extract(coalesce(local_json, server_json), '$.payment_terms'),
                credit_limit_cents =
                    json_extract(coalesce(local_json, server_json), '$.credit_limit_cents'),
                balance_cents = json_extract(coalesce(local_json, server_json), '$.balance_cents'),
                ach_status = json_extract(coalesce(local_json, server_json), '$.ach.status'),
                ach_reason = json_extract(coalesce(local_json, server_json), '$.ach.reason'),
                invoice_email_count =
                    json_array_length(coalesce(local_json, server_json), '$.invoice_emails'),
                last_payment_issue_on =
                    json_extract(coalesce(local_json, server_json), '$.last_payment_issue_on'))"),
            QStringLiteral(R"(CREATE TABLE drafts (
                id TEXT PRIMARY KEY,
                customer_id INTEGER NOT NULL,
                content TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX drafts_customer ON drafts (customer_id, updated_at)"),
            QStringLiteral(R"(CREATE TABLE customer_history (
                customer_id INTEGER PRIMARY KEY,
                entries TEXT NOT NULL,
                fetched_at INTEGER NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE credit_applications (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL,
                status TEXT NOT NULL,
                json TEXT NOT NULL,
                etag TEXT NOT NULL,
                stored_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX credit_applications_customer "
                           "ON credit_applications (customer_id)"),
            QStringLiteral("CREATE INDEX credit_applications_status "
                           "ON credit_applications (status, id)"),
        },
        error);
}

// Version 3: substring search on a narrow table, `customer_search`, one text per customer
// keyed by id: a search scans those short rows instead of the wide customer rows with their
// JSON. It was filled here with a case folding of its own; version 6 rebuilds it in the
// customer table's form, so this step only creates it. The per-column indexes of version 1
// go: at 100,000 customers they cost a sync more than they saved (measured; see
// docs/storage.md).
bool toVersion3(const QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral(R"(CREATE TABLE customer_search (
                        id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
                        text TEXT NOT NULL))"),
                    QStringLiteral("DROP INDEX customers_name"),
                    QStringLiteral("DROP INDEX customers_account_number")},
                   error);
}

// Version 4: the JSON documents move out of `customers` into `customer_documents`. The
// table's columns then make a narrow row (about 250 bytes instead of 1.5 KB), so loading
// the table's 100,000 rows reads a sixth of the pages (measured; see docs/storage.md).
bool toVersion4(const QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE customer_documents (
                id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
                server_json TEXT NOT NULL,
                local_json TEXT))"),
            QStringLiteral("INSERT INTO customer_documents (id, server_json, local_json) "
                           "SELECT id, server_json, local_json FROM customers"),
            QStringLiteral("ALTER TABLE customers DROP COLUMN server_json"),
            QStringLiteral("ALTER TABLE customers DROP COLUMN local_json"),
        },
        error);
}

// Version 5: drafts are listed newest save first by a save sequence that cannot tie. The
// millisecond `updated_at` did: two saves in the same millisecond came back in insertion
// order, so the Credit tab could show the draft saved last below an older one. Existing
// drafts get their sequence in the order the old listing showed them.
bool toVersion5(const QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("ALTER TABLE drafts ADD COLUMN save_seq INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(R"(UPDATE drafts SET save_seq = (
                SELECT count(*) FROM drafts AS older
                WHERE older.updated_at < drafts.updated_at
                   OR (older.updated_at = drafts.updated_at AND older.rowid <= drafts.rowid)))"),
            QStringLiteral("DROP INDEX drafts_customer"),
            QStringLiteral("CREATE INDEX drafts_customer ON drafts (customer_id, save_seq)"),
        },
        error);
}

// Version 6: the search text becomes exactly what the customer table's filter compares
// (CustomerIndex::searchTextOf(): controls dropped, blanks collapsed, NFC, case-folded, the
// fields kept apart), stored as bytes, so a one-shot query (`agentctl customers --filter`)
// finds the rows the console's table shows. Version 3's text folded case only, so the two
// disagreed on accents written decomposed, on blanks and across fields. Rebuilt from the
// table's columns, the ones the console's table is read from.
bool toVersion6(const QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {QStringLiteral("DROP TABLE customer_search"),
                  QStringLiteral(R"(CREATE TABLE customer_search (
                       id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
                       text BLOB NOT NULL))")},
                 error)) {
        return false;
    }
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(
            QStringLiteral("SELECT id, name, account_number, emails FROM customers ORDER BY id"))) {
        *error = select.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO customer_search (id, text) VALUES (?, ?)"));
    while (select.next()) {
        insert.bindValue(0, select.value(0));
        insert.bindValue(1,
                         CustomerRecords::searchTextOfColumns(select.value(1).toString(),
                                                              select.value(2).toString(),
                                                              select.value(3).toString()));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 7: a customer's invoices and payments as last fetched, for the Invoices tab offline
// (storage/InvoiceStore). They go with their customer.
bool toVersion7(const QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral(R"(CREATE TABLE customer_billing (
                        customer_id INTEGER PRIMARY KEY REFERENCES customers (id)
                            ON DELETE CASCADE,
                        invoices TEXT NOT NULL,
                        payments TEXT NOT NULL,
                        fetched_at INTEGER NOT NULL))")},
                   error);
}

// Version 8: the outbox takes a new kind of edit, `invoice_resend` (sending an invoice again).
// SQLite cannot change a CHECK constraint in place, so the table is rebuilt as version 1 made
// it with the kind added: every row is copied as it is (ids, states, idempotency keys), the
// index is made again, and the AUTOINCREMENT sequence is carried over, since it may be past
// the highest id left (the newest entries sent and removed) and an id must never come back.
bool toVersion8(const QSqlDatabase &db, QString *error)
{
    QSqlQuery sequence(db);
    if (!sequence.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"))) {
        *error = sequence.lastError().text();
        return false;
    }
    const qint64 lastId = sequence.next() ? sequence.value(0).toLongLong() : 0;
    sequence.finish();
    if (!execAll(db,
                 {
                     QStringLiteral(R"(CREATE TABLE outbox_v8 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                customer_id INTEGER NOT NULL REFERENCES customers (id),
                application_id INTEGER,
                kind TEXT NOT NULL CHECK (kind IN ('invoice_emails', 'payment_terms',
                    'ach_manual_enable', 'credit_application_submit', 'credit_decision',
                    'invoice_resend')),
                payload TEXT NOT NULL,
                base_etag TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'conflict', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                last_field_errors TEXT NOT NULL DEFAULT '[]',
                created_at INTEGER NOT NULL,
                conflict_server_json TEXT))"),
                     QStringLiteral(R"(INSERT INTO outbox_v8 (id, customer_id, application_id, kind,
                    payload, base_etag, idempotency_key, state, attempts, next_attempt_at,
                    last_error, last_field_errors, created_at, conflict_server_json)
                SELECT id, customer_id, application_id, kind, payload, base_etag,
                    idempotency_key, state, attempts, next_attempt_at, last_error,
                    last_field_errors, created_at, conflict_server_json
                FROM outbox ORDER BY id)"),
                     QStringLiteral("DROP TABLE outbox"),
                     QStringLiteral("ALTER TABLE outbox_v8 RENAME TO outbox"),
                     QStringLiteral("CREATE INDEX outbox_customer ON outbox (customer_id, id)"),
                 },
                 error)) {
        return false;
    }
    if (lastId == 0)
        return true;
    // The copy set the new table's sequence to its highest id; never below the old one.
    QSqlQuery carry(db);
    carry.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) "
                                 "WHERE name = 'outbox'"));
    carry.addBindValue(lastId);
    if (!carry.exec()) {
        *error = carry.lastError().text();
        return false;
    }
    if (carry.numRowsAffected() == 1)
        return true;
    // No row yet (an empty outbox whose entries were all removed): make it.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)"));
    insert.addBindValue(lastId);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

// Version 9: the table's column of what is past due (the Customer's `past_due_cents`, for
// the "Past due now" view without reading JSON), backfilled from what is shown; 0 where the
// copy predates the field.
bool toVersion9(const QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {QStringLiteral(
             "ALTER TABLE customers ADD COLUMN past_due_cents INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral(R"(UPDATE customers SET past_due_cents = coalesce(
                (SELECT json_extract(coalesce(d.local_json, d.server_json), '$.past_due_cents')
                 FROM customer_documents d WHERE d.id = customers.id), 0))")},
        error);
}

// Version 10: bulk changes (billing rule 9). A batch is what one bulk change saved, with who
// made it, what it did and its counts; each of its customers has an item: the outbox entry it
// queued (tagged with the batch too, `outbox.batch_id`), the customer's value before (what
// an undo restores) and, once the portal took it, the ETag the change made (what an undo is
// based on, so that a change by someone else since is a conflict, never overwritten).
bool toVersion10(const QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(R"(CREATE TABLE bulk_batches (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at INTEGER NOT NULL,
                user_id INTEGER NOT NULL,
                user_name TEXT NOT NULL,
                user_role TEXT NOT NULL,
                action TEXT NOT NULL,
                undo_of INTEGER REFERENCES bulk_batches (id),
                changed INTEGER NOT NULL,
                unchanged INTEGER NOT NULL,
                skipped INTEGER NOT NULL))"),
                       QStringLiteral(R"(CREATE TABLE bulk_items (
                batch_id INTEGER NOT NULL REFERENCES bulk_batches (id) ON DELETE CASCADE,
                customer_id INTEGER NOT NULL,
                outbox_id INTEGER NOT NULL,
                kind TEXT NOT NULL,
                before_json TEXT NOT NULL,
                after_json TEXT NOT NULL,
                sent INTEGER NOT NULL DEFAULT 0,
                sent_etag TEXT,
                PRIMARY KEY (batch_id, outbox_id)))"),
                       QStringLiteral("CREATE INDEX bulk_items_outbox ON bulk_items (outbox_id)"),
                       QStringLiteral("ALTER TABLE outbox ADD COLUMN batch_id INTEGER"),
                   },
                   error);
}

const QList<Step> &steps()
{
    // Index i migrates from version i to i + 1.
    static const QList<Step> all {toVersion1, toVersion2, toVersion3, toVersion4, toVersion5,
                                  toVersion6, toVersion7, toVersion8, toVersion9, toVersion10};
    return all;
}

bool setVersion(const QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(version));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return int(steps().size());
}

StorageResult<int> SchemaMigrations::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        || !query.next()) {
        return StorageError::make(StorageError::Kind::Open,
                                  tr("Cannot read the version of the local cache."),
                                  query.lastError().text());
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        return StorageError::make(StorageError::Kind::Open,
                                  tr("Cannot read the version of the local cache."),
                                  query.lastError().text());
    }
    bool ok = false;
    const int version = query.next() ? query.value(0).toString().toInt(&ok) : 0;
    if (!ok || version < 1) {
        return StorageError::make(StorageError::Kind::Open,
                                  tr("The local cache has no valid schema version."));
    }
    return version;
}

StorageStatus SchemaMigrations::migrate(const QSqlDatabase &db, int target)
{
    Q_ASSERT(target >= 0 && target <= latestVersion());
    int from = -1;
    for (;;) {
        QSqlQuery control(db);
        // Another connection (another thread or process) may migrate at the same time:
        // take the write lock first, then read the version under it.
        if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return StorageError::make(StorageError::Kind::Migration,
                                      tr("Cannot upgrade the local cache."),
                                      control.lastError().text());
        }
        const StorageResult<int> current = version(db);
        if (!current) {
            control.exec(QStringLiteral("ROLLBACK"));
            return current.error();
        }
        if (current.value() > latestVersion()) {
            control.exec(QStringLiteral("ROLLBACK"));
            return StorageError::make(
                StorageError::Kind::SchemaTooNew,
                tr("The local cache was written by a newer version of this program "
                   "(schema %1, this one knows %2). Use the newer version or another profile.")
                    .arg(current.value())
                    .arg(latestVersion()));
        }
        if (from < 0)
            from = current.value();
        if (current.value() >= target) {
            control.exec(QStringLiteral("ROLLBACK"));
            if (from < current.value()) {
                qCInfo(lcStorage) << "local cache migrated from schema" << from << "to"
                                  << current.value();
            }
            return {};
        }
        const int next = current.value() + 1;
        QString error;
        if (!steps().at(current.value())(db, &error) || !setVersion(db, next, &error)
            || !control.exec(QStringLiteral("COMMIT"))) {
            if (error.isEmpty())
                error = control.lastError().text();
            control.exec(QStringLiteral("ROLLBACK"));
            qCWarning(lcStorage) << "migration to schema" << next << "failed:" << error;
            return StorageError::make(StorageError::Kind::Migration,
                                      tr("Cannot upgrade the local cache to version %1.").arg(next),
                                      error);
        }
    }
}

} // namespace pac
