#include "storage/OutboxRows.h"

#include "storage/CustomerRecords.h"
#include "storage/Log.h"

#include <QJsonDocument>
#include <QUuid>

namespace pac::outboxrows {

namespace {

QJsonDocument jsonOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8());
}

} // namespace

QString columns()
{
    return QStringLiteral(
        "id, customer_id, application_id, kind, payload, base_etag, idempotency_key, state, "
        "attempts, next_attempt_at, last_error, last_field_errors, created_at, "
        "conflict_server_json");
}

QString heads()
{
    return QStringLiteral("SELECT min(id) FROM outbox GROUP BY customer_id");
}

QDateTime fromMs(const QVariant &msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch.toLongLong(), Qt::UTC);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<OutboxEntry> entryFromRow(const QSqlQuery &q)
{
    const auto kind = editKindFromWire(q.value(3).toString());
    const auto state = outboxStateFromWire(q.value(7).toString());
    if (!kind || !state)
        return std::nullopt;
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.customerId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        e.applicationId = q.value(2).toLongLong();
    e.kind = *kind;
    e.payload = jsonOf(q.value(4)).object();
    e.baseEtag = q.value(5).toString().toLatin1();
    e.idempotencyKey = q.value(6).toString();
    e.state = *state;
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = fromMs(q.value(9));
    e.lastError = q.value(10).toString();
    e.lastFieldErrors = fieldErrorsFromJson(jsonOf(q.value(11)).array());
    e.createdAt = fromMs(q.value(12));
    if (!q.value(13).isNull())
        e.conflictServerCopy = CustomerRecords::fromJsonText(q.value(13).toString());
    return e;
}

StorageResult<QList<OutboxEntry>> entries(QSqlQuery &query)
{
    if (!query.exec())
        return CustomerRecords::sqlError(query);
    QList<OutboxEntry> list;
    while (query.next()) {
        if (auto entry = entryFromRow(query))
            list.append(std::move(*entry));
        else
            qCWarning(lcStorage) << "skipping unreadable outbox entry" << query.value(0);
    }
    return list;
}

} // namespace pac::outboxrows
