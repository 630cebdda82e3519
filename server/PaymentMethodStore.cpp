#include "server/PaymentMethodStore.h"

#include "models/CustomerJson.h"
#include "server/Log.h"
#include "server/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pac::server {

namespace {

const QLatin1String kColumns(
    "SELECT id, customer_id, type, last4, account_type, holder_name, created_at, verification,"
    " tries_left, is_default, sec_code, authorized_by_name, authorized_by_title,"
    " authorization_method, text_version, accepted_at, authorization_text, recorded_by,"
    " revoked_at, revoked_by, revoke_reason FROM payment_methods");

QJsonValue orNull(const QJsonValue &value, bool present)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

PaymentMethodRecord recordFromRow(const QSqlQuery &row)
{
    PaymentMethodRecord r;
    r.id = row.value(0).toLongLong();
    r.customerId = row.value(1).toLongLong();
    r.type = row.value(2).toString();
    r.last4 = row.value(3).toString();
    if (!row.value(4).isNull())
        r.accountType = row.value(4).toString();
    r.holderName = row.value(5).toString();
    r.createdAt = fromRfc3339(row.value(6).toString());
    r.verification = achVerificationStateFromWire(row.value(7).toString())
                         .value_or(AchVerificationState::Failed);
    r.triesLeft = row.value(8).toInt();
    r.isDefault = row.value(9).toInt() != 0;
    if (!row.value(10).isNull()) {
        AchAuthorization a;
        a.secCode = achSecCodeFromWire(row.value(10).toString());
        a.authorizedByName = row.value(11).toString();
        a.authorizedByTitle = row.value(12).toString();
        a.method = achAuthorizationMethodFromWire(row.value(13).toString());
        a.textVersion = row.value(14).toString();
        a.acceptedAt = fromRfc3339(row.value(15).toString());
        a.text = row.value(16).toString();
        a.recordedBy = row.value(17).toString();
        r.authorization = a;
    }
    if (!row.value(18).isNull()) {
        r.revoked = PaymentMethodRevocation {fromRfc3339(row.value(18).toString()),
                                             row.value(19).toString(), row.value(20).toString()};
    }
    return r;
}

bool execOrWarn(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcServer) << what << "failed:" << query.lastError().text();
    return false;
}

} // namespace

QJsonObject PaymentMethodRecord::toJson() const
{
    QJsonObject authorizationJson;
    if (authorization) {
        authorizationJson = authorization->toJson();
        // Always both members, even when empty, so the object has one shape.
        authorizationJson.insert(QStringLiteral("text"), authorization->text);
        authorizationJson.insert(QStringLiteral("recorded_by"), authorization->recordedBy);
    }
    QJsonObject revokedJson;
    if (revoked) {
        revokedJson = {{QStringLiteral("at"), toRfc3339(revoked->at)},
                       {QStringLiteral("by"), revoked->by},
                       {QStringLiteral("reason"), revoked->reason}};
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("last4"), last4},
        {QStringLiteral("account_type"),
         orNull(accountType.value_or(QString()), accountType.has_value())},
        {QStringLiteral("holder_name"), holderName},
        // Only the Federal Reserve's directory names a bank; the portal does not invent one.
        {QStringLiteral("bank_name"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("verification"), pac::toWire(verification)},
        {QStringLiteral("tries_left"), triesLeft},
        {QStringLiteral("default"), isDefault},
        {QStringLiteral("created_at"), toRfc3339(createdAt)},
        {QStringLiteral("authorization"), orNull(authorizationJson, authorization.has_value())},
        {QStringLiteral("revoked"), orNull(revokedJson, revoked.has_value())},
    };
}

QJsonObject PaymentMethodRecord::reference() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("last4"), last4}};
}

PaymentMethodStore::PaymentMethodStore(Store &store)
    : m_store(store)
{ }

QJsonArray PaymentMethodStore::list(qint64 customerId)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kColumns + QLatin1String(" WHERE customer_id = :customer ORDER BY id"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    QJsonArray items;
    if (!execOrWarn(query, "listing payment methods"))
        return items;
    while (query.next())
        items.append(recordFromRow(query).toJson());
    return items;
}

std::optional<PaymentMethodRecord> PaymentMethodStore::find(qint64 methodId)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kColumns + QLatin1String(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), methodId);
    if (!execOrWarn(query, "reading a payment method") || !query.next())
        return std::nullopt;
    return recordFromRow(query);
}

std::optional<PaymentMethodRecord> PaymentMethodStore::defaultOf(qint64 customerId)
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kColumns
                  + QLatin1String(" WHERE customer_id = :customer AND is_default = 1"
                                  " ORDER BY id LIMIT 1"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    if (!execOrWarn(query, "reading the default payment method") || !query.next())
        return std::nullopt;
    return recordFromRow(query);
}

std::optional<PaymentMethodRecord> PaymentMethodStore::addAch(qint64 customerId,
                                                              const AchBankDetails &details,
                                                              const AchAuthorization &authorization,
                                                              const QDateTime &at)
{
    PaymentMethodRecord r;
    r.customerId = customerId;
    r.type = QStringLiteral("ach");
    r.last4 = details.last4();
    r.accountType = pac::toWire(details.accountType.value_or(AchAccountType::Checking));
    r.holderName = details.holderName.trimmed();
    r.verification = AchVerificationState::Pending;
    r.triesLeft = AchVerification::MaxTries;
    r.createdAt = at;
    r.authorization = authorization;
    r.authorization->authorizedByName = authorization.authorizedByName.trimmed();
    r.authorization->authorizedByTitle = authorization.authorizedByTitle.trimmed();

    const AchAuthorization &a = *r.authorization;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO payment_methods (customer_id, type, last4, account_type, holder_name,"
        " created_at, verification, tries_left, is_default, sec_code, authorized_by_name,"
        " authorized_by_title, authorization_method, text_version, accepted_at,"
        " authorization_text, recorded_by) VALUES (:customer, 'ach', :last4, :account_type,"
        " :holder, :at, 'pending', :tries, 0, :sec, :name, :title, :method, :version,"
        " :accepted, :text, :recorded)"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":last4"), r.last4);
    query.bindValue(QStringLiteral(":account_type"), *r.accountType);
    query.bindValue(QStringLiteral(":holder"), r.holderName);
    query.bindValue(QStringLiteral(":at"), toRfc3339(at));
    query.bindValue(QStringLiteral(":tries"), r.triesLeft);
    query.bindValue(QStringLiteral(":sec"), a.secCode ? pac::toWire(*a.secCode) : QString());
    query.bindValue(QStringLiteral(":name"), a.authorizedByName);
    query.bindValue(QStringLiteral(":title"), a.authorizedByTitle);
    query.bindValue(QStringLiteral(":method"), a.method ? pac::toWire(*a.method) : QString());
    query.bindValue(QStringLiteral(":version"), a.textVersion);
    query.bindValue(QStringLiteral(":accepted"), toRfc3339(a.acceptedAt));
    query.bindValue(QStringLiteral(":text"), a.text);
    query.bindValue(QStringLiteral(":recorded"), a.recordedBy);
    if (!execOrWarn(query, "storing a payment method"))
        return std::nullopt;
    r.id = query.lastInsertId().toLongLong();
    // Read back as every later answer will show it (timestamps at the store's precision).
    return find(r.id);
}

bool PaymentMethodStore::setVerification(qint64 methodId, AchVerificationState state, int triesLeft)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE payment_methods SET verification = :state, tries_left = :tries WHERE id = :id"));
    query.bindValue(QStringLiteral(":state"), pac::toWire(state));
    query.bindValue(QStringLiteral(":tries"), triesLeft);
    query.bindValue(QStringLiteral(":id"), methodId);
    return execOrWarn(query, "recording a verification") && query.numRowsAffected() == 1;
}

bool PaymentMethodStore::makeDefault(qint64 customerId, qint64 methodId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE payment_methods SET is_default = (id = :id)"
                                 " WHERE customer_id = :customer"));
    query.bindValue(QStringLiteral(":id"), methodId);
    query.bindValue(QStringLiteral(":customer"), customerId);
    return execOrWarn(query, "setting the default payment method");
}

bool PaymentMethodStore::revoke(qint64 methodId, const PaymentMethodRevocation &revocation)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE payment_methods SET revoked_at = :at, revoked_by = :by, revoke_reason = :reason,"
        " is_default = 0 WHERE id = :id AND revoked_at IS NULL"));
    query.bindValue(QStringLiteral(":at"), toRfc3339(revocation.at));
    query.bindValue(QStringLiteral(":by"), revocation.by);
    query.bindValue(QStringLiteral(":reason"), revocation.reason);
    query.bindValue(QStringLiteral(":id"), methodId);
    return execOrWarn(query, "revoking a payment method") && query.numRowsAffected() == 1;
}

} // namespace pac::server
