#pragma once

#include "customerindex/CustomerRow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <optional>

namespace pac {

class CustomerIndex;

// The columns of the customer table, in display order. Count ends the list.
enum class CustomerColumn {
    AccountNumber,
    Name,
    Agent,
    MasterAgent,
    Terms,
    CreditLimit,
    Balance,
    LimitUsed, // % of the credit limit used; none when the limit is 0
    AchStatus,
    InvoiceEmails, // how many additional invoice emails
    UpdatedAt,
    Count
};
inline constexpr int CustomerColumnCount = int(CustomerColumn::Count);

// What each column shows for a row of a CustomerIndex: its title, its text on screen, its
// raw value (for sorting elsewhere and for delegates) and its text in an export.
class CustomerColumns
{
    Q_DECLARE_TR_FUNCTIONS(pac::CustomerColumns)

public:
    static QString title(CustomerColumn column);
    static QString headerToolTip(CustomerColumn column);
    // Numbers and dates are right-aligned.
    static bool isNumeric(CustomerColumn column);

    // Raw value: QString, qint64 cents, qint64 basis points (LimitUsed), int count, the enum
    // as int, QDateTime (UTC); a null QVariant where the row has no value.
    static QVariant raw(const CustomerIndex &index, quint32 slot, CustomerColumn column);
    // On screen: money and dates as the locale writes them, "79.9%" with one decimal (cut,
    // not rounded, so a row below 80 % never shows "80.0%"), empty where there is no value.
    static QString text(const CustomerIndex &index, quint32 slot, CustomerColumn column,
                        const QLocale &locale);
    // In a CSV export: the same, but money as "1234.56", percent as "79.9" and times as
    // RFC 3339 UTC, so spreadsheets read them whatever the locale.
    static QString exportText(const CustomerIndex &index, quint32 slot, CustomerColumn column);
    // Cell tooltip: the full name, why ACH is (not) available, balance against limit, the
    // full time. Empty for the other columns.
    static QString toolTip(const CustomerIndex &index, quint32 slot, CustomerColumn column,
                           const QLocale &locale);

    // Basis points (1/100 of a percent) of the credit limit the balance uses, cut toward
    // zero; none for a limit of 0 (or below). The LimitUsed column sorts on this.
    static std::optional<qint64> limitUsedBasisPoints(const CustomerFacts &facts);
};

} // namespace pac
