#include "models/BillingText.h"

namespace pac {

QString BillingText::roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return tr("Agent");
    case Role::MasterAgent:
        return tr("Master agent");
    case Role::Support:
        return tr("Support");
    }
    return {};
}

QString BillingText::invoiceStatusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Open:
        return tr("Open", "invoice status");
    case InvoiceStatus::Paid:
        return tr("Paid", "invoice status");
    case InvoiceStatus::PastDue:
        return tr("Past due", "invoice status");
    case InvoiceStatus::Void:
        return tr("Void", "invoice status");
    }
    return {};
}

QString BillingText::sentTo(const Invoice &invoice)
{
    if (invoice.deliveries.isEmpty())
        return tr("Not sent");
    const InvoiceDelivery &last = invoice.deliveries.last();
    return tr("To %1 · CC %2").arg(last.to.size()).arg(last.cc.size());
}

QString BillingText::statusName(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return tr("Active");
    case CustomerStatus::Suspended:
        return tr("Suspended");
    case CustomerStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString BillingText::termsName(PaymentTermsKind terms)
{
    switch (terms) {
    case PaymentTermsKind::DueOnReceipt:
        return tr("Due on receipt");
    case PaymentTermsKind::Net15:
        return tr("Net 15");
    }
    return {};
}

QString BillingText::achStatusName(AchStatus status)
{
    switch (status) {
    case AchStatus::Enabled:
        return tr("Enabled");
    case AchStatus::Eligible:
        return tr("Eligible");
    case AchStatus::NotEligible:
        return tr("Not eligible");
    }
    return {};
}

QString BillingText::achReasonName(AchReason reason)
{
    switch (reason) {
    case AchReason::MasterAgent:
        return tr("the customer has a master agent");
    case AchReason::GoodStanding:
        return tr("no payment issue for more than 90 days");
    case AchReason::Manual:
        return tr("enabled by support");
    case AchReason::OutsideUs:
        return tr("the customer is outside the US");
    case AchReason::RecentPaymentIssue:
        return tr("a payment issue in the last 90 days");
    case AchReason::NewCustomer:
        return tr("a customer for less than 90 days");
    }
    return {};
}

QString BillingText::limitUsed(std::optional<qint64> basisPoints, const QLocale &locale)
{
    if (!basisPoints)
        return {};
    // Tenths in integers only, so 79.99 % reads 79.9 % and never 80.0 %.
    const QString value = tenths(*basisPoints / 10, locale);
    // Spanish and French put a space before the sign; QLocale::percent() is only the sign.
    return tr("%1%2", "a number, then the locale's percent sign").arg(value, locale.percent());
}

QString BillingText::tenths(qint64 tenths, const QLocale &locale)
{
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    const QString number
        = locale.toString(magnitude / 10) + locale.decimalPoint() + locale.toString(magnitude % 10);
    return tenths < 0 ? locale.negativeSign() + number : number;
}

} // namespace pac
