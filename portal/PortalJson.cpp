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
    return result(r, method);
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
