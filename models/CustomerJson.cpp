#include "models/CustomerJson.h"

#include "models/CustomerJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace pac {

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

namespace {

PaymentIssue readPaymentIssue(JsonFieldReader &r, const QJsonObject &o, const QString &prefix)
{
    PaymentIssue issue;
    issue.kind = r.enumeration(o, QStringLiteral("kind"), prefix + QStringLiteral("kind"),
                               paymentIssueKindFromWire, PaymentIssueKind::FailedPayment);
    issue.invoiceNumber
        = r.string(o, QStringLiteral("invoice_number"), prefix + QStringLiteral("invoice_number"));
    issue.on = r.date(o, QStringLiteral("on"), prefix + QStringLiteral("on"));
    issue.amountCents
        = r.integer(o, QStringLiteral("amount_cents"), prefix + QStringLiteral("amount_cents"));
    issue.failureReason = r.optionalString(o, QStringLiteral("failure_reason"),
                                           prefix + QStringLiteral("failure_reason"));
    issue.stillPastDue
        = r.boolean(o, QStringLiteral("still_past_due"), prefix + QStringLiteral("still_past_due"));
    return issue;
}

} // namespace

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

std::optional<PaymentIssue> paymentIssueFromJson(const QJsonObject &object, QString *badField)
{
    JsonFieldReader r(badField);
    PaymentIssue issue = readPaymentIssue(r, object, QString());
    if (!r.ok())
        return std::nullopt;
    return issue;
}

std::optional<Customer> customerFromJson(const QJsonObject &o, QString *badField)
{
    JsonFieldReader r(badField);
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
    // Absent from portals and cached copies older than wave 2: no issue object, the date kept.
    if (const QJsonValue issue = o.value(QStringLiteral("last_payment_issue")); issue.isObject()) {
        const QString path = QStringLiteral("last_payment_issue");
        c.lastPaymentIssue = readPaymentIssue(r, issue.toObject(), path + u'.');
        // Both say the same day (API.md): a copy where they differ is refused, not guessed.
        if (r.ok() && c.lastPaymentIssueOn != c.lastPaymentIssue->on)
            r.fail(path + QStringLiteral(".on"));
    } else if (!issue.isNull() && !issue.isUndefined()) {
        r.fail(QStringLiteral("last_payment_issue"));
    }
    // Absent from portals and cached copies older than it: nothing known to be past due.
    if (o.contains(QStringLiteral("past_due_cents"))) {
        c.pastDueCents
            = r.integer(o, QStringLiteral("past_due_cents"), QStringLiteral("past_due_cents"));
        if (c.pastDueCents < 0)
            r.fail(QStringLiteral("past_due_cents"));
    }
    c.version = r.integer(o, QStringLiteral("version"), QStringLiteral("version"));
    c.updatedAt = r.time(o, QStringLiteral("updated_at"), QStringLiteral("updated_at"));

    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace pac
