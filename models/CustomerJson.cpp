#include "models/CustomerJson.h"

#include "models/CustomerJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace pac {

namespace {

// A small reader that remembers the first field that failed, so the caller can name it.
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

    qint64 integer(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            fail(path);
            return 0;
        }
        return v.toInteger();
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(path);
            return {};
        }
        return v.toString();
    }

    QDate date(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QDate d = QDate::fromString(string(o, key, path), Qt::ISODate);
        if (!d.isValid())
            fail(path);
        return d;
    }

    std::optional<QDate> optionalDate(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return date(o, key, path);
    }

    QDateTime time(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QDateTime t = fromRfc3339(string(o, key, path));
        if (!t.isValid())
            fail(path);
        return t;
    }

    PersonRef person(const QJsonObject &o, const QString &path)
    {
        return {integer(o, QStringLiteral("id"), path + QStringLiteral(".id")),
                string(o, QStringLiteral("name"), path + QStringLiteral(".name"))};
    }

    template<typename Enum, typename Parse>
    Enum enumeration(const QJsonObject &o, const QString &key, Parse parse, Enum fallback)
    {
        const auto e = parse(string(o, key, key));
        if (!e) {
            fail(key);
            return fallback;
        }
        return *e;
    }

private:
    QString *m_badField;
    bool m_ok = true;
};

} // namespace

QString toRfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromRfc3339(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString toIsoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject toJson(const PersonRef &person)
{
    return {{QStringLiteral("id"), person.id}, {QStringLiteral("name"), person.name}};
}

QJsonObject toJson(const Customer &customer)
{
    return QJsonDocument::fromJson(customerJsonBytes(customer)).object();
}

QJsonObject toJson(const ManualAchEnable &enable)
{
    return QJsonDocument::fromJson(manualAchEnableJsonBytes(enable)).object();
}

std::optional<Customer> customerFromJson(const QJsonObject &o, QString *badField)
{
    Reader r(badField);
    Customer c;
    c.id = r.integer(o, QStringLiteral("id"), QStringLiteral("id"));
    c.accountNumber
        = r.string(o, QStringLiteral("account_number"), QStringLiteral("account_number"));
    c.name = r.string(o, QStringLiteral("name"), QStringLiteral("name"));
    c.country = r.string(o, QStringLiteral("country"), QStringLiteral("country"));
    c.status = r.enumeration(o, QStringLiteral("status"), customerStatusFromWire,
                             CustomerStatus::Active);
    c.agent = r.person(o.value(QStringLiteral("agent")).toObject(), QStringLiteral("agent"));
    if (const QJsonValue m = o.value(QStringLiteral("master_agent")); m.isObject())
        c.masterAgent = r.person(m.toObject(), QStringLiteral("master_agent"));
    else if (!m.isNull())
        r.fail(QStringLiteral("master_agent"));
    c.customerSince = r.date(o, QStringLiteral("customer_since"), QStringLiteral("customer_since"));
    c.paymentTerms = r.enumeration(o, QStringLiteral("payment_terms"), paymentTermsFromWire,
                                   PaymentTermsKind::DueOnReceipt);
    c.creditLimitCents
        = r.integer(o, QStringLiteral("credit_limit_cents"), QStringLiteral("credit_limit_cents"));
    c.balanceCents = r.integer(o, QStringLiteral("balance_cents"), QStringLiteral("balance_cents"));

    const QJsonValue emails = o.value(QStringLiteral("invoice_emails"));
    if (!emails.isArray())
        r.fail(QStringLiteral("invoice_emails"));
    for (const QJsonValue &e : emails.toArray()) {
        if (!e.isString())
            r.fail(QStringLiteral("invoice_emails"));
        c.invoiceEmails.append(e.toString());
    }

    const QJsonValue contacts = o.value(QStringLiteral("billing_contacts"));
    if (!contacts.isArray())
        r.fail(QStringLiteral("billing_contacts"));
    for (const QJsonValue &v : contacts.toArray()) {
        const QJsonObject co = v.toObject();
        const QString path = QStringLiteral("billing_contacts");
        c.billingContacts.append({r.integer(co, QStringLiteral("id"), path),
                                  r.string(co, QStringLiteral("name"), path),
                                  r.string(co, QStringLiteral("email"), path)});
    }

    const QJsonObject ach = o.value(QStringLiteral("ach")).toObject();
    c.ach.status
        = r.enumeration(ach, QStringLiteral("status"), achStatusFromWire, AchStatus::NotEligible);
    c.ach.reason
        = r.enumeration(ach, QStringLiteral("reason"), achReasonFromWire, AchReason::NewCustomer);
    c.ach.eligibleOn
        = r.optionalDate(ach, QStringLiteral("eligible_on"), QStringLiteral("ach.eligible_on"));
    if (const QJsonValue by = ach.value(QStringLiteral("enabled_by")); by.isObject()) {
        const QJsonObject bo = by.toObject();
        ManualAchEnable manual;
        manual.by = r.person(bo, QStringLiteral("ach.enabled_by"));
        manual.at = r.time(bo, QStringLiteral("at"), QStringLiteral("ach.enabled_by.at"));
        manual.reason
            = r.string(bo, QStringLiteral("reason"), QStringLiteral("ach.enabled_by.reason"));
        c.ach.enabledBy = manual;
    } else if (!by.isNull() && !by.isUndefined()) {
        r.fail(QStringLiteral("ach.enabled_by"));
    }

    c.lastPaymentIssueOn = r.optionalDate(o, QStringLiteral("last_payment_issue_on"),
                                          QStringLiteral("last_payment_issue_on"));
    c.version = r.integer(o, QStringLiteral("version"), QStringLiteral("version"));
    c.updatedAt = r.time(o, QStringLiteral("updated_at"), QStringLiteral("updated_at"));

    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace pac
