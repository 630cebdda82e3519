#include "models/Invoice.h"

#include "models/WireTable.h"

namespace pac {

namespace {

constexpr wire::Table<InvoiceStatus, 4> kInvoiceStatuses {{
    {InvoiceStatus::Open, u"open"},
    {InvoiceStatus::Paid, u"paid"},
    {InvoiceStatus::PastDue, u"past_due"},
    {InvoiceStatus::Void, u"void"},
}};
constexpr wire::Table<PaymentMethodKind, 2> kPaymentMethods {{
    {PaymentMethodKind::Card, u"card"},
    {PaymentMethodKind::Ach, u"ach"},
}};
constexpr wire::Table<PaymentOutcome, 2> kPaymentOutcomes {{
    {PaymentOutcome::Succeeded, u"succeeded"},
    {PaymentOutcome::Failed, u"failed"},
}};

} // namespace

QString toWire(InvoiceStatus v)
{
    return wire::nameOf(kInvoiceStatuses, v);
}
QString toWire(PaymentMethodKind v)
{
    return wire::nameOf(kPaymentMethods, v);
}
QString toWire(PaymentOutcome v)
{
    return wire::nameOf(kPaymentOutcomes, v);
}
std::optional<InvoiceStatus> invoiceStatusFromWire(QStringView t)
{
    return wire::valueOf(kInvoiceStatuses, t);
}
std::optional<PaymentMethodKind> paymentMethodKindFromWire(QStringView t)
{
    return wire::valueOf(kPaymentMethods, t);
}
std::optional<PaymentOutcome> paymentOutcomeFromWire(QStringView t)
{
    return wire::valueOf(kPaymentOutcomes, t);
}

} // namespace pac
