#pragma once

#include "models/Customer.h"

#include <QByteArray>
#include <QStringView>

#include <charconv>
#include <cstring>

namespace pac {

// The one encoder of the Customer resource (docs/portal-api.yaml, `Customer`): compact JSON
// written straight into UTF-8 bytes. The codec (models/CustomerJson.h) only decodes; its
// toJson(Customer) parses these bytes. Building a QJsonObject first was half the cost of
// storing a sync page in the cache (docs/storage.md) and a quarter of the portal's time
// serving a page of customers (docs/server.md). tst_wire_contract pins the names it writes
// against the schema.
QByteArray customerJsonBytes(const Customer &customer);

// Appends the same text to `out` (a listing writes a whole page into one buffer).
void appendCustomerJson(QByteArray &out, const Customer &customer);

// `last_payment_issue` of a customer (PaymentIssue: {kind, invoice_number, on, amount_cents,
// failure_reason, still_past_due}).
QByteArray paymentIssueJsonBytes(const PaymentIssue &issue);

// `ach.enabled_by` of a customer (ManualAchEnable: {id, name, at, reason}), which the audit
// history also records as the before and after of a manual enable.
QByteArray manualAchEnableJsonBytes(const ManualAchEnable &enable);

// The tree's one JSON string escaper: `text` as a JSON string literal in UTF-8, with '"',
// '\\' and control characters (as \u00XX) escaped.
void appendJsonString(QByteArray &out, QStringView text);

// The writer under the encoders of models/ (this one and models/InvoiceJson.h): keys and
// values appended to `out` as compact JSON, commas placed by the writer. Shared so that every
// resource is written the same way (and as fast) as the Customer.
class JsonBytesWriter
{
public:
    explicit JsonBytesWriter(QByteArray &out)
        : m_out(out)
    { }

    JsonBytesWriter &key(const char *name)
    {
        // ,"name": written in one piece: appended piece by piece (four appends) the keys were
        // a tenth of writing a page of customers (docs/server.md).
        const auto length = qsizetype(std::strlen(name));
        const qsizetype comma = m_needComma ? 1 : 0;
        const qsizetype at = m_out.size();
        m_out.resize(at + comma + length + 3);
        char *to = m_out.data() + at;
        if (comma)
            *to++ = ',';
        *to++ = '"';
        std::memcpy(to, name, size_t(length));
        to += length;
        to[0] = '"';
        to[1] = ':';
        m_needComma = false;
        return *this;
    }

    void open(char bracket)
    {
        separate();
        m_out.append(bracket);
        m_needComma = false;
    }
    void close(char bracket)
    {
        m_out.append(bracket);
        m_needComma = true;
    }

    void number(qint64 value)
    {
        separate();
        // Written in place: QByteArray::number() allocated a string per number, a tenth of
        // the portal's time serving a page of invoices (docs/server.md).
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_out.append(digits, end - digits);
        m_needComma = true;
    }

    void boolean(bool value)
    {
        separate();
        m_out.append(value ? "true" : "false");
        m_needComma = true;
    }

    void null()
    {
        separate();
        m_out.append("null");
        m_needComma = true;
    }

    void string(QStringView text)
    {
        separate();
        appendJsonString(m_out, text);
        m_needComma = true;
    }

    void optionalString(const std::optional<QString> &text)
    {
        if (text)
            string(*text);
        else
            null();
    }

    // {id, name}
    void person(const PersonRef &p)
    {
        open('{');
        key("id").number(p.id);
        key("name").string(p.name);
        close('}');
    }

    // YYYY-MM-DD, or null.
    void optionalDate(const std::optional<QDate> &date);

    // ["a","b"]
    void strings(const QStringList &list)
    {
        open('[');
        for (const QString &text : list)
            string(text);
        close(']');
    }

private:
    // Values written right after key() need no comma; array elements after the first do.
    void separate()
    {
        if (m_needComma)
            m_out.append(',');
    }

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace pac
