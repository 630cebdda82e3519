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

    void string(QStringView text)
    {
        separate();
        appendJsonString(m_out, text);
        m_needComma = true;
    }

    void person(const PersonRef &p)
    {
        open('{');
        key("id").number(p.id);
        key("name").string(p.name);
        close('}');
    }

    void manualEnable(const ManualAchEnable &enable)
    {
        open('{');
        key("id").number(enable.by.id);
        key("name").string(enable.by.name);
        key("at").string(toRfc3339(enable.at));
        key("reason").string(enable.reason);
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

void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    // Most text is plain ASCII: written without the UTF-8 conversion's allocation.
    const qsizetype start = out.size();
    bool plain = true;
    out.resize(start + text.size());
    char *to = out.data() + start;
    for (const QChar ch : text) {
        const char16_t unit = ch.unicode();
        if (unit < 0x20 || unit >= 0x80 || unit == u'"' || unit == u'\\') {
            plain = false;
            break;
        }
        *to++ = char(unit);
    }
    if (plain) {
        out.append('"');
        return;
    }
    out.resize(start);
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out.append("\\u00").append(kHex[byte >> 4]).append(kHex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray manualAchEnableJsonBytes(const ManualAchEnable &enable)
{
    QByteArray out;
    Writer(out).manualEnable(enable);
    return out;
}

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
    if (c.ach.enabledBy)
        w.manualEnable(*c.ach.enabledBy);
    else
        w.null();
    w.close('}');
    w.key("last_payment_issue_on").optionalDate(c.lastPaymentIssueOn);
    w.key("version").number(c.version);
    w.key("updated_at").string(toRfc3339(c.updatedAt));
    w.close('}');
}

} // namespace pac
