#include "models/CustomerJsonWriter.h"

#include "models/CustomerJson.h"

namespace pac {

namespace {

class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    { }

    Writer &key(const char *name)
    {
        if (m_needComma)
            m_out.append(',');
        m_out.append('"').append(name).append("\":");
        m_needComma = false;
        return *this;
    }

    void open(char bracket)
    {
        if (m_needComma)
            m_out.append(',');
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
        m_out.append(QByteArray::number(value));
        m_needComma = true;
    }

    void null()
    {
        separate();
        m_out.append("null");
        m_needComma = true;
    }

    // A JSON string: UTF-8, with '"', '\\' and control characters escaped.
    void string(const QString &text)
    {
        separate();
        m_out.append('"');
        // Most text is plain ASCII: written without the UTF-8 conversion's allocation.
        const qsizetype start = m_out.size();
        bool plain = true;
        m_out.resize(start + text.size());
        char *to = m_out.data() + start;
        for (const QChar ch : text) {
            const char16_t unit = ch.unicode();
            if (unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\') {
                plain = false;
                break;
            }
            *to++ = char(unit);
        }
        if (plain) {
            m_out.append('"');
            m_needComma = true;
            return;
        }
        m_out.resize(start);
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte == '"' || byte == '\\') {
                m_out.append('\\').append(c);
            } else if (byte < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                m_out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0xf]);
            } else {
                m_out.append(c);
            }
        }
        m_out.append('"');
        m_needComma = true;
    }

    void person(const PersonRef &p)
    {
        open('{');
        key("id").number(p.id);
        key("name").string(p.name);
        close('}');
    }

    void optionalDate(const std::optional<QDate> &date)
    {
        if (date)
            string(toIsoDate(*date));
        else
            null();
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

} // namespace

QByteArray customerJsonBytes(const Customer &customer)
{
    QByteArray out;
    out.reserve(1024);
    appendCustomerJson(out, customer);
    return out;
}

void appendCustomerJson(QByteArray &out, const Customer &c)
{
    Writer w(out);
    w.open('{');
    w.key("id").number(c.id);
    w.key("account_number").string(c.accountNumber);
    w.key("name").string(c.name);
    w.key("country").string(c.country);
    w.key("status").string(toWire(c.status));
    w.key("agent").person(c.agent);
    w.key("master_agent");
    if (c.masterAgent)
        w.person(*c.masterAgent);
    else
        w.null();
    w.key("customer_since").string(toIsoDate(c.customerSince));
    w.key("payment_terms").string(toWire(c.paymentTerms));
    w.key("credit_limit_cents").number(c.creditLimitCents);
    w.key("balance_cents").number(c.balanceCents);
    w.key("invoice_emails").open('[');
    for (const QString &email : c.invoiceEmails)
        w.string(email);
    w.close(']');
    w.key("billing_contacts").open('[');
    for (const BillingContact &contact : c.billingContacts) {
        w.open('{');
        w.key("id").number(contact.id);
        w.key("name").string(contact.name);
        w.key("email").string(contact.email);
        w.close('}');
    }
    w.close(']');
    w.key("ach").open('{');
    w.key("status").string(toWire(c.ach.status));
    w.key("reason").string(toWire(c.ach.reason));
    w.key("eligible_on").optionalDate(c.ach.eligibleOn);
    w.key("enabled_by");
    if (c.ach.enabledBy) {
        w.open('{');
        w.key("id").number(c.ach.enabledBy->by.id);
        w.key("name").string(c.ach.enabledBy->by.name);
        w.key("at").string(toRfc3339(c.ach.enabledBy->at));
        w.key("reason").string(c.ach.enabledBy->reason);
        w.close('}');
    } else {
        w.null();
    }
    w.close('}');
    w.key("last_payment_issue_on").optionalDate(c.lastPaymentIssueOn);
    w.key("version").number(c.version);
    w.key("updated_at").string(toRfc3339(c.updatedAt));
    w.close('}');
}

} // namespace pac
