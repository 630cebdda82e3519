#pragma once

namespace pac {

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

} // namespace pac
