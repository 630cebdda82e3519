#include "models/CustomerJsonWriter.h"

#include "models/CustomerJson.h"
#include "models/InvoiceJson.h"

namespace pac {

namespace {

void writeManualEnable(JsonBytesWriter &w, const ManualAchEnable &enable)
{
    w.open('{');
    w.key("id").number(enable.by.id);
    w.key("name").string(enable.by.name);
    w.key("at").string(invoiceTimeText(enable.at));
    w.key("reason").string(enable.reason);
    w.close('}');
}

void writePaymentIssue(JsonBytesWriter &w, const PaymentIssue &issue)
{
    w.open('{');
    w.key("kind").string(toWire(issue.kind));
    w.key("invoice_number").string(issue.invoiceNumber);
    w.key("on").string(invoiceDateText(issue.on));
    w.key("amount_cents").number(issue.amountCents);
    w.key("failure_reason").optionalString(issue.failureReason);
    w.key("still_past_due").boolean(issue.stillPastDue);
    w.close('}');
}

} // namespace

void JsonBytesWriter::optionalDate(const std::optional<QDate> &date)
{
    if (date)
        string(invoiceDateText(*date));
    else
        null();
}

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
    JsonBytesWriter w(out);
    writeManualEnable(w, enable);
    return out;
}

QByteArray paymentIssueJsonBytes(const PaymentIssue &issue)
{
    QByteArray out;
    JsonBytesWriter w(out);
    writePaymentIssue(w, issue);
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
    JsonBytesWriter w(out);
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
    // Dates by invoiceDateText() and invoiceTimeText(): the text of toIsoDate() and
    // toRfc3339() without Qt's general formatter, a quarter of writing a customer.
    w.key("customer_since").string(invoiceDateText(c.customerSince));
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
        writeManualEnable(w, *c.ach.enabledBy);
    else
        w.null();
    w.close('}');
    w.key("last_payment_issue_on").optionalDate(c.lastPaymentIssueOn);
    w.key("last_payment_issue");
    if (c.lastPaymentIssue)
        writePaymentIssue(w, *c.lastPaymentIssue);
    else
        w.null();
    w.key("past_due_cents").number(c.pastDueCents);
    w.key("version").number(c.version);
    w.key("updated_at").string(invoiceTimeText(c.updatedAt));
    w.close('}');
}

} // namespace pac
