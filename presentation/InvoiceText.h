#pragma once

#include "models/Invoice.h"

#include <QCoreApplication>
#include <QString>

namespace pac {

// The words of one invoice as the Invoices tab shows it when selected: its lines, the
// payments made against it (a failed one with its reason) and every sending (To and CC as
// they were, and who resent it). Rich text (escaped), locale-aware money and dates.
class InvoiceText
{
    Q_DECLARE_TR_FUNCTIONS(pac::InvoiceText)

public:
    static QString detailHtml(const Invoice &invoice, const QList<Payment> &payments);
    // "Card payment of $240.00 failed (insufficient funds)" / "ACH payment of $240.00".
    static QString paymentLine(const Payment &payment);
    // "Sent by the portal to …; CC …" / "Resent by Ana Agent (Agent) to …".
    static QString deliveryLine(const InvoiceDelivery &delivery);
};

} // namespace pac
