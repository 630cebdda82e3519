#include "server/Migrations.h"

#include "server/Log.h"
#include "server/PaymentIssueBasis.h"
#include "server/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace pac::server {

namespace {

// Step n brings the schema from version n-1 to n. Never edit a released step: add one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> kSteps = {
        // 1: people, customers and the facts the billing rules read.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL,"
                " role TEXT NOT NULL CHECK (role IN ('agent', 'master_agent', 'support')),"
                " master_agent_id INTEGER REFERENCES users(id),"
                " password_hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX users_master ON users(master_agent_id)"),
            QStringLiteral(
                "CREATE TABLE customers (id INTEGER PRIMARY KEY,"
                " account_number TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                " country TEXT NOT NULL,"
                " status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'closed')),"
                " agent_id INTEGER NOT NULL REFERENCES users(id),"
                " master_agent_id INTEGER REFERENCES users(id),"
                " customer_since TEXT NOT NULL,"
                " payment_terms TEXT NOT NULL CHECK (payment_terms IN ('due_on_receipt', 'net15')),"
                " credit_limit_cents INTEGER NOT NULL, balance_cents INTEGER NOT NULL,"
                " ach_manual_by INTEGER REFERENCES users(id), ach_manual_at TEXT,"
                " ach_manual_reason TEXT,"
                " version INTEGER NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX customers_agent ON customers(agent_id, id)"),
            QStringLiteral("CREATE INDEX customers_master ON customers(master_agent_id, id)"),
            QStringLiteral("CREATE INDEX customers_updated ON customers(updated_at, id)"),
            QStringLiteral(
                "CREATE TABLE contacts (id INTEGER PRIMARY KEY,"
                " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                " name TEXT NOT NULL, email TEXT NOT NULL,"
                " type TEXT NOT NULL CHECK (type IN ('billing', 'technical', 'sales')))"),
            QStringLiteral("CREATE INDEX contacts_customer ON contacts(customer_id, type)"),
            QStringLiteral("CREATE TABLE invoice_emails (customer_id INTEGER NOT NULL REFERENCES "
                           "customers(id),"
                           " position INTEGER NOT NULL, email TEXT NOT NULL,"
                           " PRIMARY KEY (customer_id, position)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE payment_issues (id INTEGER PRIMARY KEY,"
                " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                " occurred_on TEXT NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('failed_payment', 'past_due_invoice')))"),
            QStringLiteral(
                "CREATE INDEX payment_issues_customer ON payment_issues(customer_id, occurred_on)"),
            QStringLiteral("CREATE TABLE payment_methods (id INTEGER PRIMARY KEY,"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                           " type TEXT NOT NULL CHECK (type IN ('ach', 'card')),"
                           " last4 TEXT NOT NULL CHECK (length(last4) = 4),"
                           " account_type TEXT CHECK (account_type IN ('checking', 'savings')),"
                           " holder_name TEXT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX payment_methods_customer ON payment_methods(customer_id, type)"),
        },
        // 2: credit applications and the audit trail.
        {
            // The application itself is kept as its JSON (models/CreditApplicationJson.h);
            // the columns beside it are what lists filter and order on.
            QStringLiteral(
                "CREATE TABLE credit_applications (id INTEGER PRIMARY KEY,"
                " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                " status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'declined')),"
                " application TEXT NOT NULL,"
                " version INTEGER NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX credit_applications_customer ON credit_applications(customer_id)"),
            QStringLiteral(
                "CREATE INDEX credit_applications_status ON credit_applications(status, id)"),
            QStringLiteral(
                "CREATE TABLE audit_entries (id INTEGER PRIMARY KEY,"
                " customer_id INTEGER NOT NULL REFERENCES customers(id), at TEXT NOT NULL,"
                " actor_id INTEGER NOT NULL, actor_name TEXT NOT NULL, actor_role TEXT NOT NULL,"
                " action TEXT NOT NULL, field TEXT NOT NULL,"
                " before_json TEXT NOT NULL, after_json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_entries_customer ON audit_entries(customer_id, id)"),
        },
        // 3: sign-in sessions and remembered responses of idempotent requests.
        {
            QStringLiteral("CREATE TABLE sessions (token_hash BLOB PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id),"
                           " created_at TEXT NOT NULL, expires_at TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX sessions_expiry ON sessions(expires_at)"),
            QStringLiteral(
                "CREATE TABLE idempotency_keys (user_id INTEGER NOT NULL REFERENCES users(id),"
                " key TEXT NOT NULL, fingerprint BLOB NOT NULL, status INTEGER NOT NULL,"
                " headers TEXT NOT NULL, body BLOB NOT NULL, created_at TEXT NOT NULL,"
                " PRIMARY KEY (user_id, key)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX idempotency_keys_age ON idempotency_keys(created_at)"),
        },
        // 4: invoices, payments and deliveries; the payment issues become derived from them
        // (billing rule 7), so the stored issue dates of version 1 go.
        {
            // Lines as one JSON column: written once at issue, only read with the invoice.
            // Only `void` of the status is stored; the rest is InvoiceRules::statusOn().
            QStringLiteral(
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY,"
                " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                " number TEXT NOT NULL UNIQUE, period_start TEXT NOT NULL,"
                " period_end TEXT NOT NULL, issued_on TEXT NOT NULL, due_on TEXT NOT NULL,"
                " amount_cents INTEGER NOT NULL, paid_cents INTEGER NOT NULL DEFAULT 0,"
                " void INTEGER NOT NULL DEFAULT 0 CHECK (void IN (0, 1)),"
                " lines TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 1)"),
            // A customer's invoices newest first (the listing's order and its cursor).
            QStringLiteral("CREATE INDEX invoices_customer"
                           " ON invoices(customer_id, issued_on DESC, id DESC)"),
            // A payment is for an invoice, and through it for the customer.
            QStringLiteral("CREATE TABLE payments (id INTEGER PRIMARY KEY,"
                           " invoice_id INTEGER NOT NULL REFERENCES invoices(id), at TEXT NOT NULL,"
                           " method TEXT NOT NULL CHECK (method IN ('card', 'ach')),"
                           " amount_cents INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL DEFAULT 'succeeded'"
                           " CHECK (outcome IN ('succeeded', 'failed')),"
                           " failure_reason TEXT)"),
            QStringLiteral("CREATE INDEX payments_invoice ON payments(invoice_id, at)"),
            // Who a delivery went to, kept once: every month's invoice of a customer goes to
            // the same To and CC until they change (JSON arrays of addresses).
            QStringLiteral("CREATE TABLE recipient_lists (id INTEGER PRIMARY KEY,"
                           " to_json TEXT NOT NULL, cc_json TEXT NOT NULL,"
                           " UNIQUE (to_json, cc_json))"),
            // by_*: the person who sent it again; all null for the portal's monthly run.
            QStringLiteral("CREATE TABLE invoice_deliveries (id INTEGER PRIMARY KEY,"
                           " invoice_id INTEGER NOT NULL REFERENCES invoices(id), at TEXT NOT NULL,"
                           " by_id INTEGER REFERENCES users(id), by_name TEXT, by_role TEXT,"
                           " recipients_id INTEGER NOT NULL REFERENCES recipient_lists(id))"),
            QStringLiteral(
                "CREATE INDEX invoice_deliveries_invoice ON invoice_deliveries(invoice_id, id)"),
            // Derived from the records, never written on its own (server/PaymentIssueBasis.h).
            QStringLiteral("ALTER TABLE customers ADD COLUMN payment_issue_basis TEXT"),
            // An issue date of version 1 had no record behind it; it becomes a failed payment
            // of nothing on a void placeholder invoice, on that day, so the derived
            // last_payment_issue_on (and ACH eligibility) of an older store stay what they were.
            QStringLiteral(
                "INSERT INTO invoices (customer_id, number, period_start, period_end, issued_on,"
                " due_on, amount_cents, paid_cents, void)"
                " SELECT customer_id, 'LEGACY-' || id, occurred_on, occurred_on, occurred_on,"
                " occurred_on, 0, 0, 1 FROM payment_issues ORDER BY id"),
            QStringLiteral(
                "INSERT INTO payments (invoice_id, at, method, amount_cents, outcome,"
                " failure_reason)"
                " SELECT i.id, p.occurred_on || 'T12:00:00.000Z', 'card', 0,"
                " 'failed', 'recorded before the portal kept invoices (' || p.kind || ')'"
                " FROM payment_issues p JOIN invoices i ON i.number = 'LEGACY-' || p.id"
                " ORDER BY p.id"),
            QStringLiteral("DROP TABLE payment_issues"),
        },
        {
            // The unpaid invoices by due date: the delta listing finds the customers whose
            // invoice fell past due since the client's last sync (their derived fields
            // changed although no record did). Small: most invoices are paid.
            QStringLiteral("CREATE INDEX invoices_unpaid_due ON invoices(due_on, customer_id)"
                           " WHERE void = 0 AND paid_cents < amount_cents"),
        },
        // 6: ACH authorization, verification and revocation (billing rule 8). A method stored
        // before had none of these: it stays usable (verified, its authorization unknown: the
        // columns stay null), and a customer's oldest ACH method becomes its default.
        {
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN verification TEXT NOT NULL"
                           " DEFAULT 'verified'"
                           " CHECK (verification IN ('pending', 'verified', 'failed'))"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN tries_left INTEGER NOT NULL"
                           " DEFAULT 3"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN is_default INTEGER NOT NULL"
                           " DEFAULT 0 CHECK (is_default IN (0, 1))"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN sec_code TEXT"
                           " CHECK (sec_code IN ('CCD', 'PPD', 'TEL', 'WEB'))"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN authorized_by_name TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN authorized_by_title TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN authorization_method TEXT"
                           " CHECK (authorization_method IN ('written', 'recorded_call',"
                           " 'online'))"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN text_version TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN accepted_at TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN authorization_text TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN recorded_by TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN revoked_at TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN revoked_by TEXT"),
            QStringLiteral("ALTER TABLE payment_methods ADD COLUMN revoke_reason TEXT"),
            QStringLiteral("UPDATE payment_methods SET is_default = 1 WHERE type = 'ach' AND id IN"
                           " (SELECT min(id) FROM payment_methods WHERE type = 'ach'"
                           " GROUP BY customer_id)"),
        },
    };
    return kSteps;
}

// What a step needs beyond SQL, run in its transaction after its statements.
bool finishStep(QSqlDatabase &db, int version, QString *error)
{
    if (version == 4)
        return issuebasis::refreshAll(db, error); // the derived column of migrated records
    return true;
}

} // namespace

int latestSchemaVersion()
{
    return int(steps().size());
}

int currentSchemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
        || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool migrateSchema(QSqlDatabase &db, QString *error, int targetVersion)
{
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    const int current = currentSchemaVersion(db);
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("the store has schema version %1; this server knows up to %2")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (int version = current + 1; version <= target; ++version) {
        Transaction transaction(db);
        if (!transaction.isOpen()) {
            *error = QStringLiteral("cannot begin migration %1").arg(version);
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : steps().at(version - 1)) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2")
                             .arg(version)
                             .arg(query.lastError().text());
                return false;
            }
        }
        if (!finishStep(db, version, error)) {
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(*error);
            return false;
        }
        query.prepare(
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :version)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.bindValue(QStringLiteral(":version"), QString::number(version));
        if (!query.exec() || !transaction.commit()) {
            *error = QStringLiteral("migration %1 could not be recorded").arg(version);
            return false;
        }
        qCInfo(lcServer, "store migrated to schema version %d", version);
    }
    return true;
}

} // namespace pac::server
