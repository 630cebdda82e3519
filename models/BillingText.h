#pragma once

#include "models/Customer.h"
#include "models/Invoice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace pac {

// The one set of words for the billing vocabulary: the console, agentctl, the CSV export and
// the table's columns all name a role, a status, the terms, an ACH state and the share of the
// credit limit used through these, so they read the same everywhere and in every language.
class BillingText
{
    Q_DECLARE_TR_FUNCTIONS(pac::BillingText)

public:
    static QString roleName(Role role); // "Master agent"
    static QString statusName(CustomerStatus status); // "Suspended"
    static QString termsName(PaymentTermsKind terms); // "Net 15"
    static QString achStatusName(AchStatus status); // "Not eligible"
    static QString achReasonName(AchReason reason); // "a payment issue in the last 90 days"
    static QString invoiceStatusName(InvoiceStatus status); // "Past due"
    // Who an invoice's last sending went to: "To 1 · CC 2", or "Not sent".
    static QString sentTo(const Invoice &invoice);

    // The share of the limit used, from basis points cut to tenths of a percent (8249 bp ->
    // "82.4%" in en_US, "82,4 %" in es_ES: never rounded up across the 80 % line), with the
    // locale's digits, decimal point and percent sign. Empty for no limit (nullopt).
    static QString limitUsed(std::optional<qint64> basisPoints, const QLocale &locale);
    // Just the number of limitUsed(), from tenths of a percent ("79.9" from 799); the CSV
    // export writes it in QLocale::c() without the sign.
    static QString tenths(qint64 tenths, const QLocale &locale);
};

} // namespace pac
