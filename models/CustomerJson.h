#pragma once

#include "models/Customer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pac {

// JSON codec of the Customer resource, shared by the reference portal and the client so the
// two cannot drift apart. It decodes; the one encoder is models/CustomerJsonWriter.h, and
// toJson(Customer) and toJson(ManualAchEnable) are that writer's text parsed, for callers
// that add members or keep a QJsonValue.
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const ManualAchEnable &enable);
// {id, name}: a customer's agent, and the people of credit applications and the audit history.
QJsonObject toJson(const PersonRef &person);

// Decodes a Customer; on a missing or mistyped field returns nullopt and, if given, sets
// *badField to the JSON name of the first offending field. `last_payment_issue` may be
// absent (a copy from before wave 2); when present, its `on` must equal
// `last_payment_issue_on` (else the field is "last_payment_issue.on").
std::optional<Customer> customerFromJson(const QJsonObject &object, QString *badField = nullptr);

// Decodes a Customer's `last_payment_issue` object ({kind, invoice_number, on, amount_cents,
// failure_reason|null, still_past_due}); *badField as above ("kind", "on", ...).
std::optional<PaymentIssue> paymentIssueFromJson(const QJsonObject &object,
                                                 QString *badField = nullptr);

// RFC 3339 UTC with milliseconds ("2026-11-25T11:39:59.123Z") and YYYY-MM-DD.
QString toRfc3339(const QDateTime &time);
QDateTime fromRfc3339(const QString &text);
QString toIsoDate(const QDate &date);

// The reader under the decoders of models/ (this one and models/InvoiceJson.h): it reads
// typed members and remembers the first one that failed, by its JSON path, so the caller can
// name it.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(QString *badField)
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

    // null or absent: nullopt.
    std::optional<QString> optionalString(const QJsonObject &o, const QString &key,
                                          const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return string(o, key, path);
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            fail(path);
            return false;
        }
        return v.toBool();
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

    // An array of strings; anything else fails `path`.
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(path);
        QStringList list;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString())
                fail(path);
            list.append(e.toString());
        }
        return list;
    }

    template<typename Enum, typename Parse>
    Enum enumeration(const QJsonObject &o, const QString &key, const QString &path, Parse parse,
                     Enum fallback)
    {
        const auto e = parse(string(o, key, path));
        if (!e) {
            fail(path);
            return fallback;
        }
        return *e;
    }

    template<typename Enum, typename Parse>
    Enum enumeration(const QJsonObject &o, const QString &key, Parse parse, Enum fallback)
    {
        return enumeration(o, key, key, parse, fallback);
    }

private:
    QString *m_badField;
    bool m_ok = true;
};

} // namespace pac
