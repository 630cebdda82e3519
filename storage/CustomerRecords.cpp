#include "storage/CustomerRecords.h"

#include "customerindex/CustomerIndex.h"
#include "models/CustomerJson.h"
#include "models/CustomerJsonWriter.h"
#include "storage/CacheConnection.h"
#include "storage/Log.h"

#include <QJsonDocument>
#include <QSqlError>

namespace pac {

namespace {

// The columns derived from what is shown, in bind order after id/version/etag.
const QStringList &shownColumns()
{
    static const QStringList columns {
        QStringLiteral("name"),
        QStringLiteral("account_number"),
        QStringLiteral("emails"),
        QStringLiteral("updated_at"),
        QStringLiteral("country"),
        QStringLiteral("status"),
        QStringLiteral("agent_name"),
        QStringLiteral("master_agent_name"),
        QStringLiteral("payment_terms"),
        QStringLiteral("credit_limit_cents"),
        QStringLiteral("balance_cents"),
        QStringLiteral("ach_status"),
        QStringLiteral("ach_reason"),
        QStringLiteral("invoice_email_count"),
        QStringLiteral("last_payment_issue_on"),
        QStringLiteral("past_due_cents"),
    };
    return columns;
}

QString upsertSql()
{
    QStringList columns {QStringLiteral("version"), QStringLiteral("etag")};
    columns += shownColumns();
    QStringList updates;
    for (const QString &column : columns)
        updates.append(column + QStringLiteral(" = excluded.") + column);
    updates.append(
        QStringLiteral("last_seen_sync = max(customers.last_seen_sync, excluded.last_seen_sync)"));
    return QStringLiteral("INSERT INTO customers (id, ") + columns.join(QStringLiteral(", "))
        + QStringLiteral(", last_seen_sync) VALUES (?")
        + QStringLiteral(", ?").repeated(columns.size() + 1)
        + QStringLiteral(") ON CONFLICT (id) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
}

QString allEmails(const Customer &c)
{
    QStringList emails = c.invoiceEmails;
    for (const BillingContact &contact : c.billingContacts)
        emails.append(contact.email);
    return emails.join(u'\n');
}

QVariant nullableText(const QString &text, bool present)
{
    return present ? QVariant(text) : QVariant(QMetaType::fromType<QString>());
}

// Binds the shown columns of `c` starting at `index`.
void bindShown(QSqlQuery &query, int index, const Customer &c)
{
    const QString emails = allEmails(c);
    query.bindValue(index++, CustomerRecords::notNull(c.name));
    query.bindValue(index++, CustomerRecords::notNull(c.accountNumber));
    query.bindValue(index++, CustomerRecords::notNull(emails));
    query.bindValue(index++, c.updatedAt.toMSecsSinceEpoch());
    query.bindValue(index++, CustomerRecords::notNull(c.country));
    query.bindValue(index++, toWire(c.status));
    query.bindValue(index++, CustomerRecords::notNull(c.agent.name));
    query.bindValue(
        index++,
        nullableText(c.masterAgent ? c.masterAgent->name : QString(), c.masterAgent.has_value()));
    query.bindValue(index++, toWire(c.paymentTerms));
    query.bindValue(index++, c.creditLimitCents);
    query.bindValue(index++, c.balanceCents);
    query.bindValue(index++, toWire(c.ach.status));
    query.bindValue(index++, toWire(c.ach.reason));
    query.bindValue(index++, int(c.invoiceEmails.size()));
    query.bindValue(
        index++,
        nullableText(c.lastPaymentIssueOn ? toIsoDate(*c.lastPaymentIssueOn) : QString(),
                     c.lastPaymentIssueOn.has_value()));
    query.bindValue(index++, c.pastDueCents);
}

QByteArray searchTextOfShown(const Customer &c)
{
    return CustomerRecords::searchTextOfColumns(c.name, c.accountNumber, allEmails(c));
}

} // namespace

CustomerRecords::CustomerRecords(CacheConnection &connection)
    : m_connection(connection)
{ }

QString CustomerRecords::toJsonText(const Customer &customer)
{
    return QString::fromUtf8(customerJsonBytes(customer));
}

std::optional<Customer> CustomerRecords::fromJsonText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return customerFromJson(doc.object());
}

QString CustomerRecords::notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QStringList CustomerRecords::emailsOfColumn(const QString &emails)
{
    return emails.isEmpty() ? QStringList() : emails.split(u'\n');
}

QByteArray CustomerRecords::searchTextOfColumns(const QString &name, const QString &accountNumber,
                                                const QString &emails)
{
    return CustomerIndex::searchTextOf(name, accountNumber, emailsOfColumn(emails));
}

StorageError CustomerRecords::sqlError(const QSqlQuery &query)
{
    return StorageError::make(StorageError::Kind::Sql,
                              tr("The local cache could not be read or written."),
                              query.lastError().text());
}

StorageResult<std::optional<CustomerRecords::Stored>> CustomerRecords::load(qint64 id)
{
    PreparedQuery query = m_connection.prepared(
        QStringLiteral("SELECT server_json, local_json FROM customer_documents WHERE id = ?"));
    query->addBindValue(id);
    if (!query->exec())
        return sqlError(*query);
    if (!query->next())
        return std::optional<Stored>();
    Stored stored;
    const auto server = fromJsonText(query->value(0).toString());
    if (!server) {
        return StorageError::make(StorageError::Kind::Sql,
                                  tr("The local copy of customer %1 is damaged.").arg(id));
    }
    stored.server = *server;
    if (!query->value(1).isNull())
        stored.local = fromJsonText(query->value(1).toString());
    return std::optional<Stored>(std::move(stored));
}

StorageStatus CustomerRecords::run(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return {};
}

StorageResult<QHash<qint64, qint64>>
CustomerRecords::storedVersions(const QList<Customer> &customers)
{
    QHash<qint64, qint64> versions;
    // Bounded statements: SQLite limits the number of parameters of one statement.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < customers.size(); start += kChunk) {
        const qsizetype count = std::min(kChunk, customers.size() - start);
        PreparedQuery query = m_connection.prepared(
            QStringLiteral("SELECT id, version FROM customers WHERE id IN (?")
            + QStringLiteral(", ?").repeated(count - 1) + u')');
        for (qsizetype i = start; i < start + count; ++i)
            query->addBindValue(customers.at(i).id);
        if (!query->exec())
            return sqlError(*query);
        while (query->next())
            versions.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    }
    return versions;
}

StorageStatus CustomerRecords::markSeen(qint64 id, qint64 syncMark)
{
    PreparedQuery query = m_connection.prepared(QStringLiteral(
        "UPDATE customers SET last_seen_sync = max(last_seen_sync, ?) WHERE id = ?"));
    query->addBindValue(syncMark);
    query->addBindValue(id);
    return run(*query);
}

StorageResult<bool> CustomerRecords::storeServerCopy(const Customer &server)
{
    const auto versions = storedVersions({server});
    if (!versions)
        return versions.error();
    if (versions.value().value(server.id, server.version) > server.version)
        return false; // a newer copy is already stored
    if (StorageStatus written = write(server, std::nullopt, 0); !written)
        return written.error();
    return true;
}

StorageResult<bool> CustomerRecords::storeServerCopyWithLocalView(const Customer &server)
{
    const auto versions = storedVersions({server});
    if (!versions)
        return versions.error();
    if (versions.value().value(server.id, server.version) > server.version)
        return false; // a newer copy is already stored
    const auto local = localViewFor(server);
    if (!local)
        return local.error();
    if (StorageStatus written = write(server, local.value(), 0); !written)
        return written.error();
    return true;
}

StorageStatus CustomerRecords::write(const Customer &server, const std::optional<Customer> &local,
                                     qint64 syncMark)
{
    static const QString upsert = upsertSql();
    const Customer &shown = local ? *local : server;
    PreparedQuery row = m_connection.prepared(upsert);
    row->bindValue(0, server.id);
    row->bindValue(1, server.version);
    row->bindValue(2, QString::fromLatin1(server.etag()));
    bindShown(*row, 3, shown);
    row->bindValue(3 + int(shownColumns().size()), syncMark);
    if (StorageStatus stored = run(*row); !stored)
        return stored;

    PreparedQuery document = m_connection.prepared(QStringLiteral(
        "INSERT INTO customer_documents (id, server_json, local_json) VALUES (?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET server_json = excluded.server_json, "
        "local_json = excluded.local_json"));
    document->bindValue(0, server.id);
    document->bindValue(1, toJsonText(server));
    document->bindValue(
        2, local ? QVariant(toJsonText(*local)) : QVariant(QMetaType::fromType<QString>()));
    if (StorageStatus stored = run(*document); !stored)
        return stored;
    return writeSearchText(server.id, shown);
}

StorageStatus CustomerRecords::writeSearchText(qint64 id, const Customer &shown)
{
    PreparedQuery search = m_connection.prepared(
        QStringLiteral("INSERT INTO customer_search (id, text) VALUES (?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET text = excluded.text"));
    search->bindValue(0, id);
    search->bindValue(1, searchTextOfShown(shown));
    return run(*search);
}

StorageStatus CustomerRecords::setLocalView(const Customer &server,
                                            const std::optional<Customer> &local)
{
    static const QString update = []() -> QString {
        QStringList sets;
        for (const QString &column : shownColumns())
            sets.append(column + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE customers SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE id = ?");
    }();
    const Customer &shown = local ? *local : server;
    PreparedQuery row = m_connection.prepared(update);
    bindShown(*row, 0, shown);
    row->bindValue(int(shownColumns().size()), server.id);
    if (StorageStatus stored = run(*row); !stored)
        return stored;

    PreparedQuery document = m_connection.prepared(
        QStringLiteral("UPDATE customer_documents SET local_json = ? WHERE id = ?"));
    document->bindValue(
        0, local ? QVariant(toJsonText(*local)) : QVariant(QMetaType::fromType<QString>()));
    document->bindValue(1, server.id);
    if (StorageStatus stored = run(*document); !stored)
        return stored;
    return writeSearchText(server.id, shown);
}

const LocalEdits::Context &CustomerRecords::editContext()
{
    if (!m_context) {
        m_context.emplace();
        QSqlQuery query(m_connection.database());
        if (query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                      "('user_id', 'user_name', 'user_role')"))) {
            CacheUser user;
            int found = 0;
            while (query.next()) {
                const QString key = query.value(0).toString();
                const QString value = query.value(1).toString();
                if (key == u"user_id")
                    user.id = value.toLongLong();
                else if (key == u"user_name")
                    user.name = value;
                else if (const auto role = roleFromWire(value))
                    user.role = *role;
                ++found;
            }
            if (found == 3)
                m_context->actor = user;
        }
    }
    return *m_context;
}

StorageResult<std::optional<Customer>> CustomerRecords::localViewFor(const Customer &server)
{
    PreparedQuery query = m_connection.prepared(
        QStringLiteral("SELECT kind, payload, created_at FROM outbox WHERE customer_id = ? "
                       "AND state IN ('pending', 'sending', 'conflict') ORDER BY id"));
    // Entries that change nothing of the customer (a resend) make no local view.
    query->addBindValue(server.id);
    if (!query->exec())
        return sqlError(*query);
    std::optional<Customer> view;
    while (query->next()) {
        const auto kind = editKindFromWire(query->value(0).toString());
        const QJsonObject payload
            = QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object();
        if (!kind) {
            qCWarning(lcStorage) << "outbox entry of an unknown kind for customer" << server.id;
            continue;
        }
        if (!LocalEdits::changesCustomer(*kind))
            continue;
        LocalEdits::Context context = editContext();
        context.at = QDateTime::fromMSecsSinceEpoch(query->value(2).toLongLong(), Qt::UTC);
        view = LocalEdits::apply(view ? *view : server, *kind, payload, context);
    }
    return view;
}

StorageStatus CustomerRecords::refreshLocalView(qint64 id)
{
    const auto stored = load(id);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        return StorageError::make(StorageError::Kind::NotFound,
                                  tr("Customer %1 is not in the local cache.").arg(id));
    }
    return refreshLocalView(stored.value()->server);
}

StorageStatus CustomerRecords::refreshLocalView(const Customer &server)
{
    const auto view = localViewFor(server);
    if (!view)
        return view.error();
    return setLocalView(server, view.value());
}

StorageResult<QSet<qint64>> CustomerRecords::customersWithEntries()
{
    PreparedQuery query
        = m_connection.prepared(QStringLiteral("SELECT DISTINCT customer_id FROM outbox"));
    if (!query->exec())
        return sqlError(*query);
    QSet<qint64> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    return ids;
}

} // namespace pac
