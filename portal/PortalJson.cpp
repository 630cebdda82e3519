#include "portal/PortalJson.h"

#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "models/InvoiceJson.h"

#include <QJsonArray>

namespace pac {

namespace {

// Remembers the first member that failed, so the caller can name it.
class Reader
{
public:
    explicit Reader(QString *badField)
        : m_badField(badField)
    { }

    bool ok() const { return m_ok; }

    void fail(const QString &field)
    {
        if (m_ok && m_badField)
            *m_badField = field;
        m_ok = false;
    }

    QString string(const QJsonObject &o, QLatin1String key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(prefix + key);
        return v.toString();
    }

    // A string or null (null and absent give an empty string).
    QString optionalString(const QJsonObject &o, QLatin1String key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() && !v.isNull() && !v.isUndefined())
            fail(prefix + key);
        return v.toString();
    }

    qint64 integer(const QJsonObject &o, QLatin1String key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            fail(prefix + key);
        return v.toInteger();
    }

    QDateTime time(const QJsonObject &o, QLatin1String key, const QString &prefix = {})
    {
        const QDateTime t = fromRfc3339(string(o, key, prefix));
        if (!t.isValid())
            fail(prefix + key);
        return t;
    }

    QJsonObject object(const QJsonObject &o, QLatin1String key, const QString &prefix = {})
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(prefix + key);
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, QLatin1String key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }

    Role role(const QJsonObject &o, QLatin1String key, const QString &prefix = {})
    {
        const auto r = roleFromWire(string(o, key, prefix));
        if (!r)
            fail(prefix + key);
        return r.value_or(Role::Agent);
    }

    // Decodes every element of items[] with `decode`, naming "items[i].<field>" on failure.
    template<typename T, typename Decode>
    QList<T> items(const QJsonObject &o, Decode decode)
    {
        QList<T> list;
        const QJsonArray array = this->array(o, QLatin1String("items"));
        list.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && m_ok; ++i) {
            QString field;
            const QJsonValue element = array.at(i);
            std::optional<T> item
                = element.isObject() ? decode(element.toObject(), &field) : std::nullopt;
            if (!item) {
                fail(QStringLiteral("items[%1]").arg(i)
                     + (field.isEmpty() ? QString() : u'.' + field));
                break;
            }
            list.append(std::move(*item));
        }
        return list;
    }

private:
    QString *m_badField;
    bool m_ok = true;
};

template<typename T>
std::optional<T> result(const Reader &reader, T value)
{
    if (!reader.ok())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<ServerHealth> serverHealthFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    ServerHealth health;
    health.status = r.string(o, QLatin1String("status"));
    health.version = r.string(o, QLatin1String("version"));
    return result(r, health);
}

std::optional<PortalSession> portalSessionFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    PortalSession session;
    session.token = r.string(o, QLatin1String("token")).toUtf8();
    if (r.ok() && session.token.isEmpty())
        r.fail(QStringLiteral("token"));
    session.expiresAt = r.time(o, QLatin1String("expires_at"));
    const QJsonObject user = r.object(o, QLatin1String("user"));
    const QString prefix = QStringLiteral("user.");
    session.user.id = r.integer(user, QLatin1String("id"), prefix);
    session.user.name = r.string(user, QLatin1String("name"), prefix);
    session.user.role = r.role(user, QLatin1String("role"), prefix);
    return result(r, session);
}

std::optional<CustomerPage> customerPageFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    CustomerPage page;
    page.items = r.items<Customer>(
        o, [](const QJsonObject &item, QString *field) { return customerFromJson(item, field); });
    page.nextCursor = r.optionalString(o, QLatin1String("next_cursor"));
    page.serverTime = r.time(o, QLatin1String("server_time"));
    return result(r, page);
}

std::optional<PaymentMethod> paymentMethodFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    PaymentMethod method;
    method.id = r.integer(o, QLatin1String("id"));
    method.type = r.string(o, QLatin1String("type"));
    method.last4 = r.optionalString(o, QLatin1String("last4"));
    method.accountType = r.optionalString(o, QLatin1String("account_type"));
    method.holderName = r.optionalString(o, QLatin1String("holder_name"));
    if (const QJsonValue bank = o.value(QLatin1String("bank_name")); bank.isString())
        method.bankName = bank.toString();
    else if (!bank.isNull() && !bank.isUndefined())
        r.fail(QStringLiteral("bank_name"));
    if (o.contains(QLatin1String("verification"))) {
        const auto state = achVerificationStateFromWire(r.string(o, QLatin1String("verification")));
        if (!state)
            r.fail(QStringLiteral("verification"));
        method.verification = state.value_or(AchVerificationState::Pending);
    }
    if (o.contains(QLatin1String("tries_left")))
        method.triesLeft = int(r.integer(o, QLatin1String("tries_left")));
    if (const QJsonValue isDefault = o.value(QLatin1String("default")); isDefault.isBool())
        method.isDefault = isDefault.toBool();
    else if (!isDefault.isUndefined())
        r.fail(QStringLiteral("default"));
    if (o.contains(QLatin1String("created_at")))
        method.createdAt = r.time(o, QLatin1String("created_at"));

    if (const QJsonValue value = o.value(QLatin1String("authorization")); value.isObject()) {
        QList<FieldError> errors;
        AchAuthorization authorization = AchAuthorization::fromJson(value.toObject(), &errors);
        if (!errors.isEmpty())
            r.fail(errors.constFirst().field);
        else if (!authorization.secCode)
            r.fail(QStringLiteral("authorization.sec_code"));
        else if (!authorization.method)
            r.fail(QStringLiteral("authorization.method"));
        method.authorization = std::move(authorization);
    } else if (!value.isNull() && !value.isUndefined()) {
        r.fail(QStringLiteral("authorization"));
    }

    if (const QJsonValue value = o.value(QLatin1String("revoked")); value.isObject()) {
        const QJsonObject revoked = value.toObject();
        const QString prefix = QStringLiteral("revoked.");
        PaymentMethodRevocation revocation;
        revocation.at = r.time(revoked, QLatin1String("at"), prefix);
        // The portal names who revoked it; a person object {id, name, role} gives its name.
        if (const QJsonValue by = revoked.value(QLatin1String("by")); by.isObject())
            revocation.by = r.string(by.toObject(), QLatin1String("name"), prefix + u"by.");
        else
            revocation.by = r.optionalString(revoked, QLatin1String("by"), prefix);
        revocation.reason = r.optionalString(revoked, QLatin1String("reason"), prefix);
        method.revoked = revocation;
    } else if (!value.isNull() && !value.isUndefined()) {
        r.fail(QStringLiteral("revoked"));
    }
    return result(r, method);
}

QJsonObject toJson(const PaymentMethod &method)
{
    QJsonObject object {
        {QStringLiteral("id"), method.id},
        {QStringLiteral("type"), method.type},
        {QStringLiteral("last4"), method.last4},
        {QStringLiteral("account_type"),
         method.accountType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(method.accountType)},
        {QStringLiteral("holder_name"), method.holderName},
        {QStringLiteral("bank_name"),
         method.bankName ? QJsonValue(*method.bankName) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("verification"), toWire(method.verification)},
        {QStringLiteral("tries_left"), method.triesLeft},
        {QStringLiteral("default"), method.isDefault},
        {QStringLiteral("authorization"),
         method.authorization ? QJsonValue(method.authorization->toJson())
                              : QJsonValue(QJsonValue::Null)},
    };
    if (method.createdAt.isValid())
        object.insert(QStringLiteral("created_at"), toRfc3339(method.createdAt));
    if (method.revoked) {
        object.insert(QStringLiteral("revoked"),
                      QJsonObject {{QStringLiteral("at"), toRfc3339(method.revoked->at)},
                                   {QStringLiteral("by"), method.revoked->by},
                                   {QStringLiteral("reason"), method.revoked->reason}});
    } else {
        object.insert(QStringLiteral("revoked"), QJsonValue(QJsonValue::Null));
    }
    return object;
}

std::optional<AchAuthorizationTextResult> achAuthorizationTextFromJson(const QJsonObject &o,
                                                                       QString *badField)
{
    Reader r(badField);
    AchAuthorizationTextResult text;
    text.version = r.string(o, QLatin1String("version"));
    if (r.ok() && text.version.isEmpty())
        r.fail(QStringLiteral("version"));
    const auto code = achSecCodeFromWire(r.string(o, QLatin1String("sec_code")));
    if (!code)
        r.fail(QStringLiteral("sec_code"));
    text.secCode = code.value_or(AchSecCode::CCD);
    text.text = r.string(o, QLatin1String("text"));
    if (r.ok() && text.text.isEmpty())
        r.fail(QStringLiteral("text"));
    return result(r, text);
}

std::optional<QList<PaymentMethod>> paymentMethodListFromJson(const QJsonObject &o,
                                                              QString *badField)
{
    Reader r(badField);
    const QList<PaymentMethod> methods
        = r.items<PaymentMethod>(o, [](const QJsonObject &item, QString *field) {
              return paymentMethodFromJson(item, field);
          });
    return result(r, methods);
}

std::optional<HistoryEntry> historyEntryFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    HistoryEntry entry;
    entry.at = r.time(o, QLatin1String("at"));
    const QJsonObject actor = r.object(o, QLatin1String("actor"));
    const QString prefix = QStringLiteral("actor.");
    entry.actor.id = r.integer(actor, QLatin1String("id"), prefix);
    entry.actor.name = r.string(actor, QLatin1String("name"), prefix);
    entry.actorRole = r.role(actor, QLatin1String("role"), prefix);
    entry.action = r.string(o, QLatin1String("action"));
    entry.field = r.optionalString(o, QLatin1String("field"));
    entry.before = o.value(QLatin1String("before"));
    entry.after = o.value(QLatin1String("after"));
    if (entry.before.isUndefined())
        entry.before = QJsonValue(QJsonValue::Null);
    if (entry.after.isUndefined())
        entry.after = QJsonValue(QJsonValue::Null);
    return result(r, entry);
}

std::optional<HistoryPage> historyPageFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    HistoryPage page;
    page.items = r.items<HistoryEntry>(o, [](const QJsonObject &item, QString *field) {
        return historyEntryFromJson(item, field);
    });
    page.nextCursor = r.optionalString(o, QLatin1String("next_cursor"));
    return result(r, page);
}

std::optional<InvoicePage> invoicePageFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    InvoicePage page;
    page.items = r.items<Invoice>(
        o, [](const QJsonObject &item, QString *field) { return invoiceFromJson(item, field); });
    page.nextCursor = r.optionalString(o, QLatin1String("next_cursor"));
    return result(r, page);
}

std::optional<PaymentPage> paymentPageFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    PaymentPage page;
    page.items = r.items<Payment>(
        o, [](const QJsonObject &item, QString *field) { return paymentFromJson(item, field); });
    page.nextCursor = r.optionalString(o, QLatin1String("next_cursor"));
    return result(r, page);
}

std::optional<CreditApplicationPage> creditApplicationPageFromJson(const QJsonObject &o,
                                                                   QString *badField)
{
    Reader r(badField);
    CreditApplicationPage page;
    page.items = r.items<CreditApplication>(o, [](const QJsonObject &item, QString *field) {
        return creditApplicationFromJson(item, field);
    });
    page.nextCursor = r.optionalString(o, QLatin1String("next_cursor"));
    return result(r, page);
}

} // namespace pac
