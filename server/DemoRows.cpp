#include "server/DemoRows.h"

#include "documents/InvoiceDocument.h"
#include "models/AchAuthorizationText.h"
#include "models/AchVerification.h"
#include "models/CreditApplicationJson.h"
#include "models/CustomerJson.h"
#include "models/InvoiceEmailList.h"
#include "server/DemoData.h"
#include "server/InvoiceRows.h"
#include "server/PaymentIssueBasis.h"

#include <QJsonDocument>

namespace pac::server {

namespace {

QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QVariant kNullText {QMetaType(QMetaType::QString)};

} // namespace

const DemoTableShape &demoTableShape(DemoTable table)
{
    static const std::array<DemoTableShape, kDemoTableCount> kShapes {{
        {"customers",
         "id,account_number,name,country,status,agent_id,master_agent_id,customer_since,"
         "payment_terms,credit_limit_cents,balance_cents,ach_manual_by,ach_manual_at,"
         "ach_manual_reason,version,updated_at,payment_issue_basis",
         64},
        {"contacts", "customer_id,name,email,type", 64},
        {"invoice_emails", "customer_id,position,email", 64},
        {"invoices",
         "id,customer_id,number,period_start,period_end,issued_on,due_on,amount_cents,"
         "paid_cents,lines",
         128},
        {"invoices",
         "id,customer_id,number,period_start,period_end,issued_on,due_on,amount_cents,"
         "paid_cents,lines,void",
         8},
        {"payments", "id,invoice_id,at,method,amount_cents", 64},
        {"payments", "id,invoice_id,at,method,amount_cents,outcome,failure_reason", 8},
        {"payment_methods", "customer_id,type,last4,account_type,holder_name,created_at", 64},
        {"payment_methods",
         "customer_id,type,last4,account_type,holder_name,created_at,verification,tries_left,"
         "is_default,sec_code,authorized_by_name,authorized_by_title,authorization_method,"
         "text_version,accepted_at,authorization_text,recorded_by",
         32},
        {"recipient_lists", "id,to_json,cc_json", 64},
        {"credit_applications", "customer_id,status,application,version,updated_at", 8},
    }};
    return kShapes.at(std::size_t(table));
}

DemoCustomerRows demoRowsOf(const DemoCustomer &c,
                            const std::optional<CreditApplication> &application,
                            const BillingRecords &billing, const QDateTime &now)
{
    DemoCustomerRows out;
    out.customerId = c.id;
    const auto rows = [&out](DemoTable table) -> QList<QVariantList> & {
        return out.rows.at(std::size_t(table));
    };
    const QString stamp = toRfc3339(now);
    const bool manual = c.manualAchEnable;
    // The derived column, from the records this customer is given (PaymentIssueBasis.h).
    const QByteArray basis = issuebasis::encode(issuebasis::of(billing));
    rows(DemoTable::Customers)
        .append({c.id, c.accountNumber, c.name, c.country, toWire(c.status), c.agentId,
                 idOrNull(c.masterAgentId), toIsoDate(c.customerSince), toWire(c.terms),
                 c.creditLimitCents, c.balanceCents,
                 manual ? QVariant(kDemoSupportId) : QVariant(QMetaType(QMetaType::LongLong)),
                 manual ? QVariant(stamp) : kNullText,
                 manual ? QVariant(QStringLiteral("Long-standing customer; payment issue resolved"))
                        : kNullText,
                 1, stamp,
                 basis.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(basis)});
    for (const DemoContact &contact : c.contacts)
        rows(DemoTable::Contacts).append({c.id, contact.name, contact.email, contact.type});
    for (qsizetype p = 0; p < c.invoiceEmails.size(); ++p)
        rows(DemoTable::Emails).append({c.id, int(p), c.invoiceEmails.at(p)});
    using invoicerows::isoDate;
    for (const Invoice &inv : billing.invoices) {
        QVariantList row {inv.id,
                          c.id,
                          inv.number,
                          isoDate(inv.periodStart),
                          isoDate(inv.periodEnd),
                          isoDate(inv.issuedOn),
                          isoDate(inv.dueOn),
                          inv.amountCents,
                          inv.paidCents,
                          invoicerows::linesJson(inv.lines)};
        if (inv.status == InvoiceStatus::Void) {
            row.append(1);
            rows(DemoTable::VoidInvoices).append(std::move(row));
        } else {
            rows(DemoTable::Invoices).append(std::move(row));
        }
    }
    for (const Payment &p : billing.payments) {
        QVariantList row {p.id, p.invoiceId, invoicerows::rfc3339(p.at), toWire(p.method),
                          p.amountCents};
        if (p.outcome == PaymentOutcome::Failed) {
            row.append(toWire(p.outcome));
            row.append(p.failureReason ? QVariant(*p.failureReason) : kNullText);
            rows(DemoTable::FailedPayments).append(std::move(row));
        } else {
            rows(DemoTable::Payments).append(std::move(row));
        }
    }
    // The monthly run sent each invoice To the billing contacts, CC the additional emails
    // (rule 1b) — as the demo knows them: as they are now.
    QList<BillingContact> billingContacts;
    for (const DemoContact &contact : c.contacts) {
        if (contact.type == QLatin1String("billing"))
            billingContacts.append({0, contact.name, contact.email});
    }
    const auto recipients = InvoiceEmailList::recipients(billingContacts, c.invoiceEmails);
    if (!billing.invoices.isEmpty() && !(recipients.to.isEmpty() && recipients.cc.isEmpty())) {
        rows(DemoTable::Recipients)
            .append({c.id, QString::fromUtf8(invoicerows::addressesJson(recipients.to)),
                     QString::fromUtf8(invoicerows::addressesJson(recipients.cc))});
    }
    const QString holder = c.contacts.constFirst().name;
    if (c.cardMethod) {
        rows(DemoTable::Methods)
            .append({c.id, QStringLiteral("card"),
                     QStringLiteral("%1").arg(c.id % 10000, 4, 10, QLatin1Char('0')), kNullText,
                     holder, stamp});
    }
    if (c.achMethod) {
        // Enrolled before the demo begins: verified, the default, authorized in writing (CCD)
        // by the customer's first contact on the current text, recorded by the seed.
        const QString last4 = QStringLiteral("%1").arg((c.id * 7) % 10000, 4, 10, QLatin1Char('0'));
        const QString checking = QStringLiteral("checking");
        static const QString payee = InvoiceDocumentContext().portalName;
        const QString text
            = AchAuthorizationText::text(AchAuthorizationText::CurrentVersion, AchSecCode::CCD,
                                         {payee, c.name, last4, checking});
        rows(DemoTable::AchMethods)
            .append({c.id, QStringLiteral("ach"), last4, checking, holder, stamp,
                     toWire(AchVerificationState::Verified), AchVerification::MaxTries, 1,
                     toWire(AchSecCode::CCD), holder, QStringLiteral("Accounts Payable"),
                     toWire(AchAuthorizationMethod::Written),
                     QString(AchAuthorizationText::CurrentVersion), stamp, text,
                     QStringLiteral("Demo seed")});
    }
    if (application) {
        const QByteArray json = QJsonDocument(toJson(*application)).toJson(QJsonDocument::Compact);
        rows(DemoTable::Applications)
            .append({c.id, toWire(application->status), QString::fromUtf8(json),
                     application->decision ? 2 : 1, stamp});
    }
    return out;
}

} // namespace pac::server
